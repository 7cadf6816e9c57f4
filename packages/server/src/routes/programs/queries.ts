import type { Program, ProgramAgeGroup, ProgramKind } from '@sporthub/schemas';
import { type Db, isPostgres } from '../../db/dialect.js';
import { chunkRows } from '../../db/insert-many.js';
import { type NewEvent, recordEvents } from '../../events/record.js';
import type { Change } from '../../http/batch.js';
import type { PageRequest } from '../../http/pagination.js';
import { programRow, toProgram } from './model.js';

export interface ProgramFilter {
  kind?: ProgramKind | undefined;
  category?: string | undefined;
  ageGroup?: ProgramAgeGroup | undefined;
  code?: string | undefined;
}

/** One page (plus one row) of programs in id order. */
export async function listPrograms(db: Db, organizationId: string, page: PageRequest, filter: ProgramFilter) {
  let query = db.selectFrom('programs').selectAll().where('organization_id', '=', organizationId);
  if (page.afterId !== undefined) query = query.where('id', '>', page.afterId);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.code !== undefined) query = query.where('code', '=', filter.code);
  // age_groups is a JSON array of enum words: the quoted word occurs in it exactly when it is a member.
  if (filter.ageGroup !== undefined) query = query.where('age_groups', 'like', `%"${filter.ageGroup}"%`);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toProgram);
}

export async function findProgramById(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<Program | undefined> {
  const row = await db
    .selectFrom('programs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(forUpdate && isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
  return row && toProgram(row);
}

/** Programs by natural key, for upserts. */
export async function findProgramsByCode(
  db: Db,
  organizationId: string,
  codes: string[],
  forUpdate = false,
): Promise<Map<string, Program>> {
  const found = new Map<string, Program>();
  for (const chunk of chunkRows(codes.map((code) => ({ code })))) {
    const rows = await db
      .selectFrom('programs')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where(
        'code',
        'in',
        chunk.map((c) => c.code),
      )
      .$if(forUpdate && isPostgres(db), (q) => q.forUpdate())
      .execute();
    for (const row of rows) found.set(row.code, toProgram(row));
  }
  return found;
}

/** Writes programs and their events with one multi-row upsert per chunk. Call inside a transaction. */
export async function savePrograms(trx: Db, organizationId: string, changes: readonly Change<Program>[]) {
  if (changes.length === 0) return;
  for (const chunk of chunkRows(changes.map((c) => programRow(organizationId, c.after)))) {
    await trx
      .insertInto('programs')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['organization_id', 'id']).doUpdateSet((eb) => ({
          code: eb.ref('excluded.code'),
          title: eb.ref('excluded.title'),
          kind: eb.ref('excluded.kind'),
          category: eb.ref('excluded.category'),
          age_groups: eb.ref('excluded.age_groups'),
          intensity: eb.ref('excluded.intensity'),
          theme: eb.ref('excluded.theme'),
          description: eb.ref('excluded.description'),
          default_duration_minutes: eb.ref('excluded.default_duration_minutes'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
  await recordEvents(
    trx,
    organizationId,
    changes.map((c): NewEvent => ({ type: c.before ? 'program.updated' : 'program.created', data: c.after })),
  );
}

/** How many sessions (any status, past ones included) and enrollments refer to the program. */
export async function programReferences(db: Db, organizationId: string, id: string) {
  const sessions = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', id)
    .executeTakeFirst();
  const enrollments = await db
    .selectFrom('enrollments')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', id)
    .executeTakeFirst();
  return { sessions: Number(sessions?.n ?? 0), enrollments: Number(enrollments?.n ?? 0) };
}

export async function deleteProgram(trx: Db, organizationId: string, program: Program): Promise<void> {
  await trx
    .deleteFrom('programs')
    .where('organization_id', '=', organizationId)
    .where('id', '=', program.id)
    .execute();
  await recordEvents(trx, organizationId, [{ type: 'program.deleted', data: program }]);
}
