import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import {
  openScheduleSource,
  type ScheduleSourceOptions,
  type SourceRecord,
} from '../../../src/import/readers/index.js';

/** The directory of the hand-written schedule fixtures. */
export const FIXTURES = new URL('../../fixtures/schedules/', import.meta.url).pathname;

export const fixture = (name: string) => join(FIXTURES, name);

/** A temp directory for files a test writes as bytes; removed after the file's tests. */
export function tempDir(): (name: string, bytes: Buffer | string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'sporthub-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, bytes) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
}

/** Every record of a file. */
export async function readAll(file: string, options: ScheduleSourceOptions = {}): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of openScheduleSource(file, options)) records.push(record);
  return records;
}

/** The error a file fails with (the test fails when it reads fine). */
export async function failure(
  file: string,
  options: ScheduleSourceOptions = {},
): Promise<Record<string, unknown>> {
  try {
    await readAll(file, options);
  } catch (error) {
    const e = error as Error & Record<string, unknown>;
    return { name: e.name, code: e.code, line: e.line, column: e.column, message: e.message };
  }
  throw new Error(`${file} was expected to fail`);
}

/** The parts of a record most tests compare. */
export const summary = (r: SourceRecord) => ({
  line: r.line,
  externalId: r.input.externalId,
  codes: r.errors.map((e) => `${e.column}:${e.code}`),
});
