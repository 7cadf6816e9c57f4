import type { AgeGroup, OutletCreate, PartnerCreate, ProgramCreate, StaffCreate } from '@sporthub/schemas';

/**
 * The fixed part of the demo data: outlets across Shanghai districts, the program catalogue, coaches
 * and volunteers, and partners. Bilingual names, as operators in mainland China write them. Every
 * natural key starts with `DEMO` (or is an outlet/program/partner code in the demo series) so the data
 * is recognizably fake and a re-run finds it again instead of duplicating it.
 */

const DISTRICTS = [
  { code: 'PD', name: '浦东新区', street: '世纪大道 1200 号', lat: 31.2304, lng: 121.5447 },
  { code: 'XH', name: '徐汇区', street: '漕溪北路 88 号', lat: 31.1885, lng: 121.4365 },
  { code: 'JA', name: '静安区', street: '南京西路 1601 号', lat: 31.2286, lng: 121.4484 },
  { code: 'HP', name: '黄浦区', street: '西藏中路 268 号', lat: 31.2317, lng: 121.4747 },
  { code: 'YP', name: '杨浦区', street: '五角场 国定路 335 号', lat: 31.2989, lng: 121.5147 },
  { code: 'MH', name: '闵行区', street: '七莘路 3655 号', lat: 31.1128, lng: 121.3817 },
  { code: 'CN', name: '长宁区', street: '长宁路 1018 号', lat: 31.2206, lng: 121.4241 },
  { code: 'PT', name: '普陀区', street: '长寿路 155 号', lat: 31.2497, lng: 121.3972 },
  { code: 'HK', name: '虹口区', street: '四川北路 1318 号', lat: 31.2646, lng: 121.4846 },
  { code: 'BS', name: '宝山区', street: '牡丹江路 1569 号', lat: 31.4045, lng: 121.4895 },
] as const;

const WEEKDAY_HOURS = ['06:30-11:30', '14:00-21:00'];
const WEEKEND_HOURS = ['07:00-20:00'];

