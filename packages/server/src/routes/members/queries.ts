import type { AgeGroup, Member } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { erasedKeyHash, memberRow, toMember } from './model.js';

export interface MemberFilter {
  ageGroup?: AgeGroup | undefined;
  externalId?: string | undefined;
  groupId?: string | undefined;
}

/** Options of reads that precede a write. */
export interface ReadOptions {
  /** Lock the rows until the transaction ends (PostgreSQL; SQLite has a single writer anyway). */
  forUpdate?: boolean;
}

/** One page (plus one row) of members in id order. */
export async function listMembers(db: Db, organizationId: string, page: PageRequest, filter: MemberFilter) {
  let query = db
    .selectFrom('members')
    .selectAll('members')
    .where('members.organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('members.id', '>', page.afterId);
  if (filter.ageGroup !== undefined) query = query.where('members.age_group', '=', filter.ageGroup);
  if (filter.externalId !== undefined) query = query.where('members.external_id', '=', filter.externalId);
  if (filter.groupId !== undefined) {
    const { groupId } = filter;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('group_members')
          .select('group_members.member_id')
          .where('group_members.organization_id', '=', organizationId)
          .where('group_members.group_id', '=', groupId)
          .whereRef('group_members.member_id', '=', 'members.id'),
      ),
    );
  }
  const rows = await query
    .orderBy('members.id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toMember);
}

export async function findMemberById(
  db: Db,
  organizationId: string,
  id: string,
  options: ReadOptions = {},
): Promise<Member | undefined> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? toMember(row) : undefined;
}

/** Members by natural key, for upserts. */
export async function findMembersByExternalId(
  db: Db,
  organizationId: string,
  externalIds: string[],
  options: ReadOptions = {},
): Promise<Map<string, Member>> {
  const found = new Map<string, Member>();
  for (const chunk of chunkRows(externalIds.map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('members')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(
        'external_id',
        'in',
        chunk.map((c) => c.id),
      )
      .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
      .execute();
    for (const row of rows) if (row.external_id !== null) found.set(row.external_id, toMember(row));
  }
  return found;
}

/** Which of `externalIds` belonged to a member that has since been erased. */
export async function findErasedExternalIds(
  db: Db,
  organizationId: string,
  externalIds: string[],
): Promise<Set<string>> {
  const byHash = new Map(externalIds.map((id) => [erasedKeyHash(organizationId, id), id]));
  const erased = new Set<string>();
  for (const chunk of chunkRows([...byHash.keys()].map((hash) => ({ hash })))) {
    const rows = await db
      .selectFrom('members')
      .select('erased_key_hash')
      .where('organization_id', '=', organizationId)
      .where(
        'erased_key_hash',
        'in',
        chunk.map((c) => c.hash),
      )
      .execute();
    for (const row of rows) {
      const id = row.erased_key_hash === null ? undefined : byHash.get(row.erased_key_hash);
      if (id !== undefined) erased.add(id);
    }
  }
  return erased;
}

/** Members of this organization among `ids` (for reference checks). */
export async function existingMemberIds(db: Db, organizationId: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunkRows(ids.map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('members')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/** A write: `before` is null for a create. Unchanged records are filtered out by the caller. */
export interface MemberChange {
  before: Member | null;
  after: Member;
}

/**
 * Writes members and their events with multi-row statements. `erased_key_hash` is left as it is
 * on update (only erasure sets it). Call inside a transaction.
 */
export async function saveMembers(trx: Db, organizationId: string, changes: readonly MemberChange[]) {
  if (changes.length === 0) return;
  for (const chunk of chunkRows(changes.map((c) => memberRow(organizationId, c.after)))) {
    await trx
      .insertInto('members')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          external_id: eb.ref('excluded.external_id'),
          display_name: eb.ref('excluded.display_name'),
          birth_year: eb.ref('excluded.birth_year'),
          school_grade: eb.ref('excluded.school_grade'),
          age_group: eb.ref('excluded.age_group'),
          gender: eb.ref('excluded.gender'),
          phone: eb.ref('excluded.phone'),
          guardian: eb.ref('excluded.guardian'),
          erased_at: eb.ref('excluded.erased_at'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
  await recordEvents(
    trx,
    organizationId,
    changes.map((c): NewEvent => ({ type: c.before ? 'member.updated' : 'member.created', data: c.after })),
  );
}
