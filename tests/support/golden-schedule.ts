/**
 * One schedule of 20 sessions (SPEC §6.2) written in every form `schedules import` reads: CSV in each
 * encoding × line ending × delimiter × header language, XLSX with Excel serial dates, and iCalendar with
 * RRULE (COUNT, UNTIL, INTERVAL, BYDAY), EXDATE, a moved and a cancelled RECURRENCE-ID override. The
 * CSV/XLSX `external_id`s are the ones the ICS reader derives (`UID@<original start, UTC>`), so every
 * form must end in the same sessions: `GOLDEN_EXPECTED`.
 *
 * @example
 * await provisionGolden(api(server.baseUrl, token));
 * await writeFile('g.csv', goldenCsv({ encoding: 'gb18030', eol: '\r\n', delimiter: ';', header: 'zh' }));
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Api } from './api.js';

export const GOLDEN_OUTLET = 'GM-OUT';
const TZ_OFFSET_HOURS = 8; // Asia/Shanghai, no DST

interface GoldenSession {
  uid: string;
  /** Local wall time of the occurrence. */
  date: [number, number, number];
  start: string;
  end: string;
  /** The original start (RECURRENCE-ID) when an override moved the occurrence. */
  original?: { date: [number, number, number]; start: string };
  program: string;
  title?: string;
  capacity: number;
  waitlist?: number;
  /** Staff externalId or name, as the file writes it. */
  coach?: string;
  zone?: string;
  cancelled?: boolean;
  /** Written as starts_at/ends_at (RFC 3339) instead of date + times; `utc` writes `Z`. */
  instant?: 'offset' | 'utc';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcMs(date: [number, number, number], time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return Date.UTC(date[0], date[1] - 1, date[2], h - TZ_OFFSET_HOURS, m, s);
}

const basicUtc = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
const localBasic = (date: [number, number, number], time: string) =>
  `${date[0]}${pad(date[1])}${pad(date[2])}T${time.replace(/:/g, '').padEnd(6, '0')}`;

const TAICHI = '太极拳晨练';
const YOGA = '瑜伽 "流动, 拉伸"; 呼吸';
const COACH_BY_NAME = '王教练';
const COACH_ID = 'C-GM-02';

function taichiSeries(): GoldenSession[] {
  // FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10 from 2027-01-04; EXDATE 01-13; 01-15 moved to 09:00–10:00.
  const days = [4, 6, 8, 11, 15, 18, 20, 22, 25];
  return days.map((day): GoldenSession => {
    const base = {
      uid: 'gm-taichi@sporthub.test',
      program: 'GM-TAICHI',
      title: TAICHI,
      capacity: 20,
      waitlist: 5,
      coach: COACH_BY_NAME,
      zone: 'HALL',
      date: [2027, 1, day] as [number, number, number],
    };
    if (day === 15)
      return {
        ...base,
        title: '太极拳晨练（改到九点）',
        start: '09:00',
        end: '10:00',
        original: { date: [2027, 1, 15], start: '07:30' },
      };
    return { ...base, start: '07:30', end: '08:30' };
  });
}

function yogaSeries(): GoldenSession[] {
  // FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=2027-03-02 from 2027-01-05; 02-02 cancelled by an override.
  const dates: Array<[number, number, number]> = [
    [2027, 1, 5],
    [2027, 1, 19],
    [2027, 2, 2],
    [2027, 2, 16],
    [2027, 3, 2],
  ];
  return dates.map((date) => ({
    uid: 'gm-yoga@sporthub.test',
    date,
    start: '18:30',
    end: '20:00',
    program: 'GM-YOGA',
    title: YOGA,
    capacity: 15,
    coach: COACH_ID,
    zone: 'EXP',
    ...(date[1] === 2 && date[2] === 2 ? { cancelled: true } : {}),
  }));
}

