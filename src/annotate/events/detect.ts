/**
 * Event detection: triggers from the lexicon, one candidate per action and clause, a
 * status from the cues around it, parties from the party mentions, a location and a
 * confidence. Pure functions over the text and its layers; the stage in index.ts wraps them.
 */
import type { Entity } from '../../core/document.js';
import type { DateValue, EventRecord, EventStatus, Mention, Quote, Timex } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { defineAnchor, defineGate, type GateIndex, gateIndexOf, openGates } from './gates.js';
import { lookUpPlaceCountry } from './gazetteer.js';
import { type PloverType, SPEECH_TYPES, SYMMETRIC_TYPES, TRIGGERS, TRIGGERS_BY_ANCHOR, type TriggerSpec } from './lexicon.js';
import { findPartyMentions, findPlaceDemonyms, type PartyMention, uniqueCodes } from './parties.js';
import { projectToPlover, toCameo } from './project.js';
import { decideStatus, findCues } from './status.js';

/** The stage name every record carries in `by`. */
export const EVENTS_STAGE_NAME = 'annotate/events';

/**
 * Records below this confidence are kept out of the layer (they stay available to the
 * PLOVER evaluation, which needs a best guess for every sentence). Calibrated on the seed
 * pages, the fictional tables and a sample of ecbplus/polnear news: at 0.6 every required
 * seed event stays (the weakest scores 0.70) while one-sided chatter ("the short
 * conversation at his locker", 0.58) and object-less requests (0.56) drop out.
 */
export const MIN_CONFIDENCE = 0.6;

/** Replaces curly and straight double quotes by spaces and straightens apostrophes; offsets unchanged. */
export function normalizeForMatching(text: string): string {
  return text.replace(/[“”„«»"]/g, ' ').replace(/[’‘`]/g, "'");
}

interface TriggerHit {
  readonly start: number;
  readonly end: number;
  readonly spec: TriggerSpec;
}

/** Finds every trigger in the text once, then keeps the best of overlapping ones. */
function findTriggers(norm: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // Anchored patterns: a sticky match at each anchor word (found in the gate pass, see gates.ts);
  // none in the rare text whose lower case changes length.
  const gates = gateIndexOf(norm);
  const isAnchored = gates.scan !== null;
  const anchorStarts = gates.anchorStarts;
  const anchorIds = gates.anchorIds;
  for (let k = 0; k < anchorStarts.length; k++) {
    const start = anchorStarts[k] as number;
    for (const spec of SPECS_BY_ANCHOR[anchorIds[k] as number] as readonly TriggerSpec[]) {
      spec.sticky.lastIndex = start;
      const match = spec.sticky.exec(norm);
      if (match) pushTrigger(hits, spec, start, match[0]);
    }
  }
  // The rest (and everything, in the rare text whose lower case changes length) run whole,
  // or, when they have a start gate, sticky at the words that open it: every match of the
  // whole-text scan starts at such a word, so trying them in order, each past the last
  // match, finds the same matches.
  for (const spec of TRIGGERS) {
    if (spec.anchors && isAnchored) continue;
    if (spec.gate !== null && gates.scan !== null) {
      if ((gates.all & spec.gate) !== 0) findAtGateStarts(hits, spec, spec.gate, norm, gates);
      continue;
    }
    const pattern = spec.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(norm); match !== null; match = pattern.exec(norm)) {
      if (match[0].length === 0) pattern.lastIndex++;
      pushTrigger(hits, spec, match.index, match[0]);
    }
  }
  // Overlaps: the higher weight wins, then the longer match.
  hits.sort((a, b) => b.spec.weight - a.spec.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const hit of hits) {
    if (overlapsAny(kept, hit)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The anchored triggers by the id of their anchor word (see gates.ts `defineAnchor`). */
const SPECS_BY_ANCHOR: (readonly TriggerSpec[])[] = [];
for (const [word, specs] of TRIGGERS_BY_ANCHOR) SPECS_BY_ANCHOR[defineAnchor(word)] = specs;

/** Matches of `spec` tried at each word of the text that opens `gate`, never overlapping. */
function findAtGateStarts(hits: TriggerHit[], spec: TriggerSpec, gate: number, norm: string, gates: GateIndex): void {
  const sticky = spec.sticky;
  let from = 0;
  for (let k = 0; k < gates.starts.length; k++) {
    const at = gates.starts[k] as number;
    if (at < from || ((gates.masks[k] as number) & gate) === 0) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(norm);
    if (!match) continue;
    pushTrigger(hits, spec, at, match[0]);
    from = at + Math.max(1, match[0].length);
  }
}

function pushTrigger(hits: TriggerHit[], spec: TriggerSpec, at: number, matched: string): void {
  let length = matched.length;
  while (length > 0 && isRegexSpace(matched.charCodeAt(length - 1))) length--;
  if (length > 0) hits.push({ start: at, end: at + length, spec });
}

function overlapsAny(kept: readonly TriggerHit[], hit: TriggerHit): boolean {
  for (const k of kept) if (k.start < hit.end && hit.start < k.end) return true;
  return false;
}

/** True for a code unit that /\s/ matches (WhiteSpace and LineTerminator of ECMAScript). */
function isRegexSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

const STRONG_BOUNDARY =
  /;|\s(?:--|—|–)\s|,?\s+but\s+|,\s+however,?\s+|,\s+while\s+|,\s+whereas\s+|,\s+although\s+|,\s+and\s+(?=(?:said|added|noted)\b)|\.\s+/g;
const INTRO_ADJUNCT =
  /^(?:During|After|Before|Despite|Following|Prior\s+to\s+\w+|Meanwhile|In\s+[^,]{0,40}|On\s+[^,]{0,30}|At\s+[^,]{0,40}|Over\s+[^,]{0,40}|Since\s+[^,]{0,40}|However|Still|Nevertheless|Earlier|Later)\b[^,]{0,90},/;

/** Splits a sentence into clauses at strong breaks and after an introductory adjunct. */
export function splitClauses(norm: string, start: number, end: number): Span[] {
  const cuts: number[] = [start];
  const slice = norm.slice(start, end);
  const intro = INTRO_ADJUNCT.exec(slice);
  if (intro) cuts.push(start + intro[0].length);
  STRONG_BOUNDARY.lastIndex = 0;
  for (let m = STRONG_BOUNDARY.exec(slice); m !== null; m = STRONG_BOUNDARY.exec(slice)) cuts.push(start + m.index);
  cuts.push(end);
  cuts.sort((a, b) => a - b);
  const clauses: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i] as number;
    const e = cuts[i + 1] as number;
    // Equal cuts (an adjunct ending where a break starts) give no clause.
    if (e > s) clauses.push({ start: s, end: e });
  }
  return clauses;
}

const SPEECH_VERBS =
  'said|says|told|tells|added|adds|noted|stressed|explained|emphasized|emphasised|continued|announced|reported|stated|believes|believed|recalled|insisted|confirmed|claimed|declared|pointed\\s+out|quoted';
const REPORT_ADVERBIALS =
  '(?:\\s+(?:on\\s+\\w+(?:\\s+\\d+)?|earlier|today|yesterday|later|at\\s+(?:his|her|a|the)\\s+[^,.]{0,40}?|to\\s+(?:reporters|journalists)|in\\s+an?\\s+[^,.]{0,40}?))*';
const TRAILING_REPORT = new RegExp(`,\\s*(?:[^,]{0,120}?)\\b(?:${SPEECH_VERBS})\\b${REPORT_ADVERBIALS}`, 'gi');
const LEADING_REPORT = new RegExp(
  `^[^,;]{0,140}?\\b(?:${SPEECH_VERBS}|told\\s+\\w+)\\b(?:\\s+(?:on\\s+\\w+|earlier|today|yesterday|later|in\\s+an?\\s+[^,]{0,60}?|at\\s+[^,]{0,60}?))*(?:\\s+that)?\\s`,
  'i',
);
const PARENTHETICAL_REPORT = new RegExp(`,\\s*[^,]{0,60}?\\b(?:${SPEECH_VERBS})\\s*,`, 'gi');
const ACCORDING_TO = /\baccording\s+to\s+[^,.]{0,80}/gi;

/** Gates (see gates.ts): the speech verbs the three report patterns need, and "according to". */
const SPEECH_GATE = defineGate([
  'said',
  'says',
  'told',
  'tells',
  'add',
  'noted',
  'stressed',
  'explained',
  'emphasi',
  'continued',
  'announced',
  'reported',
  'stated',
  'believe',
  'recalled',
  'insisted',
  'confirmed',
  'claimed',
  'declared',
  'pointed',
  'quoted',
]);
const ACCORDING_GATE = defineGate(['according']);

/** Reporting clauses of a sentence ("..., Peskov said", "The Kremlin says that ..."). */
function findReportingSpans(norm: string, start: number, end: number): Span[] {
  const open = openGates(gateIndexOf(norm), start, end);
  const spans: Span[] = [];
  if ((open & (SPEECH_GATE | ACCORDING_GATE)) === 0) return spans;
  const slice = norm.slice(start, end);
  if ((open & SPEECH_GATE) !== 0) {
    const leading = LEADING_REPORT.exec(slice);
    if (leading) spans.push({ start, end: start + leading[0].length });
    addMatches(spans, TRAILING_REPORT, slice, start);
    addMatches(spans, PARENTHETICAL_REPORT, slice, start);
  }
  if ((open & ACCORDING_GATE) !== 0) addMatches(spans, ACCORDING_TO, slice, start);
  return spans;
}

/** Adds the spans of every match of a global, never-empty `pattern` in `slice` (which starts at `offset`). */
function addMatches(spans: Span[], pattern: RegExp, slice: string, offset: number): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
}

/** True when `span` lies inside one of `spans`. */
function inside(span: PartyMention, spans: readonly Span[]): boolean {
  return isInsideAny(span.start, span.end, spans);
}

/**
 * True when [start, end) lies inside one of `spans`. Takes offsets, not the span: its
 * callers pass spans of many shapes (frozen layer objects), whose reads stay at the call site.
 */
function isInsideAny(start: number, end: number, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (start >= s.start && end <= s.end) return true;
  }
  return false;
}

