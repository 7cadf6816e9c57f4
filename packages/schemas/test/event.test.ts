import { describe, expect, test } from 'vitest';
import { EVENT_TYPES, EventSchema, EventTypeSchema, isEventType } from '../src/entities/event.js';

describe('event types', () => {
  test('every listed type is <resource>.<change> and unique', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(EVENT_TYPES).toContain('participation.recorded');
    expect(EVENT_TYPES).toContain('consent.revoked');
  });

  test('isEventType accepts exactly the listed types', () => {
    for (const type of EVENT_TYPES) expect(isEventType(type)).toBe(true);
    for (const value of [
      'booking.*',
      '*',
      'outlet',
      'Outlet.created',
      'outlet.created ',
      '',
      42,
      null,
      undefined,
    ]) {
      expect(isEventType(value)).toBe(false);
    }
  });

  test('isEventType agrees with EventTypeSchema', () => {
    for (const value of [...EVENT_TYPES, 'member.renamed', 'token.created']) {
      expect(isEventType(value)).toBe(EventTypeSchema.safeParse(value).success);
    }
  });

  test('EventSchema parses a webhook payload and rejects unknown types', () => {
    const payload = {
      id: 'evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P',
      type: 'booking.promoted',
      occurredAt: '2026-09-05T09:12:30+08:00',
      data: { id: 'bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M7A', status: 'booked' },
    };
    expect(EventSchema.parse(payload)).toEqual(payload);
    expect(EventSchema.safeParse({ ...payload, type: 'booking.exploded' }).success).toBe(false);
    expect(EventSchema.safeParse({ ...payload, id: 'evt_123' }).success).toBe(false);
  });
});
