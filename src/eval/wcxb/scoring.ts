/** Precision, recall and F1 of one page or averaged over pages. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** The tokens of the WCXB rules: runs of letters, digits and `_` (case kept). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function overlapOf(a: Map<string, number>, b: Map<string, number>): number {
  let overlap = 0;
  for (const [key, count] of a) {
    const other = b.get(key);
    if (other) overlap += Math.min(count, other);
  }
  return overlap;
}

function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * Rule 1 (WCXB): bag-of-words P/R/F1 of one page over lower-cased tokens. An empty truth
 * scores 1 when the prediction is empty too, else 0; an empty prediction scores 0.
 */
export function scoreBagOfWords(predicted: string, truth: string): Prf {
  const p = tokenize(predicted.toLowerCase());
  const t = tokenize(truth.toLowerCase());
  if (t.length === 0) {
    const v = p.length === 0 ? 1 : 0;
    return { precision: v, recall: v, f1: v };
  }
  if (p.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const overlap = overlapOf(countTokens(p), countTokens(t));
  const precision = overlap / p.length;
  const recall = overlap / t.length;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** The counts of rule 2 for one page: true positives, false positives, false negatives. */
export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly predictedEmpty: boolean;
  readonly truthEmpty: boolean;
}

function shingles(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < 4) {
    out.set(tokens.join(' '), 1);
    return out;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Rule 2 (Zyte): multisets of 4-token windows, case kept. */
export function countShingles(predicted: string, truth: string): ShingleCounts {
  const p = shingles(tokenize(predicted));
  const t = shingles(tokenize(truth));
  let pTotal = 0;
  let tTotal = 0;
  for (const v of p.values()) pTotal += v;
  for (const v of t.values()) tTotal += v;
  const tp = overlapOf(p, t);
  return { tp, fp: pTotal - tp, fn: tTotal - tp, predictedEmpty: pTotal === 0, truthEmpty: tTotal === 0 };
}

/**
 * Rule 2 aggregated: precision averaged over pages with a non-empty prediction, recall
 * over pages with a non-empty truth, F1 the harmonic mean of the two averages.
 */
export function aggregateShingles(pages: readonly ShingleCounts[]): Prf {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const c of pages) {
    if (!c.predictedEmpty) {
      pSum += c.tp / (c.tp + c.fp);
      pN++;
    }
    if (!c.truthEmpty) {
      rSum += c.tp / (c.tp + c.fn);
      rN++;
    }
  }
  const precision = pN > 0 ? pSum / pN : 0;
  const recall = rN > 0 ? rSum / rN : 0;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Plain mean of per-page P, R and F1 (rule 1's report). */
export function meanPrf(pages: readonly Prf[]): Prf {
  if (pages.length === 0) return { precision: 0, recall: 0, f1: 0 };
  let p = 0;
  let r = 0;
  let f = 0;
  for (const x of pages) {
    p += x.precision;
    r += x.recall;
    f += x.f1;
  }
  return { precision: p / pages.length, recall: r / pages.length, f1: f / pages.length };
}

/** Whitespace-normalised form used for title and snippet comparison. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a snippet stands in a text (whitespace-normalised, case-insensitive). */
export function containsSnippet(text: string, snippet: string): boolean {
  const s = normaliseSpace(snippet).toLowerCase();
  if (s.length === 0) return false;
  return normaliseSpace(text).toLowerCase().includes(s);
}
