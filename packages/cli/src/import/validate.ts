import { formatScheduleError, type ScheduleWarningCode } from '@sporthub/schemas';
import { byCode } from './codes.js';
import { IntervalIndex, KeyIndex, LineColumn } from './cross-row.js';
import { MemoryKeeper } from './memory.js';
import {
  openScheduleSource,
  type RecordError,
  type ScheduleSourceOptions,
  type SeriesOccurrences,
  type SourceRecord,
} from './readers/index.js';
import type { ScheduleReferences } from './references.js';
import type { Reject } from './rejects.js';
import { columnName, type ResolvedSession, resolveSession } from './session-row.js';
import type { SpooledRow } from './spool.js';

/*
 * Pass 1 of `schedules import` (SPEC §6.2): streams every file once, checks each row (reader checks,
 * codes resolved against the references) and across rows (duplicate external_id, a coach or zone in two
 * overlapping sessions, zone capacity), and keeps only compact indexes — never the rows — so memory
 * stays flat whatever the file size. Rejects are handed out as they are found.
 */

export interface ScheduleWarning {
  file: string;
  line: number;
  column: string;
  code: ScheduleWarningCode;
  message: string;
}

export interface PassOneResult {
  /** Data rows read (records, all files). */
  rows: number;
  accepted: number;
  /** Ordinals (position among all records of all files) of the rejected rows. */
  rejected: Set<number>;
  warnings: number;
  /** The first warnings, for the report. */
  sampleWarnings: ScheduleWarning[];
  /** external_id → ordinal of the accepted row that has it. */
  keys: KeyIndex;
  lines: LineColumn;
  /** The earliest start of the accepted rows (epoch ms); Infinity when none was accepted. */
  firstStart: number;
  /** The ordinal of each file's first record. */
  firstOrdinals: number[];
  /** iCalendar files: what each series produced, for the sync after writing. */
  series: SeriesOccurrences[];
}

export interface PassOneHooks {
  onReject(reject: Reject, ordinal: number): void;
  /** An accepted row, ready to send (the import spools it for pass 2). */
  onAccept?(row: SpooledRow): Promise<void> | void;
  onWarning?(warning: ScheduleWarning): void;
  onProgress?(counts: { processed: number; ok: number; rejected: number }): void;
}

const SAMPLE_WARNINGS = 100;

/** Where each ordinal comes from, for "already on line 12 of march.csv". */
function placeOf(result: PassOneResult, files: readonly string[], ordinal: number, file: string): string {
  let index = 0;
  while (index + 1 < result.firstOrdinals.length && (result.firstOrdinals[index + 1] ?? 0) <= ordinal)
    index++;
  const line = result.lines.get(ordinal);
  const other = files[index];
  return other === file ? String(line) : `${line} of ${other}`;
}

/** The checks across rows of one resolved row; empty when it passes. */
function crossRowErrors(
  record: SourceRecord,
  resolved: ResolvedSession,
  state: { result: PassOneResult; files: readonly string[]; busy: IntervalIndex },
): RecordError[] {
  const { result, files } = state;
  const { session, startMs, endMs } = resolved;
  const previous = result.keys.get(session.externalId);
  if (previous !== undefined) {
    const line = placeOf(result, files, previous, record.file);
    const message = formatScheduleError('duplicate_external_id', { value: session.externalId, line });
    return [{ column: columnName(record, 'external_id'), code: 'duplicate_external_id', message }];
  }
  if (session.status === 'cancelled') return [];
  const errors: RecordError[] = [];
  const coachClash = session.coachId ? state.busy.clash(session.coachId, startMs, endMs) : undefined;
  if (coachClash !== undefined) {
    const other = `line ${placeOf(result, files, coachClash, record.file)}`;
    const value = record.row?.coach ?? '';
    errors.push({
      column: columnName(record, 'coach'),
      code: 'coach_overlap',
      message: formatScheduleError('coach_overlap', { value, other }),
    });
  }
  const zoneClash = session.zoneId ? state.busy.clash(session.zoneId, startMs, endMs) : undefined;
  if (zoneClash !== undefined) {
    const other = `line ${placeOf(result, files, zoneClash, record.file)}`;
    const value = record.row?.zone ?? '';
    errors.push({
      column: columnName(record, 'zone'),
      code: 'zone_overlap',
      message: formatScheduleError('zone_overlap', { value, other }),
    });
  }
  return errors;
}

/**
 * The reader options, with the time zone of the --outlet outlet (for "today" and floating iCalendar
 * times) and every outlet (an iCalendar event's own outlet gives its floating times and zone codes).
 */
