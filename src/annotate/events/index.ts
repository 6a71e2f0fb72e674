/**
 * The events layer: political events as a PLOVER base action plus a status, one record
 * per statement of an action's status (see ../shared/gold/events.md and DESIGN.md "Events").
 */
import type { Document } from '../../core/document.js';
import { type DateValue, type EventRecord, eventEvidence, type Sentence } from '../../core/layers.js';
import { ownString, type Span } from '../../core/span.js';
import { defineStage } from '../../core/stage.js';
import { dateOfSpan, isAttributiveYear } from '../../resolve/dates/span-date.js';
import { defaultKnowledgeBase } from '../../resolve/kb/index.js';
import { resolveTimex } from '../timexes/index.js';
import { EVENTS_STAGE_NAME, findEvents, layerOffsetsOf, type SpanTable } from './detect.js';
import { lookUpName } from './gazetteer.js';

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
  run(doc, ctx) {
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
      // The demonyms of a user's own countries ("Marestian shipping companies").
      ...(ctx.config.actorsFile ? { demonymCode: userDemonyms(ctx.config.actorsFile) } : {}),
    });
    // The date of each statement comes from the time expression of its own evidence (or,
    // for what occurred, the nearest one before it in its sentence), resolved against the
    // publication date with the clause's tense; a proposed action is not dated by the day
    // it was proposed. The dates stage's rule, shared with quotes.
    // The records are findEvents' own, seen by no one yet: dated in place.
    // dateOfSpan scans the sentences for what occurred: it gets them as plain copies.
    const dating = events.some((e) => e.status === 'occurred') ? withPlainSentences(doc) : doc;
    for (const event of events) {
      const evidence = eventEvidence(event)[0] as Span;
      const date = dateOfSpan(dating, evidence, doc.meta.published, { scope: event.status === 'occurred' ? 'sentence' : 'span' });
      if (date) (event as { date: DateValue | null }).date = date;
    }
    return { events: continueNarration(doc, events) };
  },
});

/**
 * The document with its sentence layer copied into plain objects of one shape (same
 * offsets, same order): the layer's own sentence objects each have a shape of their own,
 * and every read of one is slow, while dateOfSpan scans the sentences once per occurred
 * event. Every other field and layer is the document's own.
 */
const USER_DEMONYMS = new Map<string, (word: string) => string | undefined>();

/**
 * The country code of a demonym that an actor file adds and the built-in gazetteer lacks,
 * one lookup function (with its memo) per actor file.
 */
function userDemonyms(actorsFile: string): (word: string) => string | undefined {
  let lookUp = USER_DEMONYMS.get(actorsFile);
  if (lookUp) return lookUp;
  const kb = defaultKnowledgeBase(actorsFile);
  const memo = new Map<string, string | undefined>();
  lookUp = (word: string) => {
    if (memo.has(word)) return memo.get(word);
    const match = lookUpName(word) === null ? kb.match(word).find((m) => m.via === 'demonym' && m.actor.type === 'country') : undefined;
    const code = match?.actor.country ?? undefined;
    // Words are capitalised words of pages: a bounded vocabulary, but not a fixed one.
    if (memo.size > 50_000) memo.clear();
    memo.set(ownString(word), code);
    return code;
  };
  USER_DEMONYMS.set(actorsFile, lookUp);
  return lookUp;
}

function withPlainSentences(doc: Document): Document {
  const layer = doc.layers.sentences;
  if (!layer) return doc;
  // The offsets findEvents read (see detect.ts), and each sentence's `by` once.
  const { starts, ends } = layerOffsetsOf(layer);
  const sentences: Sentence[] = [];
  for (let i = 0; i < starts.length; i++) {
    sentences.push({ start: starts[i] as number, end: ends[i] as number, by: (layer[i] as Sentence).by });
  }
  return { ...doc, layers: { ...doc.layers, sentences } };
}

/** "also" before the action, or "as well" / ", too" closing its sentence: it adds to the narration before it. */
const CONTINUATION_BEFORE = /\balso\b/i;
const CONTINUATION_AFTER = /(?:\bas\s+well|,\s*too)(?=[.!?"”]*\s*$)/i;

/**
 * An occurred event with no time expression of its own, whose sentence says it adds to what
 * came before ("His administration also expelled 10 diplomats", after "imposed sanctions on
 * Thursday"), happened at the narration's reference time: the date of the latest earlier
 * occurred event that has one (the reference-time propagation of temporal taggers). The
 * date keeps that event's evidence and adds the continuation word, so a reader sees why.
 * Without such a word the event stays undated: background ("Prior to that, they held talks
 * online") is not the news peg, and no date is better than a borrowed one.
 */
export function continueNarration(doc: Document, events: readonly EventRecord[]): EventRecord[] {
  // The table findEvents read (each sentence object is read once per page: see detect.ts).
  const sentences = layerOffsetsOf(doc.layers.sentences ?? []);
  let reference: DateValue | null = null;
  return events.map((event) => {
    if (event.status !== 'occurred') return event;
    if (event.date) {
      reference = event.date;
      return event;
    }
    if (!reference) return event;
    const sentence = findSentenceAt(sentences, event.start);
    if (!sentence) return event;
    const before = CONTINUATION_BEFORE.exec(doc.text.slice(sentence.start, event.end));
    const after = before ? null : CONTINUATION_AFTER.exec(doc.text.slice(event.end, sentence.end));
    const marker = before ?? after;
    if (!marker) return event;
    const at = (before ? sentence.start : event.end) + marker.index;
    const word: Span = { start: at, end: at + marker[0].length };
    const borrowed: DateValue = reference;
    return { ...event, date: { ...borrowed, evidence: [...borrowed.evidence, word], inferred: true } };
  });
}

/** The first sentence (in layer order) holding offset `at`. */
function findSentenceAt(sentences: SpanTable, at: number): Span | undefined {
  const { starts, ends } = sentences;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (start <= at && at < end) return { start, end };
  }
  return undefined;
}
