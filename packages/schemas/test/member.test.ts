import { describe, expect, test } from 'vitest';
import {
  AgeGroupSchema,
  ageGroupFromBirthYear,
  ageGroupFromSchoolGrade,
  ConsentGrantSchema,
  deriveAgeGroup,
  ERASED_DISPLAY_NAME,
  isMinorForSharing,
  MemberCreateSchema,
  MemberSchema,
  MemberUpdateSchema,
} from '../src/index.js';

describe('ageGroupFromBirthYear', () => {
  test.each([
    [2026, 'child'], // 0
    [2015, 'child'], // 11
    [2014, 'youth'], // 12
    [2009, 'youth'], // 17
    [2008, 'adult'], // 18
    [1967, 'adult'], // 59
    [1966, 'senior'], // 60
    [1930, 'senior'], // 96
  ] as const)('born %i → %s on 2026-09-01', (birthYear, expected) => {
    expect(ageGroupFromBirthYear(birthYear, '2026-09-01')).toBe(expected);
  });

  test('unknown, future or non-integer birth years give null', () => {
    expect(ageGroupFromBirthYear(null, '2026-09-01')).toBeNull();
    expect(ageGroupFromBirthYear(undefined, '2026-09-01')).toBeNull();
    expect(ageGroupFromBirthYear(2027, '2026-09-01')).toBeNull();
    expect(ageGroupFromBirthYear(1990.5, '2026-09-01')).toBeNull();
  });

  test('a Date is read in Asia/Shanghai by default', () => {
    // 2026-12-31T17:00Z is already 2027-01-01 in Shanghai: someone born in 2015 turns 12 there.
    const newYearInShanghai = new Date('2026-12-31T17:00:00Z');
    expect(ageGroupFromBirthYear(2015, newYearInShanghai)).toBe('youth');
    expect(ageGroupFromBirthYear(2015, newYearInShanghai, 'UTC')).toBe('child');
    expect(ageGroupFromBirthYear(2015, '2027-01-01T00:30:00+08:00')).toBe('youth');
  });

  test('an invalid date throws', () => {
    expect(() => ageGroupFromBirthYear(1990, 'not a date')).toThrow(RangeError);
  });

  test('results are valid AgeGroup values', () => {
    for (let year = 1900; year <= 2026; year++) {
      expect(AgeGroupSchema.safeParse(ageGroupFromBirthYear(year, '2026-06-01')).success).toBe(true);
    }
  });
});

describe('ageGroupFromSchoolGrade and deriveAgeGroup', () => {
  test('primary school is child, middle and high school youth', () => {
    expect(ageGroupFromSchoolGrade(1)).toBe('child');
    expect(ageGroupFromSchoolGrade(6)).toBe('child');
    expect(ageGroupFromSchoolGrade(7)).toBe('youth');
    expect(ageGroupFromSchoolGrade(12)).toBe('youth');
    expect(ageGroupFromSchoolGrade(0)).toBeNull();
    expect(ageGroupFromSchoolGrade(13)).toBeNull();
    expect(ageGroupFromSchoolGrade(null)).toBeNull();
  });

  test('birth year wins over school grade; grade is the fallback', () => {
    expect(deriveAgeGroup({ birthYear: 2014, schoolGrade: 5 }, '2026-09-01')).toBe('youth');
    expect(deriveAgeGroup({ birthYear: null, schoolGrade: 5 }, '2026-09-01')).toBe('child');
    expect(deriveAgeGroup({}, '2026-09-01')).toBeNull();
  });
});

describe('isMinorForSharing', () => {
  test('unknown age counts as a minor', () => {
    expect(isMinorForSharing({ birthYear: null }, '2026-09-01')).toBe(true);
    expect(isMinorForSharing({}, '2026-09-01')).toBe(true);
  });

  test('a school grade alone does not make the age known', () => {
    const pupil = { birthYear: null, schoolGrade: 12 };
    expect(isMinorForSharing(pupil, '2026-09-01')).toBe(true);
  });

  test('under 14, or possibly under 14 when only the year is known', () => {
    expect(isMinorForSharing({ birthYear: 2020 }, '2026-09-01')).toBe(true); // 5 or 6
    expect(isMinorForSharing({ birthYear: 2013 }, '2026-09-01')).toBe(true); // 12 or 13
    expect(isMinorForSharing({ birthYear: 2012 }, '2026-01-01')).toBe(true); // 13 or 14
    expect(isMinorForSharing({ birthYear: 2012 }, '2026-12-31')).toBe(true); // 13 or 14
    expect(isMinorForSharing({ birthYear: 2012 }, '2027-01-01')).toBe(false); // 14 or 15
    expect(isMinorForSharing({ birthYear: 2011 }, '2026-01-01')).toBe(false); // 14 or 15
    expect(isMinorForSharing({ birthYear: 1958 }, '2026-09-01')).toBe(false);
  });

  test('accepts a whole member record and a Date', () => {
    const member = MemberSchema.parse({
      id: 'mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q',
      externalId: null,
      displayName: '张子涵',
      birthYear: 2016,
      ageGroup: 'child',
      schoolGrade: 4,
      gender: 'male',
      phone: null,
      guardian: { name: '张伟', phone: '+86 138 0013 8000' },
      erasedAt: null,
      createdAt: '2026-09-01T08:00:00+08:00',
      updatedAt: '2026-09-01T08:00:00+08:00',
      revision: 1,
    });
    expect(isMinorForSharing(member, new Date('2026-09-01T00:00:00Z'))).toBe(true);
  });

  test('an erased member (birth year blanked) counts as a minor', () => {
    expect(isMinorForSharing({ birthYear: null }, new Date())).toBe(true);
    expect(ERASED_DISPLAY_NAME).toBe('');
  });
});

describe('member request schemas', () => {
  test('only displayName is required; ageGroup is never sent', () => {
    expect(MemberCreateSchema.safeParse({ displayName: '王秀英' }).success).toBe(true);
    expect(MemberCreateSchema.safeParse({}).success).toBe(false);
    expect(MemberCreateSchema.safeParse({ displayName: '' }).success).toBe(false);
    expect(MemberCreateSchema.safeParse({ displayName: '王秀英', ageGroup: 'senior' }).success).toBe(false);
  });

  test('field ranges', () => {
    expect(MemberCreateSchema.safeParse({ displayName: 'a', schoolGrade: 13 }).success).toBe(false);
    expect(MemberCreateSchema.safeParse({ displayName: 'a', phone: 'call me' }).success).toBe(false);
    expect(MemberCreateSchema.safeParse({ displayName: 'a', guardian: { name: '李娜' } }).success).toBe(
      false,
    );
    expect(
      MemberCreateSchema.safeParse({ displayName: 'a', guardian: { name: '李娜', phone: null } }).success,
    ).toBe(true);
  });

  test('an update needs at least one field; null clears', () => {
    expect(MemberUpdateSchema.safeParse({}).success).toBe(false);
    expect(MemberUpdateSchema.safeParse({ phone: null }).success).toBe(true);
  });

  test('a consent grant defaults to the platform and rejects unknown fields', () => {
    expect(ConsentGrantSchema.safeParse({ purpose: 'contact', grantedBy: 'self' }).success).toBe(true);
    expect(ConsentGrantSchema.safeParse({ purpose: 'contact', grantedBy: 'parent' }).success).toBe(false);
    expect(
      ConsentGrantSchema.safeParse({ purpose: 'contact', grantedBy: 'self', memberId: 'mem_x' }).success,
    ).toBe(false);
  });
});
