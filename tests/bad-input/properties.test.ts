/**
 * Property-based bad input (fast-check, fixed seeds; `FC_SEED=<n>` replays a printed failure): mutated
 * sample files through the CLI's schedule readers (CSV, XLSX, iCalendar), mutated and random manifests
 * through the provisioning loader, random values through the contract's zod schemas. Properties:
 *
 * - nothing throws but the documented error (`ScheduleFileError` with a stable code and the file,
 *   line when known), and reading ends (each reader bounds itself: record size, occurrences per series);
 * - every rejected row carries a stable code, its file, line and column;
 * - every manifest problem names its file and line; a manifest with problems yields nothing;
 * - every zod issue carries a code and a path.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import {
  openScheduleSource,
  READER_ERROR_CODES,
  SCHEDULE_FILE_ERROR_CODES,
  ScheduleFileError,
  type ScheduleFormat,
} from '../../packages/cli/src/import/readers/index.js';
import type { ManifestProblem } from '../../packages/cli/src/provisioning/errors.js';
import { parseManifestText } from '../../packages/cli/src/provisioning/load.js';
import * as S from '../../packages/schemas/src/index.js';
import { requestSchemas } from '../contract/registry.js';
import { mutate, mutations, seed } from './support/mutations.js';

const SAMPLES = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const sample = (name: string) => readFileSync(path.join(SAMPLES, name));
const ROW_CODES = new Set([...Object.keys(S.SCHEDULE_ERROR_CODES), ...Object.keys(READER_ERROR_CODES)]);
const FILE_CODES = new Set(Object.keys(SCHEDULE_FILE_ERROR_CODES));

/** Property runs per target (the figures in docs/reliability.md). */
export const RUNS = { csv: 80, xlsx: 40, ics: 60, manifest: 80, zod: 6 } as const;

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-props-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * Reads a file to the end and checks the contract of the readers: records with located errors, or a
 * `ScheduleFileError` with a stable code and location; anything else fails the property.
 */
async function readChecked(bytes: Buffer, ext: string, format?: ScheduleFormat): Promise<string> {
  const file = path.join(dir, `case-${++n}.${ext}`);
  await writeFile(file, bytes);
  try {
    const source = openScheduleSource(file, {
      format,
      outlet: 'SH-PD-0001',
      program: 'P-TAICHI',
      until: '2027-12-31',
      now: new Date('2027-01-01T00:00:00Z'),
    });
    let records = 0;
    for await (const record of source) {
      records++;
      expect(record.file).toBe(file);
      expect(record.line).toBeGreaterThanOrEqual(1);
      expect(record.row === undefined).toBe(record.errors.length > 0);
      for (const error of record.errors) {
        expect(ROW_CODES, `row error code ${error.code}`).toContain(error.code);
        expect(typeof error.column).toBe('string');
        expect(error.message.length).toBeGreaterThan(0);
      }
    }
    return `records:${records}`;
  } catch (error) {
    if (!ScheduleFileError.is(error)) throw error;
    expect(FILE_CODES, `file error code ${error.code}`).toContain(error.code);
    expect(error.file).toBe(file);
    if (error.line !== undefined) expect(error.line).toBeGreaterThanOrEqual(1);
    return `error:${error.code}`;
  } finally {
    await rm(file, { force: true });
  }
}

