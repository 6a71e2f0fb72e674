/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC).
 * Day numbers make ranges, weekdays and distances plain integer work; nothing here reads
 * the clock or the machine's time zone (Date.UTC is zone-free).
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date; month is 1-12. Out-of-range days roll over like Date.UTC. */
export function toDayNumber(year: number, month: number, day: number): number {
  // Integer arithmetic (days-from-civil, H. Hinnant) instead of a Date: the stages ask for
  // thousands of day numbers a page. Date.UTC stays for what the arithmetic does not copy:
  // years 0-99 (read as 1900-1999), fractions, NaN and dates past the Date range.
  if (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 100 &&
    year <= MAX_FAST_YEAR &&
    Math.abs(month) <= MAX_FAST_MONTHS &&
    Math.abs(day) <= MAX_FAST_DAYS
  ) {
    const m0 = month - 1;
    const carry = Math.floor(m0 / 12);
    const result = daysFromCivil(year + carry, m0 - carry * 12 + 1) + day - 1;
    if (Math.abs(result) <= MAX_DATE_DAYS) return result;
  }
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Bounds of the arithmetic path: well inside the Date range (±100,000,000 days from 1970). */
const MAX_FAST_YEAR = 200_000;
const MAX_FAST_MONTHS = 1_000_000;
const MAX_FAST_DAYS = 10_000_000;
const MAX_DATE_DAYS = 100_000_000;

/** Day number of the first of a month (1-12) of a proleptic Gregorian year. */
function daysFromCivil(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar parts of a day number. */
export function fromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  if (Number.isInteger(dayNumber) && Math.abs(dayNumber) <= MAX_DATE_DAYS) {
    // Civil-from-days (H. Hinnant): the same answer as a Date, without allocating one.
    const z = dayNumber + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor(
      (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shifted = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
    const month = shifted < 10 ? shifted + 3 : shifted - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
  }
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO `YYYY-MM-DD` of a day number. */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  // Four-digit years and one-digit months and days take a short way; the rest pad as before.
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${padTwo(month)}-${padTwo(day)}`;
}

function padTwo(n: number): string {
  return n >= 0 && n <= 9 ? `0${n}` : String(n).padStart(2, '0');
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
