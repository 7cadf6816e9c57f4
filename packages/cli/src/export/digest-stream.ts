import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Passes bytes through unchanged while hashing (SHA-256) and counting them, so the manifest's `sha256`
 * is the hash of exactly the bytes the file received — without reading the file a second time.
 */
export class DigestStream extends Transform {
  readonly #hash: Hash = createHash('sha256');
  #bytes = 0;

  override _transform(chunk: Buffer | string, encoding: BufferEncoding, callback: TransformCallback): void {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.#hash.update(buffer);
    this.#bytes += buffer.length;
    callback(null, buffer);
  }

  /** Bytes that went through so far. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Hex SHA-256 of everything that went through; call once, after the stream finished. */
  hex(): string {
    return this.#hash.digest('hex');
  }
}