export function fileOptions(options: ScheduleSourceOptions, refs: ScheduleReferences): ScheduleSourceOptions {
  const outlet = options.outlet ? byCode(refs.outlets, options.outlet) : undefined;
  const timezone = options.timezone ?? outlet?.timezone;
  return { ...options, timezone, outlets: options.outlets ?? refs.outlets };
}

/** Runs pass 1 over `files` in order. Throws `ScheduleFileError` for a file that cannot be read. */
export async function validateFiles(
  files: readonly string[],
  options: ScheduleSourceOptions,
  refs: ScheduleReferences,
  hooks: PassOneHooks,
): Promise<PassOneResult> {
  const result: PassOneResult = {
    rows: 0,
    accepted: 0,
    rejected: new Set(),
    warnings: 0,
    sampleWarnings: [],
    keys: new KeyIndex(),
    lines: new LineColumn(),
    firstStart: Number.POSITIVE_INFINITY,
    firstOrdinals: [],
    series: [],
  };
  // Coaches and zones share one index: their ids never collide (`stf_…`, `zon_…`), and a row's span
  // is kept once.
  const state = { result, files, busy: new IntervalIndex() };
  const readOptions = fileOptions(options, refs);
  const memory = new MemoryKeeper();
  let ordinal = 0;
  for (const file of files) {
    result.firstOrdinals.push(ordinal);
    const source = openScheduleSource(file, readOptions);
    for await (const record of source) {
      const current = ordinal++;
      result.rows++;
      result.lines.set(current, record.line);
      const resolved = resolveSession(record, refs);
      const errors = 'errors' in resolved ? resolved.errors : crossRowErrors(record, resolved.ok, state);
      if (errors.length > 0 || !('ok' in resolved)) {
        result.rejected.add(current);
        hooks.onReject({ file, line: record.line, raw: record.raw, errors }, current);
      } else {
        accept(result, state, record, resolved.ok, current, hooks);
        const spooled = hooks.onAccept?.({ ordinal: current, session: resolved.ok.session });
        if (spooled) await spooled;
      }
      if ((result.rows & 255) === 0) {
        memory.rows(256, true);
        hooks.onProgress?.({ processed: result.rows, ok: result.accepted, rejected: result.rejected.size });
      }
    }
    for (const series of source.series.values()) {
      result.series.push(series);
      if (series.expandedUntil && series.complete && series.externalIds.size === 0) {
        warn(result, afterUntil(series, series.expandedUntil), hooks);
      }
    }
  }
  hooks.onProgress?.({ processed: result.rows, ok: result.accepted, rejected: result.rejected.size });
  return result;
}

function accept(
  result: PassOneResult,
  state: { busy: IntervalIndex },
  record: SourceRecord,
  resolved: ResolvedSession,
  ordinal: number,
  hooks: PassOneHooks,
): void {
  const { session, startMs, endMs, zoneCapacity } = resolved;
  result.accepted++;
  result.keys.addOrGet(session.externalId, ordinal);
  if (session.status !== 'cancelled') {
    if (session.coachId) state.busy.add(session.coachId, startMs, endMs, ordinal);
    if (session.zoneId) state.busy.add(session.zoneId, startMs, endMs, ordinal, 1);
  }
  if (startMs < result.firstStart) result.firstStart = startMs;
  for (const { column, code, message, line } of record.warnings ?? []) {
    warn(result, { file: record.file, line: line ?? record.line, column, code, message }, hooks);
  }
  if (zoneCapacity !== null && session.capacity > zoneCapacity) {
    const warning: ScheduleWarning = {
      file: record.file,
      line: record.line,
      column: columnName(record, 'capacity'),
      code: 'zone_capacity_exceeded',
      message: formatScheduleError('zone_capacity_exceeded', {
        value: session.capacity,
        zoneCapacity,
        zone: record.row?.zone ?? '',
      }),
    };
    warn(result, warning, hooks);
  }
}

/** An open-ended series that starts after `--until`: accepted, but nothing of it is imported. */
function afterUntil(series: SeriesOccurrences, until: string): ScheduleWarning {
  return {
    file: series.file ?? '',
    line: series.line ?? 0,
    column: 'RRULE',
    code: 'after_until',
    message: formatScheduleError('after_until', { value: series.seriesKey, until }),
  };
}

function warn(result: PassOneResult, warning: ScheduleWarning, hooks: PassOneHooks): void {
  result.warnings++;
  if (result.sampleWarnings.length < SAMPLE_WARNINGS) result.sampleWarnings.push(warning);
  hooks.onWarning?.(warning);
}
