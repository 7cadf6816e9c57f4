import { beforeEach, describe, expect, it } from 'vitest';
import { freshConfigDir, runCli } from '../support/run-cli.js';

// Flags are checked before any request: no server (and no API URL) is needed to see these fail.
beforeEach(() => {
  freshConfigDir();
});

describe('schedules export: bad flags are usage errors (exit 2) before any request', () => {
  it.each([
    ['a word', ['--from', 'yesterday'], '--from "yesterday" is not a date: use YYYY-MM-DD.'],
    ['month 13', ['--from', '2027-13-01'], '--from "2027-13-01" is not a date: use YYYY-MM-DD.'],
    ['February 30', ['--from', '2027-02-30'], '--from "2027-02-30" is not a date: use YYYY-MM-DD.'],
    ['April 31 as --to', ['--to', '2027-04-31'], '--to "2027-04-31" is not a date: use YYYY-MM-DD.'],
    ['a non-leap February 29', ['--to', '2027-02-29'], '--to "2027-02-29" is not a date: use YYYY-MM-DD.'],
    [
      '--from after --to',
      ['--from', '2027-03-02', '--to', '2027-03-01'],
      '--from 2027-03-02 is after --to 2027-03-01.',
    ],
    [
      '-o with --out FILE',
      ['-o', 'json', '--out', 'x.csv'],
      '-o json formats what prints on stdout, but --out x.csv writes a file.',
    ],
    [
      '-o json with --format ics',
      ['-o', 'json', '--format', 'ics'],
      '-o json and --format ics both choose what prints on stdout; give one.',
    ],
    [
      '-o csv with --format ics',
      ['-o', 'csv', '--format', 'ics'],
      '-o csv and --format ics disagree; give one.',
    ],
  ])('%s', async (_name, flags, message) => {
    const run = await runCli(['schedules', 'export', ...flags]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Error: ${message}`);
    expect(run.stderr).toContain('[usage]');
  });

  it('accepts a real date, a leap day included (then needs a server)', async () => {
    const run = await runCli(['schedules', 'export', '--from', '2028-02-29', '--to', '2028-03-01']);
    expect(run.exitCode).toBe(3); // no API URL configured: it got past the flags
  });

  it('--out in a missing directory names the directory, not a temp file', async () => {
    const run = await runCli(['schedules', 'export', '--out', '/missing/dir/x.csv']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--out /missing/dir/x.csv: the directory /missing/dir does not exist.');
    expect(run.stderr).not.toContain('.tmp');
  });

  it.each([
    ['an impossible date', ['--from', '2027-02-30'], '--from "2027-02-30" is not a date: use YYYY-MM-DD.'],
    [
      '--format ics on stdout',
      ['--format', 'ics'],
      '--json prints one JSON document on stdout, where --format ics would write the calendar.',
    ],
  ])('with --json, %s is a usage error in one envelope', async (_name, flags, message) => {
    const run = await runCli(['schedules', 'export', ...flags, '--json']);
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      command: 'schedules export',
      error: { code: 'usage', message },
    });
  });
});
