import { randomBytes } from 'node:crypto';
import type { Event, EventType } from '@sporthub/sdk';

/*
 * Sample events for `integrations webhooks trigger EVENT_TYPE --forward-to URL`: the shape of the real
 * payload with made-up ids, so a receiver can be exercised before any real data exists.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A syntactically valid id with the given prefix: 10 time characters + 16 random (a ULID). */
export function sampleId(prefix: string, now = Date.now()): string {
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  const random = [...randomBytes(16)].map((b) => CROCKFORD[b % 32]).join('');
  return `${prefix}_${time}${random}`;
}

const PREFIX: Record<string, string> = {
  outlet: 'out',
  zone: 'zon',
  program: 'prg',
  staff: 'stf',
  session: 'ses',
  member: 'mem',
  consent: 'cns',
  group: 'grp',
  enrollment: 'enr',
  booking: 'bkg',
  participation: 'par',
  health_measurement: 'hm',
  feedback: 'fbk',
  partner: 'prt',
  agreement: 'dsa',
  webhook: 'evt',
};

function sampleData(resource: string, now: string): Record<string, unknown> {
  const id = sampleId(PREFIX[resource] ?? resource.slice(0, 3));
  switch (resource) {
    case 'participation':
      return {
        id,
        externalId: null,
        sessionId: sampleId('ses'),
        memberId: sampleId('mem'),
        outletId: sampleId('out'),
        checkedInAt: now,
        durationMinutes: 60,
        source: 'qr',
      };
    case 'consent':
      return {
        id,
        memberId: sampleId('mem'),
        partnerId: sampleId('prt'),
        purpose: 'health_data_sharing',
        grantedBy: 'self',
        grantedAt: now,
        revokedAt: null,
      };
    case 'health_measurement':
      return {
        id,
        memberId: sampleId('mem'),
        outletId: sampleId('out'),
        type: 'weight',
        value: 61.5,
        unit: 'kg',
        measuredAt: now,
        source: 'staff',
        createdAt: now,
      };
    case 'booking':
      return { id, sessionId: sampleId('ses'), memberId: sampleId('mem'), status: 'booked', position: null };
    default:
      return { id, sample: true };
  }
}

/** A sample event of `type` (any `<resource>.<change>`), occurring now. */
export function sampleEvent(type: string, now = new Date()): Event {
  const [resource = 'webhook'] = type.split('.');
  const at = now.toISOString();
  return {
    id: sampleId('evt', now.getTime()),
    type: type as EventType,
    occurredAt: at,
    data: sampleData(resource, at),
  };
}
