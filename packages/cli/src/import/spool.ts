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

export class SpoolWriter {
  private readonly out: WriteStream;
  private failed: Error | undefined;

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
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Flushes, syncs to disk and closes: after this the spool survives a crash. */
  async close(): Promise<void> {
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

/**
 * Read size of the spool. Small enough that a chunk's text (two bytes a character once a title is
 * Chinese) stays under V8's 128 KiB large-object size: large strings outlive the scavenges of the
 * rows parsed from them and pile up in the old generation until a full collection (~30 MB at a time
 * with 1 MiB chunks).
 */
const SPOOL_READ_BYTES = 32 * 1024;

/** The spooled rows in order. */
export async function* readSpool(path: string): AsyncGenerator<SpooledRow> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: SPOOL_READ_BYTES })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const [ordinal, session] = JSON.parse(text.slice(start, end)) as [number, SpooledRow['session']];
      yield { ordinal, session };
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== '') throw new Error(`${path} ends in an incomplete row: the spool is damaged`);
}
