import { createHash } from 'node:crypto';
import type { MemberCreate } from '@sporthub/sdk';
import type { Roster, RosterRecord } from './read-roster.js';
import { GUARDIAN_ROLES, schoolGradeOf } from './spec.js';

/*
 * Roster records → what to write (SPEC §6.6): students become members (externalId = sourcedId; school
 * grade from `grades`, birth year from demographics.csv when sent), parents and guardians become the
 * guardian contact of their students (linked by agentSourcedIds, in either direction) rather than
 * members, classes become `school_class` groups of the partner with their student enrolments, and
 * teachers are listed per class (the Group record has no staff contacts yet).
 */

export interface StudentPlan {
  sourcedId: string;
  line: number;
  deleted: boolean;
  item: MemberCreate;
}

export interface ClassPlan {
  sourcedId: string;
  line: number;
  deleted: boolean;
  code: string;
  name: string;
  /** Students enrolled (bulk: the whole class; delta: added), with the enrollments.csv line. */
  add: EnrolledStudent[];
  /** Students whose enrolment was deleted (delta). */
  remove: EnrolledStudent[];
  /** Replace the member list (classes sent in bulk) rather than merge a delta into it. */
  replace: boolean;
  teachers: string[];
}

export interface EnrolledStudent {
  sourcedId: string;
  line: number;
}

export interface RosterPlan {
  students: StudentPlan[];
  classes: ClassPlan[];
  guardianLinks: number;
  /** Rows already applied by an earlier delta (dateLastModified at or before the watermark). */
  alreadyApplied: number;
  /** The newest dateLastModified seen: the next run's watermark. */
  watermark: string | null;
}

/** A group code (`^[A-Za-z0-9][A-Za-z0-9_.-]*$`, ≤ 64): the class sourcedId when it fits, else a hash. */
export function groupCodeOf(sourcedId: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(sourcedId)) return sourcedId;
  return `or-${createHash('sha256').update(sourcedId).digest('hex').slice(0, 32)}`;
}

const HAN = /\p{Script=Han}/u;

/** Chinese names read family name first, without a space (王小明); others given name first. */
export function displayNameOf(fields: Record<string, string>): string {
  const given = fields.givenName ?? '';
  const family = fields.familyName ?? '';
  if (HAN.test(given) || HAN.test(family)) return `${family}${given}`.trim();
  return [given, fields.middleName ?? '', family].filter(Boolean).join(' ').trim();
}

const listOf = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function planRoster(roster: Roster, options: { watermark: string | null }): RosterPlan {
  const { records } = roster;
  let alreadyApplied = 0;
  let watermark = options.watermark;
  /** Delta rows at or before the watermark were applied by an earlier run. */
  const fresh = (r: RosterRecord) => {
    if (!r.dateLastModified) return true;
    if (watermark === null || r.dateLastModified > watermark) watermark = r.dateLastModified;
    if (options.watermark !== null && r.dateLastModified <= options.watermark) {
      alreadyApplied += 1;
      return false;
    }
    return true;
  };
  const users = records.users;
  const guardianOf = new Map<string, RosterRecord>();
  for (const user of users.values()) {
    if (user.status === 'tobedeleted' || !GUARDIAN_ROLES.has(user.fields.role ?? '')) continue;
    for (const studentId of listOf(user.fields.agentSourcedIds))
      if (!guardianOf.has(studentId)) guardianOf.set(studentId, user);
  }
  let guardianLinks = 0;
  const students: StudentPlan[] = [];
  for (const user of users.values()) {
    if (user.fields.role !== 'student' || !fresh(user)) continue;
    const agent = listOf(user.fields.agentSourcedIds)
      .map((id) => users.get(id))
      .find((u) => u && GUARDIAN_ROLES.has(u.fields.role ?? '') && u.status !== 'tobedeleted');
    const guardian = agent ?? guardianOf.get(user.sourcedId);
    if (guardian) guardianLinks += 1;
    const birthDate = records.demographics.get(user.sourcedId)?.fields.birthDate ?? '';
    const birthYear = /^\d{4}-\d{2}-\d{2}/.test(birthDate) ? Number(birthDate.slice(0, 4)) : null;
    students.push({
      sourcedId: user.sourcedId,
      line: user.line,
      deleted: user.status === 'tobedeleted',
      item: {
        externalId: user.sourcedId,
        displayName: displayNameOf(user.fields) || user.sourcedId,
        birthYear,
        schoolGrade: schoolGradeOf(user.fields.grades ?? ''),
        ...(guardian
          ? {
              guardian: {
                name: displayNameOf(guardian.fields) || guardian.sourcedId,
                phone: guardian.fields.phone || guardian.fields.sms || null,
              },
            }
          : {}),
      },
    });
  }
  const classes = new Map<string, ClassPlan>();
  const schoolName = (id: string | undefined) => (id ? records.orgs.get(id)?.fields.name : undefined);
  const classPlan = (sourcedId: string, line: number): ClassPlan => {
    let plan = classes.get(sourcedId);
    if (!plan) {
      const cls = records.classes.get(sourcedId);
      const title = cls?.fields.title || sourcedId;
      const school = schoolName(cls?.fields.schoolSourcedId);
      plan = {
        sourcedId,
        line: cls?.line ?? line,
        deleted: cls?.status === 'tobedeleted',
        code: groupCodeOf(sourcedId),
        name: school ? `${school} ${title}` : title,
        add: [],
        remove: [],
        replace: roster.modes.classes === 'bulk' && roster.modes.enrollments === 'bulk',
        teachers: [],
      };
      classes.set(sourcedId, plan);
    }
    return plan;
  };
  for (const cls of records.classes.values()) if (fresh(cls)) classPlan(cls.sourcedId, cls.line);
  for (const enrollment of records.enrollments.values()) {
    const bulk = roster.modes.enrollments === 'bulk';
    if (!bulk && !fresh(enrollment)) continue;
    const plan = classPlan(enrollment.fields.classSourcedId ?? '', enrollment.line);
    const userId = enrollment.fields.userSourcedId ?? '';
    if (enrollment.fields.role === 'student') {
      (enrollment.status === 'tobedeleted' ? plan.remove : plan.add).push({
        sourcedId: userId,
        line: enrollment.line,
      });
    } else if (enrollment.fields.role === 'teacher' && enrollment.status !== 'tobedeleted') {
      const teacher = users.get(userId);
      plan.teachers.push(teacher ? displayNameOf(teacher.fields) || userId : userId);
    }
  }
  return { students, classes: [...classes.values()], guardianLinks, alreadyApplied, watermark };
}
