import type { Writable } from 'node:stream';

/**
 * `sporthub … export | head -1`: once the reader has gone, writing to stdout fails with EPIPE. Unix tools
 * die of SIGPIPE there without a word; Node ignores SIGPIPE, so the write error would surface as an
 * unexpected failure (exit 1) — or, with no listener, as an uncaught 'error' event. While `stream`
 * carries an export's data, a closed pipe ends the process quietly with exit 0 instead: nothing is left
 * to do, as the reader wanted no more. (The atomic-file exit hook still removes temp files.)
 *
 * Returns a function that removes the handler.
 *
 * @example
 * const release = endQuietlyWhenReaderLeaves(process.stdout);
 * try { await writeRows(process.stdout); } finally { release(); }
 */
export function endQuietlyWhenReaderLeaves(
  stream: Writable,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') exit(0);
  };
  stream.on('error', onError);
  return () => stream.removeListener('error', onError);
}
