import type { Document } from '../../core/document.js';
import type { Quote } from '../../core/layers.js';
import { type GoldPage, type GoldQuote, isSameActor, type SeedGold } from './gold.js';

/** Quote counts of one seed page (sum them over pages, then compute P/R/F1). */
export interface SeedQuoteCounts {
  /** Required gold quotes (standfirst and optional ones excluded). */
  readonly gold: number;
  /** Predicted quotes that count (those matched to optional or standfirst gold are left out). */
  readonly predicted: number;
  /** Required gold quotes matched by a prediction. */
  readonly found: number;
  /** Of those, the ones whose predicted speakerName is the gold speaker or an alias. */
  readonly speakerRight: number;
  /** Predictions that match no gold quote at all. */
  readonly falseQuotes: number;
  /** Predictions that match a `not_quotes` string (furniture quoted as the article). */
  readonly notQuotesReturned: number;
  /** The gold keys missed, and the false predictions' text, for reports. */
  readonly missed: readonly string[];
  readonly falseTexts: readonly string[];
  readonly wrongSpeakers: readonly string[];
}

/** Lower-cased word tokens of a content string, a leading "that" dropped. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words[0] === 'that') words.shift();
  return words;
}

/** Shared words as a multiset count. */
export function sharedWordCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return shared;
}

/** The gold rule: the shared words are at least half of each side. */
export function contentsMatch(a: readonly string[], b: readonly string[]): { match: boolean; overlap: number } {
  const shared = sharedWordCount(a, b);
  const match = a.length > 0 && b.length > 0 && shared * 2 >= a.length && shared * 2 >= b.length;
  return { match, overlap: a.length + b.length > 0 ? (2 * shared) / (a.length + b.length) : 0 };
}

/**
 * Pairs predictions with gold items one to one, best overlap first, among pairs that match.
 * Returns, for each prediction, the index of its gold item or -1.
 */
export function pairOneToOne(predicted: readonly string[][], gold: readonly string[][]): number[] {
  const pairs: { p: number; g: number; overlap: number }[] = [];
  for (let p = 0; p < predicted.length; p++) {
    for (let g = 0; g < gold.length; g++) {
      const m = contentsMatch(predicted[p] as string[], gold[g] as string[]);
      if (m.match) pairs.push({ p, g, overlap: m.overlap });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.p - b.p || a.g - b.g);
  const ofPrediction = predicted.map(() => -1);
  const goldTaken = new Set<number>();
  for (const pair of pairs) {
    if (ofPrediction[pair.p] !== -1 || goldTaken.has(pair.g)) continue;
    ofPrediction[pair.p] = pair.g;
    goldTaken.add(pair.g);
  }
  return ofPrediction;
}

/**
 * Scores the quotes of one seed document against its gold page (../shared/gold/README.md):
 * content match by shared words (at least half of each side, a leading "that" ignored),
 * one-to-one pairing best overlap first; optional and standfirst gold quotes count neither
 * way; speaker right by `isSameActor`; `not_quotes` must not be returned.
 */
export function scoreSeedQuotes(gold: SeedGold, page: GoldPage, doc: Document): SeedQuoteCounts {
  const quotes: readonly Quote[] = doc.layers.quotes ?? [];
  const predictedWords = quotes.map((q) => contentWords(doc.text.slice(q.start, q.end)));
  const goldQuotes: readonly GoldQuote[] = page.quotes;
  const goldWords = goldQuotes.map((q) => contentWords(q.content));
  const pairing = pairOneToOne(predictedWords, goldWords);
  const isRequired = (q: GoldQuote) => !q.optional && q.where !== 'standfirst';
  let found = 0;
  let speakerRight = 0;
  let falseQuotes = 0;
  let predicted = 0;
  const falseTexts: string[] = [];
  const wrongSpeakers: string[] = [];
  const matchedGold = new Set<number>();
  pairing.forEach((g, p) => {
    const quote = quotes[p] as Quote;
    if (g === -1) {
      falseQuotes++;
      predicted++;
      falseTexts.push(doc.text.slice(quote.start, quote.end));
      return;
    }
    matchedGold.add(g);
    const goldQuote = goldQuotes[g] as GoldQuote;
    if (!isRequired(goldQuote)) return;
    predicted++;
    found++;
    if (isSameActor(gold, goldQuote.speaker, quote.speakerName)) speakerRight++;
    else wrongSpeakers.push(`${goldQuote.key} → ${quote.speakerName ?? 'null'} (want ${goldQuote.speaker})`);
  });
  const notQuotesReturned = page.not_quotes.filter((nq) => {
    const words = contentWords(nq);
    return predictedWords.some((p) => contentsMatch(p, words).match);
  }).length;
  const missed = goldQuotes.filter((q, g) => isRequired(q) && !matchedGold.has(g)).map((q) => q.key);
  return {
    gold: goldQuotes.filter(isRequired).length,
    predicted,
    found,
    speakerRight,
    falseQuotes,
    notQuotesReturned,
    missed,
    falseTexts,
    wrongSpeakers,
  };
}

/** Precision, recall and F1 for quotes found and for quotes with the right speaker, over summed counts. */
export function summariseSeedQuotes(counts: readonly SeedQuoteCounts[]): {
  precision: number;
  recall: number;
  f1: number;
  speakerPrecision: number;
  speakerRecall: number;
  speakerF1: number;
  speakerAccuracy: number;
  falseQuotes: number;
} {
  const sum = (f: (c: SeedQuoteCounts) => number) => counts.reduce((a, c) => a + f(c), 0);
  const gold = sum((c) => c.gold);
  const predicted = sum((c) => c.predicted);
  const found = sum((c) => c.found);
  const right = sum((c) => c.speakerRight);
  const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  const precision = predicted > 0 ? found / predicted : 0;
  const recall = gold > 0 ? found / gold : 0;
  const speakerPrecision = predicted > 0 ? right / predicted : 0;
  const speakerRecall = gold > 0 ? right / gold : 0;
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    speakerPrecision,
    speakerRecall,
    speakerF1: f1(speakerPrecision, speakerRecall),
    speakerAccuracy: found > 0 ? right / found : 0,
    falseQuotes: sum((c) => c.falseQuotes),
  };
}
