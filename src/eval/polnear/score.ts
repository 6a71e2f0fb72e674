import type { Span } from '../../core/span.js';

/** A gold or predicted attribution, as spans into one article's text. */
export interface Attribution {
  /** The content's pieces (one for a continuous span). */
  readonly content: readonly Span[];
  readonly speaker: Span | null;
  /** Counts toward the quoted subset (gold: content holds a quotation mark; predicted: kind direct or mixed). */
  readonly quoted: boolean;
}

/** Counts for one subset (all attributions, or the quoted ones), summed over articles. */
export interface SubsetCounts {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
}

/** Precision, recall, F1 and speaker figures for one subset. */
export interface SubsetMetrics extends SubsetCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Speaker-mention accuracy on matched pairs. */
  readonly speakerAccuracy: number;
  /** A quote counts only when its content matches and its speaker is right. */
  readonly endToEndF1: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/** Token spans of a text (runs of letters and digits), in order. */
export function tokenize(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Indices of the tokens overlapping any of the spans; for content, a leading "that" is dropped. */
export function tokensOf(text: string, tokens: readonly Span[], spans: readonly Span[], isContent: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Span;
    if (spans.some((s) => t.start < s.end && t.end > s.start)) out.push(i);
  }
  if (isContent && out.length > 0) {
    const first = tokens[out[0] as number] as Span;
    if (text.slice(first.start, first.end).toLowerCase() === 'that') out.shift();
  }
  return out;
}

function shared(a: readonly number[], b: ReadonlySet<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** True when most of a span's tokens lie inside boilerplate. */
export function isMostlyBoilerplate(tokenIds: readonly number[], boilerplate: ReadonlySet<number>): boolean {
  return tokenIds.length > 0 && shared(tokenIds, boilerplate) * 2 > tokenIds.length;
}

/**
 * Scores one article (../shared/datasets/README.md, polnear-dev): a predicted and a gold
 * content match when their shared tokens are at least half of each; pairs are taken one
 * to one, greedily by Dice coefficient. A speaker is right when the predicted speaker span
 * shares a token with the gold one (both absent also counts as right). For the quoted
 * subset, predictions matched to an unquoted gold attribution count neither way.
 * Adds into `all` and `quoted`.
 */
export function scoreArticle(
  text: string,
  gold: readonly Attribution[],
  predicted: readonly Attribution[],
  boilerplate: readonly Span[],
  all: SubsetCounts & { e2e: number },
  quoted: SubsetCounts & { e2e: number },
): void {
  const tokens = tokenize(text);
  const boiler = new Set(tokensOf(text, tokens, boilerplate, false));
  const goldTokens = gold.map((g) => tokensOf(text, tokens, g.content, true));
  const kept = predicted.filter((p) => !isMostlyBoilerplate(tokensOf(text, tokens, p.content, false), boiler));
  const predTokens = kept.map((p) => tokensOf(text, tokens, p.content, true));
  const goldSets = goldTokens.map((t) => new Set(t));
  const pairs: { p: number; g: number; dice: number }[] = [];
  for (let p = 0; p < predTokens.length; p++) {
    const pt = predTokens[p] as number[];
    if (pt.length === 0) continue;
    for (let g = 0; g < goldTokens.length; g++) {
      const gt = goldTokens[g] as number[];
      if (gt.length === 0) continue;
      const n = shared(pt, goldSets[g] as Set<number>);
      if (n * 2 >= pt.length && n * 2 >= gt.length) pairs.push({ p, g, dice: (2 * n) / (pt.length + gt.length) });
    }
  }
  pairs.sort((a, b) => b.dice - a.dice || a.p - b.p || a.g - b.g);
  const predOf = new Map<number, number>();
  const goldTaken = new Set<number>();
  for (const pair of pairs) {
    if (predOf.has(pair.p) || goldTaken.has(pair.g)) continue;
    predOf.set(pair.p, pair.g);
    goldTaken.add(pair.g);
  }
  const speakerRight = (p: Attribution, g: Attribution): boolean => {
    if (!g.speaker) return !p.speaker;
    if (!p.speaker) return false;
    const gs = new Set(tokensOf(text, tokens, [g.speaker], false));
    return shared(tokensOf(text, tokens, [p.speaker], false), gs) > 0;
  };
  all.gold += gold.length;
  all.predicted += kept.length;
  quoted.gold += gold.filter((g) => g.quoted).length;
  for (let p = 0; p < kept.length; p++) {
    const pred = kept[p] as Attribution;
    const g = predOf.get(p);
    if (g === undefined) {
      if (pred.quoted) quoted.predicted++;
      continue;
    }
    const goldItem = gold[g] as Attribution;
    const right = speakerRight(pred, goldItem);
    all.matched++;
    if (right) {
      all.speakerRight++;
      all.e2e++;
    }
    if (goldItem.quoted) {
      quoted.predicted++;
      quoted.matched++;
      if (right) {
        quoted.speakerRight++;
        quoted.e2e++;
      }
    }
  }
}

/** Turns summed counts into P/R/F1, speaker accuracy and end-to-end F1. */
export function finishSubset(c: SubsetCounts & { e2e: number }): SubsetMetrics {
  const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  const precision = c.predicted > 0 ? c.matched / c.predicted : 0;
  const recall = c.gold > 0 ? c.matched / c.gold : 0;
  const e2eP = c.predicted > 0 ? c.e2e / c.predicted : 0;
  const e2eR = c.gold > 0 ? c.e2e / c.gold : 0;
  return {
    gold: c.gold,
    predicted: c.predicted,
    matched: c.matched,
    speakerRight: c.speakerRight,
    precision,
    recall,
    f1: f1(precision, recall),
    speakerAccuracy: c.matched > 0 ? c.speakerRight / c.matched : 0,
    endToEndF1: f1(e2eP, e2eR),
  };
}

/** Empty counters. */
export function emptyCounts(): SubsetCounts & { e2e: number } {
  return { gold: 0, predicted: 0, matched: 0, speakerRight: 0, e2e: 0 };
}
