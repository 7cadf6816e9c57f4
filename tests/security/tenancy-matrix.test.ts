/**
 * The tenancy and scope matrix (SPEC §7 security: no cross-tenant read or write; scopes enforced).
 * Every operation of the contract × two checks, on SQLite and PostgreSQL, through the contract suite's
 * harness, world and cases (tests/contract/support), with every response validated against the contract:
 *
 * 1. tenancy — the operation's request aimed at organization A's records, sent with an admin token of
 *    organization B: a path naming A's record → 404; a body naming A's records → 404/422; a list or
 *    export → only B's data. No response may carry A's ids, and no error A's names or codes. Afterwards
 *    every record of A reads back exactly as before, and A's change feed has no new event.
 * 2. scopes — the same request with a token of A that holds every scope except the one the operation
 *    requires → 403 `forbidden`, and nothing changes either.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Scope } from '../../packages/server/src/tenancy/scopes.js';
import { SCOPES } from '../../packages/server/src/tenancy/scopes.js';
import { createToken } from '../../packages/server/src/tenancy/tokens.js';
import { CASES, type Req } from '../contract/support/cases.js';
import { type Harness, type Sent, send, startHarness } from '../contract/support/harness.js';
import { buildWorld, type World } from '../contract/support/world.js';
import { OPERATIONS } from './support/operations.js';

const ID = /\b[a-z]{3}_[0-9A-HJKMNP-TV-Z]{26}\b/g;
/** Fields whose values are A's names and codes (checked in B's error bodies). */
const NAMED_FIELDS = new Set(['name', 'displayName', 'title', 'code', 'externalId', 'phone', 'description']);
/** A's records, read back before and after the matrix (path → GET url). */
const READ_BACK: Record<string, (w: World) => string> = {
  outlet: (w) => `/v1/outlets/${w.need('outlet')}`,
  zone: (w) => `/v1/outlets/${w.need('outlet')}/zones/${w.need('zone')}`,
  program: (w) => `/v1/programs/${w.need('program')}`,
  staff: (w) => `/v1/staff/${w.need('staff')}`,
  session: (w) => `/v1/sessions/${w.need('session')}`,
  member: (w) => `/v1/members/${w.need('member')}`,
  member2: (w) => `/v1/members/${w.need('member2')}`,
  booking: (w) => `/v1/bookings/${w.need('booking')}`,
  participation: (w) => `/v1/participation/${w.need('participation')}`,
  measurement: (w) => `/v1/health-measurements/${w.need('measurement')}`,
  feedback: (w) => `/v1/feedback/${w.need('feedback')}`,
  partner: (w) => `/v1/partners/${w.need('partner')}`,
  agreements: (w) => `/v1/partners/${w.need('partner')}/agreements`,
  consents: (w) => `/v1/members/${w.need('member')}/consents`,
  group: (w) => `/v1/groups/${w.need('group')}`,
  enrollment: (w) => `/v1/enrollments/${w.need('enrollment')}`,
  endpoint: (w) => `/v1/webhook-endpoints/${w.need('endpoint')}`,
  events: () => '/v1/events?limit=500',
};

interface Outcome {
  id: string;
  tenancy: string;
  scope: string;
  problems: string[];
}

function collectNamed(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectNamed(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (NAMED_FIELDS.has(key) && typeof field === 'string' && field.length >= 3) into.add(field);
      collectNamed(field, into);
    }
  }
}

