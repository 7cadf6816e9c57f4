import { describe, expect, it } from 'vitest';
import { diffFields, type FieldChange, type Fields, touchedFields } from '../../src/provisioning/diff.js';

const zone = (code: string, capacity: number | null = 10) => ({
  code,
  name: code,
  kind: 'training',
  capacity,
});

const cases: Array<[string, { desired: Fields; current: Fields | undefined; want: FieldChange[] }]> = [
  ['nothing stated, nothing changes', { desired: {}, current: { name: 'a' }, want: [] }],
  ['equal scalar', { desired: { name: 'a' }, current: { name: 'a' }, want: [] }],
  [
    'changed scalar',
    {
      desired: { name: 'b' },
      current: { name: 'a' },
      want: [{ field: 'name', op: 'change', before: 'a', after: 'b' }],
    },
  ],
  [
    'field absent from the manifest is left alone',
    { desired: { name: 'a' }, current: { name: 'a', status: 'closed' }, want: [] },
  ],
  [
    'set-like lists ignore order',
    { desired: { services: ['b', 'a'] }, current: { services: ['a', 'b'] }, want: [] },
  ],
  [
    'set-like list gains an item',
    {
      desired: { services: ['a', 'c'] },
      current: { services: ['a'] },
      want: [{ field: 'services', op: 'change', before: ['a'], after: ['a', 'c'] }],
    },
  ],
  [
    'objects compare by content, not key order',
    { desired: { geo: { lng: 1, lat: 2 } }, current: { geo: { lat: 2, lng: 1 } }, want: [] },
  ],
  [
    'null clears a nullable field',
    {
      desired: { theme: null },
      current: { theme: 'x' },
      want: [{ field: 'theme', op: 'change', before: 'x', after: null }],
    },
  ],
  ['null equals null', { desired: { theme: null }, current: { theme: null }, want: [] }],
  [
    'create lists every stated field',
    {
      desired: { name: 'a', status: 'active' },
      current: undefined,
      want: [
        { field: 'name', op: 'add', after: 'a' },
        { field: 'status', op: 'add', after: 'active' },
      ],
    },
  ],
  [
    'zones: added, changed field, removed',
    {
      desired: { zones: [zone('A'), zone('B', 25)] },
      current: { zones: [zone('B', 20), zone('C')] },
      want: [
        { field: 'zones.A', op: 'add', after: { name: 'A', kind: 'training', capacity: 10 } },
        { field: 'zones.B.capacity', op: 'change', before: 20, after: 25 },
        { field: 'zones.C', op: 'remove', before: { name: 'C', kind: 'training', capacity: 10 } },
      ],
    },
  ],
  [
    'zones: missing capacity equals null',
    {
      desired: { zones: [{ code: 'A', name: 'A', kind: 'training' }] },
      current: { zones: [zone('A', null)] },
      want: [],
    },
  ],
  [
    'zones: order does not matter',
    { desired: { zones: [zone('B'), zone('A')] }, current: { zones: [zone('A'), zone('B')] }, want: [] },
  ],
];

describe('diffFields', () => {
  it.each(cases)('%s', (_name, { desired, current, want }) => {
    expect(diffFields(desired, current)).toEqual(want);
  });
});

describe('touchedFields', () => {
  it('maps zone changes to the zones field, once', () => {
    expect(
      touchedFields([
        { field: 'zones.A', op: 'add' },
        { field: 'zones.B.capacity', op: 'change' },
        { field: 'name', op: 'change' },
      ]),
    ).toEqual(['zones', 'name']);
  });
});
