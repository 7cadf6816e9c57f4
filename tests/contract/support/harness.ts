import { buildApp } from '../../../packages/server/src/app.js';

import { createOrganization } from '../../../packages/server/src/tenancy/organizations.js';
import type { Scope } from '../../../packages/server/src/tenancy/scopes.js';
import { createToken } from '../../../packages/server/src/tenancy/tokens.js';
import { expectContractResponse } from '../../../packages/server/test/support/contract.js';
import {
  createTestDatabase,
  type DialectKind,
  type TestDatabase,
} from '../../../packages/server/test/support/databases.js';

// fastify is the server's dependency, not this package's: take its type from buildApp.
type FastifyInstance = Awaited<ReturnType<typeof buildApp>>;

/** The server in-process on a throwaway database, with two tenants and the tokens the suite needs. */
export interface Harness {
  app: FastifyInstance;
  database: TestDatabase;
  organizationId: string;
  admin: string;
  /** A token of the same organization holding one scope only (`audit:read`), for 403s. */
  narrow: string;
  /** Holds `outlets:read` only: the 403 token for operations that need `audit:read`. */
  narrowAlt: string;
  other: { organizationId: string; admin: string };
  close(): Promise<void>;
}

async function token(database: TestDatabase, organizationId: string, scopes: Scope[]) {
  return (await createToken(database.db, { organizationId, name: scopes.join(' '), scopes })).token;
}

export async function startHarness(kind: DialectKind): Promise<Harness> {
  const database = await createTestDatabase(kind);
  const org = await createOrganization(database.db, '合约测试机构 Contract test org');
  const other = await createOrganization(database.db, 'Other tenant');
  // Sandbox: webhook endpoints on loopback are allowed. No rate limit: the suite sends ~1,000 requests.
  const app = await buildApp({
    db: database.db,
    logger: false,
    sandbox: true,
    version: '0.0.0-contract',
    rateLimit: { limit: 0 },
  });
  await app.ready();
  return {
    app,
    database,
    organizationId: org.id,
    admin: await token(database, org.id, ['admin']),
    narrow: await token(database, org.id, ['audit:read']),
    narrowAlt: await token(database, org.id, ['outlets:read']),
    other: { organizationId: other.id, admin: await token(database, other.id, ['admin']) },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export interface Sent {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are inspected freely in assertions.
  body: any;
  raw: string;
}

/**
 * One request through `app.inject`; the response is validated against the contract (declared status,
 * content type, body schema with ajv 2020), and every error must be `application/problem+json`.
 */
export async function send(
  app: FastifyInstance,
  method: string,
  url: string,
  options: { token?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Sent> {
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
  const isJson = /^application\/(problem\+)?json/.test(contentType);
  // NDJSON and CSV exports are declared as strings: they are checked as the raw text.
  const body = response.body === '' ? undefined : isJson ? JSON.parse(response.body) : response.body;
  if (response.statusCode >= 400) {
    if (!contentType.startsWith('application/problem+json')) {
      throw new Error(
        `${method} ${url} ${response.statusCode}: content type ${contentType}, not application/problem+json: ${response.body.slice(0, 300)}`,
      );
    }
  }
  expectContractResponse(method, url, response.statusCode, contentType, body);
  return { status: response.statusCode, headers: response.headers, body, raw: response.body };
}