describe.each(['sqlite', 'postgres'] as const)('tenancy and scope matrix on %s', (kind) => {
  let h: Harness;
  let w: World;
  /** A's ids and organization id: never in any response to B. */
  const ids = new Set<string>();
  /** A's names and codes: never in an error answered to B. */
  const named = new Set<string>();
  const lacking = new Map<string, string>();
  const requests = new Map<string, Req>();
  let before: Record<string, unknown>;
  const outcomes: Outcome[] = [];

  const readBack = async () => {
    const out: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(READ_BACK)) {
      const response = await send(h.app, 'GET', url(w), { token: h.admin });
      out[name] = { status: response.status, body: response.body };
    }
    return out;
  };

  beforeAll(async () => {
    h = await startHarness(kind);
    w = await buildWorld(h);
    // Every request first: building one may create a throwaway record of A (a fresh member to book).
    for (const op of OPERATIONS) {
      const c = CASES[op.id];
      if (c) requests.set(op.id, await (c.target ? c.target(w) : c.valid(w)));
    }
    for (const op of OPERATIONS) {
      for (const scope of op.scopes) {
        if (lacking.has(scope)) continue;
        const held = SCOPES.filter((s) => s !== scope && s !== 'admin') as Scope[];
        const { token } = await createToken(h.database.db, {
          organizationId: h.organizationId,
          name: `all but ${scope}`,
          scopes: held,
        });
        lacking.set(scope, token);
      }
    }
    before = await readBack();
    ids.add(h.organizationId);
    for (const value of Object.values(before) as Array<{ status: number; body: unknown }>) {
      if (value.status !== 200) throw new Error(`A's fixture does not read back: ${JSON.stringify(value)}`);
      const text = JSON.stringify(value);
      for (const id of text.match(ID) ?? []) ids.add(id);
      collectNamed(value, named);
    }
  });
  afterAll(() => h?.close());

  test('the matrix covers every operation of the contract', () => {
    expect(OPERATIONS.length).toBeGreaterThan(70);
    expect(OPERATIONS.filter((op) => !CASES[op.id]).map((op) => op.id)).toEqual([]);
    expect(ids.size).toBeGreaterThan(15);
  });

  test.each(OPERATIONS)('$method $path ($id)', async (op) => {
    const req = requests.get(op.id);
    expect(req, `no request for ${op.id}`).toBeDefined();
    if (!req) return;
    const outcome: Outcome = { id: op.id, tenancy: '', scope: '', problems: [] };
    outcomes.push(outcome);
    const problems = outcome.problems;
    const call = async (label: string, token: string | undefined): Promise<Sent | undefined> => {
      try {
        return await send(h.app, op.method, req.url, { token, body: req.body, headers: req.headers ?? {} });
      } catch (error) {
        problems.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        return undefined;
      }
    };
    const sentText = `${req.url} ${JSON.stringify(req.body ?? null)}`;
    const foreignIn = (text: string) => [...ids].filter((id) => text.includes(id));
    const leaked = (response: Sent, values: Iterable<string>) =>
      [...values].filter((v) => response.raw.includes(v) && !sentText.includes(v));

    // 1. Tenancy: B's admin token on A's request.
    if (op.public) {
      const response = await call('public', h.other.admin);
      outcome.tenancy = 'public';
      if (response && leaked(response, ids).length > 0) problems.push('public answer names A');
    } else {
      const response = await call('other tenant', h.other.admin);
      const inPath = foreignIn(req.url.split('?')[0] ?? '');
      const inBody = foreignIn(JSON.stringify(req.body ?? null));
      if (response) {
        outcome.tenancy = `${response.status}`;
        if (inPath.length > 0 && response.status !== 404)
          problems.push(`A's record in the path: expected 404, got ${response.status}`);
        if (inPath.length === 0 && inBody.length > 0 && ![404, 422].includes(response.status))
          problems.push(`A's records in the body: expected 404 or 422, got ${response.status}`);
        if (response.status >= 500) problems.push(`server error ${response.status}`);
        const leakedIds = leaked(response, ids);
        if (leakedIds.length > 0) problems.push(`answer to B holds A's ids ${leakedIds.join(', ')}`);
        if (response.status >= 400) {
          const leakedNames = leaked(response, named);
          if (leakedNames.length > 0) problems.push(`error to B names A's ${leakedNames.join(', ')}`);
        }
        if (op.id === 'getMe' && response.body?.organization?.id === h.organizationId)
          problems.push("getMe with B's token answered A's organization");
      }
    }

    // 2. Scopes: a token of A holding every scope but the required one.
    if (op.scopes.length === 0) {
      outcome.scope = op.public ? 'public' : 'any token';
    } else {
      for (const scope of op.scopes) {
        const response = await call(`without ${scope}`, lacking.get(scope));
        if (!response) continue;
        outcome.scope = `${response.status}`;
        if (response.status !== 403) problems.push(`without ${scope}: expected 403, got ${response.status}`);
        else if (response.body?.code !== 'forbidden') problems.push(`403 code ${response.body?.code}`);
      }
    }
    expect(problems, `${op.id} on ${kind}`).toEqual([]);
  });

  test("afterwards A's records and change feed read back exactly as before", async () => {
    const after = await readBack();
    const changed = Object.keys(before).filter((k) => !isDeepStrictEqual(before[k], after[k]));
    expect(changed).toEqual([]);
    // Every operation was checked both ways (the figures in docs/reliability.md come from this line).
    const checks = outcomes.length + outcomes.reduce((n, o) => n + (o.scope.match(/^\d/) ? 1 : 0), 0);
    process.stdout.write(
      `tenancy matrix on ${kind}: ${outcomes.length} operations, ${outcomes.filter((o) => /^\d/.test(o.tenancy)).length} cross-tenant calls, ` +
        `${outcomes.filter((o) => /^\d/.test(o.scope)).length} missing-scope calls (${checks} checks)\n`,
    );
    expect(outcomes).toHaveLength(OPERATIONS.length);
  });
});