/** The offsets of a layer's spans, read once per page (layer objects come in many shapes). */
export interface SpanTable {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** True when the starts ascend (a layer's do). */
  readonly isSorted: boolean;
}

/** True when [start, end) lies inside one of the spans of `table`. */
function isInsideTable(start: number, end: number, table: SpanTable): boolean {
  const { starts, ends } = table;
  for (let i = 0; i < starts.length; i++) if ((starts[i] as number) <= start && end <= (ends[i] as number)) return true;
  return false;
}

/**
 * The offsets of the spans of a frozen layer (a stage's input), read once per layer: the
 * events stage reads its sentences again after findEvents (see index.ts), and a read of a
 * sentence object is slow (each has a shape of its own). Other lists are read afresh.
 */
export function layerOffsetsOf(spans: readonly Span[]): SpanTable {
  if (!Object.isFrozen(spans)) return tabulateSpans(spans);
  let table = layerTables.get(spans);
  if (!table) {
    table = tabulateSpans(spans);
    layerTables.set(spans, table);
  }
  return table;
}

const layerTables = new WeakMap<readonly Span[], SpanTable>();

function tabulateSpans(spans: readonly Span[]): SpanTable {
  const starts: number[] = [];
  const ends: number[] = [];
  let isSorted = true;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    starts.push(span.start);
    ends.push(span.end);
    if (i > 0 && span.start < (starts[i - 1] as number)) isSorted = false;
  }
  return { starts, ends, isSorted };
}

/** What the previous records of the page say, for anaphora ("the two presidents", "his administration"). */
interface PageMemory {
  lastConsultParties: string[];
  lastActor: string | null;
  readonly records: EventRecord[];
  readonly actionIds: Map<string, string>;
}

const ANAPHOR =
  /\b(?:they|their|them|the\s+two\s+\w+|both\s+(?:sides|leaders|countries|presidents)|the\s+sides|the\s+leaders|the\s+presidents|each\s+other|another|such\s+(?:a\s+)?\w+|the\s+(?:meeting|talks|summit|call|conversation|contact|contacts))\b/i;
const SUBJECT_ANAPHOR =
  /\b(?:his|her|its|their)\s+(?:administration|government|ministry|cabinet|country|forces|side)\b|^\s*(?:he|she|it|they)\b|\bthe\s+(?:country|government|administration)\b/i;
