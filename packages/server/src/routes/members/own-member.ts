import type { Member } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { isId } from '../../ids.js';
import { findMemberById, type ReadOptions } from './queries.js';

/** The member of this organization, or 404 for malformed, unknown and other tenants' ids alike. */
export async function findOwnMember(
  db: Db,
  organizationId: string,
  id: string,
  options?: ReadOptions,
): Promise<Member> {
  const member = isId('mem', id) ? await findMemberById(db, organizationId, id, options) : undefined;
  if (!member) throw notFound('member');
  return member;
}

/** 409 `member_erased`: an erased member takes no new personal data, consents or enrollments. */
export function memberErased(): HttpProblem {
  return new HttpProblem(409, 'member_erased', 'This member has been erased; it cannot be changed.');
}

export function assertNotErased(member: Member): void {
  if (member.erasedAt !== null) throw memberErased();
}
