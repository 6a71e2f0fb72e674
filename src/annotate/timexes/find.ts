import { ENGLISH_MONTH_NUMBERS } from '../../core/months.js';
import { isSpaceCode } from '../../core/span.js';
import { codesOfPage } from '../mentions/char-codes.js';
import type { ClockTime, PeriodPart, TimeUnit, TimexParts } from './types.js';

/** The code units of the text being read (shared with the other page scanners). */
const codesOf = codesOfPage;

/** What the finder reads from one expression; tense is added by the stage from the sentence. */
export type FoundParts = Omit<TimexParts, 'tense' | 'governor'>;

/** A time expression found in text: its span and what it states. */
export interface FoundTimex {
  readonly start: number;
  readonly end: number;
  readonly parts: FoundParts;
}

const MONTHS = ENGLISH_MONTH_NUMBERS;
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const NUMBERS: Readonly<Record<string, number | null>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'a few': null,
  few: null,
  several: null,
  'a couple of': 2,
  'couple of': 2,
  many: null,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
  'twenty-second': 22,
};
/** Zone abbreviations news pages print after a clock time, in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  utc: 0,
  gmt: 0,
  msk: 180,
  'moscow time': 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  bst: 60,
  eet: 120,
  eest: 180,
  ist: 330,
  irst: 210,
  'tehran time': 210,
  'kyiv time': 120,
  'kiev time': 120,
};

const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM =
  '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|few|several|a couple of|couple of|many)';
const UNIT = '(day|week|month|year|decade)s?';
/** Modifiers that pick part of a period: "late in 2021", "mid-2021", "the end of last year". */
const PART =
  '(early|mid|late|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the spring of|the summer of|the autumn of|the fall of|the winter of|spring|summer|autumn|fall|winter)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '((?:19|20)\\d\\d)(?![\\d%])';

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function weekdayOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : WEEKDAYS[word.toLowerCase()];
}

function partOf(word: string | undefined): PeriodPart | undefined {
  if (!word) return undefined;
  const w = word
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+of$/, '');
  if (w === 'early' || w === 'beginning' || w === 'start') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  if (w === 'late' || w === 'end') return 'late';
  if (w === 'first half') return 'first-half';
  if (w === 'second half') return 'second-half';
  if (w === 'spring' || w === 'summer' || w === 'winter') return w;
  if (w === 'autumn' || w === 'fall') return 'autumn';
  return undefined;
}

function countOf(word: string | undefined): number | null {
  if (word === undefined) return 1;
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBERS[w] ?? null;
}

function unitOf(word: string): TimeUnit {
  return word.toLowerCase().replace(/s$/, '') as TimeUnit;
}

function clockOf(
  hour: string,
  minute: string,
  meridiem: string | undefined,
  zone: string | undefined,
  offset: string | undefined,
): ClockTime | undefined {
  let h = Number(hour);
  const m = Number(minute);
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59) return undefined;
  let utcOffsetMinutes: number | null = null;
  if (zone) {
    utcOffsetMinutes = ZONES[zone.toLowerCase()] ?? null;
    if (offset) {
      const o = /([+−-])\s*(\d{1,2})(?::?(\d{2}))?/.exec(offset);
      if (o) utcOffsetMinutes = (o[1] === '+' ? 1 : -1) * (Number(o[2]) * 60 + Number(o[3] ?? 0));
    }
  }
  return { hour: h, minute: m, utcOffsetMinutes };
}

/** One pattern: a global regex and what a match states (undefined rejects the match). */
interface Pattern {
  readonly name: string;
  readonly regex: RegExp;
  /**
   * A cheap necessary condition on a window, from the word bits (W_*) of its runs: false
   * only when the regex cannot match there (a word every match holds is absent). It only
   * saves time; it never changes a result.
   */
  gate(bits: number, region: string): boolean;
  /** `at` is the match's offset in `text` (the whole text, so context checks see past the window). */
  build(match: RegExpExecArray, text: string, at: number): FoundParts | undefined;
}

/** Words before a bare year or month that make it a date ("in 2020", "since May"). */
const DATE_CUE =
  /(?:^|[^A-Za-z])(?:in|since|by|until|till|from|to|through|during|of|before|after|between|and|the|early|mid|late|last|next|this|until|around|circa|year|spring|summer|autumn|fall|winter|its|their|his|her)[\s-]+$/i;
/** Capitalised words that may stand before a year and still leave it a date. */
const CAPITAL_CUES: ReadonlySet<string> = new Set([
  'In',
  'Since',
  'By',
  'Until',
  'From',
  'Between',
  'During',
  'Before',
  'After',
  'The',
  'And',
  'Early',
  'Late',
  'Mid',
  'Of',
  'Through',
  'Around',
  'Last',
  'This',
  'Next',
]);

