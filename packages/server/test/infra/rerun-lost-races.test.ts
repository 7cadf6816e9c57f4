import { describe, expect, it } from 'vitest';
import { rerunLostRaces } from '../../src/db/retry.js';

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
