import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planRoster } from '../../src/integrations/oneroster/plan-roster.js';
import { RosterFileError, readRoster } from '../../src/integrations/oneroster/read-roster.js';
import { readRosterSource } from '../../src/integrations/oneroster/source.js';
import { ONEROSTER_HEADERS, schoolGradeOf } from '../../src/integrations/oneroster/spec.js';

const enc = new TextEncoder();
const H = (name: keyof typeof ONEROSTER_HEADERS, extra: string[] = []) =>
  [...ONEROSTER_HEADERS[name], ...extra].join(',');

function manifest(modes: Record<string, string>): string {
  const rows = ['propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1'];
  for (const [file, mode] of Object.entries(modes)) rows.push(`file.${file},${mode}`);
  return `${rows.join('\n')}\n`;
}

function files(entries: Record<string, string>): Map<string, Uint8Array> {
  return new Map(Object.entries(entries).map(([k, v]) => [k, enc.encode(v)]));
}

const BULK = { orgs: 'bulk', users: 'bulk', classes: 'bulk', enrollments: 'bulk' };
const ORGS = `${H('orgs')}\norg-1,,,明珠小学,school,,\n`;
const CLASSES = `${H('classes')}\ncls-1,,,四年级1班,04,,4-1,scheduled,,org-1,,,,\n`;

function roster(users: string, enrollments = `${H('enrollments')}\n`, modes: Record<string, string> = BULK) {
  return readRoster(
    files({
      'manifest.csv': manifest(modes),
      'orgs.csv': ORGS,
      'users.csv': users,
      'classes.csv': CLASSES,
      'enrollments.csv': enrollments,
    }),
  );
}

const user = (
  id: string,
  role: string,
  extra: { agents?: string; grades?: string; given?: string; family?: string; phone?: string } = {},
) =>
  `${id},,,true,org-1,${role},,,${extra.given ?? 'Ming'},${extra.family ?? 'Wang'},,,,,${extra.phone ?? ''},${extra.agents ?? ''},${extra.grades ?? ''},`;

describe('readRoster: files and headers', () => {
  it('tolerates a BOM and metadata.* columns', () => {
    const users = `\uFEFF${H('users', ['metadata.studentNo'])}\n${user('s1', 'student', { grades: '04' })},2026001\n`;
    const r = roster(users);
    expect(r.errors).toEqual([]);
    expect(r.records.users.get('s1')?.metadata).toEqual({ studentNo: '2026001' });
  });

  it.each([
    [
      'swapped columns',
      H('users').replace('givenName,familyName', 'familyName,givenName'),
      /column 9 must be "givenName", found "familyName"/,
    ],
    [
      'an extension not named metadata.*',
      H('users', ['studentNo']),
      /column 19 "studentNo" is not a OneRoster 1.1 column/,
    ],
    [
      'a missing column',
      ONEROSTER_HEADERS.users.slice(0, -1).join(','),
      /column 18 must be "password", found nothing/,
    ],
  ])('rejects the header with %s, naming file and line', (_name, header, message) => {
    expect(() => roster(`${header}\n`)).toThrow(RosterFileError);
    expect(() => roster(`${header}\n`)).toThrow(message);
    expect(() => roster(`${header}\n`)).toThrow(/^users\.csv:1: /);
  });

  it('needs manifest.csv with oneroster.version 1.1 and every file it lists', () => {
    expect(() => readRoster(files({}))).toThrow(/manifest\.csv/);
    expect(() =>
      readRoster(files({ 'manifest.csv': 'propertyName,value\noneroster.version,1.0\n' })),
    ).toThrow(/must be 1\.1/);
    expect(() => readRoster(files({ 'manifest.csv': manifest({ users: 'bulk' }) }))).toThrow(/no users\.csv/);
  });

  it('reads a zip, files in a folder inside it, names case-insensitive', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'oneroster-'));
    const zip = path.join(dir, 'roster.zip');
    const users = `${H('users')}\n${user('s1', 'student')}\n`;
    await writeFile(
      zip,
      zipSync({
        'export/manifest.csv': enc.encode(manifest(BULK)),
        'export/Orgs.csv': enc.encode(ORGS),
        'export/users.csv': enc.encode(users),
        'export/classes.csv': enc.encode(CLASSES),
        'export/enrollments.csv': enc.encode(`${H('enrollments')}\n`),
      }),
    );
    const r = readRoster(await readRosterSource(zip));
    expect([...r.records.users.keys()]).toEqual(['s1']);
  });
});

