import type { Document } from '../../core/document.js';
import { type DateValue, type EventRecord, eventEvidence } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { type GoldEvent, type GoldPage, isSameActor, type SeedGold } from './gold.js';

/** Event counts of one seed page (sum them over pages, then summarise). */
export interface SeedEventCounts {
  /** Required gold events (optional ones left out). */
  readonly gold: number;
  /** Required gold events answered by at least one prediction (evidence, type and parties agree). */
  readonly found: number;
  /** Of those, the ones where every answering prediction carries an accepted status. */
  readonly statusRight: number;
  /** Predictions at a gold key (optional ones included) coded `occurred` where the gold does not accept it. */
  readonly falseOccurred: number;
  /** Predictions whose evidence overlaps no gold key, optional ones included. */
  readonly unmatched: number;
  readonly modeRight: number;
  readonly dateRight: number;
  readonly locationRight: number;
  /** Found events whose gold names who asserted the status, and of those the ones right. */
  readonly assertedTotal: number;
  readonly assertedRight: number;
  readonly missed: readonly string[];
  readonly unmatchedTexts: readonly string[];
  readonly wrongStatus: readonly string[];
  readonly falseOccurredTexts: readonly string[];
}

/** Finds a gold key in the text, tolerating curly/straight quote and whitespace differences. */
export function locateKey(text: string, key: string): Span | null {
  const exact = text.indexOf(key);
  if (exact >= 0) return { start: exact, end: exact + key.length };
  const fold = (s: string) => s.replace(/[“”„«»]/g, '"').replace(/[’‘]/g, "'");
  const folded = fold(text);
  const at = folded.indexOf(fold(key));
  if (at >= 0) return { start: at, end: at + key.length };
  const words = key.split(/\s+/).map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(folded);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

function overlaps(event: EventRecord, key: Span): boolean {
  return eventEvidence(event).some((s) => s.start < key.end && key.start < s.end);
}

const UNDIRECTED = new Set(['CONSULT', 'COOPERATE']);

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/**
 * The parties rule: for meetings and calls (and gold events without recipients, where the
 * gold names only the doers) the set of all parties must agree; for directed events
 * actors agree with actors and recipients with recipients.
 */
export function partiesAgree(gold: GoldEvent, event: EventRecord): boolean {
  if (UNDIRECTED.has(gold.type) || (gold.type === 'AGREE' && !gold.recipients)) {
    return sameSet([...gold.actors, ...(gold.recipients ?? [])], [...event.actors, ...event.recipients]);
  }
  if (!gold.recipients) return sameSet(gold.actors, event.actors);
  return sameSet(gold.actors, event.actors) && sameSet(gold.recipients, event.recipients);
}

/** The calendar range [start, end] of an ISO date, month or year. */
function rangeOf(value: string): [string, string] | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  if (/^\d{4}-\d{2}$/.test(value)) return [`${value}-01`, `${value}-31`];
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  return null;
}

/**
 * The date rule: a predicted range is right when it lies inside the gold date at the gold's
 * granularity (or inside one of `accept_dates`); a null gold date is right only for no date.
 */
export function dateIsRight(gold: GoldEvent, predicted: DateValue | null): boolean {
  // Some gold events leave `date` out altogether: that means "no date", as null does.
  if (gold.date === null || gold.date === undefined) return predicted === null;
  if (!predicted) return false;
  return [gold.date, ...(gold.accept_dates ?? [])].some((answer) => {
    const range = rangeOf(answer);
    return range !== null && predicted.start >= range[0] && predicted.end <= range[1];
  });
}

/**
 * Scores the events of one seed document against its gold page (../shared/gold/events.md):
 * a prediction answers a gold event when its evidence overlaps the gold key, the type
 * agrees and the parties agree. Status right when every answering prediction carries an
 * accepted status; false occurred is any prediction at a gold key coded `occurred` where
 * the gold does not accept it; unmatched predictions overlap no gold key at all. Mode,
 * date and location are scored on found required events (a null gold mode accepts any).
 */
