import type { Timex } from '../../core/layers.js';

/**
 * The tense of the clause a time expression stands in, read from its governing verb:
 * `past` ("said on Thursday"), `future` ("will meet on Thursday", "is to", "plans to"),
 * `present` ("is on Thursday"), `unknown` when the sentence has no verb we recognise.
 */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** A unit that relative expressions count in. */
export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** The part of a period a modifier picks: "late in 2021", "early May", "the end of last year". */
export type PeriodPart = 'early' | 'mid' | 'late' | 'first-half' | 'second-half' | 'spring' | 'summer' | 'autumn' | 'winter';

/** A clock time read from the page, with its zone where the page states one ("13:01 UTC+3"). */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  /** Minutes east of UTC; null when the page names no zone. */
  readonly utcOffsetMinutes: number | null;
}

/**
 * What a time expression says, before any reference date is known. Only what the text
 * states is filled in: "May 14" has a month and day and no year, and stays that way until
 * a reference date resolves it (see resolveTimex). Never holds an invented year.
 *
 * Kinds:
 * - `calendar`: year/month/day fields, any subset ("2020", "June 2021", "May 14", "late in 2021").
 * - `weekday`: a day of the week ("on Thursday", "last Friday").
 * - `day-offset`: a day counted from the reference ("yesterday" -1, "today" 0, "tomorrow" +1).
 * - `unit-offset`: a week, month or year counted from the reference ("last month" -1,
 *   "this year" 0, "two weeks ago" -2 weeks, as a day when `exact`).
 * - `period`: a stretch reaching back or forward from the reference ("over the past six
 *   years", "within recent weeks", "in the coming months", "earlier", "soon").
 * - `century`, `decade`: "the 21st century", "the 1990s".
 * - `clock`: a time of day with its zone, alone ("13:01 UTC+3").
 */
export interface TimexParts {
  readonly kind: 'calendar' | 'weekday' | 'day-offset' | 'unit-offset' | 'period' | 'century' | 'decade' | 'clock';
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 0 Sunday ... 6 Saturday; with a calendar date it is a check, alone it is the expression. */
  readonly weekday?: number;
  readonly part?: PeriodPart;
  /** "last Friday", "next January", "this week". */
  readonly relation?: 'last' | 'this' | 'next';
  readonly unit?: TimeUnit;
  /** Signed count of units (unit-offset, day-offset) or the length of a period. */
  readonly offset?: number;
  /** For `unit-offset`: "two weeks ago" names a day, not the whole week. */
  readonly exact?: boolean;
  /** For `period`: which way from the reference it reaches; `count` null means "recent", "coming". */
  readonly direction?: 'past' | 'future';
  readonly count?: number | null;
  /** For `unit-offset` with "earlier this year" / "later this month": the part before or after the reference. */
  readonly side?: 'before' | 'after';
  /** An open range: "since 2014" (from then to the reference), "by 2018", "until May". */
  readonly boundary?: 'since' | 'until';
  /** For "from 2014 to 2016", "between 2014 and 2016": the end year. */
  readonly endYear?: number;
  readonly century?: number;
  readonly decade?: number;
  readonly clock?: ClockTime;
  /** The tense of the governing verb. */
  readonly tense: Tense;
  /** The governing verb or marker as written, lower-cased ("said", "will"), where one was found. */
  readonly governor?: string;
}

/**
 * A timex as the annotate/timexes stage stores it: the core Timex plus the parts it read.
 * `value` is set only when the expression needs no reference date ("January 20, 2017",
 * "in 2020"); everything else keeps `value: null` and is resolved later against the
 * publication date with resolveTimex.
 */
export interface TimexAnnotation extends Timex {
  readonly parts: TimexParts;
}

/** True when a timex carries the parts this module stores (older stored documents may not). */
export function hasTimexParts(timex: Timex): timex is TimexAnnotation {
  return typeof (timex as Partial<TimexAnnotation>).parts === 'object' && (timex as TimexAnnotation).parts !== null;
}