const SINGLES: GoldenSession[] = [
  {
    uid: 'gm-check-0107@sporthub.test',
    date: [2027, 1, 7],
    start: '09:00',
    end: '11:30',
    program: 'GM-CHECK',
    title: '体质健康检测\n（上午场，请带身份证）',
    capacity: 40,
    waitlist: 10,
  },
  {
    uid: 'gm-walk-0109@sporthub.test',
    date: [2027, 1, 9],
    start: '20:30',
    end: '21:15',
    program: 'GM-YOGA',
    title: 'Night walk; talk, and "tea"',
    capacity: 30,
    coach: COACH_BY_NAME,
  },
  {
    uid: 'gm-check-0110@sporthub.test',
    date: [2027, 1, 10],
    start: '08:30',
    end: '09:30',
    program: 'GM-CHECK',
    capacity: 12,
    zone: 'EXP',
  },
  {
    uid: 'gm-talk-0112@sporthub.test',
    date: [2027, 1, 12],
    start: '10:00',
    end: '11:00',
    program: 'GM-CHECK',
    title: '讲座：科学健身，从“心”开始, part 1',
    capacity: 50,
    instant: 'offset',
  },
  {
    uid: 'gm-talk-0116@sporthub.test',
    date: [2027, 1, 16],
    start: '09:00',
    end: '10:00',
    program: 'GM-CHECK',
    title: '讲座 part 2',
    capacity: 50,
    coach: COACH_ID,
    instant: 'utc',
  },
  {
    uid: 'gm-taichi-0123@sporthub.test',
    date: [2027, 1, 23],
    start: '07:00',
    end: '08:00',
    program: 'GM-TAICHI',
    title: '周末太极（已取消）',
    capacity: 20,
    zone: 'HALL',
    cancelled: true,
  },
];

/** The 20 sessions, in file order. */
export const GOLDEN_SESSIONS: readonly GoldenSession[] = [...taichiSeries(), ...yogaSeries(), ...SINGLES];

export function externalIdOf(s: GoldenSession): string {
  const original = s.original ?? { date: s.date, start: s.start };
  return `${s.uid}@${basicUtc(utcMs(original.date, original.start))}`;
}

/** A session as the API shows it, with ids turned back into codes and instants into UTC. */
export interface NormalSession {
  externalId: string;
  outlet: string;
  program: string;
  title: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  waitlistCapacity: number;
  coach: string | null;
  zone: string | null;
  status: string;
}

const COACHES: Record<string, string> = { [COACH_BY_NAME]: 'C-GM-01', [COACH_ID]: COACH_ID };

/** What every import of the golden schedule must produce, sorted by externalId. */
export const GOLDEN_EXPECTED: readonly NormalSession[] = GOLDEN_SESSIONS.map((s) => ({
  externalId: externalIdOf(s),
  outlet: GOLDEN_OUTLET,
  program: s.program,
  title: s.title ?? null,
  startsAt: new Date(utcMs(s.date, s.start)).toISOString(),
  endsAt: new Date(utcMs(s.date, s.end)).toISOString(),
  capacity: s.capacity,
  waitlistCapacity: s.waitlist ?? 0,
  coach: s.coach ? (COACHES[s.coach] ?? null) : null,
  zone: s.zone ?? null,
  status: s.cancelled ? 'cancelled' : 'scheduled',
})).sort((a, b) => a.externalId.localeCompare(b.externalId));

// ---- reference data ---------------------------------------------------------------------------------

/** The outlet (with zones), programs and staff the golden schedule refers to, in one organization. */
export async function provisionGolden(hub: Api): Promise<void> {
  const outlet = await hub.call<{ id: string }>('POST', '/v1/outlets', {
    code: GOLDEN_OUTLET,
    name: '黄金样例网点',
    timezone: 'Asia/Shanghai',
    zones: [
      { code: 'EXP', name: '体验区', kind: 'experience', capacity: 20 },
      { code: 'HALL', name: '大厅', kind: 'training', capacity: 30 },
    ],
  });
  const program = (code: string, title: string, category: string) => ({
    code,
    title,
    kind: 'class',
    category,
    ageGroups: ['adult', 'senior'],
    intensity: 'light',
  });
  await hub.call('POST', '/v1/programs:batchUpsert', {
    items: [
      program('GM-TAICHI', '太极拳', 'tai_chi'),
      program('GM-YOGA', '瑜伽', 'yoga'),
      program('GM-CHECK', '体质检测', 'health_check'),
    ],
  });
  await hub.call('POST', '/v1/staff:batchUpsert', {
    items: [
      { externalId: 'C-GM-01', name: COACH_BY_NAME, role: 'coach', outletIds: [outlet.id] },
      { externalId: COACH_ID, name: '李老师', role: 'coach', outletIds: [outlet.id] },
    ],
  });
}

