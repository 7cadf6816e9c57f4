import { describe, expect, it } from 'vitest';
import { toApiBody } from '../../src/provisioning/apply.js';
import { exportManifest } from '../../src/provisioning/export.js';
import { loadManifests } from '../../src/provisioning/load.js';
import { checkReferences, planRecords } from '../../src/provisioning/plan.js';
import {
  PLAN_FORMAT,
  type PlanDocument,
  type PlanRecord,
  parsePlanDocument,
  summarize,
} from '../../src/provisioning/plan-document.js';
import { renderPlan } from '../../src/provisioning/render.js';
import { findStaleRecords } from '../../src/provisioning/stale.js';
import { MATCHING_MANIFEST, manifestFiles, remoteState } from './fixtures.js';

const load = (text: string, ...more: string[]) =>
  loadManifests(manifestFiles(Object.fromEntries([text, ...more].map((t, i) => [`m${i}.yaml`, t]))));

function document(records: PlanDocument['records']): PlanDocument {
  return {
    format: PLAN_FORMAT,
    createdAt: '2026-09-01T00:00:00Z',
    apiUrl: 'http://x',
    files: [],
    prune: false,
    summary: summarize(records),
    records,
  };
}

describe('planRecords', () => {
  it('reports every record unchanged when the manifest matches the server', async () => {
    const records = planRecords(await load(MATCHING_MANIFEST), remoteState(), false);
    expect(records.map((r) => [r.kind, r.key, r.action])).toEqual([
      ['program', 'P-TAICHI', 'unchanged'],
      ['outlet', 'SH-PD-0001', 'unchanged'],
      ['staff', 'C-0042', 'unchanged'],
    ]);
    expect(records.every((r) => r.revision !== null && r.id !== null)).toBe(true);
  });

  it('lists field-level updates and sends only the changed fields', async () => {
    const text = MATCHING_MANIFEST.replace('capacity: 30}', 'capacity: 35}').replace(
      'name: 王教练',
      'name: 王大教练',
    );
    const records = planRecords(await load(text), remoteState(), false);
    const outlet = records.find((r) => r.kind === 'outlet');
    expect(outlet).toMatchObject({ action: 'update', id: 'out_1', revision: 5 });
    expect(outlet?.changes).toEqual([{ field: 'zones.TRN.capacity', op: 'change', before: 30, after: 35 }]);
    expect(Object.keys(outlet?.body ?? {})).toEqual(['zones']);
    const staff = records.find((r) => r.kind === 'staff');
    expect(staff?.body).toEqual({ name: '王大教练' });
  });

  it('creates new records with their whole body and no revision', async () => {
    const text = `${MATCHING_MANIFEST}  - {code: SH-XH-0002, name: 徐汇}\n`;
    const created = planRecords(await load(text), remoteState(), false).find((r) => r.key === 'SH-XH-0002');
    expect(created).toMatchObject({
      action: 'create',
      id: null,
      revision: null,
      body: { code: 'SH-XH-0002', name: '徐汇' },
    });
    expect(created?.source).toMatch(/m0\.yaml:15$/);
  });

  it('deletes only with prune, only kinds the manifest lists', async () => {
    const onlyPrograms = 'apiVersion: sporthub/v1\nprograms: []\n';
    expect(planRecords(await load(onlyPrograms), remoteState(), false)).toEqual([]);
    const pruned = planRecords(await load(onlyPrograms), remoteState(), true);
    expect(pruned.map((r) => [r.kind, r.key, r.action, r.revision])).toEqual([
      ['program', 'P-TAICHI', 'delete', 3],
    ]);
  });
});

