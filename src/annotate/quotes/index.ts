import { defineStage } from '../../core/stage.js';
import { findQuotes } from './find.js';
import { dateQuotes } from './said-at.js';

export { findQuoteDrafts, findQuotes, type QuoteDraft } from './find.js';
export { findParagraphs, findQuoteSegments, type QuoteSegment } from './marks.js';
export { dateQuotes } from './said-at.js';

/**
 * The quotes layer: direct, indirect and mixed quotations with their cue, local speaker
 * span, resolved speaker entity and addressee (issue 5). Needs sentences, and mentions
 * plus entities for speaker resolution; runs without them too (speakers stay unresolved
 * or fall back to surname matching). When the timexes layer is present (the stage order
 * puts annotate/timexes first), a quotation dated by its attribution ("said on Friday")
 * gets `saidAt`, resolved against the publication date.
 *
 * @example
 * runStages(doc, [sentencesStage, entitiesStage, timexesStage, quotesStage]);
 */
export const quotesStage = defineStage({
  name: 'annotate/quotes',
  // Timexes date what was said ("on Friday"), against the publication date.
  requires: ['sentences', 'mentions', 'entities', 'timexes', 'published'],
  produces: ['quotes'],
  run(doc, ctx) {
    const found = findQuotes(doc.text, doc.layers.sentences ?? [], doc.layers.mentions ?? [], doc.entities);
    const quotes = dateQuotes(doc.text, found, doc.layers.timexes ?? [], doc.meta.published);
    ctx.debug(() => `${quotes.length} quotes, ${quotes.filter((q) => q.speakerId).length} with a resolved speaker`);
    return { quotes };
  },
});
