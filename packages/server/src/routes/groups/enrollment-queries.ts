import type { Enrollment, EnrollmentSource, EnrollmentStatus } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { PageRequest } from '../../http/pagination.js';
import { enrollmentRow, toEnrollment } from './model.js';

export interface EnrollmentFilter {
  memberId?: string | undefined;
  programId?: string | undefined;
  groupId?: string | undefined;
  status?: EnrollmentStatus | undefined;
}

/** One page (plus one row) of enrollments in id order. */
export async function listEnrollments(
  db: Db,
  organizationId: string,
  page: PageRequest | null,
  filter: EnrollmentFilter,
): Promise<Enrollment[]> {
  let query = db.selectFrom('enrollments').selectAll().where('organization_id', '=', organizationId);
  if (page?.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.memberId !== undefined) query = query.where('member_id', '=', filter.memberId);
  if (filter.programId !== undefined) query = query.where('program_id', '=', filter.programId);
  if (filter.groupId !== undefined) query = query.where('group_id', '=', filter.groupId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  query = query.orderBy('id');
  if (page !== null) query = query.limit(page.limit + 1);
  return (await query.execute()).map(toEnrollment);
}

export async function findEnrollmentById(
  db: Db,
  organizationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Enrollment | undefined> {
  const row = await db
    .selectFrom('enrollments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(options.forUpdate === true && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? toEnrollment(row) : undefined;
}

/** Whether another enrollment already uses this reference with this source. */
export async function isReferenceTaken(
  db: Db,
  organizationId: string,
  source: EnrollmentSource,
  referenceId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('enrollments')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('source', '=', source)
    .where('reference_id', '=', referenceId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface EnrollmentChange {
  before: Enrollment | null;
  after: Enrollment;
}

/** Writes enrollments and their events with multi-row statements. Call in a transaction. */
export async function saveEnrollments(trx: Db, organizationId: string, changes: readonly EnrollmentChange[]) {
  if (changes.length === 0) return;
  for (const chunk of chunkRows(changes.map((c) => enrollmentRow(organizationId, c.after)))) {
    await trx
      .insertInto('enrollments')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          group_id: eb.ref('excluded.group_id'),
          reference_id: eb.ref('excluded.reference_id'),
          status: eb.ref('excluded.status'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
  await recordEvents(
    trx,
    organizationId,
    changes.map(
      (c): NewEvent => ({
        type: c.before ? 'enrollment.updated' : 'enrollment.created',
        data: c.after,
      }),
    ),
  );
}

/** A deleted group's enrollments keep existing with `groupId` null (new revision, event each). */
export async function detachGroupFromEnrollments(
  trx: Db,
  organizationId: string,
  groupId: string,
  now: string,
): Promise<void> {
  const named = await listEnrollments(trx, organizationId, null, { groupId });
  await saveEnrollments(
    trx,
    organizationId,
    named.map((before) => ({
      before,
      after: { ...before, groupId: null, updatedAt: now, revision: before.revision + 1 },
    })),
  );
}