const DEFINITE_BEFORE = /\b(?:the|his|her|its|their|this|that|such|these|those)\s+(?:[a-z-]+\s+){0,2}$/i;
/** "agreed that expert ...": "that" after a verb of saying or deciding opens a clause, it is no determiner. */
const COMPLEMENT_THAT_BEFORE = /\b(?:\w+ed|said|says|say|told|tells|agree|agrees|announce|announces)\s+that\s+(?:[a-z-]+\s+){0,2}$/i;
const PREPOSITION_BEFORE =
  /\b(?:in|of|with|from|to|on|against|for|by|over|into|near|toward|towards|between|about|at)\s+(?:the\s+)?(?:\w+\s+){0,1}$/i;
const PHONE_CONTEXT = /\b(?:(?:tele)?phone|online|video|virtual(?:ly)?|on\s+screen|remotely)\b/i;
const VISIT_CONTEXT = /\b(?:visit|visited|visiting|trip\s+to|tour\s+of|arrived\s+in)\b/i;

/** Gate (see gates.ts) of PLACE_OF. */
const PLACE_GATE = defineGate(['resort', 'city', 'town', 'capital', 'village', 'port', 'region', 'province']);
const PLACE_OF = /\b(?:resort|city|town|capital|village|port|region|province)\s+of\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)/g;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|President|Prime)$/;

/**
 * Places the page itself situates ("the southern Russian resort of Sochi" → RUS), so a
 * later "visit to Sochi" has a country without a list of every resort in the world.
 * `gates` indexes a text with the same words (the normalised text).
 */
export function learnPlaces(text: string, gates: GateIndex = gateIndexOf(text)): Map<string, string> {
  const places = new Map<string, string>();
  // Every match starts at a word that opens the gate, so the pattern is tried there alone
  // (in order, each past the last match, as the global scan would find them); not in a text
  // with a Kelvin sign, whose lower case glues a "k" to the word after it.
  if (gates.scan !== null && text.indexOf('\u212a') < 0) {
    let from = 0;
    for (let k = 0; k < gates.starts.length; k++) {
      const at = gates.starts[k] as number;
      if (at < from || ((gates.masks[k] as number) & PLACE_GATE) === 0) continue;
      PLACE_OF_AT.lastIndex = at;
      const m = PLACE_OF_AT.exec(text);
      if (!m) continue;
      addPlace(places, text, at, m[1] ?? '');
      from = at + m[0].length;
    }
    return places;
  }
  PLACE_OF.lastIndex = 0;
  for (const m of text.matchAll(PLACE_OF)) addPlace(places, text, m.index, m[1] ?? '');
  return places;
}

/** PLACE_OF, sticky. */
const PLACE_OF_AT = new RegExp(PLACE_OF.source, 'y');

function addPlace(places: Map<string, string>, text: string, at: number, name: string): void {
  const demonym = findPlaceDemonyms(text, Math.max(0, at - 40), at)[0];
  const country = demonym?.code ?? lookUpPlaceCountry(name);
  if (country && !places.has(name)) places.set(name, country);
}

/** A place after "in", "at", "visit to"...: the name in group 1. */
const PLACE_AFTER =
  /\b(?:in|at|(?:visit|trip|travel|journey|return|returned|came|went|flew)\s+to)\s+(?:the\s+)?(?:[a-z]+\s+|[A-Z][a-z]+\s+(?=[a-z])){0,3}?(?:(?:resort|city|town|capital|village|port|region|province)\s+of\s+)?([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)/g;

/** Finds the place of an event: "in Geneva", "in the southern Russian resort of Sochi", "visit to Sochi". */
function findLocation(
  norm: string,
  places: ReadonlyMap<string, string>,
  from: number,
  to: number,
  parties: readonly PartyMention[] = [],
): { name: string; country: string | null } | null {
  const slice = norm.slice(from, to);
  if ((openGates(gateIndexOf(norm), from, to) & PLACE_GATE) !== 0) {
    PLACE_OF.lastIndex = 0;
    for (const m of slice.matchAll(PLACE_OF)) {
      const name = m[1] ?? '';
      const country = places.get(name) ?? lookUpPlaceCountry(name);
      if (country) return { name, country };
    }
  }
  // matchAll scans a copy of the pattern: its own lastIndex stays 0.
  for (const m of slice.matchAll(PLACE_AFTER)) {
    const name = m[1] ?? '';
    if (MONTH_OR_DAY.test(name)) continue;
    const at = from + (m.index ?? 0) + m[0].length - name.length;
    const named = parties.find((p) => p.start === at && p.kind !== 'person');
    const country = places.get(name) ?? lookUpPlaceCountry(name) ?? named?.code ?? null;
    if (!country) continue;
    return { name, country };
  }
  return null;
}

/** Inputs of `findEvents` beyond the text. */
export interface FindEventsInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions?: readonly Mention[];
  readonly entities?: readonly Entity[];
  readonly quotes?: readonly Quote[];
  /** Keep candidates below MIN_CONFIDENCE (the PLOVER evaluation wants a guess per sentence). */
  readonly keepWeak?: boolean;
  /** Spans to read no events from (in-body subheadings: they are titles, not statements). */
  readonly skip?: readonly Span[];
  /** Time expressions of the text and a resolver, to date occurred and planned events. */
  readonly timexes?: readonly Timex[];
  readonly dateTimex?: (timex: Timex) => DateValue | null;
  /** The country code of a demonym the built-in gazetteer does not know (a user's actor file). */
  readonly demonymCode?: (word: string) => string | undefined;
}

interface Candidate {
  readonly triggers: TriggerHit[];
  readonly clause: Span;
  readonly sentence: Span;
}

