/**
 * The entity stage: finds mentions and resolves them to one entity per real actor within
 * the document. Publishes the `mentions` layer (each mention with its `entityId`) and the
 * document's `entities`.
 */

import { findMentions } from '../../annotate/mentions/find.js';
import type { Document } from '../../core/document.js';
import { defineStage, type StageContext } from '../../core/stage.js';
import { defaultKnowledgeBase } from '../kb/index.js';
import type { KnowledgeBase } from '../kb/types.js';
import { type Resolution, resolveEntities } from './resolve.js';

export { findMentions } from '../../annotate/mentions/find.js';
export { foldName } from './names.js';
export { type Resolution, type ResolveOptions, resolveEntities } from './resolve.js';

const STAGE = 'resolve/entities';

/**
 * The page's date for "who held this office then": the publication day when an earlier
 * stage found it, else the run's reference time, else null (offices are then matched
 * only through roles seen in the text).
 */
export function pageDate(doc: Document, ctx: Pick<StageContext, 'referenceTime'>): string | null {
  const published = doc.meta.published;
  if (published && published.granularity === 'day' && !published.candidates?.length) return published.start;
  return ctx.referenceTime ? ctx.referenceTime.toISOString().slice(0, 10) : null;
}

/**
 * Finds and resolves the mentions of one document: a pure function of its text,
 * sentences, date and the knowledge base.
 */
export function annotateEntities(doc: Document, kb: KnowledgeBase | undefined, date: string | null): Resolution {
  const found = findMentions(doc.text, { sentences: doc.layers.sentences ?? [], ...(kb ? { kb } : {}) });
  return resolveEntities(doc.text, found, { ...(kb ? { kb } : {}), date, by: STAGE });
}

/**
 * The `resolve/entities` stage. Config: `actorsFile` (a user actor file, `--actors`)
 * extends the shipped knowledge base.
 *
 * @example
 * runStages(doc, [sentencesStage, entitiesStage], { config: { actorsFile: 'my-actors.yaml' } });
 */
export const entitiesStage = defineStage({
  name: STAGE,
  requires: ['paragraphs', 'sentences'],
  produces: ['mentions', 'entities'],
  run(doc, ctx) {
    // The rules and word lists are English; other languages keep empty layers.
    if (doc.meta.language && !doc.meta.language.startsWith('en')) {
      ctx.debug(() => `language ${doc.meta.language}: no English mention rules apply`);
      return { mentions: [], entities: [] };
    }
    const kb = defaultKnowledgeBase(ctx.config.actorsFile);
    const date = pageDate(doc, ctx);
    const { mentions, entities } = annotateEntities(doc, kb, date);
    ctx.debug(() => `${mentions.length} mentions, ${entities.length} entities (date ${date ?? 'unknown'})`);
    return { mentions, entities };
  },
});
