import { type DayRange, formatDay, fromDayNumber, granularityOf, toDayNumber, weekdayOf } from '../../annotate/timexes/index.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Document } from '../../core/document.js';
import type { DateValue } from '../../core/layers.js';
import { compareSpans, type Span } from '../../core/span.js';
import type { KnowledgeBase } from '../kb/types.js';
import {
  collectCaptionClues,
  collectOfficeClues,
  collectPageClues,
  collectTermStartClues,
  collectTextClues,
  type DateClue,
  recencyClue,
} from './clues.js';

/** Options of {@link inferPublished}. */
export interface InferOptions {
  /** The earliest and latest years a page may be from. News pages on the web: 2000 on. */
  readonly minYear?: number;
  readonly maxYear?: number;
  /** A day the page cannot be later than (the time it was fetched), ISO or day number. */
  readonly notAfter?: number;
  /** Whether to use the background-years habit ({@link recencyClue}) to choose among open dates. */
  readonly useRecency?: boolean;
}

/** The inferred publication date, the clues used and set aside, and findings for the document. */
export interface InferResult {
  readonly value: DateValue | null;
  readonly used: readonly DateClue[];
  readonly setAside: readonly DateClue[];
  /** Days still fitting after all clues (bounded; for debugging and tests). */
  readonly fitting: number;
  readonly diagnostics: readonly Omit<Diagnostic, 'stage'>[];
}

/** Default year window: the web-news era up to the year this rule set was calibrated in. */
const DEFAULT_MIN_YEAR = 2000;
const DEFAULT_MAX_YEAR = 2026;
/** At most this many fitting days are listed as candidates; more is "undetermined" (unknown beats wrong). */
const MAX_CANDIDATE_DAYS = 3;
/** At most this many separate stretches are listed as candidates. */
const MAX_CANDIDATE_RANGES = 3;
/** A single stretch longer than this (a year and a day) says too little to be an answer. */
const MAX_RANGE_DAYS = 366;

/** The intersection of a sorted interval list with a union of ranges. */
function intersect(intervals: readonly DayRange[], ranges: readonly DayRange[]): DayRange[] {
  const out: [number, number][] = [];
  for (const [a, b] of intervals) {
    for (const [c, d] of ranges) {
      const lo = Math.max(a, c);
      const hi = Math.min(b, d);
      if (lo <= hi) out.push([lo, hi]);
    }
  }
  out.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

function sameIntervals(a: readonly DayRange[], b: readonly DayRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r[0] === b[i]?.[0] && r[1] === b[i]?.[1]);
}

/** The number of stretches of consecutive days in a sorted list of distinct days. */
function countRuns(days: readonly number[]): number {
  let count = 0;
  let previous = Number.NaN;
  for (const d of days) {
    if (d !== previous + 1) count++;
    previous = d;
  }
  return count;
}

/**
 * The days of `weekdays` in [a, b], in order, appended to `out`: the same days a test per
 * day keeps, found a week at a time (the offsets within the first week, then steps of 7).
 */
