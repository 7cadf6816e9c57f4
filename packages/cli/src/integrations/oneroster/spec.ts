/*
 * 1EdTech OneRoster 1.1 CSV binding (SPEC §6.6): the files we read and their fixed column order. A file's
 * header must start with exactly these columns in this order; only `metadata.*` extension columns may
 * follow (OneRoster 1.1 CSV §2.1, §3). Names are case-sensitive as in the specification.
 */

export const ONEROSTER_HEADERS = {
  academicSessions: [
    'sourcedId',
    'status',
    'dateLastModified',
    'title',
    'type',
    'startDate',
    'endDate',
    'parentSourcedId',
    'schoolYear',
  ],
  classes: [
    'sourcedId',
    'status',
    'dateLastModified',
    'title',
    'grades',
    'courseSourcedId',
    'classCode',
    'classType',
    'location',
    'schoolSourcedId',
    'termSourcedIds',
    'subjects',
    'subjectCodes',
    'periods',
  ],
  courses: [
    'sourcedId',
    'status',
    'dateLastModified',
    'schoolYearSourcedId',
    'title',
    'courseCode',
    'grades',
    'orgSourcedId',
    'subjects',
    'subjectCodes',
  ],
  demographics: [
    'sourcedId',
    'status',
    'dateLastModified',
    'birthDate',
    'sex',
    'americanIndianOrAlaskaNative',
    'asian',
    'blackOrAfricanAmerican',
    'nativeHawaiianOrOtherPacificIslander',
    'white',
    'demographicRaceTwoOrMoreRaces',
    'hispanicOrLatinoEthnicity',
    'countryOfBirthCode',
    'stateOfBirthAbbreviation',
    'cityOfBirth',
    'publicSchoolResidenceStatus',
  ],
  enrollments: [
    'sourcedId',
    'status',
    'dateLastModified',
    'classSourcedId',
    'schoolSourcedId',
    'userSourcedId',
    'role',
    'primary',
    'beginDate',
    'endDate',
  ],
  orgs: ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
  users: [
    'sourcedId',
    'status',
    'dateLastModified',
    'enabledUser',
    'orgSourcedIds',
    'role',
    'username',
    'userIds',
    'givenName',
    'familyName',
    'middleName',
    'identifier',
    'email',
    'sms',
    'phone',
    'agentSourcedIds',
    'grades',
    'password',
  ],
} as const;

export type RosterFileName = keyof typeof ONEROSTER_HEADERS;
export const ROSTER_FILES = Object.keys(ONEROSTER_HEADERS) as RosterFileName[];

/** `manifest.csv`: two columns, then `manifest.version`, `oneroster.version`, `file.<name>` rows. */
export const MANIFEST_HEADER = ['propertyName', 'value'] as const;

/** `file.*` modes: absent (not sent), bulk (the complete set), delta (changes since the last export). */
export type FileMode = 'absent' | 'bulk' | 'delta';
export const FILE_MODES: readonly FileMode[] = ['absent', 'bulk', 'delta'];

/** Delta rows say what happened to the record; bulk rows leave status empty (active). */
export const ROW_STATUSES = ['active', 'tobedeleted'] as const;

/** OneRoster 1.1 roles (users.role, enrollments.role). */
export const ROLES = [
  'administrator',
  'aide',
  'guardian',
  'parent',
  'proctor',
  'relative',
  'student',
  'teacher',
] as const;
/** Roles whose users become the guardian contact of their students, not members (SPEC §6.6). */
export const GUARDIAN_ROLES = new Set(['parent', 'guardian']);

/**
 * A OneRoster grade (CEDS entry grade levels: `01`…`12`, plus `KG`, `PK`, …) as the platform's school
 * grade 1–12; null for pre-school and anything else (the member then counts as of unknown age, a minor).
 */
export function schoolGradeOf(grades: string): number | null {
  for (const raw of grades.split(',')) {
    const grade = raw.trim();
    if (!/^\d{1,2}$/.test(grade)) continue;
    const n = Number(grade);
    if (n >= 1 && n <= 12) return n;
  }
  return null;
}
