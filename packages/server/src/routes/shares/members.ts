import type { Db } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import type { ConsentSubject } from '../participation/consent-verdicts.js';

/** Birth year and erasure of these members (what a consent verdict needs), by id. */
export async function consentSubjects(
  db: Db,
  org: string,
  memberIds: readonly string[],
): Promise<Map<string, ConsentSubject & { externalId: string | null }>> {
  const found = new Map<string, ConsentSubject & { externalId: string | null }>();
  for (const chunk of chunkRows([...new Set(memberIds)].map((id) => ({ id })))) {
    const rows = await db
      .selectFrom('members')
      .select(['id', 'birth_year', 'erased_at', 'external_id'])
      .where('organization_id', '=', org)
      .where(
        'id',
        'in',
        chunk.map((c) => c.id),
      )
      .execute();
    for (const m of rows) {
      found.set(m.id, {
        birthYear: m.birth_year === null ? null : Number(m.birth_year),
        erased: m.erased_at !== null,
        externalId: m.external_id,
      });
    }
  }
  return found;
}
