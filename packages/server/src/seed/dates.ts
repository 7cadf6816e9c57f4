/** The demo's calendar, in Asia/Shanghai (UTC+8 all year, no daylight saving time). */
export const DEMO_TIME_ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant in Shanghai. */
export function shanghaiDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant (UTC, `…Z`) of a Shanghai wall-clock time. */
export function shanghaiInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00${OFFSET}`).toISOString();
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week containing `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The quarter the demo covers: 13 weeks, the 6 before this week and this week with the 6 after. It
 * is anchored on weeks, not days, so re-running the seed within the same week finds every session
 * it made before; a run in a later week adds that week's sessions and nothing else changes.
 */
export function demoQuarter(todayMs: number): { today: string; first: string; days: number } {
  const today = shanghaiDate(todayMs);
  return { today, first: addDays(mondayOf(today), -42), days: 91 };
}

/** The latest 8 August (National Fitness Day, 全民健身日) on or before `today`. */
export function lastFitnessDay(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-08-08`;
  return today >= thisYear ? thisYear : `${year - 1}-08-08`;
}
