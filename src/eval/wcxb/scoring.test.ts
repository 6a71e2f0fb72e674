import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregateShingles, containsSnippet, countShingles, meanPrf, scoreBagOfWords, tokenize } from './scoring.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('tokenize keeps letters, digits and underscore runs', () => {
  assert.deepEqual(tokenize("It's 2024: snake_case, Ünïcode—ok!"), ['It', 's', '2024', 'snake_case', 'Ünïcode', 'ok']);
});

const BOW_CASES: ReadonlyArray<{ name: string; predicted: string; truth: string; p: number; r: number; f1: number }> = [
  { name: 'identical', predicted: 'A cat sat.', truth: 'a cat sat', p: 1, r: 1, f1: 1 },
  { name: 'extra words lower precision', predicted: 'the cat sat on mats', truth: 'the cat sat', p: 3 / 5, r: 1, f1: (2 * 0.6) / 1.6 },
  { name: 'counts are clipped', predicted: 'go go go', truth: 'go stop', p: 1 / 3, r: 1 / 2, f1: 0.4 },
  { name: 'empty truth and empty prediction', predicted: '', truth: '', p: 1, r: 1, f1: 1 },
  { name: 'empty truth, non-empty prediction', predicted: 'words', truth: '', p: 0, r: 0, f1: 0 },
  { name: 'empty prediction', predicted: '', truth: 'words here', p: 0, r: 0, f1: 0 },
];

for (const c of BOW_CASES) {
  test(`bag of words: ${c.name}`, () => {
    const s = scoreBagOfWords(c.predicted, c.truth);
    close(s.precision, c.p);
    close(s.recall, c.r);
    close(s.f1, c.f1);
  });
}

test('bag of words means are plain means over pages', () => {
  const m = meanPrf([
    { precision: 1, recall: 0.5, f1: 2 / 3 },
    { precision: 0, recall: 0, f1: 0 },
  ]);
  close(m.precision, 0.5);
  close(m.recall, 0.25);
  close(m.f1, 1 / 3);
});

const SHINGLE_CASES: ReadonlyArray<{ name: string; predicted: string; truth: string; tp: number; fp: number; fn: number }> = [
  { name: 'identical five tokens: two windows', predicted: 'a b c d e', truth: 'a b c d e', tp: 2, fp: 0, fn: 0 },
  { name: 'case matters', predicted: 'A b c d', truth: 'a b c d', tp: 0, fp: 1, fn: 1 },
  { name: 'short text is one window', predicted: 'a b', truth: 'a b', tp: 1, fp: 0, fn: 0 },
  { name: 'one extra token', predicted: 'a b c d e', truth: 'a b c d', tp: 1, fp: 1, fn: 0 },
  { name: 'empty prediction', predicted: '', truth: 'a b c d', tp: 0, fp: 0, fn: 1 },
];

for (const c of SHINGLE_CASES) {
  test(`shingles: ${c.name}`, () => {
    const s = countShingles(c.predicted, c.truth);
    assert.deepEqual([s.tp, s.fp, s.fn], [c.tp, c.fp, c.fn]);
  });
}

test('shingle aggregate: precision over non-empty predictions, recall over non-empty truths', () => {
  const pages = [countShingles('a b c d e', 'a b c d'), countShingles('', 'x y z w')];
  const m = aggregateShingles(pages);
  close(m.precision, 0.5);
  close(m.recall, 0.5);
  close(m.f1, 0.5);
});

test('snippets match across whitespace and case', () => {
  assert.ok(containsSnippet('The  quick\nbrown fox', 'quick brown'));
  assert.ok(!containsSnippet('The quick brown fox', 'slow'));
  assert.ok(!containsSnippet('anything', '  '));
});