function groupByClause(triggers: readonly TriggerHit[], clause: Span): TriggerHit[][] {
  const inClause = triggers.filter((t) => t.start >= clause.start && t.end <= clause.end);
  // Cue verbs give their status to an action after them in the clause ("agreed to meet").
  // So does a commitment word after the action it qualifies ("a date for a possible call will be agreed upon").
  const actions = inClause.filter((t, i) => {
    if (t.spec.role !== 'cue') return true;
    const after = inClause.slice(i + 1).some((o) => o.spec.role !== 'cue' && o.start - t.end <= 80);
    const before = inClause.slice(0, i).some((o) => o.spec.role === 'action' && t.start - o.end <= 60);
    return !after && !before;
  });
  // A speech act's complement is not an event of its own ("rejected an offer to host a summit").
  const firstSpeech = actions.find((t) => t.spec.role === 'speech');
  const kept = firstSpeech ? actions.filter((t) => t === firstSpeech || t.start < firstSpeech.start || t.spec.role === 'speech') : actions;
  const groups = new Map<PloverType, TriggerHit[]>();
  for (const t of kept) {
    const list = groups.get(t.spec.type) ?? [];
    list.push(t);
    groups.set(t.spec.type, list);
  }
  return [...groups.values()];
}

function pickMode(triggers: readonly TriggerHit[]): string | null {
  const modes = triggers.map((t) => t.spec.mode).filter((m): m is string => m !== null);
  for (const preferred of ['phone', 'visit', 'expel', 'third-party']) if (modes.includes(preferred)) return preferred;
  return modes[0] ?? null;
}

/**
 * Finds the events of a text: one record per statement of an action's status.
 *
 * @example
 * findEvents({ text, sentences: splitSentences(text) })
 */
