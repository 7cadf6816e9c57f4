import type { Dispatcher } from 'undici';
import { ApiPromise } from './api-promise.js';
import { SportHubError } from './errors.js';
import {
  buildPath,
  type OperationOf,
  type PathsWithMethod,
  type RequestArgs,
  type ResponseDataOf,
} from './request.js';
import { AuditLog } from './resources/audit.js';
import { Bookings } from './resources/bookings.js';
import { Enrollments } from './resources/enrollments.js';
import { Events } from './resources/events.js';
import { FeedbackEntries } from './resources/feedback.js';
import { Groups } from './resources/groups.js';
import { HealthMeasurements } from './resources/health-measurements.js';
import { Members } from './resources/members.js';
import { Outlets } from './resources/outlets.js';
import { ParticipationRecords } from './resources/participation.js';
import { Partners } from './resources/partners.js';
import { Programs } from './resources/programs.js';
import { Reports } from './resources/reports.js';
import { Sessions } from './resources/sessions.js';
import { StaffMembers } from './resources/staff.js';
import { Tokens } from './resources/tokens.js';
import { Webhooks } from './resources/webhooks.js';
import { Transport } from './transport/http.js';
import type { ApiResponse, Hooks, HttpMethod, RequestOptions } from './transport/types.js';
import type { Health, Me } from './types.js';

/** Set by SportHub's static block: reaches the private transport's `stream` for `streamRequest`. */
let streamOf: StreamFn;

/**
 * How to reach and call a sporthub server.
 *
 * @example
 * ```ts
 * const options: SportHubOptions = {
 *   baseUrl: 'http://127.0.0.1:4010',
 *   token: process.env.SPORTHUB_TOKEN!,
 *   timeoutMs: 30_000,
 *   maxRetries: 3,
 *   userAgent: 'clinic-sync/1.4.0',
 * };
 * ```
 */
export interface SportHubOptions {
  /** Server origin, optionally with a path prefix (`https://api.example.cn/sporthub`); paths start at `/v1`. */
  baseUrl: string;
  /** API token, sent as `Authorization: Bearer …`; never logged, never in errors or hook events. */
  token: string;
  /** Deadline of one call, all attempts and waits between them included. Default 60,000 ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt on connection errors, 408, 425, 429 and 5xx. Default 2. */
  maxRetries?: number | undefined;
  /**
   * undici dispatcher (a proxy agent, a tuned pool, a MockAgent in tests). Default: a keep-alive agent
   * that honours HTTP_PROXY, HTTPS_PROXY and NO_PROXY.
   */
  dispatcher?: Dispatcher | undefined;
  /** Prepended to the SDK's `User-Agent` (`<yours> sporthub-sdk/<version> node/<version>`). */
  userAgent?: string | undefined;
  /** Observers of every attempt, response and retry (e.g. a `--verbose` trace). */
  hooks?: Hooks | undefined;
}

/**
 * The sporthub API client. One instance per token; it keeps a connection pool, so share it.
 *
 * @example
 * ```ts
 * import { SportHub } from '@sporthub/sdk';
 *
 * const hub = new SportHub({ baseUrl: 'http://127.0.0.1:4010', token: process.env.SPORTHUB_TOKEN! });
 * const outlet = await hub.outlets.create({ code: 'SH-PD-0001', name: '浦东世纪大道体育服务点' });
 * for await (const o of hub.outlets.list({ status: 'active' })) console.log(o.code, o.name);
 * await hub.close();
 * ```
 */
export class SportHub {
  /** Outlets and their zones (`hub.outlets.zones`). */
  readonly outlets: Outlets;
  /** Programs: classes, events, assessments. */
  readonly programs: Programs;
  /** Coaches, health advisors, volunteers, managers. */
  readonly staff: StaffMembers;
  /** The schedule; `upsertMany` streams any number of rows. */
  readonly sessions: Sessions;
  /** Places in sessions (`cancel` promotes the waitlist). */
  readonly bookings: Bookings;
  /** Residents, their consents (`hub.members.consents`), erasure and access requests. */
  readonly members: Members;
  /** School classes, interest groups, referral cohorts. */
  readonly groups: Groups;
  /** Members enrolled in programs. */
  readonly enrollments: Enrollments;
  /** Check-ins: `record`, `batchUpsert`, `upsertMany`, and the streamed `export`. */
  readonly participation: ParticipationRecords;
  /** Health check results. */
  readonly healthMeasurements: HealthMeasurements;
  /** Ratings and comments. */
  readonly feedback: FeedbackEntries;
  /** Computed reports (`healthIndex`). */
  readonly reports: Reports;
  /** Partners and their agreements (`hub.partners.agreements`). */
  readonly partners: Partners;
  /** Webhook endpoints, deliveries, tests, secret rotation, redelivery. */
  readonly webhooks: Webhooks;
  /** The change feed: `list` what is there, `tail` forever. */
  readonly events: Events;
  /** The audit log. */
  readonly audit: AuditLog;
  /** API tokens of the organization. */
  readonly tokens: Tokens;
  readonly #transport: Transport;

