import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { createOrganization } from '../../src/tenancy/organizations.js';
import type { Scope } from '../../src/tenancy/scopes.js';
import { createToken } from '../../src/tenancy/tokens.js';
import { expectContractResponse } from './contract.js';
import { createTestDatabase, type DialectKind, type TestDatabase } from './databases.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  organizationId: string;
  /** Tokens of the main organization. */
  tokens: { admin: string; reader: string; writer: string };
  /** Another organization and its admin token (tenant isolation). */
  other: { organizationId: string; token: string };
  close(): Promise<void>;
}

async function tokenFor(database: TestDatabase, organizationId: string, scopes: Scope[]): Promise<string> {
  return (await createToken(database.db, { organizationId, name: scopes.join(' '), scopes })).token;
}

/** The app in-process on a fresh database of `kind`, with two organizations and their tokens. */
export async function startTestApp(kind: DialectKind): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const org = await createOrganization(database.db, '上海体育服务');
  const otherOrg = await createOrganization(database.db, 'Other tenant');
  const app = await buildApp({ db: database.db, logger: false, version: '0.0.0-test' });
  await app.ready();
  return {
    app,
    database,
    organizationId: org.id,
    tokens: {
      admin: await tokenFor(database, org.id, ['admin']),
      reader: await tokenFor(database, org.id, ['outlets:read']),
      writer: await tokenFor(database, org.id, ['outlets:write']),
    },
    other: { organizationId: otherOrg.id, token: await tokenFor(database, otherOrg.id, ['admin']) },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected freely in assertions.
  body: any;
  raw: string;
}

/**
 * One request through `app.inject`. Every response is checked against the contract's schema for
 * this operation and status.
 */
export async function call(app: FastifyInstance, method: string, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const response = await app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
  const contentType = String(response.headers['content-type'] ?? '');
  const body = response.body === '' ? undefined : JSON.parse(response.body);
  expectContractResponse(method, url, response.statusCode, contentType, body);
  return { status: response.statusCode, headers: response.headers, body, raw: response.body } as CallResult;
}

/** A valid outlet create body. */
export function outletInput(code: string, extra: Record<string, unknown> = {}) {
  return { code, name: `服务点 ${code}`, ...extra };
}
