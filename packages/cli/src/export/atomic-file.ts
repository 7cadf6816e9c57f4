import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, openSync, unlinkSync, type WriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/*
 * Atomic file output: bytes go to a temp file in the target's directory (same file system, so the final
 * rename(2) is atomic), which is fsynced and renamed over the target only once everything is written and
 * checked. A reader therefore sees the old file or the complete new one, never half of it; an export
 * that dies (Ctrl-C, kill, network cut, missing trailer) leaves no file under the target name.
 *
 * SIGKILL cannot be caught: it leaves the temp file (`.name.<random>.tmp`), never the target.
 */

/** Temp files still open, removed synchronously if the process exits before commit (Ctrl-C → exit). */
const pending = new Set<string>();
let exitHookInstalled = false;

function removePendingSync(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already gone, or the directory is not writable: nothing more to do on the way out
    }
  }
  pending.clear();
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', removePendingSync);
}

/** A temp file beside `target`, e.g. `.participation.csv.8f3a1c2b.tmp`. */
export function tempPathFor(target: string): string {
  const abs = resolve(target);
  return join(dirname(abs), `.${basename(abs)}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * A file being written atomically. Write to `stream`, then `commit()` (flush, fsync, rename over the
 * target, fsync the directory) or `abort()` (close and remove the temp file).
 *
 * @example
 * const file = AtomicFile.create('out.csv');
 * try { await pipeline(source, file.stream); await file.commit(); }
 * catch (e) { await file.abort(); throw e; }
 */
export class AtomicFile {
  readonly target: string;
  readonly tempPath: string;
  readonly stream: WriteStream;
  #settled = false;

  private constructor(target: string) {
    this.target = resolve(target);
    this.tempPath = tempPathFor(this.target);
    installExitHook();
    pending.add(this.tempPath);
    // `wx`: never follow or clobber an existing file at the (random) temp name; 0o644 like other output.
    this.stream = createWriteStream(this.tempPath, { flags: 'wx', mode: 0o644 });
  }

  static create(target: string): AtomicFile {
    return new AtomicFile(target);
  }

  /** Makes the written bytes durable and moves them to the target name in one step. */
  async commit(): Promise<void> {
    if (this.#settled) throw new Error(`${this.target}: already committed or aborted`);
    await closeStream(this.stream);
    const handle = await open(this.tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.tempPath, this.target);
    this.#settled = true;
    pending.delete(this.tempPath);
    syncDirectory(dirname(this.target));
  }

  /** Drops everything written; the target is left as it was. Safe to call twice or after a failure. */
  async abort(): Promise<void> {
    if (this.#settled) return;
    this.#settled = true;
    this.stream.destroy();
    await new Promise<void>((done) => {
      if (this.stream.closed) done();
      else this.stream.once('close', () => done());
    });
    await unlink(this.tempPath).catch(() => undefined);
    pending.delete(this.tempPath);
  }
}

function closeStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((done, fail) => {
    stream.once('error', fail);
    stream.once('close', () => done());
    if (!stream.writableEnded) stream.end();
  });
}

/** fsync the directory so the rename itself survives a power cut (POSIX; a no-op where unsupported). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows and some file systems cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a whole (small) document atomically: the export's sidecar manifest, a rendered report.
 *
 * @example
 * await writeFileAtomic('report.html', html);
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const file = AtomicFile.create(target);
  try {
    await new Promise<void>((done, fail) => {
      file.stream.once('error', fail);
      file.stream.end(data, () => done());
    });
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