export function findEvents(input: FindEventsInput): EventRecord[] {
  const { text, sentences } = input;
  const norm = normalizeForMatching(text);
  const triggers = findTriggers(norm);
  // The words of `text` and `norm` are the same (only quotes differ), and so are their capitals.
  const parties = findPartyMentions(text, input.mentions ?? [], input.entities ?? [], gateIndexOf(norm).capitals, input.demonymCode);
  // The words of `text` and `norm` are the same (only quotes differ), so norm's gates serve both.
  const places = (gateIndexOf(norm).all & PLACE_GATE) !== 0 ? learnPlaces(text, gateIndexOf(norm)) : new Map<string, string>();
  const memory: PageMemory = { lastConsultParties: [], lastActor: null, records: [], actionIds: new Map() };
  const skip = input.skip ?? [];
  const quotes = input.quotes ?? [];
  const quoteTable = tabulateSpans(quotes);
  const skipTable = tabulateSpans(skip);
  const timexes = input.timexes ?? [];
  const timexTable = tabulateSpans(timexes);
  const out: EventRecord[] = [];
  let ti = 0;
  let pi = 0;
  // Indexed loops over the input layers: the stage runner freezes them, and for-of over a
  // frozen array leaves V8's fast path.
  // Each sentence object is read once (its offsets into a table): layer objects come in
  // many shapes, and every read of one is slow (see SpanTable).
  const sentenceTable = layerOffsetsOf(sentences);
  const sentenceStarts = sentenceTable.starts;
  const sentenceEnds = sentenceTable.ends;
  for (let si = 0; si < sentenceStarts.length; si++) {
    const sentenceStart = sentenceStarts[si] as number;
    const sentenceEnd = sentenceEnds[si] as number;
    if (isInsideTable(sentenceStart, sentenceEnd, skipTable)) continue;
    while (ti < triggers.length && (triggers[ti] as TriggerHit).start < sentenceStart) ti++;
    const inSentence: TriggerHit[] = [];
    for (let j = ti; j < triggers.length && (triggers[j] as TriggerHit).start < sentenceEnd; j++) {
      const t = triggers[j] as TriggerHit;
      if (t.end <= sentenceEnd) inSentence.push(t);
    }
    // A sentence with no trigger holds no statement (bare status clauses need an action in their sentence).
    if (inSentence.length === 0) continue;
    const sentence: Span = { start: sentenceStart, end: sentenceEnd };
    while (pi < parties.length && (parties[pi] as PartyMention).start < sentenceStart) pi++;
    const sentenceParties: PartyMention[] = [];
    for (let j = pi; j < parties.length && (parties[j] as PartyMention).start < sentenceEnd; j++) {
      const p = parties[j] as PartyMention;
      if (p.end <= sentenceEnd) sentenceParties.push(p);
    }
    const clauses = splitClauses(norm, sentenceStart, sentenceEnd);
    const reporting = findReportingSpans(norm, sentenceStart, sentenceEnd);
    const sentenceRecords: EventRecord[] = [];
    const ctx: Context = {
      text,
      norm,
      places,
      reporting,
      sentenceParties,
      sentenceRecords,
      memory,
      quotes,
      quoteTable,
      timexes,
      timexTable,
      dateTimex: input.dateTimex ?? null,
      keepWeak: input.keepWeak === true,
    };
    for (const clause of clauses) {
      const groups = groupByClause(inSentence, clause);
      if (groups.length === 0 && sentenceRecords.length > 0) {
        const bare = makeBareStatusRecord(norm, clause, sentenceRecords[sentenceRecords.length - 1] as EventRecord);
        if (bare) {
          sentenceRecords.push(bare);
        }
        continue;
      }
      for (const group of groups) {
        const record = buildRecord({ triggers: group, clause, sentence }, ctx);
        if (record) sentenceRecords.push(record);
      }
    }
    for (const record of sentenceRecords) {
      if (!isKept(record.confidence, ctx)) continue;
      const withId = assignActionId(record, memory);
      out.push(withId);
      memory.records.push(withId);
      if (withId.type === 'CONSULT' && withId.actors.length + withId.recipients.length >= 2) {
        memory.lastConsultParties = [...withId.actors, ...withId.recipients];
      }
      if (!SYMMETRIC_TYPES.has(withId.type) && withId.actors[0]) memory.lastActor = withId.actors[0];
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when a record of this confidence goes to the output (weak ones only for the PLOVER guess). */
function isKept(confidence: number, ctx: Context): boolean {
  return confidence >= MIN_CONFIDENCE || ctx.keepWeak;
}

/** A record while this module builds it: fields filled in after the rest (ids, projections). */
type RecordDraft = { -readonly [K in keyof EventRecord]: EventRecord[K] };

/** Sets the id of the action a kept record states (same type, mode class and parties: same id). */
function assignActionId(record: EventRecord, memory: PageMemory): EventRecord {
  const modeClass = record.type === 'CONSULT' ? (record.mode === 'phone' ? 'remote' : 'inperson') : (record.mode ?? '');
  const codes = SYMMETRIC_TYPES.has(record.type)
    ? joinSorted(uniqueOf(record.actors, record.recipients))
    : `${joinSorted(record.actors)}>${joinSorted(record.recipients)}`;
  const key = `${record.type}|${modeClass}|${codes}`;
  let id = memory.actionIds.get(key);
  if (!id) {
    id = `action-${memory.actionIds.size + 1}`;
    memory.actionIds.set(key, id);
  }
  // The record is this module's own, not yet seen by anyone: set in place.
  (record as RecordDraft).actionId = id;
  return record;
}

/** The codes of both lists, each once, in first-seen order. */
function uniqueOf(a: readonly string[], b: readonly string[]): string[] {
  const codes: string[] = [];
  for (const list of [a, b]) for (const c of list) if (!codes.includes(c)) codes.push(c);
  return codes;
}

/** The codes sorted and joined by "+" (as `[...codes].sort().join('+')`). */
function joinSorted(codes: readonly string[]): string {
  if (codes.length === 0) return '';
  if (codes.length === 1) return codes[0] as string;
  return [...codes].sort().join('+');
}

/**
 * A clause with no trigger but a negative status ("..., but there were no concrete plans on
 * this matter") is a second statement about the action named earlier in the sentence.
 */
function makeBareStatusRecord(norm: string, clause: Span, previous: EventRecord): EventRecord | null {
  const cues = findCues(norm, clause.start, clause.end).filter(
    (c) => c.strength >= 3 && (c.status === 'not_planned' || c.status === 'not_occurred' || c.status === 'denied'),
  );
  const cue = cues[0];
  if (!cue) return null;
  const evidence: Span = { start: cue.start, end: clause.end - (/[.!?]$/.test(norm.slice(clause.end - 1, clause.end)) ? 1 : 0) };
  const record: RecordDraft = {
    ...previous,
    start: evidence.start,
    end: evidence.end,
    status: cue.status,
    evidence,
    confidence: Math.min(previous.confidence, 0.7),
  };
  record.plover = projectToPlover(record);
  record.cameo = toCameo(record);
  return record;
}

interface Context {
  readonly text: string;
  readonly norm: string;
  readonly places: ReadonlyMap<string, string>;
  readonly reporting: readonly Span[];
  readonly sentenceParties: readonly PartyMention[];
  readonly sentenceRecords: readonly EventRecord[];
  readonly memory: PageMemory;
  readonly quotes: readonly Quote[];
  readonly quoteTable: SpanTable;
  readonly timexes: readonly Timex[];
  readonly timexTable: SpanTable;
  readonly dateTimex: ((timex: Timex) => DateValue | null) | null;
  readonly keepWeak: boolean;
}

/**
 * The date of an occurred or planned event: the time expression of its own clause nearest
 * the trigger, outside reporting clauses ("Peskov said on Thursday" dates the statement,
 * not the call). Considered and negated actions have no date of their own.
 */
function findEventDate(ctx: Context, clause: Span, trigger: TriggerHit, status: EventStatus): DateValue | null {
  if (!ctx.dateTimex || (status !== 'occurred' && status !== 'planned')) return null;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const { starts, ends } = ctx.timexTable;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (start < clause.start || end > clause.end || isInsideAny(start, end, ctx.reporting)) continue;
    const distance = end <= trigger.start ? trigger.start - end : Math.max(0, start - trigger.end);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best >= 0 ? ctx.dateTimex(ctx.timexes[best] as Timex) : null;
}

/** Control verbs whose "to" complement is the action itself ("agreed to meet"), not a purpose. */
const CONTROL_BEFORE_TO =
  /\b(?:agreed?|agrees|offered|offers?|promised?|pledged?|vowed|ready|willing|prepared|plans?|planned|planning|wants?|wanted|decided|expected|going|set|due|able|intends?|hopes?|hoped|likely|threatened|threatens?|refused|declined|failed|sought|seeks?|tried|tries|attempted|asked|urged|continues?|continued|began|begun|started|allow|allowed|helped?|need|needs|has|have|had|is|are|was|were|would\s+like|opportunity|chance|aims?|aimed|moved|agreement|decision|plan|proposal|offer|readiness|willingness|intention|bid|effort|efforts|attempt|order|ordered|time|months|weeks|days)\s+(?:\w+\s+)?to\s+$/i;
const PAST_NARRATION = /\b(?:was|were|had|has|have|did|came|went|held|took|ended|began)\b|\b[a-z]{3,}ed\b/i;
/** Verbs whose object comes between them and the "to" of the action: "ordered the paper to suspend publication". */
const LONG_CONTROL_BEFORE_TO =
  /\b(?:ordered|urged|asked|allowed|forced|called\s+on|invited|persuaded|pressed|told|steps|measures|decided|agreed|promised|threatened|vowed|pledged|offered)\s+(?:[\w'-]+\s+){0,5}to\s+$/i;
const RELATIVE_BEFORE = /,?\s*\b(?:which|who|whom)\s+(?:\w+\s+){0,3}$/i;
/** Gate (see gates.ts) of RELATIVE_BEFORE. */
const RELATIVE_GATE = defineGate(['which', 'who']);
/** A possessive pronoun standing for a party ("its sanctions", "his counterpart"). */
const POSSESSIVE = /^(?:its|his|her|their|our)$/i;

/** Directed types that need no recipient to be complete. */
const NO_RECIPIENT_NEEDED = new Set(['MOBILIZE', 'PROTEST', 'RETREAT', 'CONCEDE', 'AGREE', 'THREATEN', 'AID']);

/** What may stand between two parties of one group: "'s", commas, "and", "as well as", "the". */
const COORDINATION_GAP = /^(?:['’]s)?[\s,]*(?:and\s+|or\s+|as\s+well\s+as\s+|along\s+with\s+)?(?:the\s+)?$/i;

/** The parties of a coordinated group ending (or starting) at `seed`: "the US, the EU and other countries". */
function coordinatedGroup(norm: string, list: readonly PartyMention[], seedIndex: number, direction: -1 | 1): PartyMention[] {
  const group: PartyMention[] = [list[seedIndex] as PartyMention];
  let i = seedIndex;
  while (true) {
    const next = list[i + direction];
    if (!next) break;
    const cur = list[i] as PartyMention;
    const gap = direction === -1 ? norm.slice(next.end, cur.start) : norm.slice(cur.end, next.start);
    if (!COORDINATION_GAP.test(gap)) break;
    group.push(next);
    i += direction;
  }
  return direction === -1 ? group.reverse() : group;
}

/** Parties that act: not a place where something happens, not an attributive demonym. */
function acts(p: PartyMention): boolean {
  return p.kind !== 'place' && p.kind !== 'attribute';
}

/** A party not just after a preposition ("in Ostrel", "with the Aldovians"): a subject candidate. */
function isNotAfterPreposition(norm: string, p: PartyMention, floor: number): boolean {
  return !PREPOSITION_BEFORE.test(norm.slice(Math.max(floor, p.start - 25), p.start));
}

/**
 * The index of the last party of `list` not just after a preposition, or -1 (a loop from
 * the end: a `map(...).lastIndexOf(true)` here left the optimised code of buildRecord
 * whenever the mapped array changed its kind of elements).
 */
function findLastSubject(norm: string, list: readonly PartyMention[], floor: number): number {
  for (let i = list.length - 1; i >= 0; i--) if (isNotAfterPreposition(norm, list[i] as PartyMention, floor)) return i;
  return -1;
}

/** True when the parties of both lists start at two or more distinct offsets. */
function hasTwoStarts(a: readonly PartyMention[], b: readonly PartyMention[]): boolean {
  let start = -1;
  for (const list of [a, b]) {
    for (const p of list) {
      if (start === -1) start = p.start;
      else if (p.start !== start) return true;
    }
  }
  return false;
}

/**
 * The first quote (in list order) that holds the span. When the list is sorted by start (a
 * layer is), the search stops at the first quote starting after the span.
 */
function findQuoteAround(quotes: readonly Quote[], table: SpanTable, span: Span): Quote | undefined {
  const { starts, ends, isSorted } = table;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    if (isSorted && start > span.start) return undefined;
    if (start <= span.start && span.end <= (ends[i] as number)) return quotes[i];
  }
  return undefined;
}

/** A record of the same action: same type, a party in common. */
function isSameAction(r: EventRecord, type: PloverType, codes: readonly string[]): boolean {
  if (r.type !== type) return false;
  for (const c of r.actors) if (codes.includes(c)) return true;
  for (const c of r.recipients) if (codes.includes(c)) return true;
  return false;
}

/** The last record that `test` accepts, or undefined (without copying the list). */
function findLast(records: readonly EventRecord[], test: (r: EventRecord) => boolean): EventRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i] as EventRecord;
    if (test(record)) return record;
  }
  return undefined;
}

/** "at the request", "at their request" before a request noun followed by "of". */
const REQUEST_OF_BEFORE = /\bat\s+(?:the|their|its|his|her|our)\s+$/i;

function buildRecord(candidate: Candidate, ctx: Context): EventRecord | null {
  const { triggers, clause, sentence } = candidate;
  const first = triggers[0] as TriggerHit;
  const last = triggers[triggers.length - 1] as TriggerHit;
  let type: PloverType = first.spec.type;
  const isSpeech = SPEECH_TYPES.has(type);
  const beforeStart = Math.max(clause.start, first.start - 60);
  const before = ctx.norm.slice(beforeStart, first.start);

  // "to support Kiev" after a main verb is a purpose, not an act of its own.
  if (first.spec.role !== 'cue' && /\bto\s+$/.test(before) && !CONTROL_BEFORE_TO.test(before) && !LONG_CONTROL_BEFORE_TO.test(before))
    return null;
  // ", which has killed ..." is background about something already named.
  if ((openGates(gateIndexOf(ctx.norm), beforeStart, first.start) & RELATIVE_GATE) !== 0 && RELATIVE_BEFORE.test(before)) return null;

  const decision = decideStatus(
    ctx.norm,
    sentence.start,
    clause.start,
    clause.end,
    first.start,
    last.end,
    isSpeech,
    first.spec.pos === 'verb',
  );
  let status: EventStatus = decision.status;
  let threatConfidence: number | null = null;
  const clauseText = ctx.norm.slice(clause.start, clause.end);

  // A promise of harm under a condition ("will withdraw its force unless ...") is a threat.
  if (!isSpeech && decision.unless && (status === 'planned' || status === 'considered' || status === 'hypothetical')) {
    type = 'THREATEN';
    status = 'occurred';
    threatConfidence = 0.85;
  }

  // Parties in the clause, then in the sentence, outside reporting clauses for non-speech acts.
  const allClauseParties = ctx.sentenceParties.filter(
    (p) => p.start >= clause.start && p.end <= clause.end && (isSpeech || !inside(p, ctx.reporting)),
  );
  const clauseParties = allClauseParties.filter(acts);
  const sentenceParties = ctx.sentenceParties.filter((p) => (isSpeech || !inside(p, ctx.reporting)) && acts(p));
  const symmetric = SYMMETRIC_TYPES.has(type) || (type === 'AGREE' && /\band\b/.test(ctx.norm.slice(clause.start, first.start)));

  let actors: string[] = [];
  let recipients: string[] = [];
  const actorIds: string[] = [];
  const recipientIds: string[] = [];
  let usedAnaphora = false;
  let singleSide = false;

  const isDefinite = first.spec.pos === 'noun' && DEFINITE_BEFORE.test(before.slice(-40));
  if (symmetric) {
    const between = /\bbetween\b/i.exec(ctx.norm.slice(first.start, clause.end));
    let group = clauseParties;
    if (between) {
      const from = first.start + between.index;
      const after = clauseParties.filter((p) => p.start >= from);
      if (after.length > 0) group = after;
    }
    let codes = uniqueCodes(group);
    if (codes.length < 2) codes = [...new Set([...codes, ...uniqueCodes(sentenceParties)])];
    if (codes.length < 2) {
      // "Officials in Ostrel do not exclude a summit": a place before the trigger names the subject's side;
      // "Costera said it was willing to negotiate": the sayer is the "it".
      const place = allClauseParties.find((p) => p.kind === 'place' && p.end <= first.start);
      const sayer = /\b(?:it|they|we|he|she)\b/i.test(before)
        ? ctx.sentenceParties.find((p) => inside(p, ctx.reporting) && p.kind !== 'attribute' && p.end <= first.start)
        : undefined;
      for (const extra of [place, sayer]) {
        if (extra && !codes.includes(extra.code)) {
          codes = [...codes, extra.code];
          group = [...group, extra];
        }
      }
    }
    if (codes.length < 2 && (ANAPHOR.test(clauseText) || isDefinite) && ctx.memory.lastConsultParties.length > 0) {
      if (codes.length === 0 || ctx.memory.lastConsultParties.includes(codes[0] as string)) {
        codes = [...new Set([...codes, ...ctx.memory.lastConsultParties])];
        usedAnaphora = true;
      }
    }
    actors = codes;
    for (const p of group) if (p.entityId && !actorIds.includes(p.entityId)) actorIds.push(p.entityId);
    // A meeting needs two sides: one named party and no anaphora ("the short conversation at his locker").
    singleSide = !usedAnaphora && !hasTwoStarts(group, sentenceParties);
  } else {
    const left = clauseParties.filter((p) => p.end <= first.start);
    const within = isSpeech ? clauseParties.filter((p) => p.start >= first.start && p.end <= first.end) : [];
    const right = [...within, ...clauseParties.filter((p) => p.start >= first.end)];
    let actorGroup: PartyMention[] = [];
    const subjectIndex = findLastSubject(ctx.norm, left, clause.start);
    if (subjectIndex >= 0) actorGroup = coordinatedGroup(ctx.norm, left, subjectIndex, -1);
    // "Rebels in the Ivory Coast dismissed ...": the place of an unnamed subject stands for it.
    if (actorGroup.length === 0 && left.length > 0) actorGroup = [left[0] as PartyMention];
    if (actorGroup.length === 0) {
      const sentenceLeft = sentenceParties.filter((p) => p.end <= first.start && p.start < clause.start);
      const index = findLastSubject(ctx.norm, sentenceLeft, sentence.start);
      if (index >= 0) actorGroup = coordinatedGroup(ctx.norm, sentenceLeft, index, -1);
    }
    // "Bosnian Serbs said their forces had completed their withdrawal": the sayer acts.
    if (actorGroup.length === 0) {
      const sayer = ctx.sentenceParties.find((p) => inside(p, ctx.reporting) && acts(p) && p.end <= first.start);
      if (sayer) actorGroup = [sayer];
    }
    if (actorGroup.length > 0) {
      actors = uniqueCodes(actorGroup);
      for (const p of actorGroup) if (p.entityId) actorIds.push(p.entityId);
    } else if (ctx.memory.lastActor && SUBJECT_ANAPHOR.test(ctx.norm.slice(clause.start, first.start))) {
      actors = [ctx.memory.lastActor];
      usedAnaphora = true;
    }
    // "Rendell turned down an offer by his Valdoran counterpart": a possessive naming the
    // actor again is not what the action is done to.
    let targets = right.filter((p) => !(actors.includes(p.code) && POSSESSIVE.test(ctx.norm.slice(p.start, p.end))));
    // "... sanctions on Marestian shipping companies, a step Corvana described as ...": a
    // demonym in the object, before the comma that closes it, is the target rather than a
    // party named after that comma.
    const firstTarget = targets[0];
    if (firstTarget) {
      const comma = ctx.norm.indexOf(',', first.end);
      if (
        comma >= 0 &&
        comma < firstTarget.start &&
        allClauseParties.some((p) => p.kind === 'attribute' && p.start >= first.end && p.end <= comma)
      ) {
        targets = [];
      }
    }
    if (targets.length > 0) {
      const targetGroup = coordinatedGroup(ctx.norm, targets, 0, 1);
      recipients = uniqueCodes(targetGroup);
      for (const p of targetGroup) if (p.entityId && !recipientIds.includes(p.entityId)) recipientIds.push(p.entityId);
    }
    if (recipients.length === 0) {
      // Places and attributive demonyms after the trigger are targets when no party is:
      // "threatened to institute a curfew in Algiers", "rejected an Indian proposal".
      const target = allClauseParties.find((p) => (isSpeech ? p.start > first.start : p.start >= first.end) && !acts(p));
      if (target) recipients = [target.code];
    }
    // Passive: "a camp for Congolese refugees was attacked by Burundian militiamen"; with
    // no "by", the doer is unknown ("Jones was injured in the first quarter").
    if (
      /\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+)?$/i.test(before) &&
      /(?:ed|en|wn|ught)$/i.test(ctx.norm.slice(first.start, first.end))
    ) {
      const byAgent = /^\s+by\b/i.test(ctx.norm.slice(first.end, first.end + 4));
      const agents = byAgent ? clauseParties.filter((p) => p.start >= first.end).slice(0, 1) : [];
      const patients = clauseParties.filter((p) => p.end <= first.start);
      actors = uniqueCodes(agents);
      recipients = uniqueCodes(patients.length > 0 ? patients.slice(-1) : []);
      actorIds.length = 0;
    }
    // "... held talks with Quill at the request of the Borvanian side": the party after "of"
    // asked; the request went to the clause's subject (who did what was asked), not to it.
    if (type === 'REQUEST' && REQUEST_OF_BEFORE.test(before) && /^\s+of\b/i.test(ctx.norm.slice(first.end, first.end + 6))) {
      const requester = right.length > 0 ? coordinatedGroup(ctx.norm, right, 0, 1) : [];
      if (requester.length > 0) {
        actors = uniqueCodes(requester);
        actorIds.length = 0;
        for (const p of requester) if (p.entityId && !actorIds.includes(p.entityId)) actorIds.push(p.entityId);
        const addressee = left.find((p) => !actors.includes(p.code));
        recipients = addressee ? [addressee.code] : [];
        recipientIds.length = 0;
        if (addressee?.entityId) recipientIds.push(addressee.entityId);
      }
    }
    if (recipients.length === 0 && /\bthe\s+country\b/i.test(ctx.norm.slice(last.end, clause.end))) {
      const earlier = sentenceParties.filter((p) => p.end <= first.start && p.kind !== 'person' && !actors.includes(p.code));
      const target = earlier[earlier.length - 1];
      if (target) recipients = [target.code];
    }
  }

  const codes = uniqueOf(actors, recipients);
  const partyCount = codes.length;
  if (partyCount === 0) return null;
  // Conservative: a bare noun ("their meeting") with no status cue and no narrated past is
  // not evidence that anything happened.
  if (first.spec.pos === 'noun' && decision.cue === null && status === 'occurred' && !PAST_NARRATION.test(clauseText)) return null;

  // A definite reference with no status of its own ("the latest phone call ... came as",
  // "during the call") repeats an action already recorded: not a new statement.
  const cue = decision.cue;
  const ownCue =
    cue !== null &&
    !(
      cue.temporal && /^(?:during|after|following|at)\s+(?:the|their|his|her|its|this|that)\b/i.test(ctx.norm.slice(cue.start, cue.end + 6))
    );
  if (
    !ownCue &&
    (isDefinite || first.spec.pos === 'noun') &&
    status === 'occurred' &&
    ctx.memory.records.some((r) => isSameAction(r, type, codes))
  )
    return null;
  // "ready to meet X, but the preparations for such a meeting will take time": one statement.
  const backReference = first.spec.pos === 'noun' && /\b(?:such|this|that|the|their)\s+(?:[a-z-]+\s+){0,2}$/i.test(before.slice(-30));
  const negative = status === 'not_planned' || status === 'not_occurred' || status === 'denied';
  if (backReference && !negative && ctx.sentenceRecords.some((r) => isSameAction(r, type, codes))) return null;
  // "such a meeting" restating the status the last record of that action already gave.
  if (/\bsuch\s+(?:an?\s+)?$/i.test(before)) {
    const previous = findLast(ctx.memory.records, (r) => isSameAction(r, type, codes));
    if (previous && previous.status === status) return null;
  }

  let mode = pickMode(triggers);
  // "the call", "such a meeting" take the mode of the last one told; "agreed that expert
  // consultations" does not ("that" joins a clause there, it points at nothing).
  if (
    type === 'CONSULT' &&
    mode === null &&
    ((isDefinite && !COMPLEMENT_THAT_BEFORE.test(before.slice(-60))) || /\bsuch\s+$/i.test(before))
  ) {
    mode = findLast(ctx.memory.records, (r) => r.type === 'CONSULT')?.mode ?? null;
  }
  const location =
    type === 'CONSULT' || type === 'PROTEST' || type === 'ASSAULT'
      ? findLocation(ctx.norm, ctx.places, type === 'CONSULT' ? sentence.start : first.start, sentence.end, ctx.sentenceParties)
      : null;
  if (type === 'CONSULT') {
    const sentenceText = ctx.norm.slice(sentence.start, sentence.end);
    if (PHONE_CONTEXT.test(clauseText)) mode = 'phone';
    else if (location?.country && codes.includes(location.country)) {
      mode = 'visit';
      // The host receives the visit: it stands in recipients, the visitors in actors.
      const host = location.country;
      if (actors.length > 1) {
        actors = actors.filter((c) => c !== host);
        recipients = [host];
      }
    } else if (location?.country) mode = 'third-party';
    else if (VISIT_CONTEXT.test(sentenceText) && mode === null) mode = 'visit';
    if (mode === 'phone' && /\bhost/i.test(clauseText)) mode = 'third-party';
  }

  // Confidence: how specific the trigger is, how clear the status, and whether the
  // parties come from the text itself (anaphora and single parties count less).
  const partyScore = partyCount >= 2 ? 1 : 0.6;
  let confidence = 0.45 * first.spec.weight + 0.3 * (threatConfidence ?? decision.confidence) + 0.25 * partyScore;
  if (usedAnaphora) confidence -= 0.05;
  if (singleSide) confidence -= 0.15;
  if (!symmetric && actors.length === 0) confidence -= 0.3;
  if (!symmetric && recipients.length === 0 && !NO_RECIPIENT_NEEDED.has(type)) confidence -= 0.2;
  if (first.spec.pos === 'noun' && decision.cue === null) confidence -= 0.1;
  // Low-weight triggers (bare readiness, "cooperation") are stances, not actions: kept only for the PLOVER guess.
  if (first.spec.weight < 0.5) confidence -= 0.2;
  // A participle after a preposition ("in demanding", "by imposing") is secondary to the main verb.
  if (/\b(?:in|by|for|while|after|before|without)\s+$/i.test(before) && /ing\b/i.test(ctx.norm.slice(first.start, first.end)))
    confidence -= 0.1;
  // A trigger in a subordinate clause after another one ("... one day after a jet shot down") ranks lower.
  if (ctx.sentenceRecords.length > 0 && /\b(?:after|because|since|when|while|as)\b/i.test(ctx.norm.slice(sentence.start, first.start)))
    confidence -= 0.1;
  confidence = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100;

  const useCue = cue !== null && (isSpeech ? cue.end <= first.start : true);
  const evidenceStart = useCue && cue.end <= first.start ? cue.start : first.start;
  const evidenceEnd = useCue && cue.start >= last.end ? cue.end : last.end;
  const evidence: Span = { start: evidenceStart, end: evidenceEnd };

  const quote = findQuoteAround(ctx.quotes, ctx.quoteTable, first);
  // The reporter stands in a reporting clause, outside the statement, and is not its target.
  const reporter = ctx.sentenceParties.find(
    (p) =>
      p.entityId &&
      inside(p, ctx.reporting) &&
      (p.end <= evidence.start || p.start >= evidence.end) &&
      !recipients.includes(p.code) &&
      (p.kind === 'person' || p.kind === 'organization' || !isSpeech),
  );
  const assertedBy = quote?.speakerId ?? reporter?.entityId ?? null;

  // A record left out of the output (below MIN_CONFIDENCE) is read only for its type,
  // parties, mode and status: it is not dated nor projected.
  const isOutput = isKept(confidence, ctx);
  const record: RecordDraft = {
    start: evidence.start,
    end: evidence.end,
    by: EVENTS_STAGE_NAME,
    actionId: '',
    type,
    mode,
    status,
    actors,
    recipients,
    actorIds,
    recipientIds,
    assertedBy,
    date: isOutput ? findEventDate(ctx, clause, first, status) : null,
    location: location?.name ?? null,
    evidence,
    plover: null,
    cameo: null,
    confidence,
  };
  if (isOutput) {
    record.plover = projectToPlover(record);
    record.cameo = toCameo(record);
  }
  return record;
}
