import { z } from 'zod';
import { idSchema, TimestampSchema } from '../common.js';
import { ParticipationSourceSchema } from '../entities/participation.js';

/**
 * The columns of the participation export (SPEC §6.3), in order. They are the CSV header and the keys of
 * every NDJSON line, so both formats carry the same names.
 */
export const PARTICIPATION_EXPORT_COLUMNS = [
  'participation_id',
  'session_id',
  'session_external_id',
  'outlet_code',
  'program_code',
  'member_ref',
  'age_group',
  'checked_in_at',
  'duration_minutes',
  'source',
] as const;
export type ParticipationExportColumn = (typeof PARTICIPATION_EXPORT_COLUMNS)[number];

/**
 * One row of the participation export: one NDJSON line, or one CSV record (null → empty field).
 * `member_ref` is the member id, or a per-partner HMAC pseudonym when exporting for a partner.
 *
 * @example
 * for await (const line of lines) {
 *   const value = JSON.parse(line);
 *   if ('_trailer' in value) break;
 *   const row: ParticipationExportRow = ParticipationExportRowSchema.parse(value);
 * }
 */
export const ParticipationExportRowSchema = z.strictObject({
  participation_id: idSchema('par').describe('Participation id'),
  session_id: idSchema('ses').describe('Session id'),
  session_external_id: z.string().nullable().describe("The session's externalId; null when it has none"),
  outlet_code: z.string().describe("The outlet's code, e.g. SH-PD-0001"),
  program_code: z.string().describe("The session's program code, e.g. P-TAICHI"),
  member_ref: z.string().describe('Member id, or a per-partner pseudonym when exporting for a partner'),
  age_group: z
    .enum(['child', 'youth', 'adult', 'senior'])
    .nullable()
    .describe("The member's age group; null when unknown or not shared"),
  checked_in_at: TimestampSchema.describe('When the member checked in'),
  duration_minutes: z.number().int().min(0).nullable().describe('Minutes taken part; null when not recorded'),
  source: ParticipationSourceSchema,
});
export type ParticipationExportRow = z.infer<typeof ParticipationExportRowSchema>;

/**
 * The last line of an NDJSON export. A stream that ends without it was cut off.
 *
 * @example
 * ParticipationExportTrailerSchema.parse({ _trailer: { count: 2, watermark: '0000000000184467' } });
 */
export const ParticipationExportTrailerSchema = z.strictObject({
  _trailer: z.strictObject({
    count: z.number().int().min(0).describe('Number of data rows in the export'),
    watermark: z.string().describe('The snapshot watermark; equals the Sporthub-Watermark header'),
  }),
});
export type ParticipationExportTrailer = z.infer<typeof ParticipationExportTrailerSchema>;

/** The record separator the export uses in CSV (RFC 4180). */
export const CSV_EOL = '\r\n';

/**
 * Quotes one CSV field per RFC 4180: a field containing a comma, a double quote, CR or LF is wrapped in
 * quotes with inner quotes doubled; null and undefined become an empty field.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV header row (the column names in order), without the line terminator.
 *
 * @example
 * out.write(csvHeader() + CSV_EOL);
 */
export function csvHeader(): string {
  return PARTICIPATION_EXPORT_COLUMNS.join(',');
}

/**
 * One export row as a CSV record in `PARTICIPATION_EXPORT_COLUMNS` order, without the line terminator.
 *
 * @example
 * out.write(toCsvLine(row) + CSV_EOL);
 */
export function toCsvLine(row: ParticipationExportRow): string {
  return PARTICIPATION_EXPORT_COLUMNS.map((column) => csvField(row[column])).join(',');
}
