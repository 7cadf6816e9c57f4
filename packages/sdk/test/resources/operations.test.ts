/**
 * Every operation of the contract is reachable through an SDK method: `OPERATIONS` lists exactly the
 * contract's operationIds, and calling each mapped method against a recording server sends that
 * operation's HTTP method to that operation's path.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS, SportHub } from '../../src/index.js';
import { json, type Reply, startScriptedServer } from '../helpers/scripted-server.js';

interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  hasBody: boolean;
}

const contract = JSON.parse(
  readFileSync(new URL('../../../server/src/generated/openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, { operationId?: string; requestBody?: unknown }>> };

const operations: ContractOperation[] = Object.entries(contract.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([, op]) => typeof op === 'object' && op !== null && 'operationId' in op)
    .map(([method, op]) => ({
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      path,
      hasBody: op.requestBody !== undefined,
    })),
);

let server: Awaited<ReturnType<typeof startScriptedServer>>;
let hub: SportHub;

const answer: Reply = (req, res) => {
  if (req.url?.startsWith('/v1/participation:export')) {
    res.writeHead(200, { 'content-type': 'application/x-ndjson', 'sporthub-watermark': 'w1' });
    res.end('{"_trailer":{"count":0,"watermark":"w1"}}\n');
    return;
  }
  void json(200, { data: [], nextCursor: null })(req, res, '');
};

beforeAll(async () => {
  server = await startScriptedServer([answer]);
  hub = new SportHub({ baseUrl: server.baseUrl, token: 'shk_test', maxRetries: 0 });
});

afterAll(async () => {
  await hub.close();
  await server.close();
});

function resolve(dotted: string): { fn: (...args: unknown[]) => unknown; self: unknown } {
  let self: unknown;
  let value: unknown = hub;
  for (const part of dotted.split('.')) {
    self = value;
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value !== 'function') throw new Error(`${dotted} is not a method of SportHub`);
  return { fn: value as (...args: unknown[]) => unknown, self };
}

describe('contract coverage', () => {
  it('maps exactly the contract operations', () => {
    expect(operations).toHaveLength(96);
    expect(Object.keys(OPERATIONS).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it.each(operations)('$operationId → $method $path', async ({ operationId, method, path, hasBody }) => {
    const { fn, self } = resolve(OPERATIONS[operationId as keyof typeof OPERATIONS]);
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const ids = names.map((name) => `${name}-value`);
    const isList = method === 'GET' && operationId.startsWith('list');
    const args: unknown[] = [...ids];
    if (hasBody) args.push({});
    if (isList) args.push({});
    const before = server.received.length;
    const result = fn.apply(self, args) as { page?: () => unknown; raw?: () => unknown };
    if (typeof result.page === 'function') await result.page();
    else if (typeof result.raw === 'function') {
      const raw = (await result.raw()) as { body: AsyncIterable<unknown> };
      for await (const _ of raw.body);
    } else await result;
    const request = server.received[before];
    const expected = path.replace(/\{([^}]+)\}/g, (_, name: string) => `${name}-value`);
    expect(request?.method).toBe(method);
    expect(request?.url.split('?')[0]).toBe(expected);
  });
});
