/**
 * The events layer: political events as a PLOVER base action plus a status, one record
 * per statement of an action's status (see ../shared/gold/events.md and DESIGN.md "Events").
 */
import { defineStage } from '../../core/stage.js';
import { resolveTimex } from '../timexes/index.js';
import { EVENTS_STAGE_NAME, findEvents } from './detect.js';

export type { FindEventsInput } from './detect.js';
export { EVENTS_STAGE_NAME, findEvents, MIN_CONFIDENCE, normalizeForMatching, splitClauses } from './detect.js';
export { findGazetteerHits, lookUpName, lookUpPlaceCountry } from './gazetteer.js';
export { PLOVER_TYPES, type PloverType } from './lexicon.js';
export { type PloverRecord, projectToPlover, projectType, toCameo } from './project.js';

/**
 * The events stage. Reads sentences, mentions with their entities (for party codes) and
 * quotes (for who asserted a status); produces `events`, sorted by (start, end).
 */
export const eventsStage = defineStage({
  name: EVENTS_STAGE_NAME,
  requires: ['sentences', 'mentions', 'entities', 'quotes'],
  produces: ['events'],
  run(doc) {
    const events = findEvents({
      text: doc.text,
      sentences: doc.layers.sentences ?? [],
      mentions: doc.layers.mentions ?? [],
      entities: doc.entities,
      quotes: doc.layers.quotes ?? [],
      // In-body subheadings are titles, not statements ("Russia ready for cooperation with US").
      skip: (doc.layers.paragraphs ?? []).filter((p) => p.kind === 'heading'),
      // Dates come from the timexes layer when an earlier stage made it, resolved against
      // the publication date (relative ones stay null without it).
      timexes: doc.layers.timexes ?? [],
      dateTimex: (timex) => resolveTimex(timex, doc.meta.published),
    });
    return { events };
  },
});