function precedingWord(text: string, index: number): string {
  const m = /([A-Za-z]+)[\s-]*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m?.[1] ?? '';
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:^|[.!?\n]["”’]?)\s*$/.test(before) || /\n\s*$/.test(before);
}

/** A bare four-digit number is a year only with a date cue; "2000 troops", "Euro 2020" are not. */
function acceptBareYear(text: string, start: number, end: number): boolean {
  const prefix = text.slice(Math.max(0, start - 12), start);
  if (/[$€£#№]\s*$|No\.\s*$|[\d.,]$/.test(prefix)) return false;
  if (
    /^(?:[,.]\d|\s*(?:%|per ?cent|km|kg|m\b|mm|pieces|units|troops|people|soldiers|times|tons|tonnes|dollars|euros|rubles|roubles))/i.test(
      text.slice(end, end + 12),
    )
  )
    return false;
  if (DATE_CUE.test(prefix)) return true;
  const word = precedingWord(text, start);
  if (/^[A-Z]/.test(word) && !CAPITAL_CUES.has(word) && !isSentenceStart(text, start)) return false;
  // A plural noun after the number makes it a count: "2014 soldiers".
  if (
    /^\s+[a-z]+s\b/.test(text.slice(end, end + 20)) &&
    !/^\s+(?:elections|games|olympics|talks|protests|sanctions|polls|events|negotiations)\b/.test(text.slice(end, end + 20))
  ) {
    return false;
  }
  return true;
}

/** A bare month name is a date after a cue; "May" and "March" also need it ("may meet", "a march"). */
function acceptBareMonth(text: string, start: number, word: string): boolean {
  if (DATE_CUE.test(text.slice(Math.max(0, start - 20), start))) return true;
  if (/^(?:may|march|mar|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(word)) return false;
  return !isSentenceStart(text, start) || /^\s*,/.test(text.slice(start + word.length, start + word.length + 2));
}

/**
 * Word bits: what the pattern gates know of a window. Each bit says that some run of word
 * characters (as `\b` sees them: ASCII letters, digits, underscore) in the window is, in
 * any case unless said otherwise, one of a few words, or starts with one. Every pattern
 * holds such a word at the start of a run, so a window without the bit cannot match it.
 */
const W_MONTH = 1 << 0; // starts with a month's first three letters
const W_MONTH_CAPITAL = 1 << 1; // the same, capitalised as MON is (case-sensitive patterns)
const W_WEEKDAY = 1 << 2;
const W_DIGIT = 1 << 3; // starts with a digit
const W_YEAR = 1 << 4; // starts with 19 or 20 and two more digits
const W_PART = 1 << 5; // a word of a W_PART alternative ("early", "mid", "end", "half", "spring"...)
const W_BOUND = 1 << 6; // since, until, till, by
const W_DAY_WORD = 1 << 7; // yesterday, today, tonight, tomorrow, morning, afternoon, evening, night
const W_RELATION = 1 << 8; // last, this, next, previous, following, current
const W_UNIT_WORD = 1 << 9; // week, month, year, decade
const W_SEASON = 1 << 10;
const W_AGO = 1 << 11;
const W_UNIT = 1 << 12; // starts with day, week, month, year or decade
const W_PAST = 1 << 13; // past, last, previous
const W_RECENT = 1 << 14;
const W_COMING = 1 << 15; // coming, next, following, upcoming
const W_FUTURE = 1 << 16;
const W_VAGUE = 1 << 17; // earlier, recently, lately, previously, soon, shortly
const W_CENTURY = 1 << 18;
const W_THE = 1 << 19;
/** A year then (after white space) "-", "–" or a word starting t, a or u: may open a year range ("2014-2016", "2014 to 2016"). */
const W_YEAR_RANGE = 1 << 20;
/** since, until, till or by, then white space and a digit 1 or 2: may open "since 2014". */
const W_BOUND_YEAR = 1 << 21;
/** A year ending in 0, alone or with "s" ("1990", "1990s"): may be a decade. */
const W_DECADE = 1 << 22;

function has(bits: number, wanted: number): boolean {
  return (bits & wanted) === wanted;
}

/** Whole words with their bits (in lower case; runs are compared ignoring case). */
const WORD_BITS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Object.keys(WEEKDAYS).map((w) => [w, W_WEEKDAY])),
  today: W_DAY_WORD,
  tonight: W_DAY_WORD,
  yesterday: W_DAY_WORD,
  tomorrow: W_DAY_WORD,
  morning: W_DAY_WORD,
  afternoon: W_DAY_WORD,
  evening: W_DAY_WORD,
  night: W_DAY_WORD,
  ago: W_AGO,
  earlier: W_VAGUE,
  recently: W_VAGUE,
  lately: W_VAGUE,
  previously: W_VAGUE,
  soon: W_VAGUE,
  shortly: W_VAGUE,
  century: W_CENTURY,
  the: W_THE,
  decade: W_UNIT_WORD,
  year: W_UNIT_WORD,
  month: W_UNIT_WORD,
  week: W_UNIT_WORD,
  future: W_FUTURE,
  spring: W_PART | W_SEASON,
  summer: W_PART | W_SEASON,
  autumn: W_PART | W_SEASON,
  fall: W_PART | W_SEASON,
  winter: W_PART | W_SEASON,
  early: W_PART,
  mid: W_PART,
  late: W_PART,
  end: W_PART,
  beginning: W_PART,
  start: W_PART,
  middle: W_PART,
  half: W_PART,
  since: W_BOUND,
  until: W_BOUND,
  till: W_BOUND,
  by: W_BOUND,
  last: W_RELATION | W_PAST,
  this: W_RELATION,
  next: W_RELATION | W_COMING,
  previous: W_RELATION | W_PAST,
  following: W_RELATION | W_COMING,
  current: W_RELATION,
  past: W_PAST,
  coming: W_COMING,
  upcoming: W_COMING,
  recent: W_RECENT,
};

/**
 * Words grouped by shape (first character, length) in typed arrays, so that a run is
 * compared with a few words without reading a string or an object of the heap (which the
 * other stages push out of the cache between two pages): shape k's words are the entries
 * starts[k] to starts[k + 1] - 1; entry e holds its characters at chars[e * 16] and its
 * value at values[e].
 */
interface ShapeTable {
  readonly starts: Int32Array;
  readonly chars: Uint16Array;
  readonly values: Int32Array;
}
/** Words are shorter than this (a shape per length). */
const SHAPE_LENGTHS = 16;

/** The shape table of `words` (word → value), first characters from code `base` on, `codes` of them. */
function buildShapeTable(words: readonly (readonly [string, number])[], base: number, codes: number): ShapeTable {
  const shapeOf = (word: string): number => (word.charCodeAt(0) - base) * SHAPE_LENGTHS + word.length;
  const sorted = [...words].sort((a, b) => shapeOf(a[0]) - shapeOf(b[0]));
  const starts = new Int32Array(codes * SHAPE_LENGTHS + 1);
  const chars = new Uint16Array(sorted.length * SHAPE_LENGTHS);
  const values = new Int32Array(sorted.length);
  sorted.forEach(([word, value], e) => {
    for (let k = 0; k < word.length; k++) chars[e * SHAPE_LENGTHS + k] = word.charCodeAt(k);
    values[e] = value;
  });
  // starts[k] = the first entry of shape k or later.
  let e = 0;
  for (let k = 0; k <= codes * SHAPE_LENGTHS; k++) {
    while (e < sorted.length && shapeOf((sorted[e] as readonly [string, number])[0]) < k) e++;
    starts[k] = e;
  }
  return { starts, chars, values };
}

/** WORD_BITS by first letter (a-z) and length, compared ignoring ASCII case. */
const WORDS_BY_SHAPE: ShapeTable = buildShapeTable(Object.entries(WORD_BITS), 97, 26);
/** 1 at the index of each month's first three letters (a-z as 0-25, base 26), so a run's prefix is tested without a string. */
const MONTH_PREFIXES: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26 * 26);
  for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']) {
    table[(m.charCodeAt(0) - 97) * 676 + (m.charCodeAt(1) - 97) * 26 + (m.charCodeAt(2) - 97)] = 1;
  }
  return table;
})();
/** The UNIT words a run may start with, by first letter. */
const UNIT_BY_LETTER: readonly (readonly string[] | undefined)[] = (() => {
  const table: (string[] | undefined)[] = Array.from({ length: 26 }, () => undefined);
  for (const unit of ['day', 'week', 'month', 'year', 'decade']) {
    const index = unit.charCodeAt(0) - 97;
    table[index] = [...(table[index] ?? []), unit];
  }
  return table;
})();

