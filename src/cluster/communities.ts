/**
 * Story clusterings of a batch by community detection on its nearest-neighbour graph: the
 * second kind of vote that batch clustering (batch.ts) combines with the one-pass runs.
 *
 * Each page is linked to its k most similar pages (cosine of the story vectors, times the
 * time and year factors of the index), and Louvain (Blondel et al. 2008, the graphology
 * implementation) finds the groups of pages that link more among themselves than a set
 * density asks. Unlike the index, which asks whether a page is similar enough to a story in
 * absolute terms, a neighbour graph is relative: a page's neighbours are the pages most like
 * it, however loosely they are written. Pages of one story written in different words (a
 * story the index leaves in several parts) still have each other as neighbours, while two
 * stories of the same kind that share their cast and words stay apart as long as each
 * story's pages prefer each other. On ECB+ train, ranking the page pairs of a topic (same
 * story above the topic's other story): cosine AUC 0.93, share of common nearest neighbours
 * 0.97. The settings (k, density, link power) are not one tuned point: a spread of them
 * votes, as each one fails somewhere else.
 *
 * Cost: the neighbour search reads capped postings of each page's heaviest terms (linear in
 * the pages), each graph has at most k edges per page, and Louvain is near-linear in edges.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import { dot, hasYearConflict, pagePostings, type StoryOptions, scoreTimeGap } from './stories.js';

// Pages scored exactly per neighbour wanted (see nearestNeighbours).
const CANDIDATES_PER_NEIGHBOUR = 4;

// A CommonJS package whose types declare an ES default export: required, so that the
// function itself is what is called.
const louvain = createRequire(import.meta.url)('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;

/** A page as the neighbour search sees it: its weighted story vector, day and year terms. */
export interface NeighbourPage {
  readonly day: number | null;
  readonly vector: ReadonlyMap<string, number>;
  readonly years: readonly string[];
}

/** A neighbour of a page: its index in the batch and the weight of the link. */
export interface Neighbour {
  readonly page: number;
  readonly similarity: number;
}

/**
 * The `count` most similar pages of each page, best first (ties: the earlier page). Only
 * pages sharing one of the page's `queryTerms` heaviest terms are scored, through postings
 * capped at `maxPostings` pages per term (the latest kept), so the search is linear in the
 * batch. Similarity is the cosine of the vectors times the time factor of the index (pages
 * more than `maxGapDays` apart are never neighbours) and `yearConflictFactor` when both pages
 * name years and share none.
 */
export function nearestNeighbours(pages: readonly NeighbourPage[], count: number, config: StoryOptions): Neighbour[][] {
  const { queries, postings } = pagePostings(pages, config);
  const yearsOf = pages.map((page) => new Set(page.years));
  // Candidates are ranked by the query-term weight they share with the page (summed over
  // postings, as the index ranks stories), and only the best `CANDIDATES_PER_NEIGHBOUR`
  // × count are scored exactly: reading postings is cheap, a cosine is not.
  const overlapOf = new Float64Array(pages.length);
  const stampOf = new Int32Array(pages.length).fill(-1);
  const touched: number[] = [];
  const candidateCount = CANDIDATES_PER_NEIGHBOUR * count;
  return pages.map((page, index) => {
    touched.length = 0;
    stampOf[index] = index;
    for (const term of queries[index] ?? []) {
      const weight = page.vector.get(term) ?? 0;
      for (const other of postings.get(term) ?? []) {
        if (stampOf[other] !== index) {
          stampOf[other] = index;
          overlapOf[other] = 0;
          touched.push(other);
        }
        overlapOf[other] = (overlapOf[other] as number) + weight;
      }
    }
    // The page itself was stamped but never touched.
    const candidates =
      touched.length <= candidateCount
        ? touched
        : touched.sort((a, b) => (overlapOf[b] as number) - (overlapOf[a] as number) || a - b).slice(0, candidateCount);
    const found: Neighbour[] = [];
    for (const other of candidates) {
      const candidate = pages[other] as NeighbourPage;
      const timeFactor = scoreTimeGap(page.day, { firstDay: candidate.day, lastDay: candidate.day }, config);
      if (timeFactor === 0) continue;
      const yearFactor = hasYearConflict(page.years, yearsOf[other] as Set<string>) ? config.yearConflictFactor : 1;
      const [small, large] = page.vector.size <= candidate.vector.size ? [page.vector, candidate.vector] : [candidate.vector, page.vector];
      const similarity = dot(small, large) * timeFactor * yearFactor;
      if (similarity > 0) found.push({ page: other, similarity });
    }
    found.sort((a, b) => b.similarity - a.similarity || a.page - b.page);
    return found.slice(0, count);
  });
}

/**
 * One clustering per setting of the grid `graphNeighbours` × `graphPowers` ×
 * `graphDensities`: the graph links each page to its k nearest neighbours at least
 * `graphMinSimilarity` alike (an undirected edge, weight similarity^power; a pair that are
 * each other's neighbours is one edge), and Louvain gives a community per page.
 *
 * The quality Louvain maximises here is the Constant Potts Model with degree weights
 * (Traag, Van Dooren & Nesterov 2011): a page or group joins a group while the weight of the
 * links between them exceeds density × the product of their degrees. Plain modularity asks
 * for density / (total link weight), which depends on the size of the batch: two linked
 * pages alone are never merged at a resolution above 2, and in a batch of 100,000 pages
 * whole topics would be. As passed to graphology's modularity, resolution = density × 2 ×
 * total weight. Deterministic: Louvain's random visiting order is seeded.
 * `neighbours` are {@link nearestNeighbours} with at least the largest k.
 */
export function communityRuns(neighbours: readonly (readonly Neighbour[])[], config: StoryOptions): Int32Array[] {
  const runs: Int32Array[] = [];
  for (const k of config.graphNeighbours) {
    for (const power of config.graphPowers) {
      const graph = new UndirectedGraph({ allowSelfLoops: false });
      neighbours.forEach((_, page) => {
        graph.addNode(page);
      });
      let totalWeight = 0;
      neighbours.forEach((list, page) => {
        for (const { page: other, similarity } of list.slice(0, k)) {
          if (similarity < config.graphMinSimilarity || graph.hasEdge(page, other)) continue;
          const weight = similarity ** power;
          graph.addEdge(page, other, { weight });
          totalWeight += weight;
        }
      });
      for (const density of config.graphDensities) {
        const rng = seededRandom(runs.length + 1);
        const communities = totalWeight > 0 ? louvain(graph, { resolution: density * 2 * totalWeight, getEdgeWeight: 'weight', rng }) : {};
        // A page without links is a community of its own.
        runs.push(Int32Array.from(neighbours, (_, page) => communities[page] ?? neighbours.length + page));
      }
    }
  }
  return runs;
}

/** mulberry32: a small deterministic generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
