import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ResolvedSession } from './session-row.js';

/*
 * The rows pass 1 accepted, ready to send, in the job's directory (`accepted.ndjson`): one JSON array
 * per line, `[ordinal, session]`. Pass 2 streams this file instead of reading, decoding,
 * checking and resolving the sources a second time, which was half of an import's CPU; a resumed job
 * sends the same rows in the same batches from it. Rows rejected after pass 1 (capacity below bookings)
 * stay in the spool and are skipped by ordinal, so batch numbering is the same on every run.
 */

export interface SpooledRow {
  ordinal: number;
  session: ResolvedSession['session'];
}

/**
 * Characters gathered before one write. A write per row left a write request and a Buffer per row
 * queued behind the disk, long enough to be promoted by V8: +11 MB of old generation and +20 MB of
 * RSS at the end of a 1M-row pass 1. A crash before `close` loses nothing: the spool counts only
 * once closed (a job still validating is imported again, not resumed).
 */
const SPOOL_WRITE_CHARS = 32 * 1024;

export class SpoolWriter {
  private readonly out: WriteStream;
  private failed: Error | undefined;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(readonly path: string) {
    this.out = createWriteStream(path, { mode: 0o600, highWaterMark: 1 << 20 });
    this.out.on('error', (error) => {
      this.failed = error;
    });
  }

  /** Appends a row; resolves at once unless the disk is behind (then after it drained). */
  async add(row: SpooledRow): Promise<void> {
    if (this.failed) throw this.failed;
    const text = `${JSON.stringify([row.ordinal, row.session])}\n`;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= SPOOL_WRITE_CHARS && !this.flush()) await once(this.out, 'drain');
  }

  /** Writes what was gathered; false when the stream asks to wait for 'drain'. */
  private flush(): boolean {
    if (this.pending.length === 0) return true;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    return this.out.write(text);
  }

  /** Flushes, syncs to disk and closes: after this the spool survives a crash. */
  async close(): Promise<void> {
    this.flush();
    this.out.end();
    await once(this.out, 'close');
    if (this.failed) throw this.failed;
    const handle = await open(this.path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Stops writing without syncing (the job failed before pass 2). */
  destroy(): void {
    this.out.destroy();
  }
}

/** Bytes read at a time from the spool. */
const SPOOL_READ_BYTES = 64 * 1024;

/** A spooled row as written: its ordinal and its session's JSON, as UTF-8. */
export interface SpooledLine {
  ordinal: number;
  json: Uint8Array;
}

const NEWLINE = 0x0a;

/**
 * The spooled rows in order, as bytes: pass 2 sends them as they are (`SerializedItems`), so no row
 * is decoded into strings or objects that would live, and be promoted by V8, until its batch is
 * answered; a batch is a few hundred KB outside the JS heap instead.
 */
export async function* readSpool(path: string): AsyncGenerator<SpooledLine> {
  let rest: Buffer | undefined;
  for await (const read of createReadStream(path, { highWaterMark: SPOOL_READ_BYTES })) {
    const chunk = rest ? Buffer.concat([rest, read as Buffer]) : (read as Buffer);
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      yield spooledLine(chunk, start, end, path);
      start = end + 1;
    }
    // A copy, so the next chunk's concat does not keep this whole chunk alive.
    rest = start < chunk.length ? Buffer.from(chunk.subarray(start)) : undefined;
  }
  if (rest && rest.toString('utf8').trim() !== '') {
    throw new Error(`${path} ends in an incomplete row: the spool is damaged`);
  }
}

/** `[ordinal,{…}]` between `start` and `end` of `bytes`. */
function spooledLine(bytes: Buffer, start: number, end: number, path: string): SpooledLine {
  let ordinal = 0;
  let at = start + 1;
  for (; at < end && bytes[at] !== 0x2c /* , */; at++) {
    const digit = (bytes[at] ?? 0) - 0x30;
    if (digit < 0 || digit > 9 || at - start > 15) {
      ordinal = -1;
      break;
    }
    ordinal = ordinal * 10 + digit;
  }
  if (
    bytes[start] !== 0x5b /* [ */ ||
    ordinal < 0 ||
    at === start + 1 ||
    bytes[at + 1] !== 0x7b /* { */ ||
    bytes[end - 1] !== 0x5d /* ] */ ||
    bytes[end - 2] !== 0x7d /* } */
  ) {
    throw new Error(`${path} holds a line that is not a spooled row: the spool is damaged`);
  }
  return { ordinal, json: bytes.subarray(at + 1, end - 1) };
}
