import { toDayNumber } from '../../annotate/timexes/index.js';
import { defineStage, type Stage } from '../../core/stage.js';
import type { KnowledgeBase } from '../kb/types.js';
import { type InferOptions, inferPublished } from './infer.js';

export { resolveTimex } from '../../annotate/timexes/resolve.js';
export type { DateClue } from './clues.js';
export { type InferOptions, type InferResult, inferPublished } from './infer.js';

/**
 * The resolve/dates stage: the publication date with its evidence (stated metadata kept
 * as is; otherwise inferred, see {@link inferPublished}). Needs the timexes layer and the
 * linked entities; the knowledge base is passed in so tests and `--actors` files can
 * supply their own. Quotes and events date their own spans afterwards with resolveTimex
 * against `doc.meta.published`.
 *
 * @example
 * const stage = createDatesStage(defaultKnowledgeBase());
 */
export function createDatesStage(kb: KnowledgeBase, options: InferOptions = {}): Stage {
  return defineStage({
    name: 'resolve/dates',
    requires: ['timexes', 'entities'],
    produces: ['published'],
    run(doc, ctx) {
      const reference = ctx.referenceTime;
      const notAfter = reference ? toDayNumber(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate()) : undefined;
      const result = inferPublished(doc, kb, {
        ...options,
        ...(notAfter !== undefined ? { notAfter, maxYear: options.maxYear ?? reference?.getUTCFullYear() } : {}),
      });
      for (const d of result.diagnostics) ctx.report(d);
      ctx.debug(() => `used: ${result.used.map((c) => `${c.rule} (${c.description})`).join('; ')}`);
      return { published: result.value };
    },
  });
}
export { dateOfSpan, type SpanDateOptions } from './span-date.js';
