import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerunLostRaces } from '../../src/db/retry.js';
import { call, outletInput, startTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

const failure = (code: string) => Object.assign(new Error(code), { code });

/** `work` that fails with each of `errors` in turn, then answers 'done'. */
function flaky(errors: Error[]) {
  let runs = 0;
  const work = async () => {
    const error = errors[runs++];
    if (error) throw error;
    return 'done';
  };
  return { work, runs: () => runs };
}

describe('rerunLostRaces', () => {
  it('reruns a transaction that lost a race on a unique key, a deadlock or a serialization failure', async () => {
    const races = flaky([failure('23505'), failure('40P01'), failure('40001')]);
    await expect(rerunLostRaces(races.work)).resolves.toBe('done');
    expect(races.runs()).toBe(4);
  });

  it('gives up after the last attempt with the last error, and never reruns other errors', async () => {
    const always = flaky(Array.from({ length: 10 }, () => failure('23505')));
    await expect(rerunLostRaces(always.work, 3)).rejects.toMatchObject({ code: '23505' });
    expect(always.runs()).toBe(3);
    const other = flaky([failure('42601')]);
    await expect(rerunLostRaces(other.work)).rejects.toMatchObject({ code: '42601' });
    expect(other.runs()).toBe(1);
  });
});

// Every batch upsert route, not only sessions: concurrent batches creating the same keys all succeed and
// leave one record per key (before the rerun, the loser answered 409 on PostgreSQL).
describe.each(DIALECTS)('concurrent batch upserts of the same new keys on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const routes: [string, string, (i: number, round: number) => Record<string, unknown>][] = [
    ['outlets', 'code', (i, round) => outletInput(`RACE-${i}`, { name: `服务点 ${i} v${round}` })],
    [
      'programs',
      'code',
      (i, round) => ({
        code: `RACE-P-${i}`,
        title: `课程 ${i} v${round}`,
        kind: 'class',
        category: 'tai_chi',
        ageGroups: ['adult'],
        intensity: 'light',
      }),
    ],
    [
      'members',
      'externalId',
      (i, round) => ({ externalId: `RACE-M-${i}`, displayName: `会员 ${i} v${round}` }),
    ],
  ];

  it.each(routes)(
    '%s: 8 racing batches of the same 20 keys all answer 200, one record per key',
    async (name, key, item) => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, round) =>
          call(t.app, 'POST', `/v1/${name}:batchUpsert`, {
            token: t.tokens.admin,
            body: { items: Array.from({ length: 20 }, (_, i) => item(i, round)) },
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(answers.reduce((sum, a) => sum + a.body.summary.created, 0)).toBe(20);
      const listed = await call(t.app, 'GET', `/v1/${name}?limit=200`, { token: t.tokens.admin });
      const keys = listed.body.data
        .map((r: Record<string, string>) => r[key])
        .filter((k: string) => k.startsWith('RACE'));
      expect(keys).toHaveLength(20);
      expect(new Set(keys).size).toBe(20);
    },
  );
});
