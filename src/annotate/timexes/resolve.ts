import type { DateValue, Timex } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import {
  addMonths,
  daysInMonth,
  formatDay,
  fromDayNumber,
  granularityOf,
  isValidDate,
  monthRange,
  parseDay,
  toDayNumber,
  weekdayOf,
  weekRange,
  yearRange,
} from './calendar.js';
import { hasTimexParts, type PeriodPart, type Tense, type TimexParts } from './types.js';

/** A closed range of day numbers. */
export type DayRange = readonly [number, number];

/**
 * How far "recent weeks" or "the coming months" reach when the text gives no count:
 * a few units, read as 7 days, 4 weeks, 3 months, 3 years. Chosen so the seed phrases
 * ("within recent weeks", "in the coming months") cover what the pages then report;
 * a looser reading only widens ranges, it never moves them.
 */
const RECENT_SPAN: Readonly<Record<string, { unit: 'day' | 'month'; count: number }>> = {
  day: { unit: 'day', count: 7 },
  week: { unit: 'day', count: 28 },
  month: { unit: 'month', count: 3 },
  year: { unit: 'month', count: 36 },
  decade: { unit: 'month', count: 360 },
};

/** The sub-range a part picks from a year: "late in 2021" is September to December. */
const YEAR_PARTS: Readonly<Record<PeriodPart, readonly [number, number]>> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  'first-half': [1, 6],
  'second-half': [7, 12],
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  // "winter 2014" in news is nearly always its January and February.
  winter: [1, 2],
};

function partOfYear(year: number, part: PeriodPart | undefined): DayRange {
  if (!part) return yearRange(year);
  const [from, to] = YEAR_PARTS[part];
  return [monthRange(year, from)[0], monthRange(year, to)[1]];
}

/** The sub-range a part picks from a month: days 1-10, 11-20, 21-end. */
function partOfMonth(year: number, month: number, part: PeriodPart | undefined): DayRange {
  const [first, last] = monthRange(year, month);
  if (part === 'early' || part === 'first-half') return [first, part === 'early' ? first + 9 : first + 14];
  if (part === 'mid') return [first + 10, first + 19];
  if (part === 'late' || part === 'second-half') return [part === 'late' ? first + 20 : first + 15, last];
  return [first, last];
}

function shiftDay(day: number, unit: 'day' | 'month', count: number): number {
  if (unit === 'day') return day + count;
  const { year, month, day: dom } = fromDayNumber(day);
  const target = addMonths(year, month, count);
  return toDayNumber(target.year, target.month, Math.min(dom, daysInMonth(target.year, target.month)));
}

function unitSpan(unit: string, count: number): { unit: 'day' | 'month'; count: number } {
  if (unit === 'day') return { unit: 'day', count };
  if (unit === 'week') return { unit: 'day', count: 7 * count };
  if (unit === 'month') return { unit: 'month', count };
  if (unit === 'decade') return { unit: 'month', count: 120 * count };
  return { unit: 'month', count: 12 * count };
}

/** True when the parts name a calendar range with no reference date ("2020", "June 2021", "the 1990s"). */
export function isSelfContained(parts: TimexParts): boolean {
  if (parts.kind === 'century' || parts.kind === 'decade') return true;
  return parts.kind === 'calendar' && parts.year !== undefined && parts.boundary === undefined;
}

/** The occurrence of month/day nearest the reference in the direction the tense gives. */
function pickOccurrence(options: readonly number[], ref: number, tense: Tense): number | undefined {
  if (tense === 'past') return options.filter((d) => d <= ref).at(-1);
  if (tense === 'future') return options.find((d) => d >= ref);
  let best: number | undefined;
  for (const d of options) if (best === undefined || Math.abs(d - ref) < Math.abs(best - ref)) best = d;
  return best;
}

