import { afterEach, describe, expect, it } from 'vitest';
import { IncompleteExportError, SportHub, TimeoutError } from '../../src/index.js';
import { type Reply, startScriptedServer } from '../helpers/scripted-server.js';

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

const rowOf = (i: number) => ({
  participation_id: `par_${i}`,
  session_id: 'ses_1',
  session_external_id: null,
  outlet_code: 'SH-PD-0001',
  program_code: 'P-太极',
  member_ref: `mem_${i}`,
  age_group: 'senior',
  checked_in_at: '2026-09-05T07:58:12+08:00',
  duration_minutes: 60,
  source: 'staff',
});

/** Sends `text` in `pieces` byte slices (splitting multi-byte characters), `gapMs` apart. */
function streamed(text: string, { pieces = 7, gapMs = 0, contentType = 'application/x-ndjson' } = {}): Reply {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'sporthub-watermark': 'w42' });
    const bytes = Buffer.from(text, 'utf8');
    const size = Math.ceil(bytes.length / pieces);
    for (let at = 0; at < bytes.length; at += size) {
      res.write(bytes.subarray(at, at + size));
      if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    }
    res.end();
  };
}

const ndjson = (rows: number, trailer: object | null = { count: rows, watermark: 'w42' }) =>
  `${Array.from({ length: rows }, (_, i) => JSON.stringify(rowOf(i))).join('\n')}\n${
    trailer ? `${JSON.stringify({ _trailer: trailer })}\n` : ''
  }`;

async function setup(replies: Reply[], timeoutMs = 5_000) {
  const server = await startScriptedServer(replies);
  const hub = new SportHub({ baseUrl: server.baseUrl, token: 'shk_test', timeoutMs, maxRetries: 0 });
  closers.push(() => hub.close(), server.close);
  return { server, hub };
}

describe('participation.export', () => {
  it('yields typed rows, then exposes the verified trailer and watermark', async () => {
    const { server, hub } = await setup([streamed(ndjson(50), { pieces: 13 })]);
    const rows = hub.participation.export({ from: '2026-09-01', to: '2026-09-30', district: '浦东新区' });
    const ids: string[] = [];
    for await (const row of rows) ids.push(row.participation_id);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => `par_${i}`));
    expect(rows.trailer).toEqual({ count: 50, watermark: 'w42' });
    expect(rows.watermark).toBe('w42');
    expect(server.received[0]?.url).toBe(
      `/v1/participation:export?from=2026-09-01&to=2026-09-30&district=${encodeURIComponent('浦东新区')}`,
    );
  });

  it('throws when the stream ends without its trailer: the export was cut off', async () => {
    const { hub } = await setup([streamed(ndjson(5, null))]);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const row of hub.participation.export()) seen.push(row);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteExportError);
    expect((error as Error).message).toMatch(/cut off.*5 rows/);
    expect(seen).toHaveLength(5);
  });

  it('throws when the trailer disagrees with the rows', async () => {
    const { hub } = await setup([streamed(ndjson(3, { count: 4, watermark: 'w42' }))]);
    const drain = async () => {
      for await (const _ of hub.participation.export());
    };
    await expect(drain()).rejects.toThrow(/counts 4 rows but 3 arrived/);
  });

  it('gives CSV bytes and the watermark header through raw()', async () => {
    const csv = 'participation_id,session_id\npar_1,ses_1\n';
    const { hub, server } = await setup([streamed(csv, { contentType: 'text/csv' })]);
    const raw = await hub.participation.export({ format: 'csv' }).raw();
    const chunks: Buffer[] = [];
    for await (const chunk of raw.body) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(csv);
    expect(raw.watermark).toBe('w42');
    expect(raw.contentType).toBe('text/csv');
    expect(server.received[0]?.url).toBe('/v1/participation:export?format=csv');
    const iterateCsv = async () => {
      for await (const _ of hub.participation.export({ format: 'csv' }));
    };
    await expect(iterateCsv()).rejects.toThrow(/raw\(\)/);
  });

  it('bounds the wait between chunks, not the whole body', async () => {
    // 10 chunks 100 ms apart take ~1 s, longer than timeoutMs (400): fine, no gap exceeds it.
    const slow = await setup([streamed(ndjson(20), { pieces: 10, gapMs: 100 })], 400);
    let count = 0;
    for await (const _ of slow.hub.participation.export()) count++;
    expect(count).toBe(20);

    const stalled: Reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson', 'sporthub-watermark': 'w' });
      res.write(`${JSON.stringify(rowOf(0))}\n`);
    };
    const stuck = await setup([stalled], 300);
    const error = await (async () => {
      for await (const _ of stuck.hub.participation.export());
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: 'body', timeoutMs: 300 });
  });

  it('stops reading and releases the connection when the consumer breaks out', async () => {
    const { hub } = await setup([streamed(ndjson(1_000), { pieces: 50 })]);
    const rows = hub.participation.export();
    for await (const row of rows) if (row.participation_id === 'par_3') break;
    expect(rows.trailer).toBeUndefined();
  });
});
