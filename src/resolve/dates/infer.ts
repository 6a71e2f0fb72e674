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
        if (weekdays) {
          // The same days its test keeps, found by counting weekdays along (no call per day).
          let weekday = weekdayOf(a);
          for (let d = a; d <= b; d++) {
            if (weekdays.includes(weekday)) kept.push(d);
            weekday = weekday === 6 ? 0 : weekday + 1;
          }
        } else for (let d = a; d <= b; d++) if (firstClue.test(d)) kept.push(d);
      }
      if (kept.length > 0) {
        if (kept.length < count || firstClue.monthDay) used.push(firstClue);
        days = kept;
        pending = pending.slice(1);
      }
    }
    if (days.length === 0) for (const [a, b] of intervals) for (let d = a; d <= b; d++) days.push(d);
  }
  const apply = (clue: DateClue): boolean => {
    const kept = days.filter((d) => clue.test(d));
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
  const undecided = (count: number) => {
    const total = days.length;
    return total > MAX_CANDIDATE_DAYS && !(count === 1 && total <= MAX_RANGE_DAYS);
  };
  if ((options.useRecency ?? true) && (undecided(runCount) || runCount > 1)) {
    const recency = recencyClue(doc);
    if (recency && apply(recency)) runCount = countRuns(days);
  }
  const evidence = uniqueSpans(used);
  const total = days.length;
  const first = days[0];
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
        days.map((d) => [d, d] as [number, number]),
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
  const clusters = clustersOf(days);
  const only = clusters[0];
  if (clusters.length === 1 && only && only[1] - only[0] + 1 <= MAX_RANGE_DAYS) {
    return { value: { ...dayValue(only[0], only[1]), evidence }, used, setAside, fitting: total, diagnostics };
  }
  if (clusters.length <= MAX_CANDIDATE_RANGES && clusters.every(([a, b]) => b - a + 1 <= MAX_RANGE_DAYS)) {
    return { value: candidatesValue(clusters, evidence), used, setAside, fitting: total, diagnostics };
  }
  const last = days[days.length - 1] ?? first;
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
