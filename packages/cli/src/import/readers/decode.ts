import { isUtf8 as isWholeUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { ScheduleFileError } from './errors.js';

/*
 * Bytes → text for CSV and iCalendar, streamed (SPEC §6.2 encodings): a BOM decides (UTF-8,
 * UTF-16LE/BE); without one, a file that is valid UTF-8 is UTF-8, anything else GB18030 (a superset
 * of GBK, what Excel writes on mainland-Chinese Windows). `--encoding` overrides both. The first 64 KB
 * decide at once; when they are UTF-8 and there is more, the rest is checked by a quick scan before
 * decoding starts (a file of English rows with Chinese only near the end is common). A file that is
 * UTF-8 but for a few bytes (a stray Latin-1 `é`, a last character cut off) is damaged UTF-8, not
 * GB18030: its multi-byte characters are nearly all well-formed UTF-8, where in GB18030 text only ~1 in
 * 7 happens to be. Decoding is strict for UTF-8, UTF-16 and GB18030/GBK: bytes that are not text in
 * the encoding fail the file on their line, never become U+FFFD. Decoders are stateful, so a character
 * split across two read chunks is never mangled.
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

/** UTF-8 but, perhaps, for a character cut off at the end (of a sample, or of a truncated file). */
function isUtf8(head: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
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

/** Non-ASCII characters of some bytes: those well-formed as UTF-8, and the bytes that are not. */
interface Utf8Tally {
  wellFormed: number;
  stray: number;
}

/** Adds the non-ASCII characters of `bytes` to `tally`; a character cut off at the end counts as stray. */
function tallyUtf8(bytes: Buffer, tally: Utf8Tally): void {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const more =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    let ok = more > 0 && i + more < bytes.length;
    for (let k = 1; ok && k <= more; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      tally.wellFormed++;
      i += more + 1;
    } else {
      tally.stray++;
      i++;
    }
  }
}

/**
 * Damaged UTF-8 rather than another encoding: at least two of its non-ASCII characters are well-formed
 * UTF-8 for each stray byte. GB18030 text has it the other way round (~1 character in 7 happens to be
 * UTF-8: a lead byte 0xC2–0xDF and a trail byte 0x80–0xBF make a 2-byte UTF-8 character), so only a
 * few characters of it can look like this. The doubt is settled towards UTF-8: reading damaged UTF-8
 * as GB18030 garbles every Chinese title in silence, where the other mistake is an error that names
 * `--encoding gb18030`.
 */
const isMostlyUtf8 = (tally: Utf8Tally) => tally.wellFormed > 0 && tally.wellFormed >= 2 * tally.stray;

/**
 * Whether a file without a BOM is to be read as UTF-8: all of it is UTF-8 (the quick check, in 1 MiB
 * blocks; a character may span two), or it is damaged UTF-8 (`isMostlyUtf8`, counted only for files
 * that fail the quick check).
 */
async function readsAsUtf8(file: string): Promise<boolean> {
  let carry: Buffer | undefined;
  let valid = true;
  for await (const chunk of readChunks(file, 1 << 20)) {
    const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
    const tail = unfinishedTail(bytes);
    if (!isWholeUtf8(bytes.subarray(0, bytes.length - tail))) {
      valid = false;
      break;
    }
    carry = tail > 0 ? Buffer.from(bytes.subarray(bytes.length - tail)) : undefined;
  }
  // Valid to the end but for a character cut off there: a truncated UTF-8 file.
  if (valid) return true;
  const tally: Utf8Tally = { wellFormed: 0, stray: 0 };
  for await (const chunk of readChunks(file, 1 << 20)) tallyUtf8(chunk, tally);
  return isMostlyUtf8(tally);
}

const alnum = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function canonicalEncoding(name: string, file: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  if (!iconv.encodingExists(lower)) {
    throw new ScheduleFileError(
      `Unknown encoding "${name}": use utf-8, utf-16le, utf-16be, gb18030, gbk, big5 or latin1`,
      { code: 'unsupported_encoding', file },
    );
  }
  return lower;
}

function detectEncoding(head: Buffer, file: string, forced?: string): Detected {
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
  let utf8 = isUtf8(head);
  if (!utf8) {
    const tally: Utf8Tally = { wellFormed: 0, stray: 0 };
    tallyUtf8(head.subarray(0, head.length - unfinishedTail(head)), tally);
    utf8 = isMostlyUtf8(tally);
  }
  return { encoding: utf8 ? 'utf-8' : 'gb18030', bomLength: 0, sniffed: true };
}

/** Encodings decoded strictly by the platform (WHATWG names; its GBK decoder is GB18030's). */
const STRICT = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk']);

/** The byte offsets in `chunk` just after each line break, for an encoding whose text it holds. */
function lineStarts(chunk: Buffer, encoding: string, parity: number): number[] {
  const starts: number[] = [];
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const [low, high] = encoding === 'utf-16le' ? [0x0a, 0] : [0, 0x0a];
    for (let i = parity; i + 1 < chunk.length; i += 2) {
      if (chunk[i] === low && chunk[i + 1] === high) starts.push(i + 2);
    }
  } else {
    // In UTF-8 and GB18030 a 0x0A byte is always a line break, never part of a character.
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) starts.push(i + 1);
  }
  return starts;
}