/** Twelve outlets: one or two per district (the big districts get two). */
export function demoOutlets(): OutletCreate[] {
  const slots = [...DISTRICTS, DISTRICTS[0], DISTRICTS[5]];
  return slots.map((d, i) => {
    const n = slots.slice(0, i).filter((x) => x.code === d.code).length + 1;
    const code = `SH-${d.code}-${String(n).padStart(4, '0')}`;
    const second = n > 1;
    return {
      code,
      name: `${d.name}${second ? '二号' : ''}运动健康服务点 / ${d.code} Sport & Health Hub${second ? ' 2' : ''}`,
      status: i === slots.length - 1 ? 'planned' : 'active',
      timezone: 'Asia/Shanghai',
      address: { province: '上海市', city: '上海市', district: d.name, street: d.street },
      geo: { lat: round4(d.lat + (second ? 0.021 : 0)), lng: round4(d.lng + (second ? -0.018 : 0)) },
      openingHours: {
        mon: WEEKDAY_HOURS,
        tue: WEEKDAY_HOURS,
        wed: WEEKDAY_HOURS,
        thu: WEEKDAY_HOURS,
        fri: WEEKDAY_HOURS,
        sat: WEEKEND_HOURS,
        sun: WEEKEND_HOURS,
      },
      services: ['consultation', 'training_registration', 'health_check', 'community_activity'].concat(
        i % 3 === 0 ? ['equipment_showcase'] : [],
      ) as OutletCreate['services'],
      zones: [
        { code: 'TRAIN', name: '训练区 Training', kind: 'training', capacity: 30 },
        { code: 'HEALTH', name: '健康检测区 Health check', kind: 'health_check', capacity: 6 },
        { code: 'PLAZA', name: '互动广场 Plaza', kind: 'interaction', capacity: 60 },
        { code: 'SHOW', name: '体验展示区 Experience', kind: 'experience', capacity: 15 },
      ],
    };
  });
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** A program, where it takes place, when and how often per week. */
export interface DemoProgram {
  input: ProgramCreate;
  zone: 'TRAIN' | 'HEALTH' | 'PLAZA' | 'SHOW';
  /** Local start times to choose from. */
  times: readonly string[];
  capacity: number;
  /** Relative frequency among regular sessions; 0 for one-off events. */
  weight: number;
}

const ALL_AGES: AgeGroup[] = ['child', 'youth', 'adult', 'senior'];

export function demoPrograms(): DemoProgram[] {
  const p = (
    code: string,
    title: string,
    kind: ProgramCreate['kind'],
    category: string,
    ageGroups: AgeGroup[],
    intensity: ProgramCreate['intensity'],
    minutes: number,
    extra: Partial<DemoProgram> & { theme?: string; description?: string } = {},
  ): DemoProgram => ({
    input: {
      code,
      title,
      kind,
      category,
      ageGroups,
      intensity,
      defaultDurationMinutes: minutes,
      ...(extra.theme ? { theme: extra.theme } : {}),
      ...(extra.description ? { description: extra.description } : {}),
    },
    zone: extra.zone ?? 'TRAIN',
    times: extra.times ?? ['07:00', '09:00', '15:00', '18:30'],
    capacity: extra.capacity ?? 25,
    weight: extra.weight ?? 1,
  });
  return [
    p('DEMO-TAICHI', '太极拳晨练 Morning Tai Chi', 'class', 'tai_chi', ['adult', 'senior'], 'light', 60, {
      zone: 'PLAZA',
      times: ['06:45', '07:30'],
      capacity: 40,
      weight: 3,
    }),
    p('DEMO-WALK', '社区健步走 Community Walk', 'class', 'walking', ALL_AGES, 'moderate', 60, {
      zone: 'PLAZA',
      times: ['07:00', '18:30'],
      capacity: 50,
      weight: 2,
    }),
    p(
      'DEMO-FITDAY-WALK',
      '全民健身日健步走 National Fitness Day Walk',
      'event',
      'walking',
      ALL_AGES,
      'moderate',
      90,
      {
        theme: 'national-fitness-day',
        description: '8月8日全民健身日主题活动 / Themed walk for National Fitness Day, 8 August',
        zone: 'PLAZA',
        capacity: 200,
        weight: 0,
      },
    ),
    p('DEMO-YOGA', '舒缓瑜伽 Gentle Yoga', 'class', 'yoga', ['youth', 'adult', 'senior'], 'light', 60, {
      times: ['09:30', '19:00'],
      weight: 2,
    }),
    p(
      'DEMO-BBALL-Y',
      '青少年篮球 Youth Basketball',
      'class',
      'basketball',
      ['child', 'youth'],
      'vigorous',
      90,
      {
        times: ['16:00', '17:30'],
        capacity: 20,
        weight: 2,
      },
    ),
    p('DEMO-SQDANCE', '广场舞 Square Dance', 'class', 'square_dance', ['adult', 'senior'], 'moderate', 60, {
      zone: 'PLAZA',
      times: ['19:00', '19:30'],
      capacity: 60,
      weight: 2,
    }),
    p('DEMO-STRENGTH-S', '长者力量训练 Senior Strength', 'class', 'strength', ['senior'], 'moderate', 45, {
      times: ['09:00', '10:00', '14:30'],
      capacity: 15,
      weight: 2,
    }),
    p(
      'DEMO-PARENT-CHILD',
      '亲子运动会 Parent-Child Sports Day',
      'event',
      'other',
      ['child', 'adult'],
      'moderate',
      120,
      {
        zone: 'PLAZA',
        times: ['09:30', '14:00'],
        capacity: 80,
        weight: 0.3,
      },
    ),
    p('DEMO-HEALTHCHECK', '体质健康检测 Health Check', 'assessment', 'health_check', ALL_AGES, 'light', 30, {
      zone: 'HEALTH',
      times: ['08:30', '10:30', '14:00', '16:00'],
      capacity: 12,
      weight: 2,
    }),
  ];
}

/** Coaches, health advisors, volunteers and a manager per outlet (assigned round-robin). */
export function demoStaff(): StaffCreate[] {
  const people: [string, StaffCreate['role'], string[]][] = [
    ['王建国 Wang Jianguo', 'coach', ['国家二级社会体育指导员', 'Tai Chi instructor']],
    ['李梅 Li Mei', 'coach', ['瑜伽教练资格证 Yoga Alliance RYT-200']],
    ['张伟 Zhang Wei', 'coach', ['篮球二级运动员', 'CBA youth coach level 2']],
    ['刘芳 Liu Fang', 'coach', ['广场舞指导员 Square dance instructor']],
    ['陈磊 Chen Lei', 'coach', ['ACSM Certified Exercise Physiologist']],
    ['杨静 Yang Jing', 'health_advisor', ['执业护士 Registered nurse']],
    ['赵敏 Zhao Min', 'health_advisor', ['健康管理师 Health manager']],
    ['黄海 Huang Hai', 'coach', ['国家一级社会体育指导员']],
    ['周晓 Zhou Xiao', 'volunteer', ['急救员证 First aid']],
    ['吴丽 Wu Li', 'volunteer', []],
    ['徐强 Xu Qiang', 'volunteer', ['急救员证 First aid']],
    ['孙悦 Sun Yue', 'volunteer', []],
    ['马骏 Ma Jun', 'manager', []],
    ['朱琳 Zhu Lin', 'coach', ['太极拳五段 Tai Chi 5th duan']],
    ['胡斌 Hu Bin', 'coach', ['NSCA-CPT']],
    ['郭佳 Guo Jia', 'volunteer', []],
  ];
  return people.map(([name, role, certifications], i) => ({
    externalId: `DEMO-STF-${String(i + 1).padStart(3, '0')}`,
    name,
    role,
    certifications,
    // 139-0000-xxxx: a reserved-looking block, never a real subscriber (demo data).
    phone: `+86 139-0000-${String(9000 + i).padStart(4, '0')}`,
  }));
}

export function demoPartners(): PartnerCreate[] {
  return [
    {
      code: 'DEMO-CLINIC-PD',
      kind: 'clinic',
      name: '浦东新区社区卫生服务中心 (Demo) / Pudong Community Health Centre',
      contacts: [
        {
          name: '林医生 Dr. Lin',
          role: '全科医生 GP',
          email: 'clinic@example.org',
          phone: '+86 139-0000-8001',
        },
      ],
    },
    {
      code: 'DEMO-SCHOOL-XH',
      kind: 'school',
      name: '徐汇区示范小学 (Demo) / Xuhui Demo Primary School',
      contacts: [{ name: '体育组 PE office', role: 'PE teacher', email: 'pe@school.example.org' }],
    },
    {
      code: 'DEMO-SENIOR-JA',
      kind: 'senior_center',
      name: '静安区长者综合服务中心 (Demo) / Jing’an Senior Centre',
      contacts: [{ name: '社工 Social worker', role: 'coordinator', phone: '+86 139-0000-8003' }],
    },
  ];
}

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
export const GIVEN = [
  '秀英',
  '桂英',
  '建华',
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '子涵',
  '梓萱',
  '浩然',
  '一诺',
  '欣怡',
  '宇轩',
];
export const ENGLISH = [
  'Grace',
  'Lily',
  'Kevin',
  'Amy',
  'Jason',
  'Tony',
  'Coco',
  'Leo',
  'Mia',
  'Eric',
  'Vivian',
  'Sam',
];

export const FEEDBACK_COMMENTS = [
  '教练很耐心，动作讲解清楚。The coach was patient and clear.',
  '场地干净，时间安排合理。',
  'Great atmosphere, will come again!',
  '希望增加周末班次。More weekend sessions please.',
  '人有点多，排队时间长。A bit crowded.',
  '血压测量很方便，工作人员专业。',
  null,
];
