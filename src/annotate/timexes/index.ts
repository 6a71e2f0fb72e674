import type { Sentence, Timex } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { formatDay, granularityOf } from './calendar.js';
import { type FoundTimex, findTimexes } from './find.js';
import { isSelfContained, resolveParts } from './resolve.js';
import { readTense } from './tense.js';
import type { TimexAnnotation, TimexParts } from './types.js';

export * from './calendar.js';
export { type FoundParts, type FoundTimex, findTimexes } from './find.js';
export { type DayRange, isSelfContained, resolveParts, resolveTimex } from './resolve.js';
export { readTense, type TenseReading } from './tense.js';
export * from './types.js';

const STAGE = 'annotate/timexes';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  // Each sentence object is read at most once (its offsets kept in locals): layer objects
  // come in many shapes, and every read of one is slow.
  let s = 0;
  let isRead = false;
  let sentenceStart = 0;
  let sentenceEnd = 0;
  const found = findTimexes(text);
  for (let k = 0; k < found.length; k++) {
    const { start: foundStart, end: foundEnd, parts: foundParts } = found[k] as FoundTimex;
    while (s < sentences.length) {
      if (!isRead) {
        const sentence = sentences[s];
        // A hole in the list counts as a sentence ending at 0 (skipped).
        sentenceStart = sentence?.start as number;
        sentenceEnd = sentence?.end ?? 0;
        isRead = true;
      }
      if (!(sentenceEnd <= foundStart)) break;
      s++;
      isRead = false;
    }
    let from: number;
    let to: number;
    if (s < sentences.length && sentenceStart <= foundStart) {
      from = sentenceStart;
      to = Math.max(sentenceEnd, foundEnd);
    } else {
      const lineStart = text.lastIndexOf('\n', foundStart);
      const lineEnd = text.indexOf('\n', foundEnd);
      from = lineStart + 1;
      to = lineEnd < 0 ? text.length : lineEnd;
    }
    const reading = readTense(text, from, to, foundStart, foundEnd);
    // The parts are findTimexes' own, seen by no one else: the tense (and governor) are
    // added in place, after the found keys, as a spread into a new literal would order them.
    const parts = foundParts as Mutable<TimexParts>;
    parts.tense = reading.tense;
    if (reading.governor) parts.governor = reading.governor;
    const range = isSelfContained(parts) ? resolveParts(parts, null) : null;
    out.push({
      start: foundStart,
      end: foundEnd,
      by,
      value: range
        ? {
            start: formatDay(range[0]),
            end: formatDay(range[1]),
            granularity: granularityOf(range[0], range[1]),
            evidence: [{ start: foundStart, end: foundEnd }],
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