function listWeekdays(a: number, b: number, weekdays: readonly number[], out: number[]): void {
  const offsets: number[] = [];
  let weekday = weekdayOf(a);
  for (let o = 0; o < 7; o++) {
    if (weekdays.includes(weekday)) offsets.push(o);
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  for (let week = a; week <= b; week += 7) {
    for (const o of offsets) {
      const d = week + o;
      if (d > b) break;
      out.push(d);
    }
  }
}

/** The index of the first day of a sorted list not below `at` (`after`: above `at`). */
function firstIndex(days: readonly number[], at: number, after: boolean): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid] as number;
    if (d < at || (after && d === at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The days (sorted, distinct) a clue keeps, as `days.filter(clue.test)` would: a clue of
 * one range keeps a stretch of the list (two binary searches), one of ranges or weekdays
 * is tested inline, without a call per day.
 */
function keptDays(days: readonly number[], clue: DateClue): number[] {
  const ranges = clue.ranges;
  if (ranges) {
    const only = ranges.length === 1 ? ranges[0] : undefined;
    if (only) {
      if (only[1] < only[0]) return [];
      return days.slice(firstIndex(days, only[0], false), firstIndex(days, only[1], true));
    }
    const kept: number[] = [];
    for (const d of days) {
      for (let r = 0; r < ranges.length; r++) {
        const range = ranges[r] as DayRange;
        if (d >= range[0] && d <= range[1]) {
          kept.push(d);
          break;
        }
      }
    }
    return kept;
  }
  const weekdays = clue.weekdays;
  if (weekdays) {
    const mask = [false, false, false, false, false, false, false];
    for (const w of weekdays) mask[w] = true;
    const kept: number[] = [];
    for (const d of days) if (mask[weekdayOf(d)]) kept.push(d);
    return kept;
  }
  return days.filter((d) => clue.test(d));
}

/** Gaps of at most this many days inside a cluster of fitting days (weekday clues leave 5-6 day gaps). */
const CLUSTER_GAP_DAYS = 31;

/**
 * Clusters of a sorted list of distinct days: stretches of consecutive days joined across
 * gaps of at most CLUSTER_GAP_DAYS. Read from the days themselves, without listing the
 * stretches first (a weekday clue leaves hundreds of them).
 */
function clustersOf(days: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && d - last[1] <= CLUSTER_GAP_DAYS) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

function dayValue(lo: number, hi: number): DateValue {
  return { start: formatDay(lo), end: formatDay(hi), granularity: granularityOf(lo, hi), evidence: [], inferred: true };
}

function uniqueSpans(clues: readonly DateClue[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const clue of clues) {
    for (const span of clue.evidence) {
      const key = `${span.in ?? 'text'}:${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(span);
    }
  }
  return out.sort(compareSpans);
}

function decidingClueFor(runs: readonly [number, number][]): string {
  const years = new Set(runs.map(([lo]) => fromDayNumber(lo).year));
  if (years.size > 1) {
    return `the year: candidates differ only in year (${[...years].join(', ')}); a stated year, page metadata, or someone whose term of office tells them apart would decide`;
  }
  return 'the day: page metadata (page time, HTML date) or a dateline would decide between these days';
}

/**
 * Infers a page's publication date from its clues, applied strongest first: stated
 * metadata, the dateline and page time, who held which office when (the knowledge
 * base), years and weekdays in the text, photo captions, and habits of news writing.
 * Every day from minYear to maxYear is a candidate; each clue keeps the days it allows.
 * A clue that would leave no day contradicts stronger ones: it is set aside and reported.
 *
 * The answer is one day when one day fits; the list of candidates (with `decidingClue`)
 * when two or three fit; a range when one stretch of at most a year fits; otherwise null
 * with a diagnostic saying what fits. Never one day chosen silently among several.
 */
export function inferPublished(doc: Document, kb: KnowledgeBase, options: InferOptions = {}): InferResult {
  const diagnostics: Omit<Diagnostic, 'stage'>[] = [];
  if (doc.meta.published) {
    return { value: doc.meta.published, used: [], setAside: [], fitting: 1, diagnostics };
  }
  const lo = toDayNumber(options.minYear ?? DEFAULT_MIN_YEAR, 1, 1);
  const hi = Math.min(toDayNumber((options.maxYear ?? DEFAULT_MAX_YEAR) + 1, 1, 1) - 1, options.notAfter ?? Number.POSITIVE_INFINITY);
  const clues = [
    ...collectPageClues(doc),
    ...collectOfficeClues(doc, kb),
    ...collectTermStartClues(doc, kb),
    ...collectTextClues(doc),
    ...collectCaptionClues(doc),
  ].sort((a, b) => a.strength - b.strength);
  let days: number[] = [];
  // A month-and-day clue (dateline, page time) cuts the space to one day a year: start from it
  // instead of testing ten thousand days.
  const seed = clues.find((c) => c.monthDay)?.monthDay;
  if (seed) {
    for (let y = fromDayNumber(lo).year; y <= fromDayNumber(hi).year; y++) {
      const d = toDayNumber(y, seed.month, seed.day);
      if (d >= lo && d <= hi && fromDayNumber(d).day === seed.day) days.push(d);
    }
  }
  const used: DateClue[] = [];
  const setAside: DateClue[] = [];
  const report = (clue: DateClue) => {
    setAside.push(clue);
    diagnostics.push({
      rule: 'date-clue-conflict',
      severity: 'warning',
      message: `set aside "${clue.description}": it contradicts stronger clues`,
      ...(clue.evidence[0] && clue.evidence[0].in !== 'source' ? { span: clue.evidence[0] } : {}),
    });
  };
  let pending = clues;
  if (days.length === 0) {
    // Without a month and day, the strongest clues are ranges (page time with a year, terms of
    // office): intersect them as intervals before listing days, so the list stays short.
    // Range clues up to captions go first, in order; the weekday clues after them. (A weekday
    // stated with its date is a text clue of strength 3, but it only tests days: applying it
    // after the captions changes nothing unless the two contradict each other.)
    let intervals: DayRange[] = [[lo, hi]];
    for (const clue of clues) {
      if (!clue.ranges || clue.strength > 4) continue;
      const next = intersect(intervals, clue.ranges);
      if (next.length === 0) report(clue);
      else {
        if (!sameIntervals(next, intervals)) used.push(clue);
        intervals = next;
      }
    }
    pending = clues.filter((clue) => !clue.ranges || clue.strength > 4);
    // The first pending clue (most often a weekday: two days in seven) is applied while the days
    // are listed, so thousands of days are not listed only to be dropped. When it keeps no day,
    // the full list is made and the clue applied (and set aside) below, as any other.
    const firstClue = pending[0];
    if (firstClue) {
      const kept: number[] = [];
      let count = 0;
      const weekdays = firstClue.weekdays;
      for (const [a, b] of intervals) {
        count += Math.max(0, b - a + 1);
        if (weekdays) listWeekdays(a, b, weekdays, kept);
        else for (let d = a; d <= b; d++) if (firstClue.test(d)) kept.push(d);
      }
      if (kept.length > 0) {
        if (kept.length < count || firstClue.monthDay) used.push(firstClue);
        days = kept;
        pending = pending.slice(1);
      }
    }
    if (days.length === 0 && pending.length === 0) {
      // No clue tests single days: the fitting days are the intervals themselves. Read the answer
      // from them instead of listing thousands of days (the same answer, see concludeDense).
      return concludeDense(doc, intervals, clues, used, setAside, diagnostics, report, options);
    }
    if (days.length === 0) for (const [a, b] of intervals) for (let d = a; d <= b; d++) days.push(d);
  }
  const apply = (clue: DateClue): boolean => {
    const kept = keptDays(days, clue);
    if (kept.length === 0) {
      report(clue);
      return false;
    }
    if (kept.length < days.length || clue.monthDay) used.push(clue);
    days = kept;
    return true;
  };
  for (const clue of pending) apply(clue);
  // Days are sorted and distinct throughout: a stretch is a run of consecutive days.
  let runCount = countRuns(days);
  if ((options.useRecency ?? true) && (isUndecided(days.length, runCount) || runCount > 1)) {
    const recency = recencyClue(doc);
    if (recency && apply(recency)) runCount = countRuns(days);
  }
  const fitting = days;
  return conclude(
    clues,
    used,
    setAside,
    diagnostics,
    fitting.length,
    fitting[0],
    fitting[fitting.length - 1],
    runCount,
    () => fitting,
    () => clustersOf(fitting),
  );
}

/** Whether `total` fitting days in `count` stretches still leave the answer open (recency may choose). */
function isUndecided(total: number, count: number): boolean {
  return total > MAX_CANDIDATE_DAYS && !(count === 1 && total <= MAX_RANGE_DAYS);
}

/** The number of days in a list of day ranges. */
function countDays(ranges: readonly DayRange[]): number {
  let total = 0;
  for (const [a, b] of ranges) total += Math.max(0, b - a + 1);
  return total;
}

/**
 * The end of {@link inferPublished} when the fitting days are whole intervals (sorted,
 * merged, apart by at least one day, as `intersect` leaves them): each interval is one
 * stretch, the recency clue (a range) is intersected with them, and clusters join intervals
 * a month apart or less, as clustersOf would join their days.
 */
function concludeDense(
  doc: Document,
  intervals: readonly DayRange[],
  clues: readonly DateClue[],
  used: DateClue[],
  setAside: DateClue[],
  diagnostics: Omit<Diagnostic, 'stage'>[],
  report: (clue: DateClue) => void,
  options: InferOptions,
): InferResult {
  let runs: readonly DayRange[] = intervals.filter(([a, b]) => a <= b);
  let total = countDays(runs);
  if ((options.useRecency ?? true) && (isUndecided(total, runs.length) || runs.length > 1)) {
    const recency = recencyClue(doc);
    if (recency) {
      const kept = recency.ranges ? intersect(runs, recency.ranges) : runsOf(listDays(runs).filter((d) => recency.test(d)));
      const keptTotal = countDays(kept);
      if (keptTotal === 0) report(recency);
      else {
        if (keptTotal < total || recency.monthDay) used.push(recency);
        runs = kept;
        total = keptTotal;
      }
    }
  }
  const final = runs;
  return conclude(
    clues,
    used,
    setAside,
    diagnostics,
    total,
    final[0]?.[0],
    final[final.length - 1]?.[1],
    final.length,
    () => listDays(final),
    () => {
      const out: [number, number][] = [];
      for (const [a, b] of final) {
        const last = out[out.length - 1];
        if (last && a - last[1] <= CLUSTER_GAP_DAYS) last[1] = b;
        else out.push([a, b]);
      }
      return out;
    },
  );
}

/** Every day of a list of day ranges, in order. */
function listDays(ranges: readonly DayRange[]): number[] {
  const days: number[] = [];
  for (const [a, b] of ranges) for (let d = a; d <= b; d++) days.push(d);
  return days;
}

/** The stretches of consecutive days of a sorted list of distinct days. */
function runsOf(days: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

/**
 * The answer from the fitting days: one day, two or three candidates, one cluster of at
 * most a year, up to three such clusters, or null with a diagnostic saying what fits.
 * `listed` and `clustered` give the days and their clusters, asked for only when needed.
 */
function conclude(
  clues: readonly DateClue[],
  used: readonly DateClue[],
  setAside: readonly DateClue[],
  diagnostics: Omit<Diagnostic, 'stage'>[],
  total: number,
  first: number | undefined,
  lastDay: number | undefined,
  runCount: number,
  listed: () => readonly number[],
  clustered: () => [number, number][],
): InferResult {
  const evidence = uniqueSpans(used);
  if (first === undefined || clues.length === 0) {
    diagnostics.push({ rule: 'date-unknown', severity: 'info', message: 'no clue to the publication date' });
    return { value: null, used, setAside, fitting: total, diagnostics };
  }
  if (total === 1) {
    return { value: { ...dayValue(first, first), evidence }, used, setAside, fitting: total, diagnostics };
  }
  if (total <= MAX_CANDIDATE_DAYS) {
    return {
      value: candidatesValue(
        listed().map((d) => [d, d] as [number, number]),
        evidence,
      ),
      used,
      setAside,
      fitting: total,
      diagnostics,
    };
  }
  // Weekday clues leave one or two days a week: join stretches a month apart or less into one
  // cluster and answer with its hull, which still holds every fitting day.
  const clusters = clustered();
  const only = clusters[0];
  if (clusters.length === 1 && only && only[1] - only[0] + 1 <= MAX_RANGE_DAYS) {
    return { value: { ...dayValue(only[0], only[1]), evidence }, used, setAside, fitting: total, diagnostics };
  }
  if (clusters.length <= MAX_CANDIDATE_RANGES && clusters.every(([a, b]) => b - a + 1 <= MAX_RANGE_DAYS)) {
    return { value: candidatesValue(clusters, evidence), used, setAside, fitting: total, diagnostics };
  }
  const last = lastDay ?? first;
  diagnostics.push({
    rule: 'date-undetermined',
    severity: 'info',
    message: `publication date undetermined: ${total} days in ${runCount} stretches fit, from ${formatDay(first)} to ${formatDay(last)}`,
  });
  return { value: null, used, setAside, fitting: total, diagnostics };
}

function candidatesValue(runs: readonly [number, number][], evidence: Span[]): DateValue {
  const first = runs[0] ?? [0, 0];
  const last = runs[runs.length - 1] ?? first;
  return {
    start: formatDay(first[0]),
    end: formatDay(last[1]),
    granularity: 'range',
    candidates: runs.map(([a, b]) => dayValue(a, b)),
    evidence,
    inferred: true,
    decidingClue: decidingClueFor(runs),
  };
}
