import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('problem+json, request ids and system routes on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers unknown routes with 404 not_found problem+json', async () => {
    const res = await call(t.app, 'GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'not_found', status: 404, title: 'Not found' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('generates req_<ULID> request ids and echoes the client one', async () => {
    const generated = await call(t.app, 'GET', '/healthz');
    expect(generated.headers['x-request-id']).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
    const echoed = await call(t.app, 'GET', '/v1/outlets', { headers: { 'x-request-id': 'client-42' } });
    expect(echoed.headers['x-request-id']).toBe('client-42');
    expect(echoed.body.requestId).toBe('client-42');
  });

  it('answers malformed JSON with 422 validation_failed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/outlets',
      headers: { authorization: `Bearer ${t.tokens.writer}`, 'content-type': 'application/json' },
      payload: '{"code": ',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: '', code: 'invalid_json' }],
    });
  });

  it('answers bodies over 1 MB with 413, and allows up to 10 MB on :batchUpsert', async () => {
    const big = outletInput('BIG', { name: 'x'.repeat(1_100_000) });
    const res = await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, body: big });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
    const batch = await call(t.app, 'POST', '/v1/outlets:batchUpsert', {
      token: t.tokens.writer,
      body: { items: [big] },
    });
    expect(batch.status).toBe(422); // read fine, then the name is over 200 characters
    const huge = { items: [outletInput('H', { name: 'x'.repeat(11 * 1024 * 1024) })] };
    expect(
      (await call(t.app, 'POST', '/v1/outlets:batchUpsert', { token: t.tokens.writer, body: huge })).status,
    ).toBe(413);
  });

  it('serves /healthz, /readyz and /openapi.json without a token', async () => {
    expect((await call(t.app, 'GET', '/healthz')).body).toEqual({ status: 'ok', version: '0.0.0-test' });
    const ready = await call(t.app, 'GET', '/readyz');
    expect(ready.body).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
    t.app.draining = true;
    expect((await call(t.app, 'GET', '/readyz')).status).toBe(503);
    t.app.draining = false;
    const contract = await call(t.app, 'GET', '/openapi.json');
    expect(contract.body.openapi).toMatch(/^3\.1/);
  });
});
