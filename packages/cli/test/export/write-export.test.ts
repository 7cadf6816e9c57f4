import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParticipationExportRow } from '@sporthub/schemas';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicFile, writeFileAtomic } from '../../src/export/atomic-file.js';
import { buildManifest, manifestPathFor, writeManifest } from '../../src/export/manifest.js';
import { type ExportSource, writeExportFile } from '../../src/export/write-export.js';

function row(i: number, extra: Partial<ParticipationExportRow> = {}): ParticipationExportRow {
  return {
    participation_id: `par_01${String(i).padStart(24, '0')}`,
    session_id: 'ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
    session_external_id: i % 2 ? null : `PD-"TAICHI", ${i}`,
    outlet_code: 'SH-PD-0001',
    program_code: 'P-TAICHI',
    member_ref: `mem_01${String(i).padStart(24, '0')}`,
    age_group: i % 3 ? 'senior' : null,
    checked_in_at: '2026-09-05T07:58:12+08:00',
    duration_minutes: i % 4 ? 60 : null,
    source: 'staff',
    ...extra,
  };
}

/** A fake SDK export: `rows` rows, then a trailer (or none, or a wrong count), or a failure midway. */
function source(
  rows: number,
  options: { trailerCount?: number | null; failAfter?: number; signal?: AbortSignal } = {},
): ExportSource {
  let trailer: ExportSource['trailer'];
  return {
    get trailer() {
      return trailer;
    },
    get watermark() {
      return trailer?.watermark;
    },
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < rows; i++) {
        if (options.failAfter === i) throw new Error('connection broke while reading the export');
        options.signal?.throwIfAborted();
        if (i % 500 === 0) await new Promise((r) => setImmediate(r));
        yield row(i);
      }
      if (options.trailerCount !== null) {
        trailer = { count: options.trailerCount ?? rows, watermark: '0000000000000042' };
      }
    },
  };
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sporthub-export-unit-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('writeExportFile', () => {
  it('writes CSV the way the server does (RFC 4180, CRLF, header) and reports rows, bytes, sha256', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.csv');
    const written = await writeExportFile(source(3), file, { format: 'csv' });
    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      'participation_id,session_id,session_external_id,outlet_code,program_code,member_ref,age_group,checked_in_at,duration_minutes,source',
    );
    expect(text).toContain(',"PD-""TAICHI"", 0",');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(written).toEqual({
      rows: 3,
      bytes: Buffer.byteLength(text),
      sha256: sha256(file),
      watermark: '0000000000000042',
    });
    expect(leftovers(dir)).toEqual([]);
  });

  it('starts a CSV with a UTF-8 BOM with --bom, and the hash covers it', async () => {
    const dir = tempDir();
    const file = join(dir, 'bom.csv');
    const written = await writeExportFile(source(2), file, { format: 'csv', bom: true });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(written.sha256).toBe(sha256(file));
  });

  it('writes NDJSON: one row per line in column order, no trailer', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.ndjson');
    await writeExportFile(source(5), file, { format: 'ndjson' });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(Object.keys(JSON.parse(lines[0] as string))[0]).toBe('participation_id');
    expect(lines.join('\n')).not.toContain('_trailer');
  });

  it('writes XLSX that exceljs reads back with the right row count', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.xlsx');
    const written = await writeExportFile(source(4321), file, { format: 'xlsx' });
    expect(written.rows).toBe(4321);
    expect(written.sha256).toBe(sha256(file));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('participation');
    expect(sheet?.actualRowCount).toBe(4322);
    expect(sheet?.getRow(1).getCell(1).value).toBe('participation_id');
    expect(sheet?.getRow(2).getCell(9).value).toBeNull();
    expect(sheet?.getRow(3).getCell(9).value).toBe(60);
  });

  it.each([
    ['the source stream is aborted mid-write', { failAfter: 2500 }, /connection broke/],
    ['the stream ends without its trailer', { trailerCount: null }, /without its trailer/],
    ['the trailer counts other rows than were written', { trailerCount: 2999 }, /counts 2999 rows but 3000/],
  ] as const)('leaves no target and no temp file when %s', async (_name, options, error) => {
    for (const format of ['csv', 'ndjson', 'xlsx'] as const) {
      const dir = tempDir();
      const file = join(dir, `out.${format}`);
      await expect(writeExportFile(source(3000, options), file, { format })).rejects.toThrow(error);
      expect(existsSync(file)).toBe(false);
      expect(leftovers(dir)).toEqual([]);
    }
  });

  it('keeps the previous file intact when a new export fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'keep.csv');
    writeFileSync(file, 'yesterday\r\n');
    await expect(writeExportFile(source(100, { failAfter: 50 }), file, { format: 'csv' })).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('yesterday\r\n');
  });

  it('an abort signal (Ctrl-C) during the write leaves no target', async () => {
    const dir = tempDir();
    const file = join(dir, 'aborted.csv');
    const controller = new AbortController();
    const pending = writeExportFile(source(200_000, { signal: controller.signal }), file, {
      format: 'csv',
      onRows: (rows) => {
        if (rows >= 10_000) controller.abort(new Error('Interrupted'));
      },
    });
    await expect(pending).rejects.toThrow('Interrupted');
    expect(existsSync(file)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('AtomicFile', () => {
  it('is invisible under the target name until commit', async () => {
    const dir = tempDir();
    const target = join(dir, 'report.html');
    const file = AtomicFile.create(target);
    file.stream.write('<!DOCTYPE html>');
    await once(file.stream, 'ready');
    expect(existsSync(target)).toBe(false);
    expect(leftovers(dir)).toHaveLength(1);
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('<!DOCTYPE html>');
    expect(leftovers(dir)).toEqual([]);
  });

  it('writeFileAtomic replaces a file in one step', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.txt');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('manifest', () => {
  it('records rows, the file hash, the watermark and the filters beside the file', async () => {
    const dir = tempDir();
    const file = join(dir, 'sep.csv');
    const written = await writeExportFile(source(7), file, { format: 'csv' });
    const manifest = buildManifest({
      file,
      format: 'csv',
      bom: false,
      written,
      filters: { from: '2026-09-01', outlet: { code: 'SH-PD-0001', id: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P' } },
      exportedAt: new Date('2026-10-01T00:00:00Z'),
    });
    const path = await writeManifest(file, manifest);
    expect(path).toBe(manifestPathFor(file));
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved).toEqual({
      file: 'sep.csv',
      format: 'csv',
      bom: false,
      rows: 7,
      bytes: readFileSync(file).length,
      sha256: sha256(file),
      watermark: '0000000000000042',
      filters: { from: '2026-09-01', outlet: { code: 'SH-PD-0001', id: 'out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P' } },
      exportedAt: '2026-10-01T00:00:00.000Z',
    });
  });
});
