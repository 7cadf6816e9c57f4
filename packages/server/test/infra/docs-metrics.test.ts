import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../support/app.js';

// Neither page touches the database: SQLite is enough.
describe('/docs and /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('/docs serves Swagger UI from this process, with no CDN, and every asset it loads answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs' });
    const page =
      res.statusCode === 302
        ? await t.app.inject({ method: 'GET', url: res.headers.location as string })
        : res;
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).not.toMatch(/https?:\/\/(?:unpkg|cdn|cdnjs|fonts)\./);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset, 'asset is local').not.toMatch(/^https?:/);
      const url = asset.startsWith('/') ? asset : `/docs/${asset.replace(/^\.\//, '')}`;
      const loaded = await t.app.inject({ method: 'GET', url });
      expect(loaded.statusCode, url).toBe(200);
    }
    const init = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
    const spec = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().info.title).toBe(
      (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json().info.title,
    );
  });

  it('/metrics exposes request counters by route template, a duration histogram and process metrics', async () => {
    await call(t.app, 'GET', '/v1/me', { token: t.tokens.reader });
    await call(t.app, 'GET', '/v1/programs/prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P', { token: t.tokens.reader });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = res.body;
    expect(text).toContain('# TYPE http_requests_total counter');
    expect(text).toContain('http_requests_total{method="GET",route="/v1/me",status="200"} 1');
    expect(text).toContain(
      'http_requests_total{method="GET",route="/v1/programs/:programId",status="404"} 1',
    );
    expect(text).not.toContain('prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P');
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{method="GET",route="\/v1\/me",le="\+Inf"\} 1/,
    );
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/v1\/me"\} 1/);
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
    // Every sample line is `name{labels} value` or `name value`.
    for (const line of text.trim().split('\n')) {
      if (!line.startsWith('#')) expect(line).toMatch(/^[a-z_:][a-z0-9_:]*(\{.*\})? -?[0-9.e+-]+$/i);
    }
  });
});
