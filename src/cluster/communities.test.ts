// The vectors are made up for the tests; no text is involved.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { communityRuns, type NeighbourPage, nearestNeighbours } from './communities.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from './stories.js';

/** A unit vector over the given terms, equal weights. */
function page(terms: string[], day: number | null = null): NeighbourPage {
  const weight = 1 / Math.sqrt(terms.length);
  return { day, vector: new Map(terms.map((term) => [term, weight])), years: terms.filter((term) => term.startsWith('y:')) };
}

const config = (options: Partial<StoryOptions> = {}): StoryOptions => ({ ...DEFAULT_STORY_OPTIONS, ...options });

/** Pages of one group as community numbers compared: true when all share one. */
const together = (run: Int32Array, pages: number[]): boolean => pages.every((at) => run[at] === run[pages[0] as number]);

describe('nearestNeighbours', () => {
  test('best first, at most count, never the page itself, only pages sharing a heavy term', () => {
    const pages = [page(['a', 'b', 'c', 'd']), page(['a', 'b', 'c', 'e']), page(['a', 'f', 'g', 'h']), page(['x', 'y'])];
    const found = nearestNeighbours(pages, 2, config());
    assert.deepEqual(
      found[0]?.map((n) => n.page),
      [1, 2],
    );
    assert.ok((found[0]?.[0]?.similarity ?? 0) > (found[0]?.[1]?.similarity ?? 0));
    assert.deepEqual(found[3], [], 'a page sharing no term has no neighbour');
    assert.ok(found.every((list, at) => list.every((n) => n.page !== at)));
  });

  test('pages further apart in time than maxGapDays are never neighbours; a year conflict weakens the link', () => {
    const far = nearestNeighbours([page(['a', 'b'], 0), page(['a', 'b'], 400)], 5, config());
    assert.deepEqual(far[0], []);
    const years = nearestNeighbours([page(['a', 'b', 'y:2017']), page(['a', 'b', 'y:2025']), page(['a', 'b', 'y:2017'])], 5, config());
    const [sameYear, otherYear] = [years[0]?.find((n) => n.page === 2), years[0]?.find((n) => n.page === 1)];
    assert.ok(sameYear && otherYear);
    assert.ok(otherYear.similarity < sameYear.similarity * DEFAULT_STORY_OPTIONS.yearConflictFactor + 1e-9);
  });
});

describe('communityRuns', () => {
  // Two groups of five pages: each page shares four of its five terms with its own group and
  // one ('shared') with every page of the other, so its three nearest neighbours are its own.
  const groupA = Array.from({ length: 5 }, (_, i) => page(['shared', 'a1', 'a2', 'a3', `own${i}`]));
  const groupB = Array.from({ length: 5 }, (_, i) => page(['shared', 'b1', 'b2', 'b3', `other${i}`]));
  const pages = [...groupA, ...groupB];
  const options = config({ graphNeighbours: [3], graphPowers: [1, 2], graphDensities: [0.002, 0.004] });

  test('one run per k × power × density, each separating the two groups', () => {
    const runs = communityRuns(nearestNeighbours(pages, 3, options), options);
    assert.equal(runs.length, 4);
    for (const run of runs) {
      assert.ok(together(run, [0, 1, 2, 3, 4]) && together(run, [5, 6, 7, 8, 9]));
      assert.notEqual(run[0], run[5]);
    }
  });

  test('deterministic', () => {
    const neighbours = nearestNeighbours(pages, 3, options);
    assert.deepEqual(communityRuns(neighbours, options), communityRuns(neighbours, options));
  });

  test('two linked pages alone are one community, whatever the batch size (no modularity resolution limit)', () => {
    const pair = [page(['a', 'b', 'c']), page(['a', 'b', 'd'])];
    const runs = communityRuns(nearestNeighbours(pair, 3, options), options);
    assert.ok(runs.every((run) => run[0] === run[1]));
  });

  test('links below graphMinSimilarity are not made: unlinked pages are communities of their own', () => {
    const pair = [page(['a', 'b', 'c', 'd']), page(['a', 'x', 'y', 'z'])];
    const strict = config({ ...options, graphMinSimilarity: 0.5 });
    const runs = communityRuns(nearestNeighbours(pair, 3, strict), strict);
    assert.ok(runs.every((run) => run[0] !== run[1]));
  });
});