/**
 * The value of the shape table's word equal to codes[start, start + length) (ignoring
 * ASCII case when `ignoreCase`), -1 when none; `shape` is the run's shape index.
 */
function shapeValue(table: ShapeTable, shape: number, codes: Uint16Array, start: number, length: number, ignoreCase: boolean): number {
  const chars = table.chars;
  for (let e = table.starts[shape] as number, last = table.starts[shape + 1] as number; e < last; e++) {
    const at = e * SHAPE_LENGTHS;
    let k = 0;
    if (ignoreCase) while (k < length && lowerCode(codes[start + k] as number) === chars[at + k]) k++;
    else while (k < length && codes[start + k] === chars[at + k]) k++;
    if (k === length) return table.values[e] as number;
  }
  return -1;
}

/** 1 for the ASCII characters `\\b` counts as word characters (letters, digits, "_"), by code. */
const WORD_CODES: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
  return table;
})();

function isWordCode(c: number): boolean {
  // One table read instead of four range tests: the scans below read every character.
  return c < 128 && WORD_CODES[c] === 1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII lower case of a word character (letters only change; digits and "_" never equal a letter). */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** True when text[start, start + word.length) equals the lower-case `word`, ignoring ASCII case. */
function equalsLower(codes: Uint16Array, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (lowerCode(codes[start + k] as number) !== word.charCodeAt(k)) return false;
  return true;
}

/** The first index from `i` (before `limit`) that is not white space; `limit` when none. */
function skipSpaces(codes: Uint16Array, i: number, limit: number): number {
  let k = i;
  while (k < limit && isSpaceCode(codes[k] as number)) k++;
  return k;
}

/**
 * The word bits of the run of word characters text[start, end); `limit` is the text's
 * length (the year and bound bits look at what follows the run).
 */
function runBits(codes: Uint16Array, start: number, end: number, limit: number): number {
  const first = codes[start] as number;
  const length = end - start;
  if (isDigitCode(first)) {
    let bits = W_DIGIT;
    if (length >= 4 && isDigitCode(codes[start + 2] as number) && isDigitCode(codes[start + 3] as number)) {
      const second = codes[start + 1] as number;
      if ((first === 49 && second === 57) || (first === 50 && second === 48)) {
        bits |= W_YEAR;
        // Looks past the run (and the window): a gate may say yes where the pattern fails.
        const next = codes[skipSpaces(codes, start + 4, limit)] as number;
        if (next === 45 || next === 0x2013 || lowerCode(next) === 116 || lowerCode(next) === 97 || lowerCode(next) === 117)
          bits |= W_YEAR_RANGE;
        const last = codes[start + 4] as number;
        if (codes[start + 3] === 48 && (length === 4 || (length === 5 && (last === 115 || last === 83)))) bits |= W_DECADE;
      }
    }
    return bits;
  }
  const firstLower = lowerCode(first);
  if (firstLower < 97 || firstLower > 122 || length < 2) return 0;
  let bits = 0;
  if (length >= 3) {
    const second = codes[start + 1] as number;
    const third = codes[start + 2] as number;
    const secondLower = lowerCode(second);
    const thirdLower = lowerCode(third);
    if (secondLower >= 97 && secondLower <= 122 && thirdLower >= 97 && thirdLower <= 122) {
      if (MONTH_PREFIXES[(firstLower - 97) * 676 + (secondLower - 97) * 26 + (thirdLower - 97)] === 1) {
        bits |= W_MONTH;
        if (first <= 90 && second >= 97 && third >= 97) bits |= W_MONTH_CAPITAL;
      }
      const unit = UNIT_BY_LETTER[firstLower - 97];
      if (unit !== undefined) {
        for (const word of unit) {
          if (length >= word.length && equalsLower(codes, start, word)) {
            bits |= W_UNIT;
            break;
          }
        }
      }
    }
  }
  if (length < SHAPE_LENGTHS) {
    const value = shapeValue(WORDS_BY_SHAPE, (firstLower - 97) * SHAPE_LENGTHS + length, codes, start, length, true);
    if (value >= 0) bits |= value;
  }
  if ((bits & W_BOUND) !== 0 && end < limit && isSpaceCode(codes[end] as number)) {
    const next = codes[skipSpaces(codes, end, limit)] as number;
    if (next === 49 || next === 50) bits |= W_BOUND_YEAR;
  }
  return bits;
}

const PATTERNS: readonly Pattern[] = [
  {
    name: 'iso-day',
    gate: (bits, region) => has(bits, W_DIGIT) && region.includes('-'),
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m) => ({ kind: 'calendar', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // "Thursday, May 14", "May 14, 2015", "January 20, 2017", "Jan. 20"
    name: 'month-day-year',
    gate: (bits) => has(bits, W_DIGIT | W_MONTH_CAPITAL),
    regex: new RegExp(`\\b(?:${WD},?\\s+(?:the\\s+)?)?${MON}\\s+${DAY}(?:,?\\s+${YEAR})?`, 'g'),
    build: (m) => {
      const day = Number(m[3]);
      if (day < 1 || day > 31) return undefined;
      const weekday = weekdayOf(m[1]);
      return {
        kind: 'calendar',
        month: monthOf(m[2] ?? ''),
        day,
        ...(m[4] ? { year: Number(m[4]) } : {}),
        ...(weekday !== undefined ? { weekday } : {}),
      };
    },
  },
  {
    // "14 May 2015", "the 14th of May", "Thursday, 14 May"
    name: 'day-month-year',
    gate: (bits) => has(bits, W_DIGIT | W_MONTH_CAPITAL),
    regex: new RegExp(`\\b(?:${WD},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MON}(?:,?\\s+${YEAR})?`, 'g'),
    build: (m) => {
      const day = Number(m[2]);
      if (day < 1 || day > 31) return undefined;
      const weekday = weekdayOf(m[1]);
      return {
        kind: 'calendar',
        month: monthOf(m[3] ?? ''),
        day,
        ...(m[4] ? { year: Number(m[4]) } : {}),
        ...(weekday !== undefined ? { weekday } : {}),
      };
    },
  },
  {
    // "June 2021", "late June 2021", "early in June 2021"
    name: 'month-year',
    gate: (bits) => has(bits, W_YEAR | W_MONTH),
    regex: new RegExp(`\\b(?:${PART}(?:\\s+in)?[\\s-]+)?${MON},?\\s+(?:of\\s+)?${YEAR}`, 'gi'),
    build: (m) => {
      if (!/^[A-Z]/.test(m[2] ?? '')) return undefined;
      const part = partOf(m[1]);
      return { kind: 'calendar', year: Number(m[3]), month: monthOf(m[2] ?? ''), ...(part ? { part } : {}) };
    },
  },
  {
    // "late in 2021", "mid-2021", "early 2020", "the end of 2021", "the summer of 2021"
    name: 'part-year',
    gate: (bits) => has(bits, W_YEAR | W_PART),
    regex: new RegExp(`\\b${PART}(?:\\s+(?:in|of))?[\\s-]+${YEAR}`, 'gi'),
    build: (m) => {
      const part = partOf(m[1]);
      return part ? { kind: 'calendar', year: Number(m[2]), part } : undefined;
    },
  },
  {
    // "since 2014", "until 2025", "by 2018"
    name: 'bounded-year',
    gate: (bits) => has(bits, W_YEAR | W_BOUND_YEAR),
    regex: new RegExp(`\\b(since|until|till|by)\\s+${YEAR}`, 'gi'),
    build: (m) => ({
      kind: 'calendar',
      year: Number(m[2]),
      boundary: (m[1] ?? '').toLowerCase() === 'since' ? 'since' : 'until',
    }),
  },
  {
    // "from 2014 to 2016", "between 2014 and 2016", "2014-2016", "2020-21"
    name: 'year-range',
    gate: (bits) => has(bits, W_YEAR | W_YEAR_RANGE),
    regex: new RegExp(`\\b(?:(?:from|between)\\s+)?${YEAR}\\s*(?:-|–|to|and|until|till)\\s*(\\d{4}|\\d{2})(?![\\d-])`, 'gi'),
    build: (m, text, at) => {
      const start = Number(m[1]);
      const tail = m[2] ?? '';
      const endYear = tail.length === 2 ? Math.floor(start / 100) * 100 + Number(tail) : Number(tail);
      if (!(endYear > start && endYear - start < 100)) return undefined;
      if (!/^(?:from|between)/i.test(m[0]) && /\band\b/i.test(m[0])) return undefined;
      if (/^\s*-/.test(text.slice(at + m[0].length))) return undefined;
      return { kind: 'calendar', year: start, endYear };
    },
  },
  {
    name: 'year',
    gate: (bits) => has(bits, W_YEAR),
    regex: new RegExp(`\\b${YEAR}\\b`, 'g'),
    build: (m, text, at) => (acceptBareYear(text, at, at + m[0].length) ? { kind: 'calendar', year: Number(m[1]) } : undefined),
  },
  {
    // "in January", "last December", "since May", "late May", "this March"
    name: 'month',
    gate: (bits) => has(bits, W_MONTH),
    regex: new RegExp(`\\b(?:(last|next|this|since|until|till|by|${PART.slice(1, -1)})(?:\\s+in)?[\\s-]+)?${MON}(?![\\w.]?\\s*\\d)`, 'gi'),
    build: (m, text, at) => {
      const word = m[2] ?? '';
      if (!/^[A-Z]/.test(word)) return undefined;
      const lead = (m[1] ?? '').toLowerCase();
      if (!lead && !acceptBareMonth(text, at, word)) return undefined;
      const month = monthOf(word);
      const part = partOf(lead);
      if (lead === 'last' || lead === 'next' || lead === 'this') return { kind: 'calendar', month, relation: lead };
      if (lead === 'since') return { kind: 'calendar', month, boundary: 'since' };
      if (lead === 'until' || lead === 'till' || lead === 'by') return { kind: 'calendar', month, boundary: 'until' };
      return { kind: 'calendar', month, ...(part ? { part } : {}) };
    },
  },
  {
    name: 'decade',
    gate: (bits) => has(bits, W_DECADE | W_THE),
    regex: /\bthe\s+((?:19|20)\d0)['’]?s\b/gi,
    build: (m) => ({ kind: 'decade', decade: Number(m[1]) }),
  },
  {
    // "the 21st century", "the 21th century" (sic), "the twenty-first century"
    name: 'century',
    gate: (bits) => has(bits, W_CENTURY),
    regex: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+century\b|\bthe\s+([a-z]+(?:[\s-][a-z]+)?)\s+century\b/gi,
    build: (m) => {
      const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[(m[2] ?? '').toLowerCase()];
      return n && n >= 1 && n <= 30 ? { kind: 'century', century: n } : undefined;
    },
  },
  {
    // "on Thursday", "last Friday", "next Monday", "Thursday evening"
    name: 'weekday',
    gate: (bits) => has(bits, W_WEEKDAY),
    regex: new RegExp(`\\b(?:(last|next|this|coming|past)\\s+)?${WD}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'gi'),
    build: (m, text, at) => {
      if (!/^[A-Z]/.test(m[2] ?? '')) return undefined;
      const end = at + m[0].length;
      // "the Sunday Times", "Good Friday": a name, not a day.
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at)) && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 3))) return undefined;
      if (/\b(?:Good|Black|Holy|Ash|Palm|Easter|Cyber|Super)\s+$/.test(text.slice(Math.max(0, at - 8), at))) return undefined;
      const lead = (m[1] ?? '').toLowerCase();
      const relation =
        lead === 'last' || lead === 'past' ? 'last' : lead === 'next' || lead === 'coming' ? 'next' : lead === 'this' ? 'this' : undefined;
      return { kind: 'weekday', weekday: weekdayOf(m[2]) ?? 0, ...(relation ? { relation } : {}) };
    },
  },
  {
    name: 'day-offset',
    gate: (bits) => has(bits, W_DAY_WORD),
    regex:
      /\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night)\b/gi,
    build: (m, text, at) => {
      const word = (m[1] ?? '').toLowerCase();
      // "Russia Today", "USA Today": names.
      if (/^Today/.test(m[1] ?? '') && /[A-Z][A-Za-z]*\s+$/.test(text.slice(Math.max(0, at - 12), at)) && !isSentenceStart(text, at))
        return undefined;
      const offset =
        word === 'the day before yesterday'
          ? -2
          : word === 'the day after tomorrow'
            ? 2
            : word === 'yesterday' || word === 'last night'
              ? -1
              : word === 'tomorrow'
                ? 1
                : 0;
      return { kind: 'day-offset', offset, unit: 'day' };
    },
  },
  {
    // "last month", "this year", "next week", "earlier this year", "late last year", "the previous week"
    name: 'unit-offset',
    gate: (bits) => has(bits, W_RELATION | W_UNIT_WORD),
    regex: new RegExp(
      `\\b(?:(earlier|later|${PART.slice(1, -1)})(?:\\s+(?:in|of))?[\\s-]+)?(last|this|next|the previous|the following|the current)\\s+(week|month|year|decade)\\b`,
      'gi',
    ),
    build: (m) => {
      const lead = (m[1] ?? '').toLowerCase();
      const rel = (m[2] ?? '').toLowerCase();
      const offset = rel === 'last' || rel === 'the previous' ? -1 : rel === 'next' || rel === 'the following' ? 1 : 0;
      const side = lead === 'earlier' ? 'before' : lead === 'later' ? 'after' : undefined;
      const part = side ? undefined : partOf(lead);
      return { kind: 'unit-offset', unit: unitOf(m[3] ?? 'year'), offset, ...(side ? { side } : {}), ...(part ? { part } : {}) };
    },
  },
  {
    // "last summer", "this spring"
    name: 'season-offset',
    gate: (bits) => has(bits, W_RELATION | W_SEASON),
    regex: /\b(last|this|next)\s+(spring|summer|autumn|fall|winter)\b/gi,
    build: (m) => {
      const rel = (m[1] ?? '').toLowerCase();
      const part = partOf(m[2]);
      return part ? { kind: 'unit-offset', unit: 'year', offset: rel === 'last' ? -1 : rel === 'next' ? 1 : 0, part } : undefined;
    },
  },
  {
    // "two weeks ago", "a year ago", "three days ago"
    name: 'ago',
    gate: (bits) => has(bits, W_AGO | W_UNIT),
    regex: new RegExp(`\\b${NUM}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    build: (m) => {
      const n = countOf(m[1]);
      if (n === null) return undefined;
      const unit = unitOf(m[2] ?? 'day');
      return { kind: 'unit-offset', unit, offset: -n, exact: unit === 'day' || unit === 'week' };
    },
  },
  {
    // "in two weeks", "in three days' time"
    name: 'in-units',
    gate: (bits) => has(bits, W_UNIT),
    regex: new RegExp(`\\bin\\s+${NUM}\\s+${UNIT}\\b(?:['’]\\s+time)?(?!\\s+of\\b)`, 'gi'),
    build: (m) => {
      const n = countOf(m[1]);
      if (n === null || /^\d{3}$/.test(m[1] ?? '')) return undefined;
      const unit = unitOf(m[2] ?? 'day');
      return { kind: 'unit-offset', unit, offset: n, exact: unit === 'day' || unit === 'week' };
    },
  },
  {
    // "over the past six years", "in the last few weeks", "during the previous month"
    name: 'past-period',
    gate: (bits) => has(bits, W_PAST | W_UNIT),
    regex: new RegExp(`\\b(?:over|in|during|for|within|throughout)\\s+the\\s+(?:past|last|previous)\\s+(?:${NUM}\\s+)?${UNIT}`, 'gi'),
    build: (m) => ({
      kind: 'period',
      direction: 'past',
      count: m[1] ? countOf(m[1]) : /s$/i.test(m[0]) ? null : 1,
      unit: unitOf(m[2] ?? 'day'),
    }),
  },
  {
    // "within recent weeks", "in recent days", "in recent years"
    name: 'recent-period',
    gate: (bits) => has(bits, W_RECENT),
    regex: /\b(?:over|in|during|within|throughout)\s+(?:the\s+)?recent\s+(day|week|month|year)s\b/gi,
    build: (m) => ({ kind: 'period', direction: 'past', count: null, unit: unitOf(m[1] ?? 'day') }),
  },
  {
    // "in the coming months", "in coming weeks", "within the next few days", "over the next two years"
    name: 'coming-period',
    gate: (bits) => has(bits, W_COMING | W_UNIT),
    regex: new RegExp(`\\b(?:over|in|during|within|for)\\s+(?:the\\s+)?(?:coming|next|following|upcoming)\\s+(?:${NUM}\\s+)?${UNIT}`, 'gi'),
    build: (m) => ({
      kind: 'period',
      direction: 'future',
      count: m[1] ? countOf(m[1]) : /s$/i.test(m[0]) ? null : 1,
      unit: unitOf(m[2] ?? 'day'),
    }),
  },
  {
    name: 'near-future',
    gate: (bits) => has(bits, W_FUTURE),
    regex: /\bin\s+the\s+(?:near|foreseeable|immediate)\s+future\b/gi,
    build: () => ({ kind: 'period', direction: 'future', count: null }),
  },
  {
    // "said earlier", "recently", "soon": vague, with a direction only.
    name: 'vague-adverb',
    gate: (bits) => has(bits, W_VAGUE),
    regex: /\b(earlier|recently|lately|previously|soon|shortly)\b/gi,
    build: (m, text, at) => {
      const before = text.slice(Math.max(0, at - 12), at);
      const after = text.slice(at + m[0].length, at + m[0].length + 12);
      // "an earlier report", "earlier than", "as soon as", "shortly before the vote": not a time of their own.
      if (/\b(?:an?|the|its|their|his|her|as)\s+$/i.test(before)) return undefined;
      if (/^\s+(?:than|as|after|before|afterwards|thereafter)\b/i.test(after)) return undefined;
      const future = /^(?:soon|shortly)$/i.test(m[1] ?? '');
      return { kind: 'period', direction: future ? 'future' : 'past', count: null };
    },
  },
  {
    // "13:01 UTC+3", "10:30 a.m. GMT", "18:00 Moscow time"
    name: 'clock',
    gate: (bits, region) => has(bits, W_DIGIT) && region.includes(':'),
    regex:
      /\b(\d{1,2}):(\d{2})(?!\d)(?:\s*([ap]\.?m\.?)(?![a-z]))?(?:\s*\(?\s*(UTC|GMT)\s*([+−-]\s*\d{1,2}(?::?\d{2})?)?\)?|\s+(MSK|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|EET|EEST|IRST|IST|Moscow time|Tehran time|Kyiv time|Kiev time)\b)?/gi,
    build: (m) => {
      const clock = clockOf(m[1] ?? '', m[2] ?? '', m[3], m[4] ?? m[6], m[5]);
      return clock ? { kind: 'clock', clock } : undefined;
    },
  },
];

/**
 * Finds the time expressions in text[from, to): one per expression, the longest reading
 * where readings overlap. A date followed by a clock time ("January 23, 13:01 UTC+3") is
 * one expression. Prepositions that only attach ("on", "in") are left out of the span;
 * those that change the meaning ("since 2014", "over the past six years") are kept.
 *
 * @example
 * findTimexes('Peskov said on Thursday.')[0]; // { start: 14, end: 22, parts: { kind: 'weekday', weekday: 4 } }
 */
export function findTimexes(text: string, from = 0, to = text.length): FoundTimex[] {
  const found: FoundTimex[] = [];
  for (const { start: windowStart, end: windowEnd, bits } of anchorWindows(text, from, to)) {
    const region = text.slice(windowStart, windowEnd);
    for (const pattern of PATTERNS) {
      if (!pattern.gate(bits, region)) continue;
      pattern.regex.lastIndex = 0;
      for (let m = pattern.regex.exec(region); m; m = pattern.regex.exec(region)) {
        const at = windowStart + m.index;
        const parts = pattern.build(m, text, at);
        if (parts) found.push({ start: at, end: at + m[0].length, parts });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundTimex[] = [];
  for (const candidate of found) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return mergeClockTimes(text, kept);
}

/**
 * Words every time expression contains at least one of: month and weekday names, years,
 * clock times, and the keywords of relative and vague expressions. The patterns run only
 * in windows around these anchors, which is most of the finder's speed: on news pages
 * about a third of the text lies in a window.
 *
 * The anchors are what the regular expression
 *   \b(?:January|…|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|…|Sunday|
 *   (?:19|20)\d\d|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|[Ee]arlier|[Ll]ater|
 *   [Rr]ecently|[Ll]ately|[Pp]reviously|[Ss]oon|[Ss]hortly|century|decades?|years?|months?|
 *   weeks?|days?|future|night|morning|afternoon|evening|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|
 *   [Ww]inter|\d{3}0['’]?s)\b|\b\d{1,2}:\d{2}
 * finds with a global search; {@link anchorEndAt} reads them run by run instead (several
 * times faster than the regular expression, with the same matches).
 */
const ANCHOR_WORDS: readonly string[] = [
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['today', 'tonight', 'yesterday', 'tomorrow', 'earlier', 'later', 'recently', 'lately', 'previously', 'soon', 'shortly'],
  ...['spring', 'summer', 'autumn', 'fall', 'winter'],
  ...['Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Earlier', 'Later', 'Recently', 'Lately', 'Previously', 'Soon', 'Shortly'],
  ...['Spring', 'Summer', 'Autumn', 'Fall', 'Winter'],
  ...['ago', 'century', 'decade', 'decades', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days'],
  ...['future', 'night', 'morning', 'afternoon', 'evening'],
];
/** ANCHOR_WORDS by first character (A-z) and length, compared case-sensitively (the value is unused). */
const ANCHORS_BY_SHAPE: ShapeTable = buildShapeTable(
  ANCHOR_WORDS.map((word) => [word, 1] as const),
  65,
  58,
);

/** True when text[from, to) holds only ASCII digits. */
function isDigitRun(codes: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigitCode(codes[k] as number)) return false;
  return true;
}

/**
 * Where the anchor starting at the run of word characters text[start, end) ends, or -1
 * when none starts there; `limit` is the end of the searched range (a word boundary).
 * The alternatives are tried in the regular expression's order: a year, then a decade
 * ("1990s", "1890's"), then a clock time ("13:01"); a word only as the whole run.
 */
function anchorEndAt(codes: Uint16Array, start: number, end: number, limit: number): number {
  const first = codes[start] as number;
  const length = end - start;
  if (isDigitCode(first)) {
    if (length === 4 && isDigitRun(codes, start, end)) {
      const second = codes[start + 1] as number;
      // (?:19|20)\d\d\b
      if ((first === 49 && second === 57) || (first === 50 && second === 48)) return end;
      // \d{3}0['’]s\b
      if (
        (codes[start + 3] as number) === 48 &&
        end + 1 < limit &&
        ((codes[end] as number) === 39 || (codes[end] as number) === 0x2019) &&
        (codes[end + 1] as number) === 115 &&
        (end + 2 >= limit || !isWordCode(codes[end + 2] as number))
      )
        return end + 2;
      return -1;
    }
    // \d{3}0s\b
    if (length === 5 && isDigitRun(codes, start, start + 3) && (codes[start + 3] as number) === 48 && (codes[start + 4] as number) === 115)
      return end;
    // \b\d{1,2}:\d{2}
    if (
      length <= 2 &&
      isDigitRun(codes, start, end) &&
      end + 2 < limit &&
      (codes[end] as number) === 58 &&
      isDigitCode(codes[end + 1] as number) &&
      isDigitCode(codes[end + 2] as number)
    )
      return end + 3;
    return -1;
  }
  if (length >= SHAPE_LENGTHS || first < 65 || first > 122) return -1;
  return shapeValue(ANCHORS_BY_SHAPE, (first - 65) * SHAPE_LENGTHS + length, codes, start, length, false) < 0 ? -1 : end;
}

/**
 * How far a pattern reaches before and after its anchor: "within the next few" before
 * "days" is 20 characters, "Thursday, May 14, 2015" after "Thursday" is 16; both margins
 * leave room to spare.
 */
const WINDOW_BEFORE = 45;
const WINDOW_AFTER = 32;

/** A stretch of text the patterns run over, with the word bits of its runs. */
interface TextWindow {
  readonly start: number;
  end: number;
  bits: number;
}

/**
 * The word bits of text[start, end), run by run, as the window's regexes see it: a run
 * the window cuts counts only with its part inside.
 */
function windowBits(codes: Uint16Array, start: number, end: number, limit: number): number {
  let bits = 0;
  let i = start;
  while (i < end) {
    if (!isWordCode(codes[i] as number)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isWordCode(codes[j] as number)) j++;
    bits |= runBits(codes, i, j, limit);
    i = j;
  }
  return bits;
}

/** Merged windows of text[from, to) around anchor words, each with its word bits. */
function anchorWindows(text: string, from: number, to: number): TextWindow[] {
  const windows: TextWindow[] = [];
  const codes = codesOf(text);
  // The range is read as the regular expression read a slice of it: runs are cut at both
  // ends, and a search goes on after the end of the last anchor found.
  let searchFrom = from;
  let i = from;
  while (i < to) {
    if (!isWordCode(codes[i] as number)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isWordCode(codes[j] as number)) j++;
    if (i >= searchFrom) {
      const anchorEnd = anchorEndAt(codes, i, j, to);
      if (anchorEnd >= 0) {
        searchFrom = anchorEnd;
        const start = Math.max(from, i - WINDOW_BEFORE);
        const end = Math.min(to, anchorEnd + WINDOW_AFTER);
        const last = windows.length === 0 ? undefined : windows[windows.length - 1];
        if (last && start <= last.end) last.end = Math.max(last.end, end);
        else windows.push({ start, end, bits: 0 });
      }
    }
    i = j;
  }
  for (const window of windows) window.bits = windowBits(codes, window.start, window.end, text.length);
  return windows;
}

/** Joins a date and the clock time right after it ("January 23, 13:01 UTC+3") into one expression. */
function mergeClockTimes(text: string, timexes: FoundTimex[]): FoundTimex[] {
  const out: FoundTimex[] = [];
  for (const timex of timexes) {
    const previous = out[out.length - 1];
    if (
      previous &&
      timex.parts.kind === 'clock' &&
      timex.parts.clock &&
      (previous.parts.kind === 'calendar' || previous.parts.kind === 'weekday' || previous.parts.kind === 'day-offset') &&
      !previous.parts.clock &&
      /^,?\s*(?:at\s+)?$/.test(text.slice(previous.end, timex.start))
    ) {
      out[out.length - 1] = { start: previous.start, end: timex.end, parts: { ...previous.parts, clock: timex.parts.clock } };
      continue;
    }
    out.push(timex);
  }
  return out;
}
