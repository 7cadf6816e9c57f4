import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openScheduleSource } from '../../../src/import/readers/index.js';
import { FIXTURES, fixture } from './helpers.js';

// Every fixture's records (and, for calendars, its series), as golden files: a change in what a reader
// produces shows up as a diff under fixtures/schedules/__snapshots__.
const files = readdirSync(FIXTURES).filter((name) => /\.(csv|ics)$/.test(name));
const options = { outlet: 'SH-PD-0001', program: 'P-DEFAULT', capacity: 10, until: '2027-02-01' };

describe('golden records', () => {
  test.each(files)('%s', async (name) => {
    const source = openScheduleSource(fixture(name), options);
    const records = [];
    for await (const { file, ...record } of source)
      records.push({ file: file.slice(FIXTURES.length), ...record });
    const series = [...source.series.values()].map((s) => ({
      ...s,
      file: s.file?.slice(FIXTURES.length),
      externalIds: [...s.externalIds],
    }));
    const golden = `${JSON.stringify({ format: source.format, records, series }, null, 2)}\n`;
    await expect(golden).toMatchFileSnapshot(`../../fixtures/schedules/__snapshots__/${name}.json`);
  });
});
