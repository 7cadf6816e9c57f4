import type { Group, GroupKind } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows, insertMany } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { detachGroupFromEnrollments } from './enrollment-queries.js';
import { groupRow, sortedIds, toGroup } from './model.js';

export interface GroupFilter {
  kind?: GroupKind | undefined;
  partnerId?: string | undefined;
  memberId?: string | undefined;
  code?: string | undefined;
}

export interface ReadOptions {
  /** Lock the rows until the transaction ends (PostgreSQL; SQLite has a single writer anyway). */
  forUpdate?: boolean;
}

/** One page (plus one row) of groups in id order, member ids included. */
export async function listGroups(db: Db, organizationId: string, page: PageRequest, filter: GroupFilter) {
  let query = db
    .selectFrom('groups')
    .selectAll('groups')
    .where('groups.organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('groups.id', '>', page.afterId);
  if (filter.kind !== undefined) query = query.where('groups.kind', '=', filter.kind);
  if (filter.partnerId !== undefined) query = query.where('groups.partner_id', '=', filter.partnerId);
  if (filter.code !== undefined) query = query.where('groups.code', '=', filter.code);
  if (filter.memberId !== undefined) {
    const { memberId } = filter;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('group_members')
          .select('group_members.group_id')
          .where('group_members.organization_id', '=', organizationId)
          .where('group_members.member_id', '=', memberId)
          .whereRef('group_members.group_id', '=', 'groups.id'),
      ),
    );
  }
  const rows = await query
    .orderBy('groups.id')
    .limit(page.limit + 1)
    .execute();
  const members = await memberIdsOf(
    db,
    organizationId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toGroup(row, members.get(row.id) ?? []));
}

export async function findGroupById(
  db: Db,
  organizationId: string,
  id: string,
  options: ReadOptions = {},
): Promise<Group | undefined> {
  const row = await db
    .selectFrom('groups')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) return undefined;
  return toGroup(row, (await memberIdsOf(db, organizationId, [id])).get(id) ?? []);
}

export async function isGroupCodeTaken(db: Db, organizationId: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('groups')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ids of the groups a member belongs to, ordered by id. */
export async function groupIdsOfMember(db: Db, organizationId: string, memberId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('group_members')
    .select('group_id')
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .orderBy('group_id')
    .execute();
  return rows.map((row) => row.group_id);
}

async function memberIdsOf(
  db: Db,
  organizationId: string,
  groupIds: string[],
): Promise<Map<string, string[]>> {
  const byGroup = new Map<string, string[]>();
  for (const chunk of chunkRows(groupIds.map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('group_members')
      .select(['group_id', 'member_id'])
      .where('organization_id', '=', organizationId)
      .where(
        'group_id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const row of rows) {
      const list = byGroup.get(row.group_id) ?? [];
      list.push(row.member_id);
      byGroup.set(row.group_id, list);
    }
  }
  for (const [id, list] of byGroup) byGroup.set(id, sortedIds(list));
  return byGroup;
}

export interface GroupChange {
  before: Group | null;
  after: Group;
}

/** Writes groups, their membership rows (only the difference) and their events. Call in a transaction. */
export async function saveGroups(trx: Db, organizationId: string, changes: readonly GroupChange[]) {
  if (changes.length === 0) return;
  for (const chunk of chunkRows(changes.map((c) => groupRow(organizationId, c.after)))) {
    await trx
      .insertInto('groups')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          code: eb.ref('excluded.code'),
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          partner_id: eb.ref('excluded.partner_id'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
  for (const { before, after } of changes) {
    const previous = new Set(before?.memberIds ?? []);
    const next = new Set(after.memberIds);
    const removed = [...previous].filter((id) => !next.has(id));
    for (const chunk of chunkRows(removed.map((id) => ({ id })))) {
      await trx
        .deleteFrom('group_members')
        .where('organization_id', '=', organizationId)
        .where('group_id', '=', after.id)
        .where(
          'member_id',
          'in',
          chunk.map((c) => c.id),
        )
        .execute();
    }
    const added = after.memberIds.filter((id) => !previous.has(id));
    await insertMany(
      trx,
      'group_members',
      added.map((memberId) => ({ organization_id: organizationId, group_id: after.id, member_id: memberId })),
    );
  }
  await recordEvents(
    trx,
    organizationId,
    changes.map((c): NewEvent => ({ type: c.before ? 'group.updated' : 'group.created', data: c.after })),
  );
}

/** Deletes a group; enrollments that named it keep existing with `groupId` null. */
export async function deleteGroup(trx: Db, organizationId: string, group: Group, now: string): Promise<void> {
  await trx
    .deleteFrom('group_members')
    .where('organization_id', '=', organizationId)
    .where('group_id', '=', group.id)
    .execute();
  await trx
    .deleteFrom('groups')
    .where('organization_id', '=', organizationId)
    .where('id', '=', group.id)
    .execute();
  await detachGroupFromEnrollments(trx, organizationId, group.id, now);
  await recordEvents(trx, organizationId, [{ type: 'group.deleted', data: group }]);
}

/** Takes a member out of every group (erasure); each group changed gets a new revision and event. */
export async function removeMemberFromGroups(
  trx: Db,
  organizationId: string,
  memberId: string,
  now: string,
): Promise<number> {
  const changes: GroupChange[] = [];
  for (const groupId of await groupIdsOfMember(trx, organizationId, memberId)) {
    const before = await findGroupById(trx, organizationId, groupId, { forUpdate: true });
    if (!before) continue;
    const after: Group = {
      ...before,
      memberIds: before.memberIds.filter((id) => id !== memberId),
      updatedAt: now,
      revision: before.revision + 1,
    };
    changes.push({ before, after });
  }
  await saveGroups(trx, organizationId, changes);
  return changes.length;
}
