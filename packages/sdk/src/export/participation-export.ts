/**
 * `hub.participation.export()`: the streamed participation export (SPEC §4, §6.3) as typed rows, with
 * the trailer checked, or as raw bytes (CSV or NDJSON) with the snapshot's watermark.
 */
import type { SportHub } from '../client.js';
import { streamRequest } from '../client.js';
import { brand, SportHubError } from '../errors.js';
import type { components } from '../generated/sporthub.js';
import type { OperationQuery } from '../resources/resource.js';
import type { RequestOptions, ResponseMeta } from '../transport/types.js';
import { readLines } from './ndjson.js';

type Schemas = components['schemas'];

/**
 * One row of the participation export (SPEC §6.3 columns).
 *
 * @example
 * ```ts
 * import type { ParticipationExportRow } from '@sporthub/sdk';
 * const minutes = (rows: ParticipationExportRow[]) => rows.reduce((n, r) => n + (r.duration_minutes ?? 0), 0);
 * ```
 */
export type ParticipationExportRow = Schemas['ParticipationExportRow'];

/**
 * The last line of an NDJSON export: the row count and the snapshot's watermark.
 *
 * @example
 * ```ts
 * import type { ExportTrailer } from '@sporthub/sdk';
 * const next = (t: ExportTrailer) => ({ afterWatermark: t.watermark });
 * ```
 */
export type ExportTrailer = Schemas['ParticipationExportTrailer']['_trailer'];

/**
 * What to export: `format` (`ndjson` default, or `csv` for `raw()`), a date range, filters, `partnerId`
 * (apply that partner's agreement), `afterWatermark` (incremental), and a `signal` to stop.
 *
 * @example
 * ```ts
 * import type { ExportParticipationParams } from '@sporthub/sdk';
 * const params: ExportParticipationParams = { from: '2026-07-01', to: '2026-09-30', district: '浦东新区' };
 * ```
 */
export interface ExportParticipationParams extends OperationQuery<'exportParticipation'> {
  signal?: AbortSignal | undefined;
}

/**
 * The bytes of an export as the server sends them, with the snapshot's watermark.
 *
 * @example
 * ```ts
 * const { body, watermark } = await hub.participation.export({ format: 'csv' }).raw();
 * await pipeline(body, createWriteStream('participation.csv'));
 * ```
 */
export interface RawExport {
  /** The response body, chunk by chunk (read it once). */
  body: AsyncIterable<Uint8Array>;
  /** The `Sporthub-Watermark` header: pass it as `afterWatermark` next time. */
  watermark: string | undefined;
  /** `application/x-ndjson` or `text/csv`. */
  contentType: string | undefined;
  response: ResponseMeta;
}

/**
 * An NDJSON export that did not end with its trailer (or whose trailer disagrees with the rows): the
 * stream was cut off, and its rows must be discarded.
 *
 * @example
 * ```ts
 * import { IncompleteExportError } from '@sporthub/sdk';
 * try {
 *   for await (const row of hub.participation.export()) rows.push(row);
 * } catch (err) {
 *   if (err instanceof IncompleteExportError) rows.length = 0; // export again
 *   else throw err;
 * }
 * ```
 */
export class IncompleteExportError extends SportHubError {
  static {
    brand(IncompleteExportError, 'IncompleteExportError');
  }
  /** Data rows received before the stream ended. */
  readonly rowsReceived: number;

  constructor(message: string, rowsReceived: number) {
    super(message);
    this.rowsReceived = rowsReceived;
  }
}

/**
 * A participation export: iterate it for typed rows (NDJSON, parsed line by line in constant memory);
 * afterwards `.trailer` and `.watermark` are set and verified. `.raw()` gives the bytes instead (CSV).
 * Nothing is requested until you iterate or call `raw()`; each does its own request.
 *
 * @example
 * ```ts
 * const rows = hub.participation.export({ from: '2026-09-01', to: '2026-09-30' });
 * for await (const row of rows) console.log(row.participation_id, row.member_ref);
 * console.log(rows.trailer?.count, rows.watermark); // keep the watermark for the next incremental export
 * ```
 */
export class ParticipationExport implements AsyncIterable<ParticipationExportRow> {
  readonly #hub: SportHub;
  readonly #params: ExportParticipationParams;
  readonly #options: RequestOptions | undefined;
  #trailer: ExportTrailer | undefined;
  #watermark: string | undefined;

  constructor(hub: SportHub, params: ExportParticipationParams, options?: RequestOptions) {
    this.#hub = hub;
    this.#params = params;
    this.#options = options;
  }

  /** The verified trailer, once an iteration has finished (undefined before). */
  get trailer(): ExportTrailer | undefined {
    return this.#trailer;
  }

  /** The snapshot's watermark (header, equal to the trailer's), once the response has started. */
  get watermark(): string | undefined {
    return this.#watermark;
  }

  /**
   * The export's bytes as sent (CSV with `format: 'csv'`), with the `Sporthub-Watermark` header.
   *
   * @example
   * ```ts
   * const raw = await hub.participation.export({ format: 'csv', outletId }).raw();
   * for await (const chunk of raw.body) process.stdout.write(chunk);
   * ```
   */
  async raw(): Promise<RawExport> {
    const { signal, ...query } = this.#params;
    const options = signal ? { ...this.#options, signal } : this.#options;
    const { data, response } = await streamRequest(
      this.#hub,
      'GET',
      '/v1/participation:export',
      query,
      options,
    );
    this.#watermark = response.headers['sporthub-watermark'];
    return {
      body: data,
      watermark: this.#watermark,
      contentType: response.headers['content-type'],
      response,
    };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<ParticipationExportRow, void, undefined> {
    if (this.#params.format === 'csv') {
      throw new TypeError('participation.export: rows are parsed from NDJSON; use .raw() for format csv');
    }
    this.#trailer = undefined;
    const raw = await this.raw();
    let rows = 0;
    let lineNo = 0;
    for await (const line of readLines(raw.body)) {
      lineNo++;
      if (line.trim() === '') continue;
      if (this.#trailer)
        throw new IncompleteExportError(`export has data after its trailer (line ${lineNo})`, rows);
      const value = parseLine(line, lineNo, rows);
      if ('_trailer' in value) {
        this.#trailer = checkTrailer((value as { _trailer: ExportTrailer })._trailer, rows, raw.watermark);
        this.#watermark ??= this.#trailer.watermark;
        continue;
      }
      rows++;
      yield value as ParticipationExportRow;
    }
    if (!this.#trailer) {
      throw new IncompleteExportError(
        `the export was cut off: the stream ended after ${rows} rows without its trailer; discard them and export again`,
        rows,
      );
    }
  }
}

function parseLine(line: string, lineNo: number, rows: number): object {
  try {
    const value: unknown = JSON.parse(line);
    if (value !== null && typeof value === 'object') return value;
  } catch {
    // reported below
  }
  throw new IncompleteExportError(`export line ${lineNo} is not a JSON object (a broken stream?)`, rows);
}

function checkTrailer(
  trailer: ExportTrailer,
  rows: number,
  headerWatermark: string | undefined,
): ExportTrailer {
  if (trailer.count !== rows) {
    throw new IncompleteExportError(
      `the export's trailer counts ${trailer.count} rows but ${rows} arrived`,
      rows,
    );
  }
  if (headerWatermark !== undefined && trailer.watermark !== headerWatermark) {
    throw new IncompleteExportError(
      `the export's trailer watermark ${trailer.watermark} differs from its header ${headerWatermark}`,
      rows,
    );
  }
  return trailer;
}
