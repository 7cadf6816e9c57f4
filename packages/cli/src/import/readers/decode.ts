import { isUtf8 as isWholeUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { ScheduleFileError } from './errors.js';

/*
 * Bytes → text for CSV and iCalendar, streamed (SPEC §6.2 encodings): a BOM decides (UTF-8,
 * UTF-16LE/BE); without one, a file that is valid UTF-8 is UTF-8, anything else GB18030 (a superset
 * of GBK, what Excel writes on mainland-Chinese Windows). `--encoding` overrides both. The first 64 KB
 * decide at once; when they are UTF-8 and there is more, the rest is checked by a quick scan before
 * decoding starts (a file of English rows with Chinese only near the end is common). Decoders are
 * stateful, so a character split across two read chunks is never mangled.
 */

/** How much of the file the first UTF-8-or-GB18030 guess looks at. */
export const SNIFF_BYTES = 64 * 1024;

export interface DecodeOptions {
  encoding?: string | undefined;
  highWaterMark?: number | undefined;
}

interface TextDecoderLike {
  write(chunk: Buffer): string;
  end(): string;
}

type Detected = { encoding: string; bomLength: number; sniffed: boolean };

const BOMS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** UTF-16 without a BOM shows as a NUL in every other byte (for the ASCII-heavy text of a CSV). */
function sniffUtf16(head: Buffer): string | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(head: Buffer, complete: boolean): boolean {
  try {
    // stream: true lets a multi-byte character cut at the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** How many bytes at the end of `bytes` begin a UTF-8 character that `bytes` does not finish (0–3). */
function unfinishedTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    if (byte < 0xc0) return 0;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length > back ? back : 0;
  }
  return 0;
}

/** True when `bytes` is UTF-8 except, perhaps, for a character cut off at its end. */
function isUtf8Prefix(bytes: Buffer): boolean {
  return isWholeUtf8(bytes.subarray(0, bytes.length - unfinishedTail(bytes)));
}

/** The offset of the first byte of `bytes` that cannot be UTF-8 (error path only: a binary search). */
function firstNonUtf8Byte(bytes: Buffer): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = (valid + invalid) >>> 1;
    if (isUtf8Prefix(bytes.subarray(0, middle))) valid = middle;
    else invalid = middle;
  }
  return valid;
}

