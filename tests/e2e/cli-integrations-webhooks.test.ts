/**
 * `integrations webhooks …` and `events tail` with the built CLI against a real server (--sandbox, so
 * endpoints on loopback are allowed). `listen` forwards a real change-feed event to a local receiver that
 * verifies the Standard Webhooks signature with the SDK's verifyWebhook.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyWebhook } from '@sporthub/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server.js';

/** A JSON document from the CLI or the API: its shape is what the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: documents are checked by the assertions, not by types
type Doc = any;

// SPORTHUB_E2E_CLI_BIN: run a copy of the build (when other builds rewrite packages/cli/dist meanwhile).
const CLI_BIN =
  process.env.SPORTHUB_E2E_CLI_BIN ??
  fileURLToPath(new URL('../../packages/cli/bin/run.js', import.meta.url));

let server: RunningServer;
let work: string;
let receiver: Server;
let receiverUrl: string;
const received: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];

function start(args: string[]): ChildProcess {
  const env = {
    ...process.env,
    SPORTHUB_CONFIG_DIR: path.join(work, 'config'),
    SPORTHUB_API_URL: server.baseUrl,
    SPORTHUB_TOKEN: server.token,
    CI: 'true',
  };
  return spawn(process.execPath, [CLI_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function sporthub(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = start(args);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function json(args: string[], exit = 0) {
  const run = await sporthub([...args, '--json']);
  expect(run.code, run.stderr + run.stdout).toBe(exit);
  return JSON.parse(run.stdout) as { ok: boolean; result: Doc };
}

beforeAll(async () => {
  server = await startServer({ sandbox: true });
  work = await mkdtemp(path.join(tmpdir(), 'cli-webhooks-'));
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.end('ok');
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  await new Promise<void>((done) => receiver?.close(() => done()));
  await server?.stop();
});

describe('integrations webhooks', () => {
  it('add shows the secret once; list, update, test, deliveries, rotate-secret, remove', async () => {
    const added = await json([
      'integrations',
      'webhooks',
      'add',
      '--url',
      receiverUrl,
      '--events',
      'outlet.*',
      '--description',
      'e2e',
    ]);
    expect(added.result.secret).toMatch(/^whsec_/);
    const id = added.result.id as string;
    const listed = await json(['integrations', 'webhooks', 'list']);
    expect(listed.result.data).toEqual([expect.objectContaining({ id, url: receiverUrl })]);
    expect(JSON.stringify(listed.result)).not.toContain(added.result.secret);
    const updated = await json(['integrations', 'webhooks', 'update', id, '--events', 'outlet.*,program.*']);
    expect(updated.result.events).toEqual(['outlet.*', 'program.*']);
    const test = await json(['integrations', 'webhooks', 'test', id]);
    expect(test.result.endpointId).toBe(id);
    await expect
      .poll(() => received.some((r) => r.headers['webhook-id'] === test.result.eventId), { timeout: 15_000 })
      .toBe(true);
    const delivery = received.find((r) => r.headers['webhook-id'] === test.result.eventId);
    expect(verifyWebhook(delivery?.body ?? '', delivery?.headers ?? {}, added.result.secret).type).toBe(
      'webhook.test',
    );
    const deliveries = await json(['integrations', 'webhooks', 'deliveries', id]);
    expect(deliveries.result.data.length).toBeGreaterThan(0);
    const rotation = await json(['integrations', 'webhooks', 'rotate-secret', id]);
    expect(rotation.result.secret).toMatch(/^whsec_/);
    expect(rotation.result.secret).not.toBe(added.result.secret);
    await json(['integrations', 'webhooks', 'remove', id]);
    expect((await json(['integrations', 'webhooks', 'list'])).result.data).toEqual([]);
  });

  it('listen forwards a real event as a signed delivery that verifyWebhook accepts', async () => {
    received.length = 0;
    const listen = start([
      'integrations',
      'webhooks',
      'listen',
      '--forward-to',
      receiverUrl,
      '--types',
      'partner.created',
      '--max',
      '1',
      '--interval',
      '200',
    ]);
    listen.stdout?.resume();
    const exited = new Promise<number | null>((done) => listen.on('exit', done));
    let stderr = '';
    listen.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    await expect.poll(() => /secret: (whsec_\S+)/.exec(stderr)?.[1], { timeout: 20_000 }).toBeTruthy();
    const secret = /secret: (whsec_\S+)/.exec(stderr)?.[1] as string;
    const partner = await json([
      'partners',
      'create',
      '--code',
      'LISTEN-01',
      '--kind',
      'clinic',
      '--name',
      'listen',
    ]);
    const exit = await exited;
    expect(exit, stderr).toBe(0);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    const event = verifyWebhook(delivery?.body ?? '', delivery?.headers ?? {}, secret);
    expect(event.type).toBe('partner.created');
    expect(event.data).toMatchObject({ id: partner.result.id, code: 'LISTEN-01' });
    expect(delivery?.headers['webhook-id']).toBe(event.id);
  });

  it('trigger signs a sample locally; events tail keeps its cursor', async () => {
    received.length = 0;
    const trigger = await sporthub([
      'integrations',
      'webhooks',
      'trigger',
      'participation.recorded',
      '--forward-to',
      receiverUrl,
      '--secret',
      'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
    ]);
    expect(trigger.code, trigger.stderr).toBe(0);
    expect(
      verifyWebhook(received[0]?.body ?? '', received[0]?.headers ?? {}, 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=')
        .type,
    ).toBe('participation.recorded');

    const state = path.join(work, 'events.json');
    const first = await json(['events', 'tail', '--types', 'partner.created', '--state', state]);
    expect(first.result.data.map((e: Doc) => e.data.code)).toContain('LISTEN-01');
    const second = await json(['events', 'tail', '--types', 'partner.created', '--state', state]);
    expect(second.result.data).toEqual([]);
    await json(['partners', 'create', '--code', 'TAIL-01', '--kind', 'school', '--name', 'tail']);
    const third = await json(['events', 'tail', '--types', 'partner.created', '--state', state]);
    expect(third.result.data.map((e: Doc) => e.data.code)).toEqual(['TAIL-01']);
  });
});
