import type { Sentence, Timex } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { formatDay, granularityOf } from './calendar.js';
import { findTimexes } from './find.js';
import { isSelfContained, resolveParts } from './resolve.js';
import { readTense } from './tense.js';
import type { TimexAnnotation, TimexParts } from './types.js';

export * from './calendar.js';
export { type FoundParts, type FoundTimex, findTimexes } from './find.js';
export { type DayRange, isSelfContained, resolveParts, resolveTimex } from './resolve.js';
export { readTense, type TenseReading } from './tense.js';
export * from './types.js';

const STAGE = 'annotate/timexes';

/** How the expression is anchored: stated outright, on a reference date, or only vaguely. */
function anchoringOf(parts: TimexParts): Timex['anchoring'] {
  if (isSelfContained(parts) && parts.part === undefined && parts.kind === 'calendar') return 'absolute';
  if (parts.kind === 'century' || parts.kind === 'decade') return 'absolute';
  if (parts.kind === 'period' || parts.part !== undefined) return 'vague';
  return 'relative';
}

/**
 * Finds and reads the time expressions of text[start, end) (usually a whole document),
 * with the tense of each one's clause taken from the sentence that holds it. Values are
 * filled only for expressions that need no reference date; the rest keep their parts
 * for {@link resolveTimex}. Sentences must be sorted; a span outside every sentence is
 * read against its own line.
 *
 * @example
 * annotateTimexes('Peskov said on Thursday.', [{ start: 0, end: 24, by: 'x' }])[0]?.parts.tense; // 'past'
 */
export function annotateTimexes(text: string, sentences: readonly { start: number; end: number }[], by = STAGE): TimexAnnotation[] {
  const out: TimexAnnotation[] = [];
  let s = 0;
  for (const found of findTimexes(text)) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= found.start) s++;
    const sentence = sentences[s];
    let from: number;
    let to: number;
    if (sentence && sentence.start <= found.start) {
      from = sentence.start;
      to = Math.max(sentence.end, found.end);
    } else {
      const lineStart = text.lastIndexOf('\n', found.start);
      const lineEnd = text.indexOf('\n', found.end);
      from = lineStart + 1;
      to = lineEnd < 0 ? text.length : lineEnd;
    }
    const reading = readTense(text, from, to, found.start, found.end);
    // Built in one literal (no spread of a temporary object); the keys keep their order.
    const parts: TimexParts = reading.governor
      ? { ...found.parts, tense: reading.tense, governor: reading.governor }
      : { ...found.parts, tense: reading.tense };
    const range = isSelfContained(parts) ? resolveParts(parts, null) : null;
    out.push({
      start: found.start,
      end: found.end,
      by,
      value: range
        ? {
            start: formatDay(range[0]),
            end: formatDay(range[1]),
            granularity: granularityOf(range[0], range[1]),
            evidence: [{ start: found.start, end: found.end }],
            inferred: false,
          }
        : null,
      anchoring: anchoringOf(parts),
      parts,
    });
  }
  return out;
}

/**
 * The timexes layer: every time expression of the text with its parts and tense. Needs
 * no reference date; resolve/dates infers the publication date from these, and the
 * quotes and events stages date their spans with resolveTimex against it.
 */
export const timexesStage = defineStage({
  name: STAGE,
  requires: ['sentences'],
  produces: ['timexes'],
  run(doc) {
    const sentences: readonly Sentence[] = doc.layers.sentences ?? [];
    return { timexes: annotateTimexes(doc.text, sentences) };
  },
});