interface ApiSession {
  externalId: string | null;
  outletId: string;
  programId: string;
  title: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  waitlistCapacity: number;
  coachId: string | null;
  zoneId: string | null;
  status: string;
}

/** Every session of the organization, normalized and sorted by externalId. */
export async function normalizedSessions(hub: Api): Promise<NormalSession[]> {
  const outlets = await hub.all<{ id: string; code: string; zones: Array<{ id: string; code: string }> }>(
    '/v1/outlets',
  );
  const zones = new Map(outlets.flatMap((o) => o.zones.map((z) => [z.id, z.code] as const)));
  const outletCode = new Map(outlets.map((o) => [o.id, o.code]));
  const programs = new Map(
    (await hub.all<{ id: string; code: string }>('/v1/programs')).map((p) => [p.id, p.code]),
  );
  const staff = new Map(
    (await hub.all<{ id: string; externalId: string }>('/v1/staff')).map((s) => [s.id, s.externalId]),
  );
  const sessions = await hub.all<ApiSession>('/v1/sessions');
  return sessions
    .map((s) => ({
      externalId: s.externalId ?? '',
      outlet: outletCode.get(s.outletId) ?? s.outletId,
      program: programs.get(s.programId) ?? s.programId,
      title: s.title,
      startsAt: new Date(s.startsAt).toISOString(),
      endsAt: new Date(s.endsAt).toISOString(),
      capacity: s.capacity,
      waitlistCapacity: s.waitlistCapacity,
      coach: s.coachId ? (staff.get(s.coachId) ?? s.coachId) : null,
      zone: s.zoneId ? (zones.get(s.zoneId) ?? s.zoneId) : null,
      status: s.status,
    }))
    .sort((a, b) => a.externalId.localeCompare(b.externalId));
}

// ---- CSV --------------------------------------------------------------------------------------------

export type GoldenEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export interface CsvVariant {
  encoding: GoldenEncoding;
  eol: '\n' | '\r\n';
  delimiter: ',' | ';' | '\t';
  header: 'en' | 'zh';
}

type Column =
  | 'external_id'
  | 'outlet_code'
  | 'program_code'
  | 'title'
  | 'date'
  | 'start_time'
  | 'end_time'
  | 'starts_at'
  | 'ends_at'
  | 'capacity'
  | 'waitlist'
  | 'coach'
  | 'zone'
  | 'status'
  | 'notes';

// English headers as people type them (case and spaces vary); Chinese aliases in another column order.
const HEADERS_EN: Array<[Column, string]> = [
  ['external_id', 'external_id'],
  ['outlet_code', 'Outlet Code'],
  ['program_code', 'program_code'],
  ['title', 'Title'],
  ['date', 'date'],
  ['start_time', 'Start Time'],
  ['end_time', 'end_time'],
  ['starts_at', 'starts_at'],
  ['ends_at', 'ends_at'],
  ['capacity', 'CAPACITY'],
  ['waitlist', 'waitlist'],
  ['coach', 'coach'],
  ['zone', 'zone'],
  ['status', 'status'],
  ['notes', 'notes'],
];
const HEADERS_ZH: Array<[Column, string]> = [
  ['date', '日期'],
  ['start_time', '开始时间'],
  ['end_time', '结束时间'],
  ['external_id', '编号'],
  ['title', '名称'],
  ['outlet_code', '网点编号'],
  ['program_code', '课程编号'],
  ['capacity', '名额'],
  ['waitlist', '候补名额'],
  ['coach', '教练'],
  ['zone', '区域'],
  ['status', '状态'],
  ['starts_at', 'starts_at'],
  ['ends_at', 'ends_at'],
  ['notes', '备注'],
];

// Every accepted form of a date and a time (SPEC §6.2), cycled through the rows.
function dateText(date: [number, number, number], i: number): string {
  const [y, m, d] = date;
  return [`${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`][i % 3] as string;
}
function timeText(time: string, i: number): string {
  const [h = '0', m = '00'] = time.split(':');
  return [`${Number(h)}:${m}`, `${h}:${m}`, `${h}:${m}:00`][i % 3] as string;
}
function instantText(date: [number, number, number], time: string, form: 'offset' | 'utc'): string {
  const ms = utcMs(date, time);
  if (form === 'utc') return `${new Date(ms).toISOString().slice(0, 19)}Z`;
  return `${date[0]}-${pad(date[1])}-${pad(date[2])}T${time}:00+08:00`;
}

