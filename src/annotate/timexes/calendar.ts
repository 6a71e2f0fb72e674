/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC).
 * Day numbers make ranges, weekdays and distances plain integer work; nothing here reads
 * the clock or the machine's time zone (Date.UTC is zone-free).
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date; month is 1-12. Out-of-range days roll over like Date.UTC. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar parts of a day number. */
export function fromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO `YYYY-MM-DD` of a day number. */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO `YYYY-MM-DD` string, or undefined when it is not one. */
export function parseDay(iso: string): number | undefined {
  const m = ISO_DAY.exec(iso.slice(0, 10));
  if (!m) return undefined;
  return toDayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The weekday of a day number: 0 Sunday ... 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return toDayNumber(year, month + 1, 1) - toDayNumber(year, month, 1);
}

/** True when the month and day exist in the year (no 31 April, 29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Adds whole months to a (year, month) pair. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The first and last day numbers of a month. */
export function monthRange(year: number, month: number): readonly [number, number] {
  return [toDayNumber(year, month, 1), toDayNumber(year, month + 1, 1) - 1];
}

/** The first and last day numbers of a year. */
export function yearRange(year: number): readonly [number, number] {
  return [toDayNumber(year, 1, 1), toDayNumber(year + 1, 1, 1) - 1];
}

/** The Monday-to-Sunday week holding a day (ISO weeks start on Monday). */
export function weekRange(dayNumber: number): readonly [number, number] {
  const monday = dayNumber - ((weekdayOf(dayNumber) + 6) % 7);
  return [monday, monday + 6];
}

/** The granularity a day range has: one day, one whole month, one whole year, or a range. */
export function granularityOf(start: number, end: number): 'day' | 'month' | 'year' | 'range' {
  if (start === end) return 'day';
  const s = fromDayNumber(start);
  const e = fromDayNumber(end);
  if (s.day === 1 && s.month === 1 && e.year === s.year && e.month === 12 && e.day === 31) return 'year';
  if (s.day === 1 && e.year === s.year && e.month === s.month && e.day === daysInMonth(e.year, e.month)) return 'month';
  return 'range';
}