function resolveCalendar(parts: TimexParts, ref: number | null, tense: Tense): DayRange | null {
  const { year, month, day, part } = parts;
  if (year !== undefined) {
    let range: DayRange;
    if (parts.endYear !== undefined) range = [yearRange(year)[0], yearRange(parts.endYear)[1]];
    else if (month !== undefined && day !== undefined) {
      if (!isValidDate(year, month, day)) return null;
      const d = toDayNumber(year, month, day);
      range = [d, d];
    } else if (month !== undefined) range = partOfMonth(year, month, part);
    else range = partOfYear(year, part);
    if (parts.boundary === undefined) return range;
    if (ref === null) return null;
    if (parts.boundary === 'since') return ref >= range[0] ? [range[0], ref] : null;
    return ref <= range[1] ? [ref, range[1]] : null;
  }
  if (ref === null || month === undefined) return null;
  const refYear = fromDayNumber(ref).year;
  const refMonth = fromDayNumber(ref).month;
  if (day !== undefined) {
    const options = [refYear - 1, refYear, refYear + 1].filter((y) => isValidDate(y, month, day)).map((y) => toDayNumber(y, month, day));
    const chosen = pickOccurrence(options, ref, parts.boundary === 'since' ? 'past' : parts.boundary === 'until' ? 'future' : tense);
    if (chosen === undefined) return null;
    if (parts.boundary === 'since') return [chosen, ref];
    if (parts.boundary === 'until') return [ref, chosen];
    return [chosen, chosen];
  }
  // A month without a day: "in January", "last December", "since May".
  let y: number;
  if (parts.relation === 'last') y = month < refMonth ? refYear : refYear - 1;
  else if (parts.relation === 'next') y = month > refMonth ? refYear : refYear + 1;
  else if (parts.relation === 'this') y = refYear;
  else {
    const effective = parts.boundary === 'since' ? 'past' : parts.boundary === 'until' ? 'future' : tense;
    if (effective === 'past') y = month <= refMonth ? refYear : refYear - 1;
    else if (effective === 'future') y = month >= refMonth ? refYear : refYear + 1;
    else y = month - refMonth > 6 ? refYear - 1 : refMonth - month > 6 ? refYear + 1 : refYear;
  }
  const range = partOfMonth(y, month, part);
  if (parts.boundary === 'since') return ref >= range[0] ? [range[0], ref] : null;
  if (parts.boundary === 'until') return ref <= range[1] ? [ref, range[1]] : null;
  return range;
}

function resolveWeekday(parts: TimexParts, ref: number, tense: Tense): DayRange {
  const target = parts.weekday ?? 0;
  const back = (weekdayOf(ref) - target + 7) % 7; // days back to the latest such weekday, 0 if today
  const ahead = (target - weekdayOf(ref) + 7) % 7;
  let d: number;
  if (parts.relation === 'last') d = ref - (back === 0 ? 7 : back);
  else if (parts.relation === 'next') d = ref + (ahead === 0 ? 7 : ahead);
  else if (tense === 'past') d = ref - back;
  else if (tense === 'future') d = ref + ahead;
  // Present or unknown tense: the nearest one, at most three days away either side.
  else d = back <= 3 ? ref - back : ref + ahead;
  return [d, d];
}

function resolveUnitOffset(parts: TimexParts, ref: number): DayRange {
  const offset = parts.offset ?? 0;
  const unit = parts.unit ?? 'day';
  let range: DayRange;
  if (unit === 'day') range = [ref + offset, ref + offset];
  else if (unit === 'week') range = parts.exact ? [ref + 7 * offset, ref + 7 * offset] : weekRange(ref + 7 * offset);
  else if (unit === 'month') {
    const { year, month } = fromDayNumber(ref);
    const target = addMonths(year, month, offset);
    range = partOfMonth(target.year, target.month, parts.part);
  } else if (unit === 'year') range = partOfYear(fromDayNumber(ref).year + offset, parts.part);
  else {
    const decade = Math.floor(fromDayNumber(ref).year / 10) * 10 + 10 * offset;
    range = [yearRange(decade)[0], yearRange(decade + 9)[1]];
  }
  if (parts.side === 'before') return [range[0], Math.min(range[1], ref)];
  if (parts.side === 'after') return [Math.max(range[0], ref), range[1]];
  return range;
}

function resolvePeriod(parts: TimexParts, ref: number): DayRange | null {
  if (parts.unit === undefined) return null;
  const span = parts.count === null || parts.count === undefined ? RECENT_SPAN[parts.unit] : unitSpan(parts.unit, parts.count);
  if (!span) return null;
  return parts.direction === 'future' ? [ref, shiftDay(ref, span.unit, span.count)] : [shiftDay(ref, span.unit, -span.count), ref];
}

/**
 * Resolves parts against a reference day (a day number) to a closed day range, or null
 * when the parts cannot be placed: no reference for a relative expression, an impossible
 * date, or a vague adverb ("earlier", "soon") that has no honest bound.
 */
export function resolveParts(parts: TimexParts, ref: number | null, tense: Tense = parts.tense): DayRange | null {
  switch (parts.kind) {
    case 'calendar':
      return resolveCalendar(parts, ref, tense);
    case 'century': {
      const c = parts.century ?? 21;
      return [yearRange((c - 1) * 100 + 1)[0], yearRange(c * 100)[1]];
    }
    case 'decade': {
      const d = parts.decade ?? 2000;
      return [yearRange(d)[0], yearRange(d + 9)[1]];
    }
    case 'weekday':
      return ref === null ? null : resolveWeekday(parts, ref, tense);
    case 'day-offset':
      return ref === null ? null : [ref + (parts.offset ?? 0), ref + (parts.offset ?? 0)];
    case 'unit-offset':
      return ref === null ? null : resolveUnitOffset(parts, ref);
    case 'period':
      return ref === null ? null : resolvePeriod(parts, ref);
    case 'clock':
      return ref === null ? null : [ref, ref];
  }
}

