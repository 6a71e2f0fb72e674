import type { DateValue, Quote, Timex } from '../../core/layers.js';
import { resolveTimex } from '../timexes/resolve.js';
import { isJsSpace } from './words.js';

/**
 * How far from the cue a time expression may stand and still date the statement
 * ("told journalists on Thursday", "said Monday"). 40 characters covers a cue, an
 * addressee and the time; longer gaps on the seeds and fixtures were other clauses.
 */
const MAX_GAP_AFTER_CUE = 40;
/** "On Friday, Lavrov said": a leading time expression before the speaker. */
const MAX_GAP_BEFORE_SPEAKER = 30;

/**
 * Dates each quotation where the page says when it was said: a time expression right after
 * the cue (no sentence end or quotation mark between) or right before the speaker, outside
 * the reported content, resolved against the publication date in the past tense. Quotes
 * with no such expression, or with no resolvable date, are returned unchanged.
 */
export function dateQuotes(text: string, quotes: readonly Quote[], timexes: readonly Timex[], published: DateValue | null): Quote[] {
  if (timexes.length === 0) return [...quotes];
  const out: Quote[] = new Array(quotes.length);
  for (let q = 0; q < quotes.length; q++) out[q] = dateQuote(text, quotes[q] as Quote, timexes, published);
  return out;
}

/** The index of the first timex starting at or after `offset` (timexes are sorted by start). */
function firstFrom(timexes: readonly Timex[], offset: number): number {
  let lo = 0;
  let hi = timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timexes[mid] as Timex).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when text[start, end) holds a sentence end or a quotation mark (`[.!?"“”]`). */
function hasStopOrMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** True when text[start, end) is only spaces and commas (`^[\s,]*$`). */
function isSpacesAndCommas(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && !isJsSpace(c)) return false;
  }
  return true;
}

/** One quotation dated by the time expression near its cue or speaker (see {@link dateQuotes}). */
function dateQuote(text: string, quote: Quote, timexes: readonly Timex[], published: DateValue | null): Quote {
  if (!quote.cue) return quote;
  const cueEnd = quote.cue.end;
  let chosen: Timex | undefined;
  for (let i = firstFrom(timexes, cueEnd); i < timexes.length; i++) {
    const t = timexes[i] as Timex;
    if (t.start - cueEnd > MAX_GAP_AFTER_CUE) break;
    // Outside the reported content, with no sentence end or quotation mark between.
    if ((t.end <= quote.start || t.start >= quote.end) && !hasStopOrMark(text, cueEnd, t.start)) {
      chosen = t;
      break;
    }
  }
  const speakerStart = quote.speaker?.start ?? quote.cue.start;
  if (!chosen) {
    // A time expression ending at most MAX_GAP_BEFORE_SPEAKER before the speaker starts
    // after speakerStart - MAX_GAP_BEFORE_SPEAKER - its length; 200 characters bound any.
    for (let i = firstFrom(timexes, speakerStart - MAX_GAP_BEFORE_SPEAKER - 200); i < timexes.length; i++) {
      const t = timexes[i] as Timex;
      if (t.start >= speakerStart) break;
      if (
        t.end <= speakerStart &&
        speakerStart - t.end <= MAX_GAP_BEFORE_SPEAKER &&
        (t.end <= quote.start || t.start >= quote.end) &&
        isSpacesAndCommas(text, t.end, speakerStart)
      ) {
        chosen = t;
        break;
      }
    }
  }
  if (!chosen) return quote;
  const saidAt = resolveTimex(chosen, published, 'past');
  return saidAt ? { ...quote, saidAt } : quote;
}