/**
 * The line of the first bytes of `chunk` that are not text in `encoding`, `line` being the line the
 * chunk starts on (error path only). Lines that start inside the chunk start on a character, so each
 * is tried on its own; when all of them read, the fault is in the line the chunk began in the middle of.
 */
function lineOfFault(chunk: Buffer, encoding: string, line: number, parity: number): number {
  const starts = lineStarts(chunk, encoding, parity);
  for (let i = 0; i < starts.length; i++) {
    const piece = chunk.subarray(starts[i], starts[i + 1] ?? chunk.length);
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(piece, {
        stream: i === starts.length - 1,
      });
    } catch {
      return line + i + 1;
    }
  }
  return line;
}

function faultMessage(detected: Detected, line: number): string {
  const { encoding, sniffed } = detected;
  if (encoding === 'utf-8' && sniffed) {
    // Read as UTF-8 because what came before (or most of it) is: a damaged character, or a file that
    // turns to GB18030 only after the sample.
    return (
      `The file is not valid UTF-8 on line ${line}: a character there is damaged or cut off (fix it, or save ` +
      'the file as UTF-8 again); if the whole file was saved by Excel in Chinese, run again with --encoding gb18030'
    );
  }
  if (encoding === 'utf-8' && detected.bomLength > 0) {
    return `The file starts as UTF-8 (a byte order mark) but is not valid UTF-8 on line ${line}: a character there is damaged or cut off; fix it, or save the file as UTF-8 again`;
  }
  if (encoding === 'utf-8') {
    return `The file is not valid UTF-8 on line ${line}: if it was saved by Excel in Chinese, run again with --encoding gb18030`;
  }
  if (sniffed && encoding === 'gb18030') {
    return `The file is neither UTF-8 nor GB18030: line ${line} has bytes that are text in neither. Save it as UTF-8, or name its encoding with --encoding (e.g. big5, latin1)`;
  }
  return `The file is not valid ${encoding.toUpperCase()} on line ${line}: check --encoding, or save the file as UTF-8`;
}

function createDecoder(detected: Detected, file: string, lineOf: () => number): TextDecoderLike {
  if (!STRICT.has(detected.encoding)) {
    const decoder = iconv.getDecoder(detected.encoding, { stripBOM: false });
    return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder(detected.encoding, { fatal: true, ignoreBOM: true });
  // UTF-16: whether the next chunk starts in the middle of a code unit.
  let parity = 0;
  const fail = (cause: unknown, chunk?: Buffer) => {
    // The decoder has consumed the lines before `chunk`.
    const line = chunk ? lineOfFault(chunk, detected.encoding, lineOf(), parity) : lineOf();
    return new ScheduleFileError(faultMessage(detected, line), {
      code: 'encoding_mismatch',
      file,
      line,
      cause,
    });
  };
  return {
    write(chunk) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        parity = (parity + chunk.length) % 2;
        return text;
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
  let detected = detectEncoding(head, file, options.encoding);
  if (detected.sniffed && detected.encoding === 'utf-8' && !done && !(await readsAsUtf8(file))) {
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
  const detected = detectEncoding(bytes, file, options.encoding);
  const decoder = createDecoder(detected, file, () => 1);
  const text = decoder.write(bytes.subarray(detected.bomLength)) + decoder.end();
  // A BOM the byte check did not remove (e.g. --encoding utf-16 decoding its own BOM).
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
