import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CASES, type Req } from './support/cases.js';
import { type Harness, type Sent, send, startHarness } from './support/harness.js';
import { buildWorld, type World } from './support/world.js';

// The contract suite (server issue): every operation of the bundled contract is called with a valid
// request and with each error the contract lists that a client can provoke; every response is checked
// against the operation's declared status, content type and schema (ajv 2020, in `send`).

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: { $ref?: string; name?: string; in?: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}
const contract = JSON.parse(
  readFileSync(new URL('../../packages/server/src/generated/openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, Operation>>;
};
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op, id: op.operationId })),
);
const paramNames = (op: Operation) =>
  (op.parameters ?? []).map((p) => p.name ?? p.$ref?.split('/').at(-1) ?? '');
const scopesOf = (op: Operation) =>
  (op.security ?? [{ bearerAuth: [] }]).flatMap((s) => Object.values(s).flat());
const needsAuth = (op: Operation) =>
  op.security === undefined || op.security.some((s) => Object.keys(s).length > 0);

/** A well-formed id of the same prefix that exists nowhere. */
const unknownIds = (url: string) =>
  url.replace(/\b([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}\b/g, '$1_00000000000000000000000000');
const REPLAYED = ['content-type', 'etag', 'location'];

test('every case names an operation of the contract', () => {
  const ids = new Set(operations.map((o) => o.id));
  expect(Object.keys(CASES).filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(['sqlite', 'postgres'] as const)('contract operations on %s', (kind) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness(kind);
    w = await buildWorld(h);
  });
  afterAll(() => h?.close());

  test.each(operations)('$method $path ($id)', async ({ method, path, op, id }) => {
    const c = CASES[id];
    expect(c, `no contract case for operation ${id}`).toBeDefined();
    if (!c) return;
    const problems: string[] = [];
    const params = paramNames(op);
    const declared = (status: number) => String(status) in op.responses;
    const call = async (
      label: string,
      req: Req,
      token: string | undefined,
      expected: number | number[],
      headers: Record<string, string> = {},
    ) => {
      let response: Sent | undefined;
      try {
        response = await send(h.app, method, req.url, {
          token,
          body: req.body,
          headers: { ...req.headers, ...headers },
        });
      } catch (error) {
        problems.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        return undefined;
      }
      const ok = Array.isArray(expected) ? expected.includes(response.status) : response.status === expected;
      if (!ok)
        problems.push(
          `${label}: expected ${expected}, got ${response.status} ${typeof response.body === 'object' ? JSON.stringify(response.body).slice(0, 240) : ''}`,
        );
      return response;
    };
    const step = async (label: string, work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        problems.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    };
    const target = async () => (c.target ? c.target(w) : c.valid(w));

    // The valid request, and its idempotent replay (same key, same body → the identical response).
    await step('valid', async () => {
      const req = await c.valid(w);
      if (!params.includes('IdempotencyKey')) return void (await call('valid', req, h.admin, c.ok));
      const key = `contract-${id}-${w.uniq()}`;
      const first = await call('valid', req, h.admin, c.ok, { 'idempotency-key': key });
      const replay = await call('replay', req, h.admin, c.ok, { 'idempotency-key': key });
      if (!first || !replay) return;
      if (replay.status !== first.status) problems.push(`replay: status ${replay.status} ≠ ${first.status}`);
      if (!isDeepStrictEqual(replay.body, first.body))
        problems.push('replay: body differs from the first response');
      for (const name of REPLAYED) {
        if (replay.headers[name] !== first.headers[name])
          problems.push(`replay: header ${name} ${replay.headers[name]} ≠ ${first.headers[name]}`);
      }
    });
    if (needsAuth(op) && declared(401)) {
      await step('401', async () => {
        const response = await call('401 without a token', await target(), undefined, 401);
        if (response && !String(response.headers['www-authenticate'] ?? '').startsWith('Bearer'))
          problems.push('401: no WWW-Authenticate: Bearer');
      });
    }
    if (declared(403) && scopesOf(op).length > 0) {
      const wrong = scopesOf(op).includes('audit:read') ? h.narrowAlt : h.narrow;
      await step('403', async () => call('403 with a token lacking the scope', await target(), wrong, 403));
    }
    if (path.includes('{') && declared(404)) {
      await step('404', async () => {
        const req = await target();
        await call('404 unknown id', { ...req, url: unknownIds(req.url) }, h.admin, 404);
        await call(
          '404 malformed id',
          { ...req, url: req.url.replace(/\b([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}\b/, '$1_nope') },
          h.admin,
          404,
        );
        await call('404 other tenant', req, h.other.admin, 404);
      });
    }
    if (declared(422)) {
      await step('422', async () => {
        const req = await target();
        if (op.requestBody)
          await call('422 invalid body', { ...req, body: c.invalid ?? { unexpected: true } }, h.admin, 422);
        else if (params.includes('Limit'))
          await call(
            '422 invalid query',
            { ...req, url: `${req.url}${req.url.includes('?') ? '&' : '?'}limit=0` },
            h.admin,
            422,
          );
      });
    }
    if (params.includes('IfMatch') && declared(412)) {
      await step('412', async () =>
        call('412 stale If-Match', await target(), h.admin, 412, { 'if-match': '"999999"' }),
      );
    }
    if (c.conflict && declared(409)) {
      await step('409', async () => call('409 conflict', await c.conflict!(w), h.admin, 409));
    }
    expect(problems, `${id} on ${kind}`).toEqual([]);
  });
});
