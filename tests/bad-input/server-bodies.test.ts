/**
 * Bad request bodies against every operation that takes one (SPEC §4; contract: every request schema
 * has `additionalProperties: false`, 413 `PayloadTooLarge`, 422 `ValidationFailed`), on SQLite and
 * PostgreSQL, every answer validated against the contract:
 *
 * - an unknown field → 422 `validation_failed` naming the field (`unknown_field`, its path);
 * - JSON nested 100,000 levels deep (fits in 1 MB), with an Idempotency-Key → 422, never a 500;
 * - a body over the route's limit (1 MB; 10 MB on `:batchUpsert`) → 413 `payload_too_large`;
 * - malformed JSON → 422 `invalid_json`.
 * Nothing of it is written: the organization's change feed is as long afterwards as before.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectContractResponse } from '../../packages/server/test/support/contract.js';
import { CASES, type Req } from '../contract/support/cases.js';
import { type Harness, send, startHarness } from '../contract/support/harness.js';
import { buildWorld, type World } from '../contract/support/world.js';
import { OPERATIONS } from '../security/support/operations.js';

const WITH_BODY = OPERATIONS.filter((op) => op.hasBody);
const MB = 1024 * 1024;
const DEPTH = 100_000;

interface Raw {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: problem bodies are inspected freely.
  body: any;
}

/** One request with a raw payload (the test's own `JSON.stringify` would overflow on the deep ones). */
async function sendRaw(h: Harness, method: string, url: string, payload: string, key?: string): Promise<Raw> {
  const response = await h.app.inject({
    method: method as 'POST',
    url,
    payload,
    headers: {
      authorization: `Bearer ${h.admin}`,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
  });
  const contentType = String(response.headers['content-type'] ?? '');
  const body = response.body === '' ? undefined : JSON.parse(response.body);
  expectContractResponse(method, url, response.statusCode, contentType, body);
  return { status: response.statusCode, body };
}

describe.each(['sqlite', 'postgres'] as const)('bad request bodies on %s', (kind) => {
  let h: Harness;
  let w: World;
  const requests = new Map<string, Req>();
  let eventsBefore: number;
  const countEvents = async () =>
    (await send(h.app, 'GET', '/v1/events?limit=500', { token: h.admin })).body.data.length as number;

  beforeAll(async () => {
    h = await startHarness(kind);
    w = await buildWorld(h);
    for (const op of WITH_BODY) {
      const c = CASES[op.id];
      if (c) requests.set(op.id, await (c.target ? c.target(w) : c.valid(w)));
    }
    eventsBefore = await countEvents();
  });
  afterAll(() => h?.close());

  test('every operation with a body declares 413 and 422', () => {
    expect(WITH_BODY.length).toBeGreaterThan(30);
    expect(WITH_BODY.filter((op) => !op.responses.includes('422')).map((op) => op.id)).toEqual([]);
    expect(WITH_BODY.filter((op) => !op.responses.includes('413')).map((op) => op.id)).toEqual([]);
  });

  test.each(WITH_BODY)('$method $path ($id)', async (op) => {
    const req = requests.get(op.id);
    expect(req).toBeDefined();
    if (!req) return;
    const base = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    const key = () => `bad-input-${op.id}-${w.uniq()}`;

    const unknown = await sendRaw(h, op.method, req.url, JSON.stringify({ ...base, surplusField: 1 }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('validation_failed');
    expect(unknown.body.errors).toContainEqual(
      expect.objectContaining({ path: '/surplusField', code: 'unknown_field' }),
    );

    const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
    const deepField = `{"surplusField":${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`;
    for (const payload of [deepArray, deepField]) {
      for (const idempotencyKey of [undefined, key()]) {
        const deep = await sendRaw(h, op.method, req.url, payload, idempotencyKey);
        expect(deep.status, `${op.id} deep body, key ${idempotencyKey !== undefined}`).toBe(422);
        expect(deep.body.code).toBe('validation_failed');
        expect(deep.body.errors?.length).toBeGreaterThan(0);
      }
    }

    const limit = op.path.endsWith(':batchUpsert') ? 10 * MB : MB;
    const oversized = JSON.stringify({ ...base, surplusField: 'x'.repeat(limit) });
    const big = await sendRaw(h, op.method, req.url, oversized, key());
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('payload_too_large');

    const malformed = await sendRaw(h, op.method, req.url, `${JSON.stringify(base).slice(0, -1)},`);
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors).toContainEqual(expect.objectContaining({ code: 'invalid_json' }));
  });

  test('nothing of it was written', async () => {
    expect(await countEvents()).toBe(eventsBefore);
  });
});
