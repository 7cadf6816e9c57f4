import type { Db } from '../../db/dialect.js';
import { HttpProblem } from '../../http/problem.js';
import { isId } from '../../ids.js';

/** A reference in a request body: where it is (JSON Pointer) and the id it names. */
export interface BodyReference {
  path: string;
  id: string;
}

/**
 * 422 `unknown_reference`: a body names records this organization does not have (other tenants'
 * ids included). Ids are echoed: they are not personal data.
 */
export function unknownReference(what: string, refs: readonly BodyReference[]): HttpProblem {
  const errors = refs.slice(0, 100).map((ref) => ({
    path: ref.path,
    code: 'unknown_reference',
    message: `no ${what} ${ref.id}`,
  }));
  const detail = refs.length === 1 ? `No ${what} with this id.` : `${refs.length} ${what} ids are unknown.`;
  return new HttpProblem(422, 'unknown_reference', detail, errors);
}

/** Throws 422 unless `partnerId` (when not null) is a partner of this organization. */
export async function assertPartnerExists(
  db: Db,
  organizationId: string,
  partnerId: string | null | undefined,
  path: string,
): Promise<void> {
  if (partnerId === null || partnerId === undefined) return;
  const found =
    isId('prt', partnerId) &&
    (await db
      .selectFrom('partners')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', partnerId)
      .executeTakeFirst()) !== undefined;
  if (!found) throw unknownReference('partner', [{ path, id: partnerId }]);
}
