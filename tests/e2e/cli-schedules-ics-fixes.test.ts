/**
 * iCalendar schedule import as an operator runs it (SPEC §5, §6.2), for what a black-box test found
 * wrong: floating times read in Asia/Shanghai whatever the calendar said, a fold inside a UTF-8
 * character garbling the titles, a calendar without events "importing" 0 rows, malformed RRULEs (a
 * TypeError, or accepted as something else), and DURATION days counted as 24 hours across a DST change.
 * The built CLI as a child process against a real server provisioned with examples/data/network.yaml
 * plus an outlet in Europe/London.
 * Needs `pnpm --filter @sporthub/cli build` and the server build.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, api } from '../support/api.js';
import { assertCliBuilt, type CliRun, envelope, runCli } from '../support/cli.js';
import { type RunningServer, startServer } from '../support/server.js';

const NETWORK = fileURLToPath(new URL('../../examples/data/network.yaml', import.meta.url));
const LONDON = `apiVersion: sporthub/v1
outlets:
  - code: UK-LDN-0001
    name: London test hub
    timezone: Europe/London
    zones:
      - {code: GYM, name: Gym, kind: training, capacity: 40}
`;

interface Session {
  externalId: string;
  zoneId: string | null;
  startsAt: string;
  endsAt: string;
  title: string | null;
  status: string;
}

interface Reject {
  line: number;
  column: string;
  code: string;
  message: string;
}

let server: RunningServer;
let http: Api;
let dir: string;

const cli = (args: string[]) =>
  runCli(args, { apiUrl: server.baseUrl, token: server.token, configDir: path.join(dir, 'config') });

async function calendarFile(name: string, body: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, body);
  return file;
}

/** `schedules import FILE … --json`. */
async function importIcs(file: string, ...args: string[]) {
  const run: CliRun = await cli(['schedules', 'import', file, '--progress', 'none', '--json', ...args]);
  const doc = envelope<{ summary: Record<string, number>; rejects?: Reject[] }>(run);
  return { run, doc, summary: doc.result?.summary };
}

const byId = async (externalId: string) =>
  (await http.all<Session>(`/v1/sessions?externalId=${encodeURIComponent(externalId)}`))[0];

const calendar = (events: string, header = '') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sporthub//e2e//EN\r\n${header}${events}END:VCALENDAR\r\n`;
const event = (lines: string[]) => `BEGIN:VEVENT\r\n${lines.join('\r\n')}\r\nEND:VEVENT\r\n`;
const PROPS = ['X-SPORTHUB-PROGRAM:P-WALK', 'X-SPORTHUB-CAPACITY:5'];

