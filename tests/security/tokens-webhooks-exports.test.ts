/**
 * Secrets at rest and at the edges (SPEC §7 security), on SQLite and PostgreSQL, server in-process:
 *
 * - API tokens are stored as a SHA-256 hash (the row holds no plaintext), a wrong token of the same
 *   length is refused, and a token is shown once (list and get never return it again);
 * - webhook URLs to loopback, private, link-local, unique-local and IPv4-mapped addresses — literal or
 *   behind a DNS name — are refused outside the sandbox and allowed inside it;
 * - replayed deliveries are refused by the SDK's `verifyWebhook` (a stale or future timestamp);
 * - a partner's participation export carries pseudonyms: no member id, name or phone number.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signWebhook, verifyWebhook, WebhookVerificationError } from '../../packages/sdk/src/index.js';
import { buildApp } from '../../packages/server/src/app.js';
import { assertWebhookUrl } from '../../packages/server/src/webhooks/url-guard.js';
import { type Harness, send, startHarness } from '../contract/support/harness.js';
import { registerSecret } from '../support/output-capture.js';

const BLOCKED = [
  'https://127.0.0.1/hook',
  'https://127.8.9.10/hook',
  'https://10.1.2.3/hook',
  'https://172.16.5.4/hook',
  'https://192.168.1.1/hook',
  'https://169.254.169.254/latest/meta-data',
  'https://100.64.0.1/hook',
  'https://0.0.0.0/hook',
  'https://[::1]/hook',
  'https://[fe80::1]/hook',
  'https://[fd12:3456::1]/hook',
  'https://[::ffff:127.0.0.1]/hook',
  'https://[::ffff:10.0.0.1]/hook',
  'https://localhost/hook', // a DNS name resolving to loopback
  'https://localhost.:8443/hook',
];

describe('webhook URL guard', () => {
  test.each(BLOCKED)('refuses %s outside the sandbox, allows it inside', async (url) => {
    await expect(assertWebhookUrl(url, false)).rejects.toMatchObject({ status: 422 });
    await expect(assertWebhookUrl(url, true)).resolves.toBeUndefined();
  });

  test('a public address passes outside the sandbox; plain http and credentials never do', async () => {
    await expect(assertWebhookUrl('https://93.184.215.14/hook', false)).resolves.toBeUndefined();
    await expect(assertWebhookUrl('http://93.184.215.14/hook', false)).rejects.toMatchObject({ status: 422 });
    await expect(assertWebhookUrl('https://u:p@93.184.215.14/hook', false)).rejects.toMatchObject({
      status: 422,
    });
  });
});

describe('verifyWebhook refuses replays', () => {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  registerSecret(secret, 'webhook_secret');
  const body = JSON.stringify({
    id: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
    type: 'outlet.created',
    occurredAt: '2027-01-01T00:00:00Z',
    data: {},
  });
  const sign = (timestamp: number) =>
    signWebhook({ id: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', body, secret, timestamp });

  test.each([
    ['six minutes old', -360, 'timestamp_too_old'],
    ['a day old', -86_400, 'timestamp_too_old'],
    ['six minutes ahead', 360, 'timestamp_in_future'],
  ] as const)('a delivery signed %s', (_label, offset, reason) => {
    const now = Math.floor(Date.now() / 1000);
    const headers = sign(now + offset);
    let error: unknown;
    try {
      verifyWebhook(body, headers, secret);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).reason).toBe(reason);
    expect((error as Error).message).not.toContain(secret);
  });

  test('the same delivery within the window verifies (the receiver dedupes on webhook-id)', () => {
    const headers = sign(Math.floor(Date.now() / 1000) - 10);
    expect(verifyWebhook(body, headers, secret).id).toBe('evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
    expect(headers['webhook-id']).toBe('evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
  });
});

describe.each(['sqlite', 'postgres'] as const)(
  'tokens, webhook endpoints and partner exports on %s',
  (kind) => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(kind);
    });
    afterAll(() => h?.close());

    test('a token is stored hashed, shown once, and a same-length wrong token is refused', async () => {
      const created = await send(h.app, 'POST', '/v1/tokens', {
        token: h.admin,
        body: { name: 'hashed at rest', scopes: ['outlets:read'] },
      });
      expect(created.status).toBe(201);
      const token = created.body.token as string;
      registerSecret(token, 'api_token');
      expect(token).toMatch(/^shk_[A-Za-z0-9_-]{43}$/);

      const rows = await h.database.db.selectFrom('api_tokens').selectAll().execute();
      const dump = JSON.stringify(rows);
      expect(dump).not.toContain(token);
      expect(dump).not.toContain(token.slice(12)); // only the public 12-character prefix is kept
      const row = rows.find((r) => r.id === created.body.id);
      expect(row?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

      const list = await send(h.app, 'GET', '/v1/tokens?limit=100', { token: h.admin });
      expect(list.raw).not.toContain(token);
      expect(list.body.data.find((t: { id: string }) => t.id === created.body.id)).not.toHaveProperty(
        'token',
      );

      expect((await send(h.app, 'GET', '/v1/outlets', { token })).status).toBe(200);
      // Same length and prefix, last character changed: refused (401), like any unknown token.
      const last = token.at(-1) === 'A' ? 'B' : 'A';
      const wrong = `${token.slice(0, -1)}${last}`;
      const refused = await send(h.app, 'GET', '/v1/outlets', { token: wrong });
      expect(refused.status).toBe(401);
      expect(refused.raw).not.toContain(wrong);
    });

    test('webhook endpoints on private addresses: refused by a server outside the sandbox', async () => {
      const strict = await buildApp({
        db: h.database.db,
        logger: false,
        sandbox: false,
        version: '0.0.0-security',
        rateLimit: { limit: 0 },
      });
      await strict.ready();
      try {
        for (const url of [
          'https://127.0.0.1/hook',
          'https://[::1]/hook',
          'https://localhost/hook',
          'https://192.168.0.10/hook',
        ]) {
          const refused = await send(strict, 'POST', '/v1/webhook-endpoints', {
            token: h.admin,
            body: { url, events: ['*'] },
          });
          expect(refused.status, url).toBe(422);
          expect(refused.body.errors).toContainEqual(
            expect.objectContaining({ path: '/url', code: 'url_not_allowed' }),
          );
        }
      } finally {
        await strict.close();
      }
      const sandboxed = await send(h.app, 'POST', '/v1/webhook-endpoints', {
        token: h.admin,
        body: { url: 'http://127.0.0.1:9/hook', events: ['*'] },
      });
      expect(sandboxed.status).toBe(201);
      registerSecret(sandboxed.body.secret, 'webhook_secret');
      const again = await send(h.app, 'GET', `/v1/webhook-endpoints/${sandboxed.body.id}`, {
        token: h.admin,
      });
      expect(again.raw).not.toContain(sandboxed.body.secret); // shown once, at creation
    });

    test('a partner export carries pseudonyms, never member ids, names or phone numbers', async () => {
      const create = async (path: string, body: unknown) => {
        const response = await send(h.app, 'POST', path, { token: h.admin, body });
        expect(response.status, `${path} ${response.raw.slice(0, 200)}`).toBeLessThan(300);
        return response.body.id as string;
      };
      const phone = '+86 139-2468-1357';
      registerSecret(phone, 'phone');
      const outletId = await create('/v1/outlets', { code: 'SEC-OUT', name: '安全测试服务点' });
      const programId = await create('/v1/programs', {
        code: 'SEC-PRG',
        title: '健步走',
        kind: 'class',
        category: 'walking',
        ageGroups: ['adult'],
        intensity: 'light',
      });
      const sessionId = await create('/v1/sessions', {
        externalId: 'SEC-SES',
        outletId,
        programId,
        startsAt: '2026-03-01T08:00:00+08:00',
        endsAt: '2026-03-01T09:00:00+08:00',
        capacity: 10,
      });
      const partnerId = await create('/v1/partners', {
        code: 'SEC-PRT',
        kind: 'clinic',
        name: '安全测试医院',
      });
      await create(`/v1/partners/${partnerId}/agreements`, {
        scopes: ['participation:individual'],
        validFrom: '2025-01-01',
      });
      const members: string[] = [];
      for (const [i, name] of ['周建国', '吴秀兰'].entries()) {
        const id = await create('/v1/members', {
          externalId: `SEC-MEM-${i}`,
          displayName: name,
          birthYear: 1958,
          phone,
        });
        await create(`/v1/members/${id}/consents`, {
          partnerId,
          purpose: 'participation_sharing',
          grantedBy: 'self',
        });
        await create('/v1/participation', { sessionId, memberId: id, externalId: `SEC-PAR-${i}` });
        members.push(id);
      }
      const exported = await send(
        h.app,
        'GET',
        `/v1/participation:export?format=ndjson&partnerId=${partnerId}`,
        { token: h.admin },
      );
      expect(exported.status).toBe(200);
      const rows = exported.raw
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((r) => !r._trailer);
      expect(rows.filter((r) => r.session_id === sessionId)).toHaveLength(2);
      for (const secret of [...members, '周建国', '吴秀兰', phone, phone.replace(/\D/g, '').slice(2)]) {
        expect(exported.raw).not.toContain(secret);
      }
      for (const row of rows) expect(members).not.toContain(row.member_ref);
    });
  },
);
