/**
 * ENVIRONMENT.md: when an app imports the ESM build and a dependency requires the CJS build, one process
 * holds two copies of every error class. Builds both formats with the package's own tsup config into a
 * temp folder (so the test never depends on a stale `dist/`), then loads both.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config.js';

type Sdk = typeof import('../src/index.js');

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
let outDir: string;
let esm: Sdk;
let cjs: Sdk;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'sporthub-sdk-dual-'));
  const base = Array.isArray(config) ? config[0] : config;
  await build({
    ...(typeof base === 'function' ? {} : base),
    entry: [path.join(packageRoot, 'src/index.ts')],
    outDir,
    dts: false,
    sourcemap: false,
    silent: true,
  });
  esm = (await import(pathToFileURL(path.join(outDir, 'index.js')).href)) as Sdk;
  cjs = createRequire(import.meta.url)(path.join(outDir, 'index.cjs')) as Sdk;
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('instanceof across the ESM and CJS builds', () => {
  it('really loads two copies', () => {
    expect(esm.NotFoundError).not.toBe(cjs.NotFoundError);
  });

  it.each([
    ['CJS error, ESM classes', () => [new cjs.NotFoundError({ status: 404, requestId: 'r' }), esm] as const],
    ['ESM error, CJS classes', () => [new esm.NotFoundError({ status: 404, requestId: 'r' }), cjs] as const],
  ])('%s', (_name, make) => {
    const [error, other] = make();
    expect(error instanceof other.NotFoundError).toBe(true);
    expect(error instanceof other.SportHubApiError).toBe(true);
    expect(error instanceof other.SportHubError).toBe(true);
    expect(error instanceof Error).toBe(true);
    expect(error instanceof other.ConflictError).toBe(false);
    expect(error instanceof other.ConnectionError).toBe(false);
  });

  it('recognizes errors built by the other copy from a response', () => {
    const error = cjs.errorFromResponse({ status: 429, requestId: 'r', retryAfterMs: 1_000 });
    expect(error instanceof esm.RateLimitError).toBe(true);
    expect(error instanceof esm.InternalServerError).toBe(false);
    const timeout = new esm.TimeoutError('body', 5, { requestId: 'r' });
    expect(timeout instanceof cjs.TimeoutError).toBe(true);
    expect(timeout instanceof cjs.ConnectionError).toBe(true);
    expect(timeout instanceof cjs.SportHubApiError).toBe(false);
  });

  it('takes a SerializedItems batch from the other copy for one (the transport sends its bytes)', () => {
    const batch = cjs.SerializedItems.of(['{"externalId":"S-1"}']);
    expect(batch instanceof esm.SerializedItems).toBe(true);
    expect(esm.SerializedItems.of(['{}']) instanceof cjs.SerializedItems).toBe(true);
    expect({ body: Buffer.from('{}'), length: 1 } instanceof esm.SerializedItems).toBe(false);
    expect(batch.body.toString('utf8')).toBe('{"items":[{"externalId":"S-1"}]}');
  });
});
