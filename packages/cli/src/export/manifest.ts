import { basename } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import type { ExportFormat } from './formats.js';
import type { WrittenExport } from './write-export.js';

/**
 * The filters an export ran with, as the operator gave them (codes) and as sent to the server (ids).
 * Only the filters that were set appear.
 */
export interface ExportFilters {
  from?: string;
  to?: string;
  outlet?: { code: string; id: string };
  district?: string;
  program?: { code: string; id: string };
  partner?: { code: string; id: string };
  /** `--since-watermark`: only records created or changed after this watermark. */
  sinceWatermark?: string;
}

/**
 * The sidecar `FILE.manifest.json` (SPEC §5): what the file holds and how to check it. `rows` counts data
 * rows (no header), `sha256` is the hex digest of the file's bytes, `watermark` is the snapshot's, to pass
 * as `--since-watermark` to the next (incremental) export.
 */
export interface ExportManifest {
  file: string;
  format: ExportFormat;
  bom: boolean;
  rows: number;
  bytes: number;
  sha256: string;
  watermark: string;
  filters: ExportFilters;
  exportedAt: string;
}

export function buildManifest(input: {
  file: string;
  format: ExportFormat;
  bom: boolean;
  written: WrittenExport;
  filters: ExportFilters;
  exportedAt: Date;
}): ExportManifest {
  const { written } = input;
  return {
    file: basename(input.file),
    format: input.format,
    bom: input.bom,
    rows: written.rows,
    bytes: written.bytes,
    sha256: written.sha256,
    watermark: written.watermark,
    filters: input.filters,
    exportedAt: input.exportedAt.toISOString(),
  };
}

/** `participation.csv` → `participation.csv.manifest.json`. */
export const manifestPathFor = (file: string) => `${file}.manifest.json`;

/** Writes the manifest beside the file, atomically too (after the file's rename). */
export async function writeManifest(file: string, manifest: ExportManifest): Promise<string> {
  const path = manifestPathFor(file);
  await writeFileAtomic(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}
