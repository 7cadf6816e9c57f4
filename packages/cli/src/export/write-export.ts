import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ParticipationExportRow } from '@sporthub/schemas';
import { AtomicFile } from './atomic-file.js';
import { endQuietlyWhenReaderLeaves } from './closed-pipe.js';
import { DigestStream } from './digest-stream.js';
import { encodeText, type RowCounter } from './encode-text.js';
import type { ExportFormat } from './formats.js';

/**
 * Rows of an export as the SDK streams them (`hub.participation.export()`): iterating checks the NDJSON
 * trailer, and afterwards `trailer` and `watermark` are set.
 */
export interface ExportSource extends AsyncIterable<ParticipationExportRow> {
  readonly trailer: { count: number; watermark: string } | undefined;
  readonly watermark: string | undefined;
}

export interface WriteExportOptions {
  format: ExportFormat;
  /** CSV: start with a UTF-8 BOM. */
  bom?: boolean | undefined;
  /** Running row count, for progress. */
  onRows?: ((rows: number) => void) | undefined;
}

/** What was written: the data rows (header excluded), the bytes and their SHA-256, the watermark. */
export interface WrittenExport {
  rows: number;
  bytes: number;
  sha256: string;
  watermark: string;
}

/** The stream ended without its trailer, or the trailer disagrees with what was written. */
export class ExportIntegrityError extends Error {
  override readonly name = 'ExportIntegrityError';
}

/**
 * Streams an export into `target` atomically (temp file, fsync, rename): the target appears only after
 * every row is written and the trailer's count equals the rows written. Any failure — the source
 * throwing (network cut, cut-off stream), a count mismatch, a write error — removes the temp file and
 * leaves the target as it was.
 *
 * @example
 * const written = await writeExportFile(hub.participation.export(query), 'sep.csv', { format: 'csv' });
 */
export async function writeExportFile(
  source: ExportSource,
  target: string,
  options: WriteExportOptions,
): Promise<WrittenExport> {
  const file = AtomicFile.create(target);
  try {
    const written = await writeExport(source, file.stream, options, true);
    await file.commit();
    return written;
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/**
 * Streams an export to a stream that stays open (stdout with `--out -`). Rows reach the reader as they
 * come, so a failure cannot be undone: the error is reported and the exit code is non-zero. When the
 * reader of stdout goes away (`| head`), the process ends quietly with exit 0, as Unix tools do.
 */
export function writeExportStream(
  source: ExportSource,
  out: Writable,
  options: WriteExportOptions,
): Promise<WrittenExport> {
  // Kept until exit, not released: the last chunk may still be on its way to the pipe when this resolves.
  if (out === process.stdout) endQuietlyWhenReaderLeaves(out);
  return writeExport(source, out, options, false);
}

async function writeExport(
  source: ExportSource,
  out: Writable,
  options: WriteExportOptions,
  endOut: boolean,
): Promise<WrittenExport> {
  const counter: RowCounter = { rows: 0, onRows: options.onRows };
  const digest = new DigestStream();
  if (options.format === 'xlsx') {
    const { writeXlsx } = await import('./write-xlsx.js');
    const sink = pipeline(digest, out, { end: endOut });
    try {
      await writeXlsx(source, digest, counter);
    } catch (error) {
      digest.destroy(error as Error);
      await sink.catch(() => undefined);
      throw error;
    }
    await sink;
  } else {
    const text = encodeText(source, { format: options.format, bom: options.bom }, counter);
    await pipeline(Readable.from(text), digest, out, { end: endOut });
  }
  return {
    rows: counter.rows,
    bytes: digest.bytes,
    sha256: digest.hex(),
    watermark: checkTrailer(source, counter.rows),
  };
}

/** The trailer must be there and count exactly the rows written; returns the snapshot's watermark. */
function checkTrailer(source: ExportSource, rows: number): string {
  const { trailer } = source;
  if (!trailer) {
    throw new ExportIntegrityError(
      `the export stream ended after ${rows} rows without its trailer (cut off)`,
    );
  }
  if (trailer.count !== rows) {
    throw new ExportIntegrityError(
      `the server's trailer counts ${trailer.count} rows but ${rows} were written`,
    );
  }
  return source.watermark ?? trailer.watermark;
}
