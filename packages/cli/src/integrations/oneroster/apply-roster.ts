import type { BatchUpsertResult, Group, Partner, SportHub } from '@sporthub/sdk';
import type { ClassPlan, RosterPlan } from './plan-roster.js';
import type { RowError } from './read-roster.js';

/*
 * Writes a roster plan through the SDK: members by batch upsert on externalId (partial mode, so one bad
 * student does not stop the class), then one group per class matched on its code. Everything is keyed
 * by natural keys, so importing the same export again changes nothing.
 */

export interface CountSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface RosterApplyResult {
  members: CountSummary;
  groups: CountSummary & { deleted: number };
  errors: RowError[];
}

const BATCH = 5_000;
const empty = (): CountSummary => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export async function applyRoster(
  hub: SportHub,
  partner: Partner,
  plan: RosterPlan,
): Promise<RosterApplyResult> {
  const errors: RowError[] = [];
  const members = empty();
  const memberIds = new Map<string, string>();
  const live = plan.students.filter((s) => !s.deleted);
  for (let start = 0; start < live.length; start += BATCH) {
    const chunk = live.slice(start, start + BATCH);
    const result: BatchUpsertResult = await hub.members.batchUpsert(
      chunk.map((s) => s.item),
      { mode: 'partial' },
    );
    for (const r of result.results) {
      const student = chunk[r.index];
      if (!student) continue;
      if (r.status === 'rejected' || !r.id) {
        const why =
          (r.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ') || 'rejected by the server';
        errors.push({ file: 'users.csv', line: student.line, code: 'missing_field', message: why });
        members.rejected += 1;
        continue;
      }
      memberIds.set(student.sourcedId, r.id);
      members[r.status] += 1;
    }
  }
  const resolve = memberResolver(hub, memberIds);
  for (const s of plan.students.filter((x) => x.deleted))
    await removeFromPartnerGroups(hub, partner, await resolve(s.sourcedId));
  const groups = { ...empty(), deleted: 0 };
  for (const cls of plan.classes) await applyClass(hub, partner, cls, resolve, groups, errors);
  return { members, groups, errors };
}

function memberResolver(hub: SportHub, known: Map<string, string>) {
  return async (sourcedId: string): Promise<string | undefined> => {
    if (known.has(sourcedId)) return known.get(sourcedId);
    const [member] = await hub.members.list({ externalId: sourcedId, limit: 1 }).toArray({ max: 1 });
    if (member) known.set(sourcedId, member.id);
    return member?.id;
  };
}

async function removeFromPartnerGroups(
  hub: SportHub,
  partner: Partner,
  memberId: string | undefined,
): Promise<void> {
  if (!memberId) return;
  const groups = await hub.groups.list({ partnerId: partner.id, memberId }).toArray({ max: 1000 });
  for (const g of groups) {
    await hub.groups.update(
      g.id,
      { memberIds: g.memberIds.filter((id) => id !== memberId) },
      { ifMatch: g.revision },
    );
  }
}

async function applyClass(
  hub: SportHub,
  partner: Partner,
  cls: ClassPlan,
  resolve: (sourcedId: string) => Promise<string | undefined>,
  counts: RosterApplyResult['groups'],
  errors: RowError[],
): Promise<void> {
  const [existing] = await hub.groups.list({ code: cls.code, limit: 1 }).toArray({ max: 1 });
  if (cls.deleted) {
    if (existing) {
      await hub.groups.delete(existing.id);
      counts.deleted += 1;
    }
    return;
  }
  const added: string[] = [];
  for (const student of cls.add) {
    const id = await resolve(student.sourcedId);
    if (id) added.push(id);
    else {
      errors.push({
        file: 'enrollments.csv',
        line: student.line,
        code: 'unknown_reference',
        message: `userSourcedId ${student.sourcedId} is not a student in users.csv nor an imported member`,
      });
      counts.rejected += 1;
    }
  }
  const removed = new Set<string>();
  for (const student of cls.remove) {
    const id = await resolve(student.sourcedId);
    if (id) removed.add(id);
  }
  const base = cls.replace || !existing ? [] : existing.memberIds;
  const memberIds = [...new Set([...base, ...added])].filter((id) => !removed.has(id)).sort();
  if (!existing) {
    await hub.groups.create({
      code: cls.code,
      name: cls.name,
      kind: 'school_class',
      partnerId: partner.id,
      memberIds,
    });
    counts.created += 1;
    return;
  }
  if (sameGroup(existing, cls.name, memberIds, partner.id)) {
    counts.unchanged += 1;
    return;
  }
  await hub.groups.update(
    existing.id,
    { name: cls.name, kind: 'school_class', partnerId: partner.id, memberIds },
    { ifMatch: existing.revision },
  );
  counts.updated += 1;
}

function sameGroup(group: Group, name: string, memberIds: readonly string[], partnerId: string): boolean {
  const current = [...group.memberIds].sort();
  return (
    group.name === name &&
    group.partnerId === partnerId &&
    group.kind === 'school_class' &&
    current.length === memberIds.length &&
    current.every((id, i) => id === memberIds[i])
  );
}