beforeAll(async () => {
  assertCliBuilt();
  server = await startServer();
  http = api(server.baseUrl, server.token);
  dir = await mkdtemp(path.join(tmpdir(), 'sporthub-e2e-ics-fixes-'));
  const london = await calendarFile('london.yaml', LONDON);
  const applied = await cli(['apply', '-f', NETWORK, '-f', london]);
  expect(applied.code, applied.stderr).toBe(0);
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('floating times (no TZID, no Z)', () => {
  it('are read in the calendar’s X-WR-TIMEZONE, EXDATE and UNTIL too', async () => {
    const file = await calendarFile(
      'x-wr-timezone.ics',
      calendar(
        event([
          'UID:float-wr',
          'DTSTART:20270710T090000',
          'DTEND:20270710T100000',
          'RRULE:FREQ=DAILY;UNTIL=20270712T090000',
          'EXDATE:20270711T090000',
          'X-SPORTHUB-OUTLET:UK-LDN-0001',
          ...PROPS,
        ]),
        'X-WR-TIMEZONE:Europe/London\r\n',
      ),
    );
    const { run, summary } = await importIcs(file);
    expect(run.code, run.stderr).toBe(0);
    expect(summary).toMatchObject({ rows: 2, created: 2, rejected: 0 });
    const first = await byId('float-wr@20270710T080000Z');
    expect(Date.parse(first?.startsAt ?? '')).toBe(Date.parse('2027-07-10T09:00:00+01:00'));
    expect(Date.parse(first?.endsAt ?? '')).toBe(Date.parse('2027-07-10T10:00:00+01:00'));
    expect(await byId('float-wr@20270711T080000Z')).toBeUndefined();
    expect(await byId('float-wr@20270712T080000Z')).toBeDefined();
  });

  it('are read in the time zone of the event’s own outlet (X-SPORTHUB-OUTLET), RECURRENCE-ID too', async () => {
    const file = await calendarFile(
      'x-sporthub-outlet.ics',
      calendar(
        event([
          'UID:float-ldn',
          'DTSTART:20270308T090000',
          'DURATION:PT45M',
          'RRULE:FREQ=WEEKLY;COUNT=2',
          'X-SPORTHUB-OUTLET:UK-LDN-0001',
          ...PROPS,
        ]) +
          event([
            'UID:float-ldn',
            'RECURRENCE-ID:20270315T090000',
            'DTSTART:20270316T100000',
            'DURATION:PT45M',
          ]) +
          event([
            'UID:float-sh',
            'DTSTART:20270308T090000',
            'DURATION:PT45M',
            'X-SPORTHUB-OUTLET:SH-PD-0001',
            ...PROPS,
          ]),
      ),
    );
    const { run } = await importIcs(file, '--outlet', 'SH-PD-0001');
    expect(run.code, run.stderr).toBe(0);
    const london = await byId('float-ldn@20270308T090000Z');
    expect(Date.parse(london?.startsAt ?? '')).toBe(Date.parse('2027-03-08T09:00:00Z'));
    const moved = await byId('float-ldn@20270315T090000Z');
    expect(Date.parse(moved?.startsAt ?? '')).toBe(Date.parse('2027-03-16T10:00:00Z'));
    const shanghai = await byId('float-sh@20270308T010000Z');
    expect(Date.parse(shanghai?.startsAt ?? '')).toBe(Date.parse('2027-03-08T09:00:00+08:00'));
  });

  it('are read in the --outlet’s time zone when the calendar names none', async () => {
    const file = await calendarFile(
      'outlet-flag.ics',
      calendar(event(['UID:float-flag', 'DTSTART:20270308T090000', 'DURATION:PT45M', ...PROPS])),
    );
    const { run } = await importIcs(file, '--outlet', 'UK-LDN-0001');
    expect(run.code, run.stderr).toBe(0);
    const session = await byId('float-flag@20270308T090000Z');
    expect(Date.parse(session?.startsAt ?? '')).toBe(Date.parse('2027-03-08T09:00:00Z'));
  });
});

describe('folded lines', () => {
  it('a fold that splits a UTF-8 character keeps the Chinese title whole (not GB18030 mojibake)', async () => {
    const title = '太极拳晨练（浦东世纪大道体育服务点）周末加场，欢迎报名参加太极拳晨练';
    const summary = Buffer.from(`SUMMARY:${title}`, 'utf8');
    // Folded every 75 octets, as RFC 5545 §3.1 says: 75 − 8 is no multiple of 3, so characters split.
    const folded: Buffer[] = [];
    for (let i = 0; i < summary.length; i += 75) {
      if (i > 0) folded.push(Buffer.from('\r\n '));
      folded.push(summary.subarray(i, i + 75));
    }
    const head = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:fold-mb\r\n';
    const times =
      'DTSTART;TZID=Asia/Shanghai:20271001T090000\r\nDTEND;TZID=Asia/Shanghai:20271001T100000\r\n';
    const tail = `\r\nX-SPORTHUB-OUTLET:SH-JA-0003\r\n${PROPS.join('\r\n')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const file = await calendarFile(
      'fold-utf8.ics',
      Buffer.concat([Buffer.from(head + times), ...folded, Buffer.from(tail)]),
    );
    const { run } = await importIcs(file);
    expect(run.code, run.stderr).toBe(0);
    expect((await byId('fold-mb@20271001T010000Z'))?.title).toBe(title);
  });
});

describe('file and event errors', () => {
  it('a calendar without any VEVENT is an input error naming the file: exit 65, nothing written', async () => {
    const file = await calendarFile('no-events.ics', calendar(''));
    const run = await cli(['schedules', 'import', file, '--progress', 'none']);
    expect(run.code).toBe(65);
    expect(run.stderr).toContain(`${file} has no events`);
    expect(run.stderr).toContain('[no_events]');
    const json = await cli(['schedules', 'import', file, '--progress', 'none', '--json']);
    expect(json.code).toBe(65);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'no_events' } });
  });

  it('malformed RRULEs are rejected rows naming the RRULE line; the other events import with --max-errors', async () => {
    const bad = (uid: string, rule: string) =>
      event([
        `UID:${uid}`,
        'DTSTART;TZID=Asia/Shanghai:20270405T073000',
        'DTEND;TZID=Asia/Shanghai:20270405T083000',
        `RRULE:${rule}`,
        'X-SPORTHUB-OUTLET:SH-PD-0001',
        ...PROPS,
      ]);
    const text = calendar(
      bad('rr-nofreq', 'BYDAY=MO;COUNT=3') +
        bad('rr-until', 'FREQ=WEEKLY;UNTIL=notadate') +
        bad('rr-both', 'FREQ=WEEKLY;COUNT=3;UNTIL=20270601T000000Z') +
        bad('rr-interval', 'FREQ=WEEKLY;INTERVAL=0;COUNT=3') +
        bad('rr-good', 'FREQ=WEEKLY;COUNT=2'),
    );
    const file = await calendarFile('bad-rules.ics', text);
    const refused = await importIcs(file);
    expect(refused.run.code).toBe(65);
    expect(refused.run.stdout + refused.run.stderr).not.toContain('Cannot read properties');
    const rejects = refused.doc.result?.rejects ?? [];
    // Each VEVENT takes 9 lines from line 4; its RRULE is its 5th line.
    expect(rejects.map((r) => [r.line, r.column, r.code])).toEqual([
      [8, 'RRULE', 'invalid_rrule'],
      [17, 'RRULE', 'invalid_rrule'],
      [26, 'RRULE', 'invalid_rrule'],
      [35, 'RRULE', 'invalid_rrule'],
    ]);
    expect(rejects[0]?.message).toContain('has no FREQ');
    expect(rejects[1]?.message).toContain('UNTIL "notadate" is not a date');
    expect(rejects[2]?.message).toContain('both COUNT and UNTIL');
    expect(rejects[3]?.message).toContain('INTERVAL "0" must be a whole number of at least 1');
    expect(await byId('rr-good@20270404T233000Z')).toBeUndefined();

    const partial = await importIcs(file, '--max-errors', '4');
    expect(partial.run.code).toBe(68);
    expect(partial.summary).toMatchObject({ rows: 6, created: 2, rejected: 4 });
    expect(await byId('rr-good@20270404T233000Z')).toBeDefined();
  });
});

describe('LOCATION', () => {
  it('names a zone in any case; a LOCATION that names none imports the session without a zone, with a warning', async () => {
    const located = (uid: string, location: string, start: string) =>
      event([
        `UID:${uid}`,
        `DTSTART;TZID=Asia/Shanghai:${start}`,
        'DURATION:PT1H',
        `LOCATION:${location}`,
        'X-SPORTHUB-OUTLET:SH-PD-0001',
        ...PROPS,
      ]);
    const file = await calendarFile(
      'locations.ics',
      calendar(
        located('loc-lower', 'trn', '20270920T073000') +
          located('loc-gym', 'Gym', '20270920T093000') +
          located('loc-3f', '3F', '20270920T113000'),
      ),
    );
    const { run, doc, summary } = await importIcs(file);
    expect(run.code, run.stderr).toBe(0);
    expect(summary).toMatchObject({ rows: 3, created: 3, rejected: 0, warnings: 2 });
    const warnings = (doc as unknown as { warnings: string[] }).warnings;
    expect(warnings).toEqual([
      expect.stringContaining('LOCATION: LOCATION "Gym" is not a zone of outlet SH-PD-0001'),
      expect.stringContaining('LOCATION: LOCATION "3F" is not a zone of outlet SH-PD-0001'),
    ]);
    expect(warnings[0]).toContain('[unknown_location]');
    expect((await byId('loc-lower@20270919T233000Z'))?.zoneId).toMatch(/^zon_/);
    expect((await byId('loc-gym@20270920T013000Z'))?.zoneId).toBeNull();
  });
});

describe('DURATION', () => {
  it('a day of DURATION is a calendar day across a DST change (RFC 5545 §3.3.6), the hours exact', async () => {
    const file = await calendarFile(
      'duration-dst.ics',
      calendar(
        event([
          'UID:dur-dst',
          'DTSTART;TZID=Europe/London:20270327T090000',
          'DURATION:P1DT1H',
          'X-SPORTHUB-OUTLET:UK-LDN-0001',
          ...PROPS,
        ]),
      ),
    );
    const { run } = await importIcs(file);
    expect(run.code, run.stderr).toBe(0);
    // London springs forward on 2027-03-28: a day later at 09:00 is 23 hours on, plus 1 hour.
    const session = await byId('dur-dst@20270327T090000Z');
    expect(Date.parse(session?.endsAt ?? '')).toBe(Date.parse('2027-03-28T10:00:00+01:00'));
  });
});

describe('the rejects file of a calendar', () => {
  it('is one CSV of schedule columns that imports as it is once fixed, keeping the series', async () => {
    const file = await calendarFile(
      'rejects.ics',
      calendar(
        event([
          'UID:rej-series',
          'DTSTART;TZID=Asia/Shanghai:20270906T070000',
          'DTEND;TZID=Asia/Shanghai:20270906T080000',
          'RRULE:FREQ=WEEKLY;COUNT=2',
          'X-SPORTHUB-OUTLET:SH-PD-0001',
          'X-SPORTHUB-COACH:NOBODY-9',
          ...PROPS,
        ]) +
          event([
            'UID:rej-bad-rule',
            'DTSTART;TZID=Asia/Shanghai:20270906T090000',
            'DTEND;TZID=Asia/Shanghai:20270906T100000',
            'RRULE:COUNT=2',
            'X-SPORTHUB-OUTLET:SH-PD-0001',
            ...PROPS,
          ]),
      ),
    );
    const rejects = path.join(dir, 'calendar-rejects.csv');
    const { run, doc } = await importIcs(file, '--rejects', rejects, '--max-errors', '3');
    expect(run.code, run.stderr).toBe(68);
    expect(doc.result).toMatchObject({ rejectsFiles: [rejects] });
    const text = await readFile(rejects, 'utf8');
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe(
      'external_id,outlet_code,program_code,title,starts_at,ends_at,capacity,waitlist,coach,zone,status,series_key,error_code,error_message',
    );
    expect(rows).toHaveLength(3);
    // Fix the coach of the two occurrences; the event with no usable rule gets its times filled in.
    const fixed = text
      .replaceAll('NOBODY-9', 'C-0042')
      .replace(
        /^(rej-bad-rule,SH-PD-0001,P-WALK,),,,/m,
        '$1,2027-09-06T09:00:00+08:00,2027-09-06T10:00:00+08:00,',
      );
    const fixedFile = path.join(dir, 'calendar-rejects-fixed.csv');
    await writeFile(fixedFile, fixed);
    const again = await cli(['schedules', 'import', fixedFile, '--progress', 'none', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(envelope<{ summary: Record<string, number> }>(again).result?.summary).toMatchObject({
      rows: 3,
      created: 3,
      rejected: 0,
    });
    const session = await http.all<Session & { seriesKey: string | null }>(
      `/v1/sessions?externalId=${encodeURIComponent('rej-series@20270905T230000Z')}`,
    );
    expect(session[0]?.seriesKey).toBe('rej-series');
  });
});

describe('a calendar sync that cancels thousands of sessions', () => {
  it('journals the cancellations request by request, and reports them all', async () => {
    const series = (count: number) =>
      calendar(
        event([
          'UID:many-hours',
          'DTSTART;TZID=Asia/Shanghai:20280101T080000',
          'DTEND;TZID=Asia/Shanghai:20280101T083000',
          `RRULE:FREQ=HOURLY;COUNT=${count}`,
          'X-SPORTHUB-OUTLET:SH-XH-0002',
          ...PROPS,
        ]),
      );
    const long = await importIcs(await calendarFile('many-hours.ics', series(2500)));
    expect(long.run.code, long.run.stderr).toBe(0);
    const short = await importIcs(await calendarFile('fewer-hours.ics', series(100)));
    expect(short.run.code, short.run.stderr).toBe(0);
    expect(short.summary).toMatchObject({ rows: 100, unchanged: 100, cancelled: 2400 });
    // What a resumed sync adds to, had the process died between two of its three requests.
    const jobId = (short.doc.result as unknown as { jobId: string }).jobId;
    const job = JSON.parse(await readFile(path.join(dir, 'config', 'jobs', jobId, 'job.json'), 'utf8'));
    expect(job).toMatchObject({ status: 'completed', cancelled: 2400, summary: { cancelled: 2400 } });
  });
});

describe('an open-ended rule that starts after --until', () => {
  it('imports nothing of the series and says so, naming the RRULE line', async () => {
    const file = await calendarFile(
      'after-until.ics',
      calendar(
        event([
          'UID:late-weekly',
          'DTSTART;TZID=Asia/Shanghai:20280103T090000',
          'DURATION:PT1H',
          'RRULE:FREQ=WEEKLY;BYDAY=MO',
          'X-SPORTHUB-OUTLET:SH-PD-0001',
          ...PROPS,
        ]) +
          event([
            'UID:early-weekly',
            'DTSTART;TZID=Asia/Shanghai:20271004T090000',
            'DURATION:PT1H',
            'RRULE:FREQ=WEEKLY;BYDAY=MO',
            'X-SPORTHUB-OUTLET:SH-PD-0001',
            ...PROPS,
          ]),
      ),
    );
    const { run, doc, summary } = await importIcs(file, '--until', '2027-10-31');
    expect(run.code, run.stderr).toBe(0);
    expect(summary).toMatchObject({ rows: 4, created: 4, warnings: 1 });
    const warnings = (doc as unknown as { warnings: string[] }).warnings;
    expect(warnings).toEqual([
      expect.stringMatching(
        /after-until\.ics:8 RRULE: The rule of "late-weekly" repeats without end and has no occurrence before 2027-11-01T00:00:00\+08:00: .*--until.*\[after_until\]$/,
      ),
    ]);
  });
});

describe('the sync of a rule changed beyond --until', () => {
  it('cancels the sessions an earlier, longer --until imported that the rule no longer produces', async () => {
    const nightly = (rule: string) =>
      calendar(
        event([
          'UID:walk-nightly',
          'DTSTART;TZID=Asia/Shanghai:20270520T190000',
          'DTEND;TZID=Asia/Shanghai:20270520T200000',
          `RRULE:${rule}`,
          'X-SPORTHUB-OUTLET:SH-PD-0001',
          ...PROPS,
        ]),
      );
    const daily = await calendarFile('nightly-daily.ics', nightly('FREQ=DAILY'));
    const first = await importIcs(daily, '--until', '2027-06-05');
    expect(first.summary).toMatchObject({ created: 17 });
    // Now weekly (Thursdays: 20 May, 27 May, 3 June), re-synced with an earlier --until.
    const weekly = await calendarFile('nightly-weekly.ics', nightly('FREQ=WEEKLY'));
    const second = await importIcs(weekly, '--until', '2027-05-29');
    expect(second.run.code, second.run.stderr).toBe(0);
    expect(second.summary).toMatchObject({ rows: 2, unchanged: 2, cancelled: 14 });
    const scheduled = (
      await http.all<{ externalId: string; status: string; seriesKey: string }>('/v1/sessions')
    )
      .filter((s) => s.seriesKey === 'walk-nightly' && s.status === 'scheduled')
      .map((s) => s.externalId)
      .sort();
    expect(scheduled).toEqual([
      'walk-nightly@20270520T110000Z',
      'walk-nightly@20270527T110000Z',
      'walk-nightly@20270603T110000Z',
    ]);
  });
});

describe('RECURRENCE-ID;RANGE=THISANDFUTURE', () => {
  it('moves the one occurrence and says that later ones keep the series times (not applied silently)', async () => {
    const file = await calendarFile(
      'this-and-future.ics',
      calendar(
        event([
          'UID:tf-0001',
          'DTSTART;TZID=Asia/Shanghai:20270601T160000',
          'DTEND;TZID=Asia/Shanghai:20270601T170000',
          'RRULE:FREQ=WEEKLY;COUNT=6',
          'X-SPORTHUB-OUTLET:SH-PD-0001',
          ...PROPS,
        ]) +
          event([
            'UID:tf-0001',
            'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Asia/Shanghai:20270615T160000',
            'DTSTART;TZID=Asia/Shanghai:20270615T180000',
            'DTEND;TZID=Asia/Shanghai:20270615T190000',
            'X-SPORTHUB-OUTLET:SH-PD-0001',
            ...PROPS,
          ]),
      ),
    );
    const { run, doc, summary } = await importIcs(file);
    expect(run.code, run.stderr).toBe(0);
    expect(summary).toMatchObject({ rows: 6, created: 6, warnings: 1 });
    expect((doc as unknown as { warnings: string[] }).warnings).toEqual([
      expect.stringMatching(
        /this-and-future\.ics:15 RECURRENCE-ID: RECURRENCE-ID;RANGE=THISANDFUTURE changes this occurrence only.*\[range_not_applied\]$/,
      ),
    ]);
    const moved = await byId('tf-0001@20270615T080000Z');
    expect(Date.parse(moved?.startsAt ?? '')).toBe(Date.parse('2027-06-15T18:00:00+08:00'));
  });
});

describe('events that share a UID', () => {
  const club = (day: string) =>
    event([
      'UID:walk-club@example.org',
      `DTSTART;TZID=Asia/Shanghai:202801${day}T090000`,
      `DTEND;TZID=Asia/Shanghai:202801${day}T100000`,
      'X-SPORTHUB-OUTLET:SH-XH-0002',
      ...PROPS,
    ]);

  it('each become a session, and a sync keeps every one the calendar still has', async () => {
    const first = await importIcs(await calendarFile('club-first.ics', calendar(club('01'))));
    expect(first.run.code, first.run.stderr).toBe(0);
    const both = await importIcs(await calendarFile('club-both.ics', calendar(club('01') + club('08'))));
    expect(both.run.code, both.run.stderr).toBe(0);
    expect(both.summary).toMatchObject({ rows: 2, created: 1, unchanged: 1, cancelled: 0 });
    expect((await byId('walk-club@example.org@20280101T010000Z'))?.status).toBe('scheduled');
    expect((await byId('walk-club@example.org@20280108T010000Z'))?.status).toBe('scheduled');
  });

  it('at the same start are duplicates, rejected by name instead of one silently dropped', async () => {
    const twice = await importIcs(await calendarFile('club-twice.ics', calendar(club('15') + club('15'))));
    expect(twice.run.code).toBe(65);
    expect(twice.doc.result?.rejects?.map((r) => r.code)).toContain('duplicate_external_id');
    expect(await byId('walk-club@example.org@20280115T010000Z')).toBeUndefined();
  });
});

describe('errors of an event’s properties', () => {
  it('name the line of the property, and a malformed time is a rejected row, not a crash', async () => {
    const text = calendar(
      event([
        'UID:lines-1',
        'DTSTART;TZID=Asia/Shanghai:20280301T090000',
        'SUMMARY:Walk',
        'DTEND;TZID=Asia/Shanghai:20280301T080000',
        'X-SPORTHUB-OUTLET:SH-XH-0002',
        'X-SPORTHUB-PROGRAM:P-WALK',
        'X-SPORTHUB-CAPACITY:abc',
      ]) +
        event(['UID:lines-2', 'DTSTART:20280302', 'X-SPORTHUB-OUTLET:SH-XH-0002', ...PROPS]) +
        event([
          'UID:lines-3',
          'DTSTART;TZID=Asia/Shanghai:20280303T090000',
          'DTEND;TZID=Asia/Shanghai:20280303T100000',
          'X-SPORTHUB-OUTLET:SH-XH-0002',
          ...PROPS,
        ]),
    );
    const refused = await importIcs(await calendarFile('lines.ics', text), '--max-errors', '5');
    expect(refused.run.code, refused.run.stderr).toBe(68);
    expect(refused.doc.error).toBeUndefined();
    // The calendar's header takes 3 lines; the first VEVENT begins on line 4.
    expect(refused.doc.result?.rejects?.map((r) => [r.line, r.column, r.code])).toEqual([
      [11, 'X-SPORTHUB-CAPACITY', 'invalid_integer'],
      [8, 'DTEND', 'ends_before_start'],
      [15, 'DTSTART', 'invalid_event'],
    ]);
    expect(refused.summary).toMatchObject({ created: 1, rejected: 2 });
  });

  it('the list of rejected rows counts rows, though the occurrences of an event share its line', async () => {
    const text = calendar(
      event([
        'UID:many-bad',
        'DTSTART;TZID=Asia/Shanghai:20280401T090000',
        'DTEND;TZID=Asia/Shanghai:20280401T100000',
        'RRULE:FREQ=DAILY;COUNT=30',
        'X-SPORTHUB-OUTLET:SH-XH-0002',
        'X-SPORTHUB-PROGRAM:P-WALK',
        'X-SPORTHUB-CAPACITY:abc',
      ]),
    );
    const run = await cli([
      'schedules',
      'import',
      await calendarFile('many.ics', text),
      '--progress',
      'none',
    ]);
    expect(run.code).toBe(65);
    expect(run.stderr).toContain('Rejected (the first 20 of 30):');
  });
});

describe('a sync that cancels booked sessions', () => {
  it('warns, naming them and their bookings', async () => {
    const weekly = (exdate: string[]) =>
      calendar(
        event([
          'UID:booked-series',
          'DTSTART;TZID=Asia/Shanghai:20280501T090000',
          'DTEND;TZID=Asia/Shanghai:20280501T100000',
          'RRULE:FREQ=WEEKLY;COUNT=3',
          ...exdate,
          'X-SPORTHUB-OUTLET:SH-XH-0002',
          ...PROPS,
        ]),
      );
    const first = await importIcs(await calendarFile('booked-1.ics', weekly([])));
    expect(first.summary).toMatchObject({ created: 3 });
    const held = (await byId('booked-series@20280508T010000Z')) as unknown as { id: string };
    const member = await http.call<{ id: string }>('POST', '/v1/members', { displayName: 'Booker' });
    await http.call('POST', '/v1/bookings', { sessionId: held.id, memberId: member.id });

    const synced = await importIcs(
      await calendarFile('booked-2.ics', weekly(['EXDATE;TZID=Asia/Shanghai:20280508T090000'])),
    );
    expect(synced.run.code, synced.run.stderr).toBe(0);
    expect(synced.summary).toMatchObject({ cancelled: 1, warnings: 1 });
    expect(synced.doc.warnings).toEqual([
      expect.stringContaining('1 session holding 1 booking: booked-series@20280508T010000Z (1)'),
    ]);
    expect((await byId('booked-series@20280508T010000Z'))?.status).toBe('cancelled');
  });
});
