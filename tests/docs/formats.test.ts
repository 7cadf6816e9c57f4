/**
 * docs/formats.md describes exactly the columns and fields that exist: each marked table is compared with
 * the schema or constant that defines the format, both ways (nothing invented, nothing left out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ManifestOutletSchema,
  ManifestPartnerSchema,
  ManifestProgramSchema,
  ManifestSchema,
  ManifestStaffSchema,
  PARTICIPATION_EXPORT_COLUMNS,
  SCHEDULE_COLUMNS,
  SCHEDULE_ERROR_CODES,
} from '@sporthub/schemas';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../packages/cli/src/export/manifest.js';
import { codeNames, markedTable, ROOT } from './support/markdown.js';

const FORMATS = 'docs/formats.md';

/** The first backticked name of each row's first cell, in table order. */
function names(marker: string): string[] {
  return markedTable(FORMATS, marker).map((row) => codeNames(row[0] ?? '')[0] ?? `(no name in "${row[0]}")`);
}

describe('docs/formats.md', () => {
  it.each([
    ['fields: manifest', ManifestSchema],
    ['fields: manifest-program', ManifestProgramSchema],
    ['fields: manifest-staff', ManifestStaffSchema],
    ['fields: manifest-outlet', ManifestOutletSchema],
    ['fields: manifest-partner', ManifestPartnerSchema],
  ] as const)('lists every field of the %s schema and no other', (marker, schema) => {
    expect(names(marker).sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it('lists the schedule columns in order, each with its Chinese aliases', () => {
    const rows = markedTable(FORMATS, 'fields: schedule-columns');
    expect(rows.map((r) => codeNames(r[0] ?? '')[0])).toEqual(Object.keys(SCHEDULE_COLUMNS));
    for (const row of rows) {
      const column = codeNames(row[0] ?? '')[0] as keyof typeof SCHEDULE_COLUMNS;
      const documented = (row[1] ?? '')
        .split(/[,，]/)
        .map((a) => a.trim())
        .filter((a) => a && a !== '—');
      expect(documented, column).toEqual([...SCHEDULE_COLUMNS[column].aliases]);
    }
  });

  it('lists every schedule row error code and no other', () => {
    expect(names('fields: schedule-error-codes').sort()).toEqual(Object.keys(SCHEDULE_ERROR_CODES).sort());
  });

  it('lists the participation export columns in order', () => {
    expect(names('fields: export-columns')).toEqual([...PARTICIPATION_EXPORT_COLUMNS]);
  });

  it('lists the fields of the export sidecar manifest', () => {
    const manifest = buildManifest({
      file: '/tmp/x.csv',
      format: 'csv',
      bom: false,
      written: { rows: 0, bytes: 0, sha256: '', watermark: '' } as Parameters<
        typeof buildManifest
      >[0]['written'],
      filters: {},
      exportedAt: new Date(0),
    });
    expect(names('fields: export-manifest').sort()).toEqual(Object.keys(manifest).sort());
  });

  it('lists the X-SPORTHUB-* iCalendar properties the reader understands', () => {
    const dir = path.join(ROOT, 'packages/cli/src/import/readers');
    const used = new Set(
      readdirSync(dir).flatMap((f) =>
        [...readFileSync(path.join(dir, f), 'utf8').matchAll(/X-SPORTHUB-[A-Z]+(?:-[A-Z]+)*/g)].map(
          (m) => m[0],
        ),
      ),
    );
    expect(used.size).toBeGreaterThan(0);
    expect(names('fields: ics-properties').sort()).toEqual([...used].sort());
  });

  it('fails on an invented field (so the checks above can fail)', () => {
    expect([...names('fields: manifest-outlet'), 'nickname'].sort()).not.toEqual(
      Object.keys(ManifestOutletSchema.shape).sort(),
    );
    expect(() => markedTable(FORMATS, 'fields: no-such-table')).toThrow(/no <!-- fields: no-such-table -->/);
  });
});
