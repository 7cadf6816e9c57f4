import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { isId } from '../../ids.js';
import { memberErased } from '../members/own-member.js';
import { unknownReference } from '../members/references.js';
import { findGroupById } from './queries.js';

/**
 * Checks member ids a body names: unknown or other tenants' → 422 `unknown_reference` (paths
 * `<path>/<index>` into the sent array), erased → 409 `member_erased`.
 */
export async function assertMembersUsable(
  db: Db,
  organizationId: string,
  ids: readonly string[],
  pathOf: (index: number) => string,
): Promise<void> {
  const wellFormed = ids.filter((id) => isId('mem', id));
  const erasedAt = new Map<string, string | null>();
  for (const chunk of chunkRows(wellFormed.map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('members')
      .select(['id', 'erased_at'])
      .where('organization_id', '=', organizationId)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const row of rows) erasedAt.set(row.id, row.erased_at);
  }
  const unknown = ids.flatMap((id, index) => (erasedAt.has(id) ? [] : [{ path: pathOf(index), id }]));
  if (unknown.length > 0) throw unknownReference('member', unknown);
  if (ids.some((id) => erasedAt.get(id) !== null)) throw memberErased();
}

/** Throws 422 unless `programId` is a program of this organization. */
export async function assertProgramExists(db: Db, organizationId: string, programId: string): Promise<void> {
  const found =
    isId('prg', programId) &&
    (await db
      .selectFrom('programs')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', programId)
      .executeTakeFirst()) !== undefined;
  if (!found) throw unknownReference('program', [{ path: '/programId', id: programId }]);
}

/** Throws 422 unless `groupId` (when not null) is a group of this organization. */
export async function assertGroupExists(
  db: Db,
  organizationId: string,
  groupId: string | null | undefined,
): Promise<void> {
  if (groupId === null || groupId === undefined) return;
  const found = isId('grp', groupId) && (await findGroupById(db, organizationId, groupId)) !== undefined;
  if (!found) throw unknownReference('group', [{ path: '/groupId', id: groupId }]);
}
