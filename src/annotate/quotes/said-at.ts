import type { DateValue, Quote, Timex } from '../../core/layers.js';
import { resolveTimex } from '../timexes/resolve.js';

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
  // Timexes are sorted by start: each quote looks only at the few that stand near its cue.
  const firstFrom = (offset: number): number => {
    let lo = 0;
    let hi = timexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((timexes[mid] as Timex).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return quotes.map((quote) => {
    if (!quote.cue) return quote;
    const outsideContent = (t: Timex) => t.end <= quote.start || t.start >= quote.end;
    const cueEnd = quote.cue.end;
    let chosen: Timex | undefined;
    for (let i = firstFrom(cueEnd); i < timexes.length; i++) {
      const t = timexes[i] as Timex;
      if (t.start - cueEnd > MAX_GAP_AFTER_CUE) break;
      if (outsideContent(t) && !/[.!?"“”]/.test(text.slice(cueEnd, t.start))) {
        chosen = t;
        break;
      }
    }
    const speakerStart = quote.speaker?.start ?? quote.cue.start;
    if (!chosen) {
      // A time expression ending at most MAX_GAP_BEFORE_SPEAKER before the speaker starts
      // after speakerStart - MAX_GAP_BEFORE_SPEAKER - its length; 200 characters bound any.
      for (let i = firstFrom(speakerStart - MAX_GAP_BEFORE_SPEAKER - 200); i < timexes.length; i++) {
        const t = timexes[i] as Timex;
        if (t.start >= speakerStart) break;
        if (
          t.end <= speakerStart &&
          speakerStart - t.end <= MAX_GAP_BEFORE_SPEAKER &&
          outsideContent(t) &&
          /^[\s,]*$/.test(text.slice(t.end, speakerStart))
        ) {
          chosen = t;
          break;
        }
      }
    }
    if (!chosen) return quote;
    const saidAt = resolveTimex(chosen, published, 'past');
    return saidAt ? { ...quote, saidAt } : quote;
  });
}