/** The cells of each session, by column (text as a person would type it). */
function rowCells(s: GoldenSession, i: number): Record<Column, string> {
  const instant = s.instant;
  return {
    external_id: externalIdOf(s),
    outlet_code: GOLDEN_OUTLET,
    program_code: s.program,
    title: s.title ?? '',
    date: instant ? '' : dateText(s.date, i),
    start_time: instant ? '' : timeText(s.start, i),
    end_time: instant ? '' : timeText(s.end, i + 1),
    starts_at: instant ? instantText(s.date, s.start, instant) : '',
    ends_at: instant ? instantText(s.date, s.end, instant) : '',
    capacity: String(s.capacity),
    waitlist: s.waitlist === undefined ? '' : String(s.waitlist),
    coach: s.coach ?? '',
    zone: s.zone ?? '',
    status: s.cancelled ? (i % 2 === 0 ? '已取消' : 'Cancelled') : i % 4 === 1 ? 'scheduled' : '',
    notes: i % 5 === 0 ? `备注 ${i}, "see" ; note` : '',
  };
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The golden schedule as CSV text (before encoding); one blank line in the middle (skipped). `rows`
 * keeps only the sessions `from` (inclusive) `to` (exclusive), to split the schedule across files.
 */
export function goldenCsvText(
  variant: Omit<CsvVariant, 'encoding'>,
  rows: { from: number; to: number } = { from: 0, to: GOLDEN_SESSIONS.length },
): string {
  const headers = variant.header === 'en' ? HEADERS_EN : HEADERS_ZH;
  const line = (cells: string[]) => cells.map((c) => quote(c, variant.delimiter)).join(variant.delimiter);
  const lines = [line(headers.map(([, name]) => name))];
  GOLDEN_SESSIONS.forEach((s, i) => {
    if (i < rows.from || i >= rows.to) return;
    const cells = rowCells(s, i);
    lines.push(line(headers.map(([column]) => cells[column])));
    if (i === 9) lines.push('');
  });
  return `${lines.join(variant.eol)}${variant.eol}`;
}

export function encodeText(text: string, encoding: GoldenEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le':
      return iconv.encode(text, 'utf-16le', { addBOM: true });
    case 'utf-16be':
      return iconv.encode(text, 'utf-16be', { addBOM: true });
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

export function goldenCsv(variant: CsvVariant, rows?: { from: number; to: number }): Buffer {
  return encodeText(goldenCsvText(variant, rows), variant.encoding);
}

/** Every CSV variant: 5 encodings × 2 line endings × 3 delimiters × 2 header languages = 60. */
export function csvVariants(): CsvVariant[] {
  const variants: CsvVariant[] = [];
  for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const)
    for (const eol of ['\n', '\r\n'] as const)
      for (const delimiter of [',', ';', '\t'] as const)
        for (const header of ['en', 'zh'] as const) variants.push({ encoding, eol, delimiter, header });
  return variants;
}

export function variantName(v: CsvVariant): string {
  const delimiter = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }[v.delimiter];
  return `${v.encoding}-${v.eol === '\n' ? 'lf' : 'crlf'}-${delimiter}-${v.header}`;
}

// ---- XLSX -------------------------------------------------------------------------------------------

