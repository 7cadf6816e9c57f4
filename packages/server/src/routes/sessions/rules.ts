import type { FieldError, Session } from '@sporthub/schemas';
import type { Db } from '../../db/dialect.js';
import { validationFailed } from '../../http/problem.js';
import { loadRefs, refErrors, type SessionRefs } from './references.js';

interface Schedulable extends SessionRefs {
  startsAt: string;
  endsAt: string;
  capacity: number;
  status?: Session['status'] | undefined;
}

/** `capacity_below_bookings` when the item would leave booked members without a place. */
export function capacityErrors(
  current: Session | undefined,
  next: { capacity: number; status?: Session['status'] | undefined },
  prefix = '',
): FieldError[] {
  // Cancelling gives the booked places back, so a cancelled item may carry any capacity.
  if (!current || next.status === 'cancelled' || next.capacity >= current.bookedCount) return [];
  return [
    {
      path: `${prefix}/capacity`,
      code: 'capacity_below_bookings',
      message: `${current.bookedCount} places are booked; capacity cannot drop to ${next.capacity}`,
    },
  ];
}

/**
 * The checks of a single create or update beyond the body schema: references exist in this
 * organization (the zone in the session's outlet), `endsAt` after `startsAt` once a patch is merged,
 * capacity not below the places held. Throws 422 `validation_failed` naming each field.
 */
export async function checkSessionWrite(
  db: Db,
  organizationId: string,
  next: Schedulable,
  current: Session | null,
): Promise<void> {
  const refsChanged =
    current === null ||
    next.outletId !== current.outletId ||
    (next.zoneId ?? null) !== current.zoneId ||
    next.programId !== current.programId ||
    (next.coachId ?? null) !== current.coachId;
  // An update that leaves the references alone does not re-check them (a since-deleted coach must not
  // block a capacity change).
  const errors = refsChanged ? refErrors(next, await loadRefs(db, organizationId, [next])) : [];
  if (Date.parse(next.endsAt) <= Date.parse(next.startsAt)) {
    errors.push({ path: '/endsAt', code: 'ends_before_start', message: 'endsAt must be after startsAt' });
  }
  errors.push(...capacityErrors(current ?? undefined, next));
  if (errors.length > 0) throw validationFailed(errors);
}
