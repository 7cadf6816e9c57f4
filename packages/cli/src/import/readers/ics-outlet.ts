import { formatScheduleError } from '@sporthub/schemas';
import { byCode, canonicalCode } from '../codes.js';
import type { VEventEntry } from './ics-calendar.js';
import type { SeriesZones } from './ics-expand.js';
import { ianaZone, type Zone } from './ics-zone.js';
import type { OutletInfo, RecordWarning } from './types.js';
import { isTimeZone } from './zoned-time.js';

/*
 * What an iCalendar event takes from its outlet (SPEC §6.2): the time zone its floating times are read
 * in when the calendar names none, and the zone codes its LOCATION may name.
 */

/** A LOCATION names a zone when it looks like a code (`EXP`, `HALL-2`); free-text addresses do not. */
const ZONE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const zones = new Map<string, Zone>();

function zoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    zone = ianaZone(name);
    zones.set(name, zone);
  }
  return zone;
}

function outletCodeOf(entry: VEventEntry, fallback: string | undefined): string | undefined {
  const value = entry.component.getFirstPropertyValue('x-sporthub-outlet');
  const code = value === null || value === undefined ? '' : String(value).trim();
  return code === '' ? fallback : code;
}

/**
 * The zones of the series an entry starts: floating times are read in the calendar's X-WR-TIMEZONE,
 * else in the time zone of the event's outlet (X-SPORTHUB-OUTLET, else `--outlet`), else in
 * `fallback` (the `--outlet`'s zone when the import knows it, else Asia/Shanghai); UTC times are shown
 * in the outlet's zone.
 */
export function seriesZonesOf(
  outlets: ReadonlyMap<string, OutletInfo> | undefined,
  defaultOutlet: string | undefined,
  fallback: Zone,
): (entry: VEventEntry) => SeriesZones {
  return (entry) => {
    const code = outletCodeOf(entry, defaultOutlet);
    const timezone = code === undefined || !outlets ? undefined : byCode(outlets, code)?.timezone;
    const display = timezone !== undefined && isTimeZone(timezone) ? zoneNamed(timezone) : fallback;
    return { floating: entry.calendarZone ?? display, display };
  };
}

/** The zone an occurrence's LOCATION names, or a warning that it names none. */
export interface LocationZone {
  zone?: string;
  warning?: RecordWarning;
}

/**
 * The zone code a LOCATION names (SPEC §6.2: it *may* name one): a code of the outlet's zones, in any
 * case. A LOCATION that names none (`Gym`, `3F`, an address) is no reason to refuse the session: it is
 * imported without a zone, with a warning. Without the outlets (a reader used on its own), a LOCATION
 * that looks like a code is passed on as is, for the importer to check.
 */
export function zoneOfLocation(
  location: string,
  outletCode: string | undefined,
  outlets: ReadonlyMap<string, OutletInfo> | undefined,
): LocationZone {
  if (!outlets) return ZONE_CODE.test(location) ? { zone: location } : {};
  const outlet = outletCode === undefined ? undefined : byCode(outlets, outletCode);
  // An unknown outlet rejects the row on its own; its zones cannot be known.
  if (!outlet) return {};
  const zone = canonicalCode(outlet.zones, location);
  if (zone !== undefined) return { zone };
  return {
    warning: {
      column: 'LOCATION',
      code: 'unknown_location',
      message: formatScheduleError('unknown_location', { value: location, outlet: outletCode ?? '' }),
    },
  };
}
