import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { csvField } from '../output/csv.js';
import type { RecordError } from './readers/index.js';

/*
 * The rejects file (SPEC §6.2): the rejected rows with their ORIGINAL columns (headers as written, in
 * file order) plus `error_code,error_message`, one record per row — fix the cells and import the file
 * as it is. UTF-8, with a BOM when the source was GB18030/UTF-16, had non-ASCII headers or was a
 * workbook, so Excel opens it with the right encoding. Rows from files with a different header go to a
 * sibling file (`rejects.2.csv`), since one CSV has one header; a sibling never replaces a file that is
 * not this import's own (the next free name is taken: `rejects.3.csv`).
 */

export const REJECT_COLUMNS = ['error_code', 'error_message'] as const;

/** One rejected row. */
export interface Reject {
  file: string;
  line: number;
  raw: Record<string, string>;
  errors: readonly Pick<RecordError, 'code' | 'message' | 'column' | 'line'>[];
}

/** `error_message` text: where, then what — `march.csv:12 开始时间: … ; …`. */
export function rejectMessage(reject: Reject): string {
  const at = `${basename(reject.file)}:${reject.line}`;
  return reject.errors.map((e) => `${at}${e.column ? ` ${e.column}` : ''}: ${e.message}`).join('; ');
}

interface Output {
  path: string;
  fd: number;
  headers: string[];
  buffer: string;
}

export class RejectsWriter {
  private readonly outputs: Output[] = [];
  private count = 0;
  /** Once rows are being written, each reject goes to disk at once (see `settle`). */
  private durable = false;

  constructor(
    readonly path: string,
    private readonly bom: (file: string, headers: readonly string[]) => boolean,
    private readonly options: { append?: boolean } = {},
  ) {}

  get rows(): number {
    return this.count;
  }

  /** Every file written, the first being `path` (empty when nothing was rejected). */
  get paths(): string[] {
    return this.outputs.map((o) => o.path);
  }

  add(reject: Reject): void {
    const headers = Object.keys(reject.raw).filter((h) => !(REJECT_COLUMNS as readonly string[]).includes(h));
    const out = this.outputFor(reject.file, headers);
    const codes = [...new Set(reject.errors.map((e) => e.code))].join(';');
    const cells = [...headers.map((h) => reject.raw[h] ?? ''), codes, rejectMessage(reject)];
    out.buffer += `${cells.map(csvField).join(',')}\r\n`;
    this.count++;
    if (this.durable || out.buffer.length > 64 * 1024) this.flush(out);
  }

  /**
   * Writes what is buffered, and from now on every reject as it comes: called before the first batch
   * is sent, so a process killed while writing leaves pass 1's rejects on disk for `jobs results`,
   * and the server's (rare) rejects of acknowledged batches too.
   */
  settle(): void {
    this.durable = true;
    for (const out of this.outputs) if (out.fd >= 0) this.flush(out);
  }

  /** Flushes and closes every file (idempotent); `paths` stays readable. */
  close(): void {
    for (const out of this.outputs) {
      if (out.fd < 0) continue;
      this.flush(out);
      closeSync(out.fd);
      out.fd = -1;
    }
  }

  private outputFor(file: string, headers: string[]): Output {
    const same = this.outputs.find(
      (o) => o.headers.length === headers.length && o.headers.every((h, i) => h === headers[i]),
    );
    if (same) return same;
    const head = [...headers, ...REJECT_COLUMNS].map(csvField).join(',');
    const bom = this.bom(file, headers) ? '\uFEFF' : '';
    const path = this.siblingPath(`${bom}${head}\r\n`);
    // A resumed job adds to the rejects of its first run.
    const append = this.options.append === true && (statSync(path, { throwIfNoEntry: false })?.size ?? 0) > 0;
    const fd = openSync(path, append ? 'a' : 'w', 0o644);
    const out: Output = { path, fd, headers, buffer: append ? '' : `${bom}${head}\r\n` };
    this.outputs.push(out);
    return out;
  }

  /**
   * The path of the next output: `path` itself (the user's, or the job's), then `rejects.2.csv`,
   * `rejects.3.csv`… skipping any that exists and is not this import's (a resumed job finds its own by
   * their first line).
   */
  private siblingPath(firstLine: string): string {
    if (this.outputs.length === 0) return this.path;
    const ext = extname(this.path);
    const stem = this.path.slice(0, this.path.length - ext.length);
    for (let n = this.outputs.length + 1; ; n++) {
      const path = `${stem}.${n}${ext}`;
      if (this.outputs.some((o) => o.path === path)) continue;
      if (!statSync(path, { throwIfNoEntry: false })) return path;
      if (this.options.append === true && startsWith(path, firstLine)) return path;
    }
  }

  private flush(out: Output): void {
    if (out.buffer) writeSync(out.fd, out.buffer);
    out.buffer = '';
  }
}

/** True when the file at `path` begins with `text` (UTF-8). */
function startsWith(path: string, text: string): boolean {
  const expected = Buffer.from(text);
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(expected.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected);
  } finally {
    closeSync(fd);
  }
}