describe('schedule readers never fail but with a located, coded error', () => {
  const outcomes = new Map<string, number>();
  const tally = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

  test('mutated CSV', async () => {
    const original = sample('schedules/march-2027.csv');
    await fc.assert(
      fc.asyncProperty(mutations, async (m) => {
        tally(await readChecked(mutate(original, m), 'csv'));
      }),
      { seed: seed(20270301), numRuns: RUNS.csv },
    );
  });

  test('mutated XLSX', async () => {
    const original = sample('schedules/april-2027.xlsx');
    const xlsxMutations = fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('flip' as const),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
          bits: fc.integer({ min: 1, max: 255 }),
        }),
        fc.record({
          kind: fc.constant('truncate' as const),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
        }),
      ),
      { minLength: 1, maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(xlsxMutations, async (m) => {
        tally(await readChecked(mutate(original, m), 'xlsx'));
      }),
      { seed: seed(20270401), numRuns: RUNS.xlsx },
    );
  });

  test('mutated iCalendar', async () => {
    const original = sample('schedules/taichi-mornings.ics');
    const icsLine = fc.constantFrom(
      'RRULE:FREQ=DAILY;COUNT=999999\r\n',
      'RRULE:FREQ=MINUTELY\r\n',
      'DTSTART;TZID=Mars/Olympus:20270405T073000\r\n',
      'DTSTART;TZID=America/New_York:20270314T023000\r\n',
      'EXDATE:garbage\r\n',
      'BEGIN:VEVENT\r\n',
      'END:VCALENDAR\r\n',
      'DURATION:-PT1H\r\n',
      'RECURRENCE-ID:20270407T073000\r\n',
    );
    const icsMutations = fc.array(
      fc.oneof(
        mutations.map((m) => m[0]!),
        fc.record({
          kind: fc.constant('insert' as const),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
          text: icsLine,
        }),
      ),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(icsMutations, async (m) => {
        tally(await readChecked(mutate(original, m), 'ics'));
      }),
      { seed: seed(20270405), numRuns: RUNS.ics },
    );
  });

  afterAll(() => {
    // Both kinds of outcome were reached: the mutations do reach the error paths.
    expect([...outcomes.keys()].some((k) => k.startsWith('error:'))).toBe(true);
    expect([...outcomes.keys()].some((k) => k.startsWith('records:'))).toBe(true);
  });
});

describe('manifest loader reports every problem with file and line', () => {
  async function checked(text: string): Promise<'valid' | 'invalid'> {
    const problems: ManifestProblem[] = [];
    const parsed = await parseManifestText('network.yaml', text, problems);
    expect(parsed === undefined).toBe(problems.length > 0);
    for (const p of problems) {
      expect(p.at.file).toBe('network.yaml');
      expect(p.at.line).toBeGreaterThanOrEqual(1);
      expect(p.message.length).toBeGreaterThan(0);
    }
    return parsed ? 'valid' : 'invalid';
  }

  test('mutated network.yaml and random documents', async () => {
    const original = sample('network.yaml');
    const seen = new Set<string>();
    const yamlish = fc.oneof(
      mutations.map((m) => mutate(original, m).toString('utf8')),
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ apiVersion: 'sporthub/v1', outlets: [v] })),
      fc.constantFrom(
        '&a [1]\n',
        'a: *b\n',
        '? [a]\n: b\n',
        '!!binary "#"\n',
        'a: !!int x\n',
        '%YAML 9.9\n---\n',
      ),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        seen.add(await checked(text));
      }),
      { seed: seed(61), numRuns: RUNS.manifest },
    );
    expect(seen.has('invalid')).toBe(true);
  });
});

describe('zod request schemas answer any value with coded, located issues', () => {
  const schemas = Object.entries({
    ...requestSchemas,
    Manifest: S.ManifestSchema,
    ScheduleRow: S.ScheduleRowSchema,
  }) as Array<[string, z.ZodType]>;

  test.each(schemas)('%s', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 })), (value) => {
        const result = schema.safeParse(value);
        if (result.success) return;
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(typeof issue.code).toBe('string');
          expect(Array.isArray(issue.path)).toBe(true);
        }
      }),
      { seed: seed(4), numRuns: RUNS.zod },
    );
  });

  test('schedule row errors map to stable codes and columns', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2027-02-30', '25:00', '-5', '1e3', '2027年13月1日', ''),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.values(S.SCHEDULE_COLUMNS).map((c) => c.field)), cell),
        (row) => {
          const result = S.ScheduleRowSchema.safeParse(row);
          if (result.success) return;
          for (const e of S.scheduleRowErrors(result.error)) {
            expect(Object.keys(S.SCHEDULE_ERROR_CODES)).toContain(e.code);
            expect(Object.keys(S.SCHEDULE_COLUMNS)).toContain(e.column);
          }
        },
      ),
      { seed: seed(65), numRuns: 60 },
    );
  });
});
