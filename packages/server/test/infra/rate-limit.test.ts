import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { rateLimitFromEnv } from '../../src/http/rate-limit.js';
import { createOrganization } from '../../src/tenancy/organizations.js';
import { createToken } from '../../src/tenancy/tokens.js';
import { call } from '../support/app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('rate limiting on %s', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let tokens: string[];
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const org = await createOrganization(database.db, 'rate');
    tokens = [];
    for (const name of ['a', 'b']) {
      tokens.push(
        (await createToken(database.db, { organizationId: org.id, name, scopes: ['admin'] })).token,
      );
    }
    app = await buildApp({ db: database.db, logger: false, rateLimit: { limit: 3, windowMs: 1000 } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('counts per token, answers 429 rate_limited with Retry-After, and resets with the window', async () => {
    // Start at the beginning of a fresh window so the four requests land in the same one.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(app, 'GET', '/v1/me', { token: tokens[0] });
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      remaining.push(String(res.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await call(app, 'GET', '/v1/programs', { token: tokens[0] });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.headers['ratelimit-remaining']).toBe('0');
    // Another token has its own budget; a request without a token is not counted.
    expect((await call(app, 'GET', '/v1/me', { token: tokens[1] })).status).toBe(200);
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['ratelimit-limit']).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, 1000));
    const again = await call(app, 'GET', '/v1/me', { token: tokens[0] });
    expect(again.status).toBe(200);
    expect(again.headers['ratelimit-remaining']).toBe('2');
  });

  it('puts the headers on error responses of authenticated requests too', async () => {
    const res = await call(app, 'GET', '/v1/programs/prg_nope', { token: tokens[1] });
    expect([404, 429]).toContain(res.status);
    expect(res.headers['ratelimit-limit']).toBe('3');
  });
});

describe('SPORTHUB_RATE_LIMIT', () => {
  it('reads a whole number of requests per minute and refuses anything else', () => {
    expect(rateLimitFromEnv({})).toBeUndefined();
    expect(rateLimitFromEnv({ SPORTHUB_RATE_LIMIT: '1200' })).toBe(1200);
    expect(rateLimitFromEnv({ SPORTHUB_RATE_LIMIT: '0' })).toBe(0);
    expect(() => rateLimitFromEnv({ SPORTHUB_RATE_LIMIT: 'lots' })).toThrow(/SPORTHUB_RATE_LIMIT/);
  });
});
