import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoreBcubed, scorePairwise } from './score.js';

const map = (pairs: string): Map<string, string> => new Map(pairs.split(' ').map((p) => p.split('=') as [string, string]));

// gold: {a b c} {d e}
const GOLD = map('a=G1 b=G1 c=G1 d=G2 e=G2');

describe('scoreBcubed', () => {
  const cases: [string, string, number, number][] = [
    ['perfect', 'a=1 b=1 c=1 d=2 e=2', 1, 1],
    // all singletons: P = 1; R = (1/3·3 + 1/2·2) / 5 = 2/5
    ['all singletons', 'a=1 b=2 c=3 d=4 e=5', 1, 2 / 5],
    // one cluster: P = (3/5·3 + 2/5·2) / 5 = 13/25; R = 1
    ['one cluster', 'a=1 b=1 c=1 d=1 e=1', 13 / 25, 1],
    // {a b} {c d e}: P = (1+1+1/3+2/3+2/3)/5 = 11/15; R = (2/3+2/3+1/3+1+1)/5 = 11/15
    ['one item misplaced', 'a=1 b=1 c=2 d=2 e=2', 11 / 15, 11 / 15],
  ];
  for (const [name, predicted, precision, recall] of cases) {
    test(name, () => {
      const score = scoreBcubed(map(predicted), GOLD);
      assert.ok(Math.abs(score.precision - precision) < 1e-9, `precision ${score.precision}`);
      assert.ok(Math.abs(score.recall - recall) < 1e-9, `recall ${score.recall}`);
      assert.ok(Math.abs(score.f1 - (2 * precision * recall) / (precision + recall)) < 1e-9);
    });
  }

  test('an item missing from the prediction counts as a singleton', () => {
    assert.deepEqual(scoreBcubed(map('a=1 b=1 c=1 d=2'), GOLD), scoreBcubed(map('a=1 b=1 c=1 d=2 e=9'), GOLD));
  });
});

describe('scorePairwise', () => {
  // gold pairs: ab ac bc de = 4
  const cases: [string, string, number, number][] = [
    ['perfect', 'a=1 b=1 c=1 d=2 e=2', 1, 1],
    ['all singletons (no predicted pairs: precision 1)', 'a=1 b=2 c=3 d=4 e=5', 1, 0],
    ['one cluster: 4 of 10 pairs right', 'a=1 b=1 c=1 d=1 e=1', 4 / 10, 1],
    // predicted pairs ab cd ce de: right ab de
    ['one item misplaced', 'a=1 b=1 c=2 d=2 e=2', 2 / 4, 2 / 4],
  ];
  for (const [name, predicted, precision, recall] of cases) {
    test(name, () => {
      const score = scorePairwise(map(predicted), GOLD);
      assert.ok(Math.abs(score.precision - precision) < 1e-9, `precision ${score.precision}`);
      assert.ok(Math.abs(score.recall - recall) < 1e-9, `recall ${score.recall}`);
    });
  }
});