function countByte(bytes: Buffer, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

/** True when every byte of the file is UTF-8 (read in 1 MiB blocks; a character may span two). */
async function isUtf8File(file: string): Promise<boolean> {
  let carry: Buffer | undefined;
  for await (const chunk of readChunks(file, 1 << 20)) {
    const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
    const tail = unfinishedTail(bytes);
    if (!isWholeUtf8(bytes.subarray(0, bytes.length - tail))) return false;
    carry = tail > 0 ? Buffer.from(bytes.subarray(bytes.length - tail)) : undefined;
  }
  return carry === undefined; // not a character cut off by the end of the file
}

const alnum = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function canonicalEncoding(name: string, file: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  if (!iconv.encodingExists(lower)) {
    throw new ScheduleFileError(
      `Unknown encoding "${name}": use utf-8, utf-16le, utf-16be, gb18030, gbk or big5`,
      { code: 'unsupported_encoding', file },
    );
  }
  return lower;
}

function detectEncoding(head: Buffer, complete: boolean, file: string, forced?: string): Detected {
  const bom = BOMS.find(([, bytes]) => startsWith(head, bytes));
  if (forced !== undefined) {
    const encoding = canonicalEncoding(forced, file);
    const bomLength = bom && alnum(bom[0]) === alnum(encoding) ? bom[1].length : 0;
    return { encoding, bomLength, sniffed: false };
  }
  if (bom) return { encoding: bom[0], bomLength: bom[1].length, sniffed: false };
  const utf16 = sniffUtf16(head);
  if (utf16) return { encoding: utf16, bomLength: 0, sniffed: true };
  if (head.includes(0)) {
    throw new ScheduleFileError('The file is binary, not a text CSV or iCalendar file', {
      code: 'binary_file',
      file,
    });
  }
  return { encoding: isUtf8(head, complete) ? 'utf-8' : 'gb18030', bomLength: 0, sniffed: true };
}

function createDecoder(detected: Detected, file: string, lineOf: () => number): TextDecoderLike {
  if (detected.encoding !== 'utf-8') {
    const decoder = iconv.getDecoder(detected.encoding, { stripBOM: false });
    return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const fail = (cause: unknown, chunk?: Buffer) => {
    // The decoder has consumed the lines before `chunk`; count the chunk's own up to the bad byte
    // (skipping the continuation bytes of a character the previous chunk began).
    let line = lineOf();
    if (chunk) {
      let start = 0;
      while (start < Math.min(3, chunk.length) && ((chunk[start] as number) & 0xc0) === 0x80) start++;
      const rest = chunk.subarray(start);
      line += countByte(rest.subarray(0, firstNonUtf8Byte(rest)), 0x0a);
    }
    return new ScheduleFileError(
      `The file is not valid UTF-8 on line ${line}: if it was saved by Excel in Chinese, run again with --encoding gb18030`,
      { code: 'encoding_mismatch', file, line, cause },
    );
  };
  return {
    write(chunk) {
      try {
        return decoder.decode(chunk, { stream: true });
      } catch (cause) {
        throw fail(cause, chunk);
      }
    },
    end() {
      try {
        return decoder.decode();
      } catch (cause) {
        throw fail(cause);
      }
    },
  };
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Bytes read at a time. The CSV parser turns a whole chunk into rows at once, and those rows live
 * until the import has checked the last of them: 16 KiB (~150 rows) instead of Node's 64 KiB keeps
 * them inside a small young generation (bin/run.js), so they die there instead of being copied and
 * promoted. Measured on a 1M-row validation: 177 → 166 MB peak and 13.2 → 11.4 s of CPU.
 */
const READ_BYTES = 16 * 1024;

async function* readChunks(file: string, highWaterMark: number | undefined): AsyncGenerator<Buffer> {
  const stream = createReadStream(file, { highWaterMark: highWaterMark ?? READ_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (cause) {
    if (ScheduleFileError.is(cause)) throw cause;
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new ScheduleFileError(`Cannot read ${file} (${reason})`, { code: 'file_unreadable', file, cause });
  } finally {
    stream.destroy();
  }
}

/**
 * The text of a file, decoded chunk by chunk; the BOM is removed. Throws `ScheduleFileError`
 * (`file_unreadable`, `binary_file`, `unsupported_encoding`, `encoding_mismatch`).
 */
export async function* decodeTextFile(file: string, options: DecodeOptions = {}): AsyncGenerator<string> {
  const chunks = readChunks(file, options.highWaterMark);
  // Hold the first chunks back until the sample is big enough to decide, then replay them one by
  // one through the streaming decoder.
  const held: Buffer[] = [];
  let heldBytes = 0;
  let done = false;
  while (heldBytes < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    heldBytes += next.value.length;
  }
  const head = Buffer.concat(held);
  let detected = detectEncoding(head, done, file, options.encoding);
  if (detected.sniffed && detected.encoding === 'utf-8' && !done && !(await isUtf8File(file))) {
    detected = { encoding: 'gb18030', bomLength: 0, sniffed: true };
  }
  let lines = 1;
  const decoder = createDecoder(detected, file, () => lines);
  let skip = detected.bomLength;
  let first = true;
  const decode = (chunk: Buffer): string => {
    let bytes = chunk;
    if (skip > 0) {
      const cut = Math.min(skip, bytes.length);
      bytes = bytes.subarray(cut);
      skip -= cut;
    }
    let text = decoder.write(bytes);
    if (first && text !== '') {
      // A BOM the byte check did not remove (e.g. --encoding utf-16 decoding its own BOM).
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    lines += countLineBreaks(text);
    return text;
  };
  for (const chunk of held) {
    const text = decode(chunk);
    if (text) yield text;
  }
  held.length = 0;
  if (!done) {
    for await (const chunk of chunks) {
      const text = decode(chunk);
      if (text) yield text;
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * The text of bytes already in memory, decided and decoded as `decodeTextFile` does a file's (BOM,
 * `--encoding`, else UTF-8 when all of it is, else GB18030); `file` names them in errors, whose lines
 * are lines of `bytes`. The iCalendar reader unfolds a file's bytes before decoding them.
 */
export function decodeTextBytes(bytes: Buffer, file: string, options: DecodeOptions = {}): string {
  const detected = detectEncoding(bytes, true, file, options.encoding);
  const decoder = createDecoder(detected, file, () => 1);
  const text = decoder.write(bytes.subarray(detected.bomLength)) + decoder.end();
  // A BOM the byte check did not remove (e.g. --encoding utf-16 decoding its own BOM).
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
