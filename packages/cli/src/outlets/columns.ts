import type { Outlet } from '@sporthub/sdk';
import type { Column } from '../output/index.js';

/** Columns of `outlets list` (table, CSV). JSON, NDJSON and YAML carry the whole outlet. */
export const OUTLET_COLUMNS: Column<Outlet>[] = [
  { header: 'Code', value: (o) => o.code },
  { header: 'Name', value: (o) => o.name },
  { header: 'Status', value: (o) => o.status },
  { header: 'District', value: (o) => o.address?.district ?? '' },
  { header: 'Zones', value: (o) => o.zones.length },
];

/** Fields of `outlets get` (table, CSV). */
export const OUTLET_FIELDS: Column<Outlet>[] = [
  { header: 'Id', value: (o) => o.id },
  ...OUTLET_COLUMNS.slice(0, 3),
  { header: 'Time zone', value: (o) => o.timezone },
  {
    header: 'Address',
    value: (o) =>
      o.address
        ? [o.address.province, o.address.city, o.address.district, o.address.street].filter(Boolean).join(' ')
        : '',
  },
  { header: 'Services', value: (o) => o.services },
  { header: 'Zones', value: (o) => o.zones.map((z) => `${z.code} ${z.name}`) },
  { header: 'Revision', value: (o) => o.revision },
  { header: 'Updated', value: (o) => o.updatedAt },
];