describe('checkReferences', () => {
  it('accepts codes defined in the manifest or on the server', async () => {
    const text = `${MATCHING_MANIFEST}  - {code: SH-XH-0002, name: 徐汇}\n`.replace(
      'outlets: [SH-PD-0001]',
      'outlets: [SH-PD-0001, SH-XH-0002]',
    );
    expect(checkReferences(await load(text), remoteState(), false)).toEqual([]);
  });

  it('names file and line of an unknown code', async () => {
    const text = MATCHING_MANIFEST.replace('outlets: [SH-PD-0001]', 'outlets: [SH-PD-0001, SH-NOPE]').replace(
      'partners: [clinic-pudong-01]',
      'partners: [clinic-x]',
    );
    const problems = checkReferences(await load(text), remoteState(), false);
    expect(problems.map((p) => [p.at.line, p.message])).toEqual([
      [5, 'staff C-0042: outlets[1]: no outlet with code SH-NOPE in the manifest or on the server'],
      [14, 'outlet SH-PD-0001: partners[0]: no partner with code clinic-x in the manifest or on the server'],
    ]);
  });

  it('refuses a reference to a record --prune would delete', async () => {
    const text = MATCHING_MANIFEST.replace(/outlets:\n[\s\S]*$/, 'outlets: []\n');
    const problems = checkReferences(await load(text), remoteState(), true);
    expect(problems[0]?.message).toContain('--prune would delete it');
  });
});

describe('saved plans', () => {
  it('round-trip through JSON and are refused when malformed', async () => {
    const plan = document(planRecords(await load(MATCHING_MANIFEST), remoteState(), true));
    expect(parsePlanDocument(JSON.stringify(plan))).toEqual(plan);
    expect(() => parsePlanDocument('{"format":"other"}')).toThrow(/not a sporthub plan/);
    expect(() => parsePlanDocument(JSON.stringify({ ...plan, records: [{ kind: 'outlet' }] }))).toThrow(
      /records\[0\]/,
    );
  });

  it('are stale when a planned record changed, vanished or appeared', async () => {
    const text = `${MATCHING_MANIFEST}  - {code: SH-XH-0002, name: 徐汇}\n`;
    const records = planRecords(await load(text), remoteState(), false);
    expect(findStaleRecords(records, remoteState())).toEqual([]);
    const now = remoteState();
    now.program[0]!.revision = 4;
    now.staff = [];
    now.outlet.push({ ...now.outlet[0]!, id: 'out_2', code: 'SH-XH-0002', revision: 1 });
    expect(findStaleRecords(records, now)).toEqual([
      { kind: 'program', key: 'P-TAICHI', reason: 'changed since the plan (revision 3 → 4)' },
      { kind: 'outlet', key: 'SH-XH-0002', reason: 'was created since the plan (revision 1)' },
      { kind: 'staff', key: 'C-0042', reason: 'was deleted since the plan' },
    ]);
  });

  it('resolve references to ids when applied', () => {
    const ids = { outlet: new Map([['SH-PD-0001', 'out_1']]), partner: new Map([['c', 'par_9']]) };
    const staff: PlanRecord = {
      kind: 'staff',
      key: 'C-1',
      action: 'create',
      source: null,
      id: null,
      revision: null,
      changes: [],
    };
    expect(toApiBody({ ...staff, body: { externalId: 'C-1', outlets: ['SH-PD-0001'] } }, ids)).toEqual({
      externalId: 'C-1',
      outletIds: ['out_1'],
    });
    expect(() => toApiBody({ ...staff, body: { outlets: ['SH-X'] } }, ids)).toThrow(
      /no outlet with code SH-X/,
    );
  });
});

describe('export', () => {
  it('produces a manifest that plans as all unchanged', async () => {
    const { stringify } = await import('yaml');
    const exported = exportManifest(remoteState());
    expect(exported.staff?.[0]).not.toHaveProperty('phone');
    const records = planRecords(await load(stringify(exported)), remoteState(), true);
    expect(records.filter((r) => r.action !== 'unchanged')).toEqual([]);
    expect(records).toHaveLength(4);
  });
});

describe('renderPlan', () => {
  it('prints changed fields as old → new and a summary line, without colour', async () => {
    const text = MATCHING_MANIFEST.replace('capacity: 30}', 'capacity: 35}');
    const out = renderPlan(document(planRecords(await load(text), remoteState(), false)), false);
    expect(out).toContain('~ outlet SH-PD-0001 (');
    expect(out).toContain('    ~ zones.TRN.capacity: 30 → 35\n');
    expect(out).toContain('  2 records unchanged\n');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      'Plan: 0 to create, 1 to update, 0 to delete, 2 unchanged.',
    );
    expect(out).not.toContain('\u001B[');
  });
});