  constructor(options: SportHubOptions) {
    if (!options || typeof options.baseUrl !== 'string' || options.baseUrl === '') {
      throw new SportHubError('SportHub: baseUrl is required');
    }
    if (typeof options.token !== 'string' || options.token === '') {
      throw new SportHubError('SportHub: token is required');
    }
    const timeoutMs = options.timeoutMs ?? 60_000;
    const maxRetries = options.maxRetries ?? 2;
    if (!(timeoutMs > 0)) throw new SportHubError(`SportHub: timeoutMs must be > 0, got ${timeoutMs}`);
    if (!(Number.isInteger(maxRetries) && maxRetries >= 0)) {
      throw new SportHubError(`SportHub: maxRetries must be an integer ≥ 0, got ${maxRetries}`);
    }
    // The token lives only inside the transport's private field: `console.log(hub)` cannot show it.
    this.#transport = new Transport({
      baseUrl: options.baseUrl,
      token: options.token,
      timeoutMs,
      maxRetries,
      dispatcher: options.dispatcher,
      userAgent: options.userAgent,
      hooks: options.hooks,
    });
    this.outlets = new Outlets(this);
    this.programs = new Programs(this);
    this.staff = new StaffMembers(this);
    this.sessions = new Sessions(this);
    this.bookings = new Bookings(this);
    this.members = new Members(this);
    this.groups = new Groups(this);
    this.enrollments = new Enrollments(this);
    this.participation = new ParticipationRecords(this);
    this.healthMeasurements = new HealthMeasurements(this);
    this.feedback = new FeedbackEntries(this);
    this.reports = new Reports(this);
    this.partners = new Partners(this);
    this.webhooks = new Webhooks(this);
    this.events = new Events(this);
    this.audit = new AuditLog(this);
    this.tokens = new Tokens(this);
  }

  /**
   * Calls any operation of the contract by method and path template, typed from the generated `paths`
   * (openapi-fetch style): the escape hatch for operations without a resource method yet.
   *
   * @example
   * ```ts
   * const page = await hub.request('GET', '/v1/outlets', { params: { query: { status: 'active', limit: 10 } } });
   * const outlet = await hub.request('GET', '/v1/outlets/{outletId}', { params: { path: { outletId: id } } });
   * const { response } = await hub
   *   .request('POST', '/v1/outlets', { body: { code: 'SH-PD-0002', name: '徐汇滨江体育服务点' } })
   *   .withResponse();
   * ```
   */
  request<M extends HttpMethod, P extends PathsWithMethod<M>>(
    method: M,
    path: P,
    ...[init]: RequestArgs<OperationOf<M, P>>
  ): ApiPromise<ResponseDataOf<OperationOf<M, P>>> {
    const { params, body, ...options } = (init ?? {}) as {
      params?: { path?: object; query?: object };
      body?: unknown;
    } & RequestOptions;
    let result: Promise<ApiResponse<ResponseDataOf<OperationOf<M, P>>>>;
    try {
      const target = buildPath(path, params?.path, params?.query);
      result = this.#transport.send({ method, path: target, body, options });
    } catch (error) {
      result = Promise.reject(error);
    }
    return new ApiPromise(result);
  }

  /**
   * Who am I: the organization and token this client authenticates as (`GET /v1/me`). Any valid token may
   * call it, so it is the cheap way to check a token (`AuthenticationError` when it is not valid).
   *
   * @example
   * ```ts
   * const { organization, token } = await hub.me();
   * console.log(`${organization.name} as ${token.name} (${token.scopes.join(', ')})`);
   * ```
   */
  me(options?: RequestOptions): ApiPromise<Me> {
    return this.request('GET', '/v1/me', options);
  }

  /**
   * Liveness of the server (`GET /healthz`; no token needed, but the SDK sends it anyway).
   *
   * @example
   * ```ts
   * const { status } = await hub.health();
   * ```
   */
  health(options?: RequestOptions): ApiPromise<Health> {
    return this.request('GET', '/healthz', options);
  }

  /**
   * Readiness of the server (`GET /readyz`: database reachable, migrations applied).
   *
   * @example
   * ```ts
   * const ready = await hub.readiness().then((h) => h.status === 'ok', () => false);
   * ```
   */
  readiness(options?: RequestOptions): ApiPromise<Health> {
    return this.request('GET', '/readyz', options);
  }

  /**
   * Closes the client's connection pool (not a dispatcher you passed). Idle connections do not keep a
   * process alive, so calling it is optional for CLIs; long-running services call it on shutdown.
   *
   * @example
   * ```ts
   * process.once('SIGTERM', () => void hub.close());
   * ```
   */
  close(): Promise<void> {
    return this.#transport.close();
  }

  static {
    // Streaming stays off the public surface: resources reach it through `streamRequest` below.
    streamOf = (hub, method, path, params, options) =>
      hub.#transport.stream({ method, path: buildPath(path, undefined, params), options });
  }
}

type StreamFn = (
  hub: SportHub,
  method: HttpMethod,
  path: string,
  query: object | undefined,
  options: RequestOptions | undefined,
) => Promise<ApiResponse<AsyncIterable<Uint8Array>>>;
/**
 * Calls an operation whose 2xx body is streamed (bytes) instead of decoded: for resources only (the
 * participation export). Internal, not exported from the package.
 */
export function streamRequest(
  hub: SportHub,
  method: HttpMethod,
  path: string,
  query: object | undefined,
  options: RequestOptions | undefined,
): Promise<ApiResponse<AsyncIterable<Uint8Array>>> {
  return streamOf(hub, method, path, query, options);
}
