import { hasTimexParts, resolveTimex, type TimexAnnotation } from '../../annotate/timexes/index.js';
import type { Document } from '../../core/document.js';
import type { DateValue, Sentence } from '../../core/layers.js';
import type { Span } from '../../core/span.js';

/** Where {@link dateOfSpan} looks for a time expression. */
export interface SpanDateOptions {
  /**
   * `span`: only expressions inside the span (an event's evidence, a quote's cue clause).
   * `sentence`: failing that, the nearest expression before the span in its sentence (for
   *   what occurred; a proposed or planned action is not dated by the day it was proposed).
   */
  readonly scope?: 'span' | 'sentence';
}

/**
 * Vague stretches ("within recent weeks", "in the coming months", "earlier") date nothing
 * precisely enough for an event or a quote: the seed gold leaves such events undated.
 */
function isDating(timex: TimexAnnotation): boolean {
  return (
    timex.parts.kind !== 'period' && timex.parts.kind !== 'century' && timex.parts.kind !== 'decade' && timex.parts.boundary === undefined
  );
}

/** The dating expressions of each timexes layer, filtered once (every event and quote asks). */
const datingByLayer = new WeakMap<object, TimexAnnotation[]>();

function datingTimexes(doc: Document): TimexAnnotation[] {
  const layer = doc.layers.timexes;
  if (!layer) return [];
  let found = datingByLayer.get(layer);
  if (!found) {
    found = layer.filter(hasTimexParts).filter(isDating);
    datingByLayer.set(layer, found);
  }
  return found;
}

/** "the 2020 presidential election": a bare year right before a lower-case word modifies a noun. */
export function isAttributiveYear(text: string, timex: TimexAnnotation): boolean {
  const p = timex.parts;
  return p.kind === 'calendar' && p.month === undefined && p.part === undefined && /^\s+[a-z]/.test(text.slice(timex.end, timex.end + 3));
}

/**
 * The date of a span of the text (an event's evidence, a quote), from the time expression
 * that stands in it, resolved against the reference (usually `doc.meta.published`) with
 * the tense of its own clause. Null when no expression dates the span: no date is better
 * than a borrowed one.
 *
 * @example
 * dateOfSpan(doc, event.evidence, doc.meta.published); // "on Thursday" → { start: '2021-04-15', ... }
 */
export function dateOfSpan(doc: Document, span: Span, reference: DateValue | null, options: SpanDateOptions = {}): DateValue | null {
  const timexes = datingTimexes(doc);
  const inside = timexes.filter((t) => t.start >= span.start && t.end <= span.end && !isAttributiveYear(doc.text, t));
  let chosen: TimexAnnotation | undefined = inside[0];
  if (!chosen && options.scope === 'sentence') {
    // The nearest expression before the span in its sentence ("On December 17, the ministry
    // published ..."). Expressions after it belong to later clauses ("..., the ministry said on
    // May 12"), and a year used as a modifier dates something else ("the 2020 election").
    const sentence = sentenceAt(doc.layers.sentences ?? [], span.start);
    if (sentence) {
      for (const t of timexes) {
        if (t.start < sentence.start || t.end > span.start) continue;
        if (isAttributiveYear(doc.text, t)) continue;
        chosen = t;
      }
    }
  }
  return chosen ? resolveTimex(chosen, reference) : null;
}

/**
 * The sentence that holds offset `at` (sentences are in text order and do not overlap), by
 * binary search: quotes and events ask once per statement.
 */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid] as Sentence;
    if (sentence.end <= at) lo = mid + 1;
    else if (sentence.start > at) hi = mid - 1;
    else return sentence;
  }
  return undefined;
}
