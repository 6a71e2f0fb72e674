/**
 * The events layer: political events as a PLOVER base action plus a status, one record
 * per statement of an action's status (see ../shared/gold/events.md and DESIGN.md "Events").
 */
import type { Span } from '../../core/span.js';
import { defineStage } from '../../core/stage.js';
import { dateOfSpan, isAttributiveYear } from '../../resolve/dates/span-date.js';
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
      // "the 2020 presidential election" dates the election, not the event.
      dateTimex: (timex) =>
        'parts' in timex && isAttributiveYear(doc.text, timex as Parameters<typeof isAttributiveYear>[1])
          ? null
          : resolveTimex(timex, doc.meta.published),
    });
    // The date of each statement comes from the time expression of its own evidence (or,
    // for what occurred, the nearest one before it in its sentence), resolved against the
    // publication date with the clause's tense; a proposed action is not dated by the day
    // it was proposed. The dates stage's rule, shared with quotes.
    const dated = events.map((event) => {
      const evidence = (Array.isArray(event.evidence) ? event.evidence[0] : event.evidence) as Span;
      const date = dateOfSpan(doc, evidence, doc.meta.published, { scope: event.status === 'occurred' ? 'sentence' : 'span' });
      return { ...event, date: date ?? event.date };
    });
    return { events: dated };
  },
});
