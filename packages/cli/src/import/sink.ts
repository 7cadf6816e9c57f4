import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/*
 * Where an export goes: stdout (`-`), or a file written under a temp name and renamed when complete, so
 * a reader never sees half a file. Writes wait for the stream to drain (backpressure: flat memory).
 */

export interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

async function writeTo(stream: NodeJS.WritableStream | WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function openSink(out: string): Promise<Sink> {
  if (out === '-') {
    return { write: (t) => writeTo(process.stdout, t), commit: async () => {}, abort: async () => {} };
  }
  const tmp = `${out}.${process.pid}.tmp`;
  const stream = createWriteStream(tmp, { mode: 0o644 });
  await once(stream, 'open');
  const close = () =>
    new Promise<void>((done, fail) => stream.end((e?: Error | null) => (e ? fail(e) : done())));
  return {
    write: (t) => writeTo(stream, t),
    commit: async () => {
      await close();
      await rename(tmp, out);
    },
    abort: async () => {
      await close().catch(() => {});
      await rm(tmp, { force: true });
    },
  };
}