/** Days since 1899-12-30 (Excel's 1900 date system) of a calendar date. */
function excelSerial(date: [number, number, number]): number {
  return (Date.UTC(date[0], date[1] - 1, date[2]) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
function dayFraction(time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return (h * 3600 + m * 60 + s) / 86_400;
}

/**
 * The golden schedule as a workbook: a merged title row above the header, dates as Excel serial numbers
 * with a date format, times as day fractions on even rows and text on odd rows.
 */
export async function goldenXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('课程表');
  sheet.addRow(['2027年1–3月课程表']);
  sheet.mergeCells(1, 1, 1, HEADERS_ZH.length);
  sheet.addRow(HEADERS_ZH.map(([, name]) => name));
  GOLDEN_SESSIONS.forEach((s, i) => {
    const cells = rowCells(s, i);
    const values = HEADERS_ZH.map(([column]): string | number | null => {
      if (!s.instant && column === 'date') return excelSerial(s.date);
      if (!s.instant && (column === 'start_time' || column === 'end_time') && i % 2 === 0)
        return dayFraction(column === 'start_time' ? s.start : s.end);
      if (column === 'capacity' || (column === 'waitlist' && s.waitlist !== undefined))
        return Number(cells[column]);
      return cells[column] === '' ? null : cells[column];
    });
    const row = sheet.addRow(values);
    HEADERS_ZH.forEach(([column], c) => {
      const cell = row.getCell(c + 1);
      if (column === 'date' && typeof cell.value === 'number') cell.numFmt = 'yyyy-mm-dd';
      if ((column === 'start_time' || column === 'end_time') && typeof cell.value === 'number')
        cell.numFmt = 'hh:mm';
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- iCalendar --------------------------------------------------------------------------------------

function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const zoned = (name: string, date: [number, number, number], time: string) =>
  `${name};TZID=Asia/Shanghai:${localBasic(date, time)}`;

function eventLines(props: string[]): string[] {
  return ['BEGIN:VEVENT', 'DTSTAMP:20261201T000000Z', ...props, 'END:VEVENT'];
}

function commonProps(s: GoldenSession): string[] {
  return [
    `X-SPORTHUB-OUTLET:${GOLDEN_OUTLET}`,
    `X-SPORTHUB-PROGRAM:${s.program}`,
    `X-SPORTHUB-CAPACITY:${s.capacity}`,
    ...(s.waitlist === undefined ? [] : [`X-SPORTHUB-WAITLIST:${s.waitlist}`]),
    ...(s.coach ? [`X-SPORTHUB-COACH:${s.coach}`] : []),
    ...(s.zone ? [`LOCATION:${s.zone}`] : []),
    ...(s.title ? [`SUMMARY:${icsText(s.title)}`] : []),
  ];
}

/** The golden schedule as iCalendar: two recurring series (with overrides) and six single events. */
export function goldenIcs(): string {
  const taichi = GOLDEN_SESSIONS.find((s) => s.uid === 'gm-taichi@sporthub.test' && !s.original);
  const moved = GOLDEN_SESSIONS.find((s) => s.original);
  const yoga = GOLDEN_SESSIONS.find((s) => s.uid === 'gm-yoga@sporthub.test');
  if (!taichi || !moved?.original || !yoga) throw new Error('golden schedule lost its series');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sporthub//golden//EN',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...eventLines([
      `UID:${taichi.uid}`,
      zoned('DTSTART', [2027, 1, 4], '07:30'),
      zoned('DTEND', [2027, 1, 4], '08:30'),
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10',
      zoned('EXDATE', [2027, 1, 13], '07:30'),
      ...commonProps(taichi),
    ]),
    ...eventLines([
      `UID:${moved.uid}`,
      zoned('RECURRENCE-ID', moved.original.date, moved.original.start),
      zoned('DTSTART', moved.date, moved.start),
      zoned('DTEND', moved.date, moved.end),
      `SUMMARY:${icsText(moved.title ?? '')}`,
    ]),
    ...eventLines([
      `UID:${yoga.uid}`,
      zoned('DTSTART', [2027, 1, 5], '18:30'),
      zoned('DTEND', [2027, 1, 5], '20:00'),
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270302T235959Z',
      ...commonProps(yoga),
    ]),
    ...eventLines([
      `UID:${yoga.uid}`,
      zoned('RECURRENCE-ID', [2027, 2, 2], '18:30'),
      zoned('DTSTART', [2027, 2, 2], '18:30'),
      zoned('DTEND', [2027, 2, 2], '20:00'),
      'STATUS:CANCELLED',
    ]),
    ...SINGLES.flatMap((s) =>
      eventLines([
        `UID:${s.uid}`,
        ...(s.instant === 'utc'
          ? [`DTSTART:${basicUtc(utcMs(s.date, s.start))}`, `DTEND:${basicUtc(utcMs(s.date, s.end))}`]
          : [zoned('DTSTART', s.date, s.start), zoned('DTEND', s.date, s.end)]),
        ...(s.cancelled ? ['STATUS:CANCELLED'] : []),
        ...commonProps(s),
      ]),
    ),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
