#!/usr/bin/env node
/**
 * An integrator's program (say, the back end of a booking mini-program) embedding @sporthub/sdk:
 * provisions an outlet and a program, schedules two weeks of sessions with upsertMany, books a member,
 * records a walk-in, streams the participation export, and receives a signed webhook, verified with
 * verifyWebhook.
 *
 *   SPORTHUB_API_URL=http://127.0.0.1:4010 SPORTHUB_TOKEN=shk_… node index.mjs
 *
 * The webhook receiver listens on 127.0.0.1, so the server must run with `--sandbox` (loopback
 * endpoints are refused otherwise). Progress goes to stdout, one line per step.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { SportHub, SportHubError, verifyWebhook } from '@sporthub/sdk';

const baseUrl = process.env.SPORTHUB_API_URL;
const token = process.env.SPORTHUB_TOKEN;
if (!baseUrl || !token) {
  console.error('Set SPORTHUB_API_URL and SPORTHUB_TOKEN (an admin token, or one with the write scopes).');
  process.exit(2);
}

const hub = new SportHub({ baseUrl, token, userAgent: 'embed-sdk-example/0.0.0' });
const run = randomBytes(3).toString('hex').toUpperCase();
const HOUR = 3_600_000;

/** `2026-09-05T07:30:00+08:00` for a time, in Shanghai local time (the outlets' default zone). */
function shanghai(ms) {
  return `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
}

/** Two weeks of daily 60-minute sessions; the first started 30 minutes ago (today's walk-ins). */
function* schedule(outletId, programId) {
  const first = Date.now() - HOUR / 2;
  for (let day = 0; day < 14; day++) {
    const startsAt = first + day * 24 * HOUR;
    yield {
      externalId: `EX-${run}-${day}`,
      outletId,
      programId,
      startsAt: shanghai(startsAt),
      endsAt: shanghai(startsAt + HOUR),
      capacity: 20,
      seriesKey: `EX-${run}-MORNING`,
    };
  }
}

/** A local receiver for webhook deliveries: resolves with the first verified event. */
async function startReceiver(secretOf) {
  let resolveEvent;
  let rejectEvent;
  const received = new Promise((resolve, reject) => {
    resolveEvent = resolve;
    rejectEvent = reject;
  });
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        // The raw bytes, exactly as received: a parsed and re-serialized body would not verify.
        const event = verifyWebhook(Buffer.concat(chunks), req.headers, secretOf());
        res.writeHead(204).end();
        resolveEvent(event);
      } catch (error) {
        res.writeHead(400).end();
        rejectEvent(error);
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks/sporthub`,
    received,
    close: () => server.close(),
  };
}

async function main() {
  const me = await hub.me();
  console.log(`connected: ${me.organization.name} as ${me.token.name}`);

  const outlet = await hub.outlets.create({
    code: `EX-${run}`,
    name: '浦东世纪大道体育服务点',
    address: { province: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道211号' },
    services: ['community_activity', 'health_check'],
  });
  console.log(`outlet: ${outlet.code} ${outlet.id}`);

  const program = await hub.programs.create({
    code: `P-TAICHI-${run}`,
    title: '太极拳晨练',
    kind: 'class',
    category: 'tai_chi',
    ageGroups: ['adult', 'senior'],
    intensity: 'light',
  });
  console.log(`program: ${program.code} ${program.id}`);

  const scheduled = await hub.sessions.upsertMany(schedule(outlet.id, program.id), {
    batchSize: 5,
    concurrency: 2,
    onProgress: (p) => console.log(`  scheduling: ${p.processed} rows`),
  });
  const { summary } = scheduled;
  console.log(
    `sessions: ${summary.created} created, ${summary.updated} updated, ${summary.rejected} rejected`,
  );
  const [today, tomorrow] = scheduled.results.map((r) => r.id);

  const member = await hub.members.create({
    externalId: `WX-${run}`,
    displayName: '李阿姨',
    birthYear: 1958,
  });
  const booking = await hub.bookings.create({ sessionId: tomorrow, memberId: member.id });
  console.log(`booking: ${booking.id} ${booking.status}`);

  const participation = await hub.participation.record({
    sessionId: today,
    memberId: member.id,
    checkedInAt: shanghai(Date.now()),
    durationMinutes: 60,
    source: 'staff',
  });
  console.log(`participation: ${participation.id}`);

  const rows = hub.participation.export({ outletId: outlet.id });
  let count = 0;
  for await (const row of rows) {
    count++;
    console.log(
      `  export row: ${row.participation_id} ${row.program_code} ${row.member_ref} ${row.checked_in_at}`,
    );
  }
  console.log(`export: ${count} rows, trailer count ${rows.trailer?.count}, watermark ${rows.watermark}`);

  let secret = '';
  const receiver = await startReceiver(() => secret);
  try {
    const endpoint = await hub.webhooks.endpoints.create({
      url: receiver.url,
      events: ['participation.recorded'],
    });
    secret = endpoint.secret;
    await hub.webhooks.test(endpoint.id);
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('no webhook delivery within 15 s')), 15_000).unref(),
    );
    const event = await Promise.race([receiver.received, timeout]);
    console.log(`webhook verified: ${event.type} ${event.id}`);
    await hub.webhooks.endpoints.delete(endpoint.id);
  } finally {
    receiver.close();
  }
}

try {
  await main();
  console.log('done');
} catch (error) {
  console.error(error instanceof SportHubError ? `sporthub: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await hub.close();
}
