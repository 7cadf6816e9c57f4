import { describe, expect, it } from 'vitest';
import { localDateOf, startOfLocalDay, withZoneOffset } from '../../src/routes/participation/local-time.js';

describe('local time helpers', () => {
  it('shows stored UTC timestamps with the zone offset, milliseconds only when set', () => {
    expect(withZoneOffset('2026-09-04T23:58:12.000Z', 'Asia/Shanghai')).toBe('2026-09-05T07:58:12+08:00');
    expect(withZoneOffset('2026-09-04T23:58:12.250Z', 'Asia/Shanghai')).toBe('2026-09-05T07:58:12.250+08:00');
    expect(withZoneOffset('2026-09-04T23:58:12.000Z', 'UTC')).toBe('2026-09-04T23:58:12+00:00');
    expect(withZoneOffset('2026-09-04T20:10:00.000Z', 'Asia/Kolkata')).toBe('2026-09-05T01:40:00+05:30');
    expect(withZoneOffset('2026-01-02T01:00:00.000Z', 'America/St_Johns')).toBe('2026-01-01T21:30:00-03:30');
    // Berlin leaves summer time at 01:00 UTC on 25 Oct 2026.
    expect(withZoneOffset('2026-10-25T00:59:59.000Z', 'Europe/Berlin')).toBe('2026-10-25T02:59:59+02:00');
    expect(withZoneOffset('2026-10-25T01:00:00.000Z', 'Europe/Berlin')).toBe('2026-10-25T02:00:00+01:00');
    expect(withZoneOffset('2026-09-05T07:58:12+08:00', 'Asia/Shanghai')).toBe('2026-09-05T07:58:12+08:00');
  });

  it('finds local dates and the UTC start of local days', () => {
    expect(localDateOf('2026-09-30T15:30:00.000Z', 'Asia/Shanghai')).toBe('2026-09-30');
    expect(localDateOf('2026-09-30T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-10-01');
    expect(startOfLocalDay('2026-07-01', 'Asia/Shanghai')).toBe('2026-06-30T16:00:00.000Z');
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });
});
