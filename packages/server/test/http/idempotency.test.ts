import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('Idempotency-Key on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('replays the identical response for the same key and body', async () => {
    const options = {
      token: t.tokens.writer,
      headers: { 'idempotency-key': 'k-1' },
      body: outletInput('I-1'),
    };
    const first = await call(t.app, 'POST', '/v1/outlets', options);
    const second = await call(t.app, 'POST', '/v1/outlets', options);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.raw).toBe(first.raw);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    const list = await call(t.app, 'GET', '/v1/outlets?code=I-1', { token: t.tokens.reader });
    expect(list.body.data).toHaveLength(1);
  });

  it('answers 422 idempotency_key_reused for a different body', async () => {
    const headers = { 'idempotency-key': 'k-2' };
    await call(t.app, 'POST', '/v1/outlets', { token: t.tokens.writer, headers, body: outletInput('I-2') });
    const reused = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      headers,
      body: outletInput('I-3'),
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('compares bodies byte for byte, as received', async () => {
    const send = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/outlets',
        headers: {
          authorization: `Bearer ${t.tokens.writer}`,
          'content-type': 'application/json',
          'idempotency-key': 'k-bytes',
        },
        payload,
      });
    const text = JSON.stringify(outletInput('I-BYTES'));
    const first = await send(text);
    const retry = await send(text);
    const reformatted = await send(JSON.stringify(outletInput('I-BYTES'), null, 2));
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toBe(first.body);
    expect(reformatted.statusCode).toBe(422);
    expect(reformatted.json().code).toBe('idempotency_key_reused');
  });

  it('scopes keys by organization and path, and works for PATCH', async () => {
    const headers = { 'idempotency-key': 'k-3' };
    const mine = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      headers,
      body: outletInput('I-4'),
    });
    const theirs = await call(t.app, 'POST', '/v1/outlets', {
      token: t.other.token,
      headers,
      body: outletInput('I-4'),
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    const patch = { token: t.tokens.writer, headers, body: { name: '改' } };
    const p1 = await call(t.app, 'PATCH', `/v1/outlets/${mine.body.id}`, patch);
    const p2 = await call(t.app, 'PATCH', `/v1/outlets/${mine.body.id}`, patch);
    expect(p1.body.revision).toBe(2);
    expect(p2.raw).toBe(p1.raw);
  });

  it('answers 409 idempotency_key_in_use while the first request runs', async () => {
    const body = outletInput('I-5');
    const hash = createHash('sha256')
      .update(`/v1/outlets\n${JSON.stringify(body)}`)
      .digest('hex');
    await t.database.db
      .insertInto('idempotency_keys')
      .values({
        organization_id: t.organizationId,
        method: 'POST',
        path: '/v1/outlets',
        key: 'k-running',
        request_hash: hash,
        status_code: null,
        response_headers: null,
        response_body: null,
        created_at: new Date().toISOString(),
        expires_at: new Date(Date.now() + 60_000).toISOString(),
      })
      .execute();
    const res = await call(t.app, 'POST', '/v1/outlets', {
      token: t.tokens.writer,
      headers: { 'idempotency-key': 'k-running' },
      body,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('idempotency_key_in_use');
    // The claim's lease (not the 24 h replay TTL) says when to come back.
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('commits a batch and its stored answer together: neither without the other', async () => {
    // Storing the answer fails (a trigger refuses it), as a process killed between the batch's commit
    // and a later store would leave it unstored: the batch must roll back with it, so the client's
    // retry with the same key writes the rows and reports them created, not unchanged.
    const db = t.database.db;
    if (kind === 'sqlite') {
      await sql`CREATE TRIGGER refuse_answers BEFORE UPDATE ON idempotency_keys
        BEGIN SELECT RAISE(ABORT, 'answer refused'); END`.execute(db);
    } else {
      await sql`CREATE FUNCTION refuse_answers() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'answer refused'; END $$`.execute(db);
      await sql`CREATE TRIGGER refuse_answers BEFORE UPDATE ON idempotency_keys
        FOR EACH ROW EXECUTE FUNCTION refuse_answers()`.execute(db);
    }
    const options = {
      token: t.tokens.writer,
      headers: { 'idempotency-key': 'k-batch-together' },
      body: { items: [outletInput('I-B1'), outletInput('I-B2')] },
    };
    try {
      // Not through `call`: the contract declares no 500 for this route.
      const refused = await t.app.inject({
        method: 'POST',
        url: '/v1/outlets:batchUpsert',
        headers: { authorization: `Bearer ${t.tokens.writer}`, ...options.headers },
        payload: options.body,
      });
      expect(refused.statusCode).toBe(500);
      const none = await call(t.app, 'GET', '/v1/outlets?code=I-B1', { token: t.tokens.reader });
      expect(none.body.data).toHaveLength(0);
    } finally {
      const on = kind === 'postgres' ? sql` ON idempotency_keys` : sql``;
      await sql`DROP TRIGGER refuse_answers${on}`.execute(db);
    }
    const retry = await call(t.app, 'POST', '/v1/outlets:batchUpsert', options);
    expect(retry.status).toBe(200);
    expect(retry.body.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const replay = await call(t.app, 'POST', '/v1/outlets:batchUpsert', options);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.raw).toBe(retry.raw);
    expect(replay.headers['content-type']).toBe(retry.headers['content-type']);
  });

  it('lets a retry take over a claim whose request died before answering (lease expired)', async () => {
    // What a server process SIGKILLed mid-request leaves behind: a claim with no stored response.
    const body = outletInput('I-6');
    const hash = createHash('sha256')
      .update(`/v1/outlets\n${JSON.stringify(body)}`)
      .digest('hex');
    await t.database.db
      .insertInto('idempotency_keys')
      .values({
        organization_id: t.organizationId,
        method: 'POST',
        path: '/v1/outlets',
        key: 'k-abandoned',
        request_hash: hash,
        status_code: null,
        response_headers: null,
        response_body: null,
        created_at: new Date(Date.now() - 60_000).toISOString(),
        expires_at: new Date(Date.now() - 50_000).toISOString(),
      })
      .execute();
    const options = { token: t.tokens.writer, headers: { 'idempotency-key': 'k-abandoned' }, body };
    const retry = await call(t.app, 'POST', '/v1/outlets', options);
    expect(retry.status).toBe(201);
    const replay = await call(t.app, 'POST', '/v1/outlets', options);
    expect(replay.status).toBe(201);
    expect(replay.raw).toBe(retry.raw);
    const stored = await t.database.db
      .selectFrom('idempotency_keys')
      .select('expires_at')
      .where('key', '=', 'k-abandoned')
      .executeTakeFirstOrThrow();
    // Answered: kept for the replay TTL (24 h), not the lease.
    expect(Date.parse(stored.expires_at) - Date.now()).toBeGreaterThan(23 * 3_600_000);
  });
});
