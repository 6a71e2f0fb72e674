// Fiction: the sentences are invented for the scorer's unit tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../../core/span.js';
import { type Attribution, emptyCounts, finishSubset, scoreArticle } from './score.js';

const TEXT = 'Varr said that the port would open in May. "Fees will rise," Sol said. Read more here.';

function spanOf(piece: string, from = 0): Span {
  const start = TEXT.indexOf(piece, from);
  assert.ok(start >= 0, piece);
  return { start, end: start + piece.length };
}

const GOLD: Attribution[] = [
  { content: [spanOf('that the port would open in May')], speaker: spanOf('Varr'), quoted: false },
  { content: [spanOf('"Fees will rise,"')], speaker: spanOf('Sol'), quoted: true },
];

interface Case {
  readonly name: string;
  readonly predicted: Attribution[];
  readonly boilerplate?: Span[];
  readonly want: { allMatched: number; allPredicted: number; quotedMatched: number; quotedPredicted: number; speakerRight: number };
}

const CASES: Case[] = [
  {
    name: 'exact spans, right speakers',
    predicted: [
      { content: [spanOf('the port would open in May')], speaker: spanOf('Varr'), quoted: false },
      { content: [spanOf('Fees will rise,')], speaker: spanOf('Sol'), quoted: true },
    ],
    want: { allMatched: 2, allPredicted: 2, quotedMatched: 1, quotedPredicted: 1, speakerRight: 2 },
  },
  {
    name: 'leading "that" ignored; wrong speaker counts for content, not end to end',
    predicted: [{ content: [spanOf('that the port would open')], speaker: spanOf('Sol'), quoted: false }],
    want: { allMatched: 1, allPredicted: 1, quotedMatched: 0, quotedPredicted: 0, speakerRight: 0 },
  },
  {
    name: 'too short a prediction does not match (less than half of the gold)',
    predicted: [{ content: [spanOf('port')], speaker: spanOf('Varr'), quoted: false }],
    want: { allMatched: 0, allPredicted: 1, quotedMatched: 0, quotedPredicted: 0, speakerRight: 0 },
  },
  {
    name: 'one to one: the second copy is a false prediction',
    predicted: [
      { content: [spanOf('Fees will rise')], speaker: spanOf('Sol'), quoted: true },
      { content: [spanOf('Fees will rise')], speaker: spanOf('Sol'), quoted: true },
    ],
    want: { allMatched: 1, allPredicted: 2, quotedMatched: 1, quotedPredicted: 2, speakerRight: 1 },
  },
  {
    name: 'predictions inside boilerplate are ignored',
    predicted: [{ content: [spanOf('Read more here')], speaker: null, quoted: false }],
    boilerplate: [spanOf('Read more here.')],
    want: { allMatched: 0, allPredicted: 0, quotedMatched: 0, quotedPredicted: 0, speakerRight: 0 },
  },
];

for (const c of CASES) {
  test(`polnear scorer: ${c.name}`, () => {
    const all = emptyCounts();
    const quoted = emptyCounts();
    scoreArticle(TEXT, GOLD, c.predicted, c.boilerplate ?? [], all, quoted);
    assert.equal(all.gold, 2);
    assert.equal(quoted.gold, 1);
    assert.equal(all.matched, c.want.allMatched, 'matched');
    assert.equal(all.predicted, c.want.allPredicted, 'predicted');
    assert.equal(quoted.matched, c.want.quotedMatched, 'quoted matched');
    assert.equal(quoted.predicted, c.want.quotedPredicted, 'quoted predicted');
    assert.equal(all.speakerRight, c.want.speakerRight, 'speaker right');
  });
}

test('finishSubset computes P/R/F1 and end-to-end F1', () => {
  const m = finishSubset({ gold: 4, predicted: 2, matched: 2, speakerRight: 1, e2e: 1 });
  assert.equal(m.precision, 1);
  assert.equal(m.recall, 0.5);
  assert.ok(Math.abs(m.f1 - 2 / 3) < 1e-9);
  assert.equal(m.speakerAccuracy, 0.5);
  assert.ok(Math.abs(m.endToEndF1 - (2 * 0.5 * 0.25) / 0.75) < 1e-9);
});
