import { readFile } from 'node:fs/promises';
import { type DecodeOptions, decodeTextBytes } from './decode.js';
import { ScheduleFileError } from './errors.js';
import { unfoldBytes } from './ics-unfold.js';

/*
 * The text of an iCalendar file, unfolded (RFC 5545 §3.1) before it is decoded, so that a fold inside
 * a multi-byte character neither garbles it nor makes the encoding guess wrong. Line numbers of the
 * unfolded text map back to the physical lines of the file, for messages.
 */

export interface CalendarText {
  /** Decoded, without folds and without BOM. */
  text: string;
  /** The 1-based physical line of the file where (1-based) line `line` of `text` starts. */
  physicalLine(line: number): number;
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new ScheduleFileError(`Cannot read ${file} (${reason})`, { code: 'file_unreadable', file, cause });
  }
}

/** UTF-16 and UTF-32 spell CR, LF and space with NUL bytes: their folds are not single bytes. */
function foldsAreBytes(bytes: Buffer, encoding: string | undefined): boolean {
  return !/^(utf-?(16|32)|ucs-?[24])/i.test(encoding?.trim() ?? '') && !bytes.includes(0);
}

/** Decodes unfolded bytes; a problem is told on the physical line of the file. */
function decodeUnfolded(
  bytes: Buffer,
  file: string,
  options: DecodeOptions,
  physicalLine: (line: number) => number,
): string {
  try {
    return decodeTextBytes(bytes, file, options);
  } catch (cause) {
    if (!ScheduleFileError.is(cause) || cause.line === undefined) throw cause;
    const line = physicalLine(cause.line);
    const message = cause.message.replace(`line ${cause.line}`, `line ${line}`);
    throw new ScheduleFileError(message, { code: cause.code, file, line, cause: cause.cause });
  }
}

/**
 * Reads, unfolds and decodes an iCalendar file. Throws `ScheduleFileError` (`file_unreadable`,
 * `empty_file`, `binary_file`, `unsupported_encoding`, `encoding_mismatch`).
 */
export async function readCalendarText(file: string, options: DecodeOptions): Promise<CalendarText> {
  const raw = await readBytes(file);
  let unfolded: ReturnType<typeof unfoldBytes>;
  let text: string;
  if (foldsAreBytes(raw, options.encoding)) {
    unfolded = unfoldBytes(raw);
    text = decodeUnfolded(unfolded.bytes, file, options, unfolded.physicalLine);
  } else {
    // UTF-16 folds cannot split a character's bytes the same way: unfold the decoded text (as UTF-8).
    unfolded = unfoldBytes(Buffer.from(decodeTextBytes(raw, file, options), 'utf8'));
    text = unfolded.bytes.toString('utf8');
  }
  if (text.trim() === '') throw new ScheduleFileError(`${file} is empty`, { code: 'empty_file', file });
  return { text, physicalLine: unfolded.physicalLine };
}
