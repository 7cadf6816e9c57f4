/**
 * The SDK against the real server: members (consents, erase, personal data), groups, enrollments.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, SportHub } from '../../packages/sdk/src/index.js';
import { type RunningServer, startServer } from '../support/server.js';

let server: RunningServer;
let hub: SportHub;
const run = randomBytes(3).toString('hex').toUpperCase();

beforeAll(async () => {
  server = await startServer({ env: { SPORTHUB_RATE_LIMIT: '0' } });
  hub = new SportHub({ baseUrl: server.baseUrl, token: server.token });
});

afterAll(async () => {
  await hub?.close();
  await server?.stop();
});

describe('members', () => {
  it('create, get, update, list, batchUpsert', async () => {
    const member = await hub.members.create({
      externalId: `M-${run}`,
      displayName: '李阿姨',
      birthYear: 1958,
    });
    expect(member.ageGroup).toBe('senior');
    expect(await hub.members.get(member.id)).toMatchObject({ displayName: '李阿姨' });
    const updated = await hub.members.update(
      member.id,
      { displayName: '李秀英' },
      { ifMatch: member.revision },
    );
    expect(updated.revision).toBe(member.revision + 1);
    expect((await hub.members.list({ externalId: `M-${run}` }).toArray({ max: 5 })).map((m) => m.id)).toEqual(
      [member.id],
    );
    const batch = await hub.members.batchUpsert([
      { externalId: `M-${run}`, displayName: '李秀英', birthYear: 1958 },
      { externalId: `M2-${run}`, displayName: '张同学', birthYear: 2015 },
    ]);
    expect(batch.results.map((r) => r.status)).toEqual(['unchanged', 'created']);
  });

  it('consents: grant, list, revoke', async () => {
    const member = await hub.members.create({
      externalId: `C-${run}`,
      displayName: '王大爷',
      birthYear: 1950,
    });
    const consent = await hub.members.consents.grant(member.id, {
      purpose: 'participation_sharing',
      grantedBy: 'self',
    });
    expect(consent).toMatchObject({ purpose: 'participation_sharing', revokedAt: null });
    expect((await hub.members.consents.list(member.id, { active: true }).toArray({ max: 10 })).length).toBe(
      1,
    );
    const revoked = await hub.members.consents.revoke(member.id, { purpose: 'participation_sharing' });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await hub.members.consents.list(member.id, { active: true }).toArray({ max: 10 })).toEqual([]);
  });

  it('personalData and erase', async () => {
    const member = await hub.members.create({
      externalId: `E-${run}`,
      displayName: '赵女士',
      phone: '13800000000',
    });
    const data = await hub.members.personalData(member.id);
    expect(JSON.stringify(data)).toContain('13800000000');
    const erased = await hub.members.erase(member.id);
    expect(JSON.stringify(erased)).not.toContain('13800000000');
  });

  it('throws NotFoundError for an unknown member', async () => {
    await expect(hub.members.get('mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('groups and enrollments', () => {
  it('groups: create, get, update, list, delete', async () => {
    const member = await hub.members.create({ externalId: `G-${run}`, displayName: '小明', birthYear: 2016 });
    const group = await hub.groups.create({
      code: `G-${run}`,
      name: '一年级一班',
      kind: 'school_class',
      memberIds: [member.id],
    });
    expect(await hub.groups.get(group.id)).toMatchObject({ memberIds: [member.id] });
    expect((await hub.groups.update(group.id, { name: '一年级二班' })).name).toBe('一年级二班');
    expect((await hub.groups.list({ code: `G-${run}` }).toArray({ max: 5 })).length).toBe(1);
    await hub.groups.delete(group.id);
    await expect(hub.groups.get(group.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('enrollments: create, get, update, list', async () => {
    const member = await hub.members.create({
      externalId: `EN-${run}`,
      displayName: '陈先生',
      birthYear: 1970,
    });
    const program = await hub.programs.create({
      code: `P-EN-${run}`,
      title: '健步走',
      kind: 'class',
      category: 'walking',
      ageGroups: ['adult'],
      intensity: 'light',
    });
    const enrollment = await hub.enrollments.create({
      memberId: member.id,
      programId: program.id,
      source: 'referral',
      referenceId: 'SR-1',
    });
    expect(await hub.enrollments.get(enrollment.id)).toMatchObject({ source: 'referral' });
    expect((await hub.enrollments.list({ memberId: member.id }).toArray({ max: 5 })).length).toBe(1);
    const updated = await hub.enrollments.update(enrollment.id, { status: 'completed' });
    expect(updated.status).toBe('completed');
  });
});
