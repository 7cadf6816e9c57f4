import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileStatePath, SyncState } from '../../src/integrations/sync-state.js';

describe('SyncState', () => {
  it('starts empty, saves atomically with mode 0600, reads back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'state-'));
    const file = path.join(dir, 'nested', 'state.json');
    const state = await SyncState.open({ file, profile: 'default' });
    expect(state.get('clinic:prt_1')).toBeUndefined();
    state.set('clinic:prt_1', { after: 'evt_1' });
    await state.save();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await SyncState.open({ file, profile: 'default' });
    expect(again.get('clinic:prt_1')).toEqual({ after: 'evt_1' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      entries: { 'clinic:prt_1': { after: 'evt_1' } },
    });
  });

  it('nothing is written until save (a failed run keeps the old cursor)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'state-'));
    const file = path.join(dir, 'state.json');
    const state = await SyncState.open({ file, profile: 'default' });
    state.set('events:*', { after: 'evt_2' });
    await expect(stat(file)).rejects.toThrow();
  });

  it('refuses a file that is not a state file (exit 65)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'state-'));
    const file = path.join(dir, 'state.json');
    await writeFile(file, '{"hello":1}');
    await expect(SyncState.open({ file, profile: 'x' })).rejects.toMatchObject({
      exitCode: 65,
      code: 'state_unreadable',
    });
    await writeFile(file, 'not json');
    await expect(SyncState.open({ file, profile: 'x' })).rejects.toMatchObject({ exitCode: 65 });
  });

  it('keeps one file per profile under the config directory', () => {
    expect(profileStatePath('ci/prod', { SPORTHUB_CONFIG_DIR: '/cfg' })).toBe('/cfg/state/ci_prod.json');
  });
});