function toValue(range: DayRange, evidence: readonly Span[], inferred: boolean): DateValue {
  return { start: formatDay(range[0]), end: formatDay(range[1]), granularity: granularityOf(range[0], range[1]), evidence, inferred };
}

/** The reference days of one date: the day, or the two ends of a range; null when unreadable. */
function pointsOf(v: DateValue): number[] | null {
  const s = parseDay(v.start);
  const e = parseDay(v.end);
  if (s === undefined || e === undefined) return null;
  return s === e ? [s] : [s, e];
}

/** The points read for the last reference, with what they were read from (see `referencePoints`). */
const lastReference: {
  reference: DateValue | null;
  start: string;
  end: string;
  candidates: DateValue['candidates'];
  points: ReferencePoints | null;
} = { reference: null, start: '', end: '', candidates: undefined, points: null };

interface ReferencePoints {
  readonly points: readonly (readonly number[])[];
  readonly isCandidates: boolean;
}

/**
 * The reference days to resolve against: one per candidate, or the two ends of a range.
 * A page resolves all its expressions against one publication date: the answer for the
 * last reference is kept while that object and the fields read from it stay the same.
 */
function referencePoints(reference: DateValue): ReferencePoints | null {
  const last = lastReference;
  if (
    last.reference === reference &&
    last.start === reference.start &&
    last.end === reference.end &&
    last.candidates === reference.candidates &&
    !(reference.candidates && reference.candidates.length > 1)
  ) {
    return last.points;
  }
  const points = readReferencePoints(reference);
  last.reference = reference;
  last.start = reference.start;
  last.end = reference.end;
  last.candidates = reference.candidates;
  last.points = points;
  return points;
}

function readReferencePoints(reference: DateValue): ReferencePoints | null {
  if (reference.candidates && reference.candidates.length > 1) {
    const all: number[][] = [];
    for (const c of reference.candidates) {
      const p = pointsOf(c);
      if (!p) return null;
      all.push(p);
    }
    return { points: all, isCandidates: true };
  }
  const p = pointsOf(reference);
  return p ? { points: [p], isCandidates: false } : null;
}

/**
 * Dates a time expression against a reference date (usually the publication date) and the
 * tense of its clause. "said on Thursday" is the Thursday on or before the reference,
 * "will meet on Thursday" the one on or after; "May 14" takes the year that puts it on the
 * right side of the reference. Self-contained expressions ("January 20, 2017") need no
 * reference and are `inferred: false`.
 *
 * A reference that is a range resolves at both ends and returns the hull; a reference with
 * candidates returns one candidate per reference candidate, so ambiguity carries through.
 * Returns null when the expression cannot be placed (no reference for a relative
 * expression, vague adverbs such as "earlier", impossible dates); the timex keeps its parts.
 *
 * @example
 * resolveTimex(onThursday, { start: '2015-05-16', end: '2015-05-16', granularity: 'day', evidence: [], inferred: false }, 'past');
 * // → { start: '2015-05-14', end: '2015-05-14', granularity: 'day', evidence: [...], inferred: true }
 */
export function resolveTimex(timex: Timex, reference: DateValue | null, tense?: Tense): DateValue | null {
  if (!hasTimexParts(timex)) return timex.value;
  const parts = timex.parts;
  const effective = tense ?? parts.tense;
  const own: Span = { start: timex.start, end: timex.end };
  if (isSelfContained(parts)) {
    const range = resolveParts(parts, null, effective);
    return range ? toValue(range, [own], false) : null;
  }
  if (!reference) return null;
  const ref = referencePoints(reference);
  if (!ref) return null;
  const evidence = [own, ...reference.evidence];
  const ranges: DayRange[] = [];
  for (const points of ref.points) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const point of points) {
      const r = resolveParts(parts, point, effective);
      if (!r) return null;
      lo = Math.min(lo, r[0]);
      hi = Math.max(hi, r[1]);
    }
    ranges.push([lo, hi]);
  }
  const first = ranges[0];
  if (!first) return null;
  // One reference (the common case): one range, nothing to compare.
  if (ranges.length === 1) return toValue(first, evidence, true);
  const distinct = ranges.filter((r, i) => ranges.findIndex((o) => o[0] === r[0] && o[1] === r[1]) === i);
  if (distinct.length === 1) return toValue(first, evidence, true);
  const lo = Math.min(...distinct.map((r) => r[0]));
  const hi = Math.max(...distinct.map((r) => r[1]));
  return {
    start: formatDay(lo),
    end: formatDay(hi),
    granularity: 'range',
    candidates: distinct.map((r) => toValue(r, evidence, true)),
    evidence,
    inferred: true,
    ...(reference.decidingClue ? { decidingClue: reference.decidingClue } : {}),
  };
}