describe('readRoster: bad rows are reported with file:line and skipped', () => {
  it('missing sourcedId, duplicate, bad role, unknown reference; the rest import', () => {
    const users = [
      H('users'),
      user('s1', 'student'),
      user('', 'student'),
      user('s1', 'student'),
      user('s2', 'wizard'),
      `s3,,,true,org-404,student,,,A,B,,,,,,,,`,
      user('s4', 'student'),
    ].join('\n');
    const enrollments = [
      H('enrollments'),
      'e1,,,cls-1,org-1,s1,student,,,',
      'e2,,,cls-404,org-1,s4,student,,,',
      'e3,,,cls-1,org-1,s3,student,,,',
    ].join('\n');
    const r = roster(`${users}\n`, `${enrollments}\n`);
    expect(r.errors.map((e) => `${e.file}:${e.line} ${e.code}`)).toEqual([
      'enrollments.csv:3 unknown_reference',
      'enrollments.csv:4 unknown_reference',
      'users.csv:3 missing_sourced_id',
      'users.csv:4 duplicate_sourced_id',
      'users.csv:5 invalid_role',
      'users.csv:6 unknown_reference',
    ]);
    expect([...r.records.users.keys()]).toEqual(['s1', 's4']);
    expect([...r.records.enrollments.keys()]).toEqual(['e1']);
  });

  it('counts lines inside quoted fields', () => {
    const users = `${H('users')}\ns1,,,true,org-1,student,,,"Multi\nLine",Wang,,,,,,,,\n,,,true,org-1,student,,,A,B,,,,,,,,\n`;
    expect(roster(users).errors.map((e) => e.line)).toEqual([4]);
  });
});

describe('planRoster', () => {
  it('students become members with grade; parents and guardians become guardian contacts, not members', () => {
    const users = [
      H('users'),
      user('s1', 'student', { grades: '04', agents: 'p1', given: '小明', family: '王' }),
      user('s2', 'student', { grades: 'KG' }),
      user('p1', 'parent', { given: '建国', family: '王', phone: '13800000001' }),
      user('g2', 'guardian', { agents: 's2', given: 'Xiu', family: 'Li', phone: '021-1' }),
      user('t1', 'teacher', { given: 'Lao', family: 'Zhang' }),
    ].join('\n');
    const enrollments = [
      H('enrollments'),
      'e1,,,cls-1,org-1,s1,student,,,',
      'e2,,,cls-1,org-1,t1,teacher,true,,',
    ].join('\n');
    const plan = planRoster(roster(`${users}\n`, `${enrollments}\n`), { watermark: null });
    expect(plan.students.map((s) => s.item)).toEqual([
      {
        externalId: 's1',
        displayName: '王小明',
        birthYear: null,
        schoolGrade: 4,
        guardian: { name: '王建国', phone: '13800000001' },
      },
      {
        externalId: 's2',
        displayName: 'Ming Wang',
        birthYear: null,
        schoolGrade: null,
        guardian: { name: 'Xiu Li', phone: '021-1' },
      },
    ]);
    expect(plan.guardianLinks).toBe(2);
    expect(plan.classes).toEqual([
      expect.objectContaining({
        code: 'cls-1',
        name: '明珠小学 四年级1班',
        replace: true,
        add: [{ sourcedId: 's1', line: 2 }],
        teachers: ['Lao Zhang'],
      }),
    ]);
  });

  it('delta: status and dateLastModified required; rows at or before the watermark are already applied', () => {
    const modes = { users: 'delta', enrollments: 'delta', orgs: 'absent', classes: 'absent' };
    const users = [
      H('users'),
      's1,active,2026-09-01T00:00:00Z,true,org-1,student,,,A,B,,,,,,,05,',
      's2,tobedeleted,2026-09-03T00:00:00Z,true,org-1,student,,,C,D,,,,,,,,',
      's3,,2026-09-03T00:00:00Z,true,org-1,student,,,E,F,,,,,,,,',
      's4,active,,true,org-1,student,,,G,H,,,,,,,,',
    ].join('\n');
    const enrollments = [
      H('enrollments'),
      'e1,tobedeleted,2026-09-04T00:00:00Z,cls-9,org-1,s9,student,,,',
    ].join('\n');
    const r = readRoster(
      files({
        'manifest.csv': manifest(modes),
        'users.csv': `${users}\n`,
        'enrollments.csv': `${enrollments}\n`,
      }),
    );
    expect(r.errors.map((e) => `${e.line} ${e.code}`)).toEqual(['4 invalid_status', '5 missing_field']);
    const plan = planRoster(r, { watermark: '2026-09-02T00:00:00Z' });
    expect(plan.alreadyApplied).toBe(1);
    expect(plan.students.map((s) => [s.sourcedId, s.deleted])).toEqual([['s2', true]]);
    expect(plan.classes[0]).toMatchObject({
      code: 'cls-9',
      replace: false,
      remove: [{ sourcedId: 's9', line: 2 }],
    });
    expect(plan.watermark).toBe('2026-09-04T00:00:00Z');
  });

  it.each([
    ['04', 4],
    ['01,02', 1],
    ['KG', null],
    ['13', null],
    ['', null],
  ])('grade %s → %s', (grades, want) => expect(schoolGradeOf(grades)).toBe(want));
});
