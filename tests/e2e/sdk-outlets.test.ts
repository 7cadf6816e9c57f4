/**
 * The SDK against the real server (SQLite): outlets CRUD, pagination, typed errors, idempotent retries.
 * Imports the SDK from source so the suite never runs a stale `dist/`; the server is spawned built.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  type OutletCreate,
  PreconditionFailedError,
  type RequestEvent,
  SportHub,
  SportHubApiError,
  ValidationError,
} from '../../packages/sdk/src/index.js';
import { type RunningServer, startServer } from '../support/server.js';

let server: RunningServer;
let hub: SportHub;
const run = randomBytes(3).toString('hex').toUpperCase();
const code = (name: string) => `E2E-${run}-${name}`;

beforeAll(async () => {
  server = await startServer();
  hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
});

afterAll(async () => {
  await hub?.close();
  await server?.stop();
});

describe('outlets', () => {
  it('creates, reads, updates with ifMatch and deletes', async () => {
    const body: OutletCreate = {
      code: code('CRUD'),
      name: '浦东世纪大道体育服务点',
      address: { province: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道211号' },
      zones: [{ code: 'EXP', name: '体验区', kind: 'experience', capacity: 20 }],
    };
    const { data: created, response } = await hub.outlets.create(body).withResponse();
    expect(response.status).toBe(201);
    expect(response.headers.etag).toBe(`"${created.revision}"`);
    expect(created).toMatchObject({ code: body.code, status: 'active', timezone: 'Asia/Shanghai' });
    expect(created.id).toMatch(/^out_[0-9A-HJKMNP-TV-Z]{26}$/);

    expect(await hub.outlets.get(created.id)).toEqual(created);

    const updated = await hub.outlets.update(
      created.id,
      { status: 'suspended' },
      { ifMatch: created.revision },
    );
    expect(updated).toMatchObject({ status: 'suspended', revision: created.revision + 1 });

    const stale = await hub.outlets
      .update(created.id, { name: '旧版本' }, { ifMatch: created.revision })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(PreconditionFailedError);
    expect(stale).toMatchObject({ status: 412, code: 'revision_mismatch' });

    const deleted = await hub.outlets.delete(created.id).withResponse();
    expect(deleted.response.status).toBe(204);
    expect(deleted.data).toBeUndefined();
    await expect(hub.outlets.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists across pages: for await, pages(), page(cursor), toArray({max})', async () => {
    const district = `测试区${run}`;
    const items = Array.from({ length: 7 }, (_, i) => ({
      code: code(`PAGE-${i}`),
      name: `网点 ${i}`,
      address: { district },
    }));
    const result = await hub.outlets.batchUpsert(items);
    expect(result.summary).toEqual({ created: 7, updated: 0, unchanged: 0, rejected: 0 });

    const list = hub.outlets.list({ district, limit: 3 });
    const codes: string[] = [];
    for await (const outlet of list) codes.push(outlet.code);
    expect(codes.sort()).toEqual(items.map((i) => i.code).sort());

    const sizes: number[] = [];
    for await (const page of list.pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([3, 3, 1]);

    const first = await list.page();
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list.page(first.nextCursor ?? undefined);
    expect(second.data.map((o) => o.id)).not.toContain(first.data[0]?.id);

    expect(await list.toArray({ max: 5 })).toHaveLength(5);

    const again = await hub.outlets.batchUpsert(items, { mode: 'partial' });
    expect(again.summary.unchanged).toBe(7);
  });

  it('throws NotFoundError for an unknown or malformed id, quoting the request id', async () => {
    for (const id of ['out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', 'not-an-id']) {
      const error = await hub.outlets.get(id, { requestId: `nf-${run}` }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, code: 'not_found', requestId: `nf-${run}-1` });
      expect((error as Error).message).toMatch(new RegExp(`^404 not_found: .+ \\(request nf-${run}-1\\)$`));
    }
  });

  it('throws ConflictError for a duplicate code', async () => {
    await hub.outlets.create({ code: code('DUP'), name: 'first' });
    const error = await hub.outlets.create({ code: code('DUP'), name: 'second' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'conflict' });
    expect((error as ConflictError).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throws ValidationError carrying field errors', async () => {
    const error = await hub.outlets
      .create({ code: '', name: 'x', status: 'bogus' } as unknown as OutletCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.status).toBe(422);
    expect(validation.code).toBe('validation_failed');
    expect(validation.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/code', '/status']));
    expect(validation.problem?.errors).toEqual(validation.errors);
  });

  it('rejects an atomic batch with one invalid item, with per-item results', async () => {
    const items = [
      { code: code('B-OK'), name: 'ok' },
      { code: code('B-BAD'), name: '' },
    ];
    const error = await hub.outlets.batchUpsert(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problem?.results?.map((r) => r.status)).toContain('rejected');
    const partial = await hub.outlets.batchUpsert(items, { mode: 'partial' });
    expect(partial.summary).toMatchObject({ created: 1, rejected: 1 });
  });
});

describe('authentication', () => {
  it('says who the token is', async () => {
    const me = await hub.me();
    expect(me.token.scopes).toContain('admin');
    expect(me.organization.id).toMatch(/^org_/);
  });

  it('throws AuthenticationError for a bad token, without the token in it', async () => {
    const badToken = `shk_${randomBytes(32).toString('base64url')}`;
    const stranger = new SportHub({ baseUrl: server.baseUrl, token: badToken });
    try {
      const error = await stranger.outlets
        .list()
        .page()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
      expect((error as AuthenticationError).headers['www-authenticate']).toMatch(/^Bearer/);
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(
        badToken,
      );
    } finally {
      await stranger.close();
    }
  });
});

describe('idempotent retries', () => {
  it('replays a POST whose response was lost instead of creating a duplicate', async () => {
    const proxy = await startResponseDroppingProxy(new URL(server.baseUrl));
    const attempts: RequestEvent[] = [];
    const flaky = new SportHub({
      baseUrl: proxy.baseUrl,
      token: server.token,
      hooks: { onRequest: (e) => attempts.push(e) },
    });
    try {
      proxy.dropNextPostResponse();
      const outlet = await flaky.outlets.create({ code: code('IDEM'), name: '幂等' });
      expect(proxy.dropped).toBe(1);
      expect(attempts).toHaveLength(2);
      const keys = attempts.map((a) => a.headers['idempotency-key']);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);

      const matches = await hub.outlets.list({ code: code('IDEM') }).toArray({ max: 10 });
      expect(matches.map((o) => o.id)).toEqual([outlet.id]);
    } finally {
      await flaky.close();
      await proxy.close();
    }
  });

  it('gets the stored answer again when a caller repeats its own key', async () => {
    const idempotencyKey = `e2e-${run}-replay`;
    const first = await hub.outlets.create({ code: code('KEY'), name: 'key' }, { idempotencyKey });
    const second = await hub.outlets.create({ code: code('KEY'), name: 'key' }, { idempotencyKey });
    expect(second.id).toBe(first.id);
    const other = await hub.outlets
      .create({ code: code('KEY'), name: 'another body' }, { idempotencyKey })
      .catch((e: unknown) => e);
    expect(other).toBeInstanceOf(SportHubApiError);
    expect(other).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  });
});

/**
 * A TCP proxy that, when armed, forwards the next POST to the server and then cuts the connection
 * instead of relaying the answer: the server committed, the client saw a reset. Real sockets, real
 * server; only the network fault is injected.
 */
async function startResponseDroppingProxy(target: URL) {
  let armed = false;
  let dropped = 0;
  const sockets = new Set<Socket>();
  const proxy: Server = createServer((client) => {
    const upstream = tcpConnect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    let dropping = false;
    client.on('data', (chunk: Buffer) => {
      if (armed && chunk.toString('latin1').startsWith('POST ')) {
        armed = false;
        dropping = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (dropping) {
        dropped++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => {});
    upstream.on('error', () => {});
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dropNextPostResponse() {
      armed = true;
    },
    get dropped() {
      return dropped;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
