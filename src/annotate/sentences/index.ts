import type { Sentence } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { splitSentences } from './split.js';

/** The sentence layer: one span per sentence inside each paragraph. */
export const sentencesStage = defineStage({
  name: 'annotate/sentences',
  requires: ['paragraphs'],
  produces: ['sentences'],
  run(doc) {
    const sentences: Sentence[] = [];
    for (const paragraph of doc.layers.paragraphs ?? []) {
      for (const span of splitSentences(doc.text, paragraph.start, paragraph.end)) {
        // One object shape for every sentence: a spread gave nearly each its own hidden class,
        // and every later stage paid for it on its first read of each sentence.
        sentences.push({ start: span.start, end: span.end, by: 'annotate/sentences' });
      }
    }
    return { sentences };
  },
});