export function scoreSeedEvents(gold: SeedGold, page: GoldPage, doc: Document): SeedEventCounts {
  const events: readonly EventRecord[] = doc.layers.events ?? [];
  const keys = page.events.map((g) => locateKey(doc.text, g.key));
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name] as const));
  let found = 0;
  let statusRight = 0;
  let modeRight = 0;
  let dateRight = 0;
  let locationRight = 0;
  let assertedTotal = 0;
  let assertedRight = 0;
  const missed: string[] = [];
  const wrongStatus: string[] = [];
  page.events.forEach((g, i) => {
    if (g.optional) return;
    const key = keys[i];
    const answers = key ? events.filter((e) => overlaps(e, key) && e.type === g.type && partiesAgree(g, e)) : [];
    if (answers.length === 0) {
      missed.push(g.key);
      return;
    }
    found++;
    if (answers.every((e) => g.accept_status.includes(e.status))) statusRight++;
    else wrongStatus.push(`${g.key} → ${answers.map((e) => e.status).join('/')} (accept ${g.accept_status.join('/')})`);
    const best = answers[0] as EventRecord;
    if (g.mode === null || g.mode === undefined || best.mode === g.mode) modeRight++;
    if (dateIsRight(g, best.date)) dateRight++;
    const wantPlace = g.location?.toLowerCase() ?? null;
    const gotPlace = best.location?.toLowerCase() ?? null;
    if (wantPlace === gotPlace || (wantPlace && gotPlace && (gotPlace.includes(wantPlace) || wantPlace.includes(gotPlace)))) {
      locationRight++;
    }
    if (g.asserted_by) {
      assertedTotal++;
      const name = best.assertedBy ? entityName.get(best.assertedBy) : null;
      if (isSameActor(gold, g.asserted_by, name)) assertedRight++;
    }
  });
  let falseOccurred = 0;
  let unmatched = 0;
  const unmatchedTexts: string[] = [];
  const falseOccurredTexts: string[] = [];
  for (const event of events) {
    const at = page.events.map((g, i) => ({ g, key: keys[i] })).filter(({ key }) => key && overlaps(event, key));
    if (at.length === 0) {
      unmatched++;
      unmatchedTexts.push(doc.text.slice(event.start, event.end));
      continue;
    }
    if (event.status === 'occurred' && at.some(({ g }) => !g.accept_status.includes('occurred'))) {
      falseOccurred++;
      falseOccurredTexts.push(doc.text.slice(event.start, event.end));
    }
  }
  return {
    gold: page.events.filter((g) => !g.optional).length,
    found,
    statusRight,
    falseOccurred,
    unmatched,
    modeRight,
    dateRight,
    locationRight,
    assertedTotal,
    assertedRight,
    missed,
    unmatchedTexts,
    wrongStatus,
    falseOccurredTexts,
  };
}

/** Event metrics over the seed pages. */
export interface SeedEventMetrics {
  readonly gold: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly statusAccuracy: number;
  readonly falseOccurred: number;
  readonly unmatched: number;
  readonly modeAccuracy: number;
  readonly dateAccuracy: number;
  readonly locationAccuracy: number;
  readonly assertedByAccuracy: number | null;
}

/**
 * Sums page counts into metrics. Precision counts found required events against found plus
 * unmatched predictions (predictions at optional keys count neither way).
 */
export function summariseSeedEvents(counts: readonly SeedEventCounts[]): SeedEventMetrics {
  const sum = (f: (c: SeedEventCounts) => number) => counts.reduce((a, c) => a + f(c), 0);
  const gold = sum((c) => c.gold);
  const found = sum((c) => c.found);
  const unmatched = sum((c) => c.unmatched);
  const precision = found + unmatched > 0 ? found / (found + unmatched) : 0;
  const recall = gold > 0 ? found / gold : 0;
  const ratio = (n: number) => (found > 0 ? n / found : 0);
  const assertedTotal = sum((c) => c.assertedTotal);
  return {
    gold,
    found,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    statusAccuracy: ratio(sum((c) => c.statusRight)),
    falseOccurred: sum((c) => c.falseOccurred),
    unmatched,
    modeAccuracy: ratio(sum((c) => c.modeRight)),
    dateAccuracy: ratio(sum((c) => c.dateRight)),
    locationAccuracy: ratio(sum((c) => c.locationRight)),
    assertedByAccuracy: assertedTotal > 0 ? sum((c) => c.assertedRight) / assertedTotal : null,
  };
}
