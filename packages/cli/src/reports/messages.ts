/*
 * The labels of the health-index report, per language. Only the report's own words are translated here;
 * data (outlet names, districts, codes) is printed as the server sends it, never machine-translated.
 */

export const REPORT_LANGS = ['zh-CN', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

type AgeGroupKey = 'child' | 'youth' | 'adult' | 'senior' | 'unknown';
type TrendKey =
  | 'weight'
  | 'height'
  | 'bmi'
  | 'heart_rate'
  | 'resting_heart_rate'
  | 'systolic'
  | 'diastolic'
  | 'steps'
  | 'mvpa_minutes_per_week'
  | 'grip_strength';
type UnitKey = 'kg' | 'cm' | 'kg/m2' | '/min' | 'mm[Hg]' | '/d' | 'min/wk';

export interface Messages {
  title: string;
  scopeOutlet: (name: string, code: string) => string;
  scopeDistrict: (district: string, outlets: number) => string;
  period: string;
  previousPeriod: string;
  quarter: string;
  month: string;
  generatedAt: string;
  timezone: string;
  summary: string;
  activeMembers: string;
  participations: string;
  repeatRate: string;
  averageRating: string;
  nps: string;
  responses: (n: string) => string;
  byAgeGroup: string;
  ageGroup: string;
  rate: string;
  rateHint: string;
  comparison: string;
  metric: string;
  current: string;
  previous: string;
  change: string;
  /** Unit of a change in a rate, e.g. "pp" (percentage points). */
  percentagePoints: string;
  trends: string;
  measurement: string;
  members: string;
  start: string;
  end: string;
  unit: string;
  noMeasurements: string;
  /** A suppressed cell, e.g. "<5". */
  suppressed: (threshold: number) => string;
  suppressionNote: (threshold: number) => string;
  notAvailable: string;
  chartAgeTitle: string;
  chartComparisonTitle: string;
  chartTrendsTitle: string;
  ageGroups: Record<AgeGroupKey, string>;
  trendNames: Record<TrendKey, string>;
  units: Record<UnitKey, string>;
}

const en: Messages = {
  title: 'Community health-index report',
  scopeOutlet: (name, code) => `${name} (${code})`,
  scopeDistrict: (district, outlets) => `${district} — ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`,
  period: 'Period',
  previousPeriod: 'Previous period',
  quarter: 'quarter',
  month: 'month',
  generatedAt: 'Computed at',
  timezone: 'Time zone',
  summary: 'Summary',
  activeMembers: 'Active members',
  participations: 'Participations',
  repeatRate: 'Repeat rate',
  averageRating: 'Average rating (1–5)',
  nps: 'Net Promoter Score',
  responses: (n) => `${n} responses`,
  byAgeGroup: 'Participation by age group',
  ageGroup: 'Age group',
  rate: 'Participations per active member',
  rateHint: 'Average number of participations per active member of the group in the period.',
  comparison: 'Current vs previous period',
  metric: 'Metric',
  current: 'Current',
  previous: 'Previous',
  change: 'Change',
  percentagePoints: ' pp',
  trends: 'Measurement trends',
  measurement: 'Measurement',
  members: 'Members measured twice or more',
  start: 'Average first value',
  end: 'Average last value',
  unit: 'Unit',
  noMeasurements: 'No health measurements in this period.',
  suppressed: (threshold) => `<${threshold}`,
  suppressionNote: (threshold) =>
    `Cells marked “<${threshold}” count fewer than ${threshold} people, or are hidden so that such a cell cannot be worked out from the totals (personal-data protection).`,
  notAvailable: '—',
  chartAgeTitle: 'Participations by age group',
  chartComparisonTitle: 'Current period compared with the previous one',
  chartTrendsTitle: 'Average first and last value per measurement',
  ageGroups: {
    child: 'Children (under 12)',
    youth: 'Youth (12–17)',
    adult: 'Adults (18–59)',
    senior: 'Seniors (60+)',
    unknown: 'Age unknown',
  },
  trendNames: {
    weight: 'Body weight',
    height: 'Body height',
    bmi: 'Body mass index',
    heart_rate: 'Heart rate',
    resting_heart_rate: 'Resting heart rate',
    systolic: 'Blood pressure, systolic',
    diastolic: 'Blood pressure, diastolic',
    steps: 'Steps per day',
    mvpa_minutes_per_week: 'Moderate-to-vigorous activity',
    grip_strength: 'Grip strength',
  },
  units: {
    kg: 'kg',
    cm: 'cm',
    'kg/m2': 'kg/m²',
    '/min': 'beats/min',
    'mm[Hg]': 'mmHg',
    '/d': 'steps/day',
    'min/wk': 'min/week',
  },
};

const zhCN: Messages = {
  title: '社区健康指数报告',
  scopeOutlet: (name, code) => `${name}（${code}）`,
  scopeDistrict: (district, outlets) => `${district}（共 ${outlets} 个服务点）`,
  period: '统计周期',
  previousPeriod: '上一周期',
  quarter: '季度',
  month: '月度',
  generatedAt: '计算时间',
  timezone: '时区',
  summary: '概览',
  activeMembers: '活跃会员',
  participations: '参与人次',
  repeatRate: '复参率',
  averageRating: '平均评分（1–5）',
  nps: '净推荐值',
  responses: (n) => `${n} 条反馈`,
  byAgeGroup: '各年龄段参与情况',
  ageGroup: '年龄段',
  rate: '人均参与次数',
  rateHint: '本周期内该年龄段每位活跃会员的平均参与次数。',
  comparison: '本期与上期对比',
  metric: '指标',
  current: '本期',
  previous: '上期',
  change: '变化',
  percentagePoints: ' 个百分点',
  trends: '健康指标变化',
  measurement: '测量项目',
  members: '测量两次及以上的人数',
  start: '首次测量均值',
  end: '末次测量均值',
  unit: '单位',
  noMeasurements: '本周期无健康测量数据。',
  suppressed: (threshold) => `不足${threshold}人`,
  suppressionNote: (threshold) =>
    `标注“不足${threshold}人”的数据单元人数少于 ${threshold} 人，或为防止由合计反推出此类单元而一并隐藏（个人信息保护）。`,
  notAvailable: '—',
  chartAgeTitle: '各年龄段参与人次',
  chartComparisonTitle: '本期与上期对比',
  chartTrendsTitle: '各测量项目首次与末次均值',
  ageGroups: {
    child: '儿童（12岁以下）',
    youth: '青少年（12–17岁）',
    adult: '成年人（18–59岁）',
    senior: '老年人（60岁及以上）',
    unknown: '年龄不详',
  },
  trendNames: {
    weight: '体重',
    height: '身高',
    bmi: '体质指数（BMI）',
    heart_rate: '心率',
    resting_heart_rate: '静息心率',
    systolic: '收缩压',
    diastolic: '舒张压',
    steps: '日步数',
    mvpa_minutes_per_week: '每周中高强度运动时间',
    grip_strength: '握力',
  },
  units: {
    kg: '千克',
    cm: '厘米',
    'kg/m2': 'kg/m²',
    '/min': '次/分',
    'mm[Hg]': 'mmHg',
    '/d': '步/天',
    'min/wk': '分钟/周',
  },
};

const CATALOG: Record<ReportLang, Messages> = { en, 'zh-CN': zhCN };

export function messagesFor(lang: ReportLang): Messages {
  return CATALOG[lang];
}

/**
 * The report language when `--lang` is not given: the POSIX locale (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`); any Chinese locale (`zh_CN.UTF-8`, `zh_TW`, `zh`) gives zh-CN, everything else en.
 */
export function defaultReportLang(env: NodeJS.ProcessEnv = process.env): ReportLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}
