/**
 * Clustering scores: BCubed (Bagga & Baldwin 1998) and pairwise precision/recall/F1, as
 * ../shared/datasets/README.md ("ecbplus-dev") defines them. Items missing from the
 * prediction count as singletons; predicted items absent from the gold are ignored.
 */

/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * BCubed: for each item, precision = share of its predicted cluster that is in its gold
 * cluster, recall = share of its gold cluster that is in its predicted cluster; both
 * averaged over items.
 *
 * @example
 * scoreBcubed(new Map([['a', 'x'], ['b', 'x']]), new Map([['a', 'g'], ['b', 'g']])).f1 // 1
 */
export function scoreBcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PrecisionRecall {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const predictedOf = (item: string): string => predicted.get(item) ?? `\u0000singleton:${item}`;
  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const item of items) {
    const p = predictedOf(item);
    const g = gold.get(item) as string;
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const key = `${p}\u0001${g}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const p = predictedOf(item);
    const g = gold.get(item) as string;
    const both = shared.get(`${p}\u0001${g}`) ?? 0;
    precision += both / (predictedSize.get(p) ?? 1);
    recall += both / (goldSize.get(g) ?? 1);
  }
  return harmonic(precision / items.length, recall / items.length);
}

/**
 * Pairwise: precision = share of predicted same-cluster pairs that are gold same-cluster
 * pairs; recall the converse. With no predicted (or gold) pairs, precision (or recall) is 1.
 */
export function scorePairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PrecisionRecall {
  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    if (p === undefined) continue;
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
    const key = `${p}\u0001${g}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  }
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const sumPairs = (sizes: Map<string, number>): number => [...sizes.values()].reduce((s, n) => s + pairs(n), 0);
  const truePairs = sumPairs(shared);
  const predictedPairs = sumPairs(predictedSize);
  const goldPairs = sumPairs(goldSize);
  return harmonic(predictedPairs === 0 ? 1 : truePairs / predictedPairs, goldPairs === 0 ? 1 : truePairs / goldPairs);
}

function harmonic(precision: number, recall: number): PrecisionRecall {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
