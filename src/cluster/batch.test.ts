// Fixture texts are fiction: Norland, Vesmar, Osterland, Dravia and their people do not exist.
// (clusterDocuments on its basic cases and the cluster command: stories.test.ts.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterDocuments, combineRuns } from './batch.js';
import type { StoryInput } from './stories.js';

/** Runs as rows of story numbers per page: `'0011'` puts pages 0, 1 in story 0 and 2, 3 in story 1. */
const runs = (...rows: string[]): Int32Array[] => rows.map((row) => Int32Array.from(row, Number));

/** The partition of a grouping as sorted page lists, comparable whatever the group numbers. */
function partition(groups: Int32Array): number[][] {
  const byGroup = new Map<number, number[]>();
  groups.forEach((group, page) => {
    const pages = byGroup.get(group) ?? [];
    pages.push(page);
    byGroup.set(group, pages);
  });
  return [...byGroup.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
}

describe('combineRuns', () => {
  const cases: [string, Int32Array[], number, number[][]][] = [
    [
      'one run: its stories',
      runs('0011'),
      0.7,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    [
      'the same stories in every run, numbered differently',
      runs('0011', '1100', '5599'),
      0.7,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    // Pages 2 and 3 share a story in 2 of 3 runs: 0.67.
    ['together in 2 of 3 runs, threshold 0.7: apart', runs('0011', '0012', '0011'), 0.7, [[0, 1], [2], [3]]],
    [
      'together in 2 of 3 runs, threshold 0.6: one story',
      runs('0012', '0011', '0011'),
      0.6,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    ['a page that joined another story in one run of three stays with its own', runs('0001', '0001', '0111'), 0.6, [[0, 1, 2], [3]]],
    // Average link: 2-3 (2 of 3 runs) merge first; then {0, 1} and {2, 3} average 1/6,
    // below 0.3, although the pairs 0-2 and 1-2 are at 1/3 (single link would join all four).
    [
      'average link, not single link',
      runs('0011', '0011', '0001'),
      0.3,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    ['pages never together are never merged', runs('0123', '0123'), 0.1, [[0], [1], [2], [3]]],
  ];
  for (const [name, given, threshold, expected] of cases) {
    test(name, () => assert.deepEqual(partition(combineRuns(given, threshold)), expected));
  }

  test('a merge needs the average over all pairs of both groups', () => {
    // {0,1} always together; 2 with them in 2 of 3 runs: average 2/3.
    const given = runs('000', '000', '001');
    assert.deepEqual(partition(combineRuns(given, 0.66)), [[0, 1, 2]]);
    assert.deepEqual(partition(combineRuns(given, 0.67)), [[0, 1], [2]]);
  });

  test('no runs, no pages', () => assert.equal(combineRuns([], 0.7).length, 0));
});

const TRIAL = [
  'The trial of Dravian port official Emil Rask opened in Solt on Monday; he denies taking bribes from Kell shipping firms.',
  'Emil Rask, the Dravian port official accused of taking bribes from shipping firms, pleaded not guilty as his trial opened in Solt.',
  'Prosecutors in Solt told the court that Emil Rask took bribes from three Kell shipping firms over four years.',
];
const STORM = [
  'A storm flooded the lower town of Vesmar on Thursday and cut power to 40,000 homes, the Norland weather office said.',
  'Floods in Vesmar left 40,000 homes without power after Thursday\u2019s storm; Norland sent army engineers to the lower town.',
  'Army engineers from Norland pumped water out of the lower town of Vesmar, two days after the storm.',
];

const pages = (texts: string[], prefix: string): StoryInput[] => texts.map((text, i) => ({ id: `${prefix}${i}`, text }));

describe('clusterDocuments with consensus', () => {
  const input = [...pages(TRIAL, 't'), ...pages(STORM, 's')];

  test('two stories, each whole, whatever the number of runs', () => {
    for (const consensusRuns of [1, 5, 15]) {
      const clusters = clusterDocuments(input, { consensusRuns });
      assert.deepEqual(
        ['t0', 't1', 't2', 's0', 's1', 's2'].map((id) => clusters.get(id)),
        ['s1', 's1', 's1', 's2', 's2', 's2'],
        `${consensusRuns} runs`,
      );
    }
  });

  test('deterministic: the same pages in the same order give the same stories', () => {
    assert.deepEqual([...clusterDocuments(input)], [...clusterDocuments(input)]);
  });

  test('stories are named in the order of their first page', () => {
    const clusters = clusterDocuments([...pages(STORM, 's'), ...pages(TRIAL, 't')]);
    assert.equal(clusters.get('s0'), 's1');
    assert.equal(clusters.get('t0'), 's2');
  });

  test('an empty batch gives no stories', () => assert.equal(clusterDocuments([]).size, 0));

  test('a consensus option out of range is refused', () => {
    assert.throws(() => clusterDocuments(input, { consensusRuns: 0 }), /consensusRuns/);
    assert.throws(() => clusterDocuments(input, { consensusThreshold: 1.5 }), /consensusThreshold/);
  });
});
