import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findQuotes } from '../../annotate/quotes/index.js';
import { splitSentences } from '../../annotate/sentences/split.js';
import { type Document, emptyMeta } from '../../core/document.js';
import type { Quote } from '../../core/layers.js';
import { type GoldPage, loadSeedGold, seedPath } from './gold.js';
import { contentsMatch, contentWords, pairOneToOne, scoreSeedQuotes, summariseSeedQuotes } from './quotes.js';

/** Test-only: the body of a seed page (between the gold's first and last paragraph), furniture lines dropped. */
function seedBody(page: GoldPage): string {
  const raw = readFileSync(seedPath(page.file), 'utf8');
  const start = raw.indexOf(page.body.first);
  const end = raw.indexOf(page.body.last, start) + page.body.last.length;
  assert.ok(start >= 0 && end > start, `body bounds found in ${page.file}`);
  return raw
    .slice(start, end)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !page.body.excluded.some((x) => p.includes(x)))
    .join('\n\n');
}

function makeDocument(text: string, quotes: readonly Quote[]): Document {
  return {
    id: 'test',
    origin: { name: 'test', kind: 'example' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: emptyMeta(),
    layers: { quotes },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

function sentencesOf(text: string) {
  const out = [];
  let pos = 0;
  for (const para of text.split('\n\n')) {
    out.push(...splitSentences(text, pos, pos + para.length));
    pos += para.length + 2;
  }
  return out;
}

test('content match rule: half of each side, leading "that" ignored', () => {
  const cases: [string, string, boolean][] = [
    ['that the talks will go on', 'the talks will go on', true],
    ['the talks will go on next week in the capital', 'the talks will go on', true],
    ['the talks will go on next week in the capital after a long delay', 'the talks', false],
    ['nothing shared here', 'the talks will go on', false],
  ];
  for (const [a, b, want] of cases) assert.equal(contentsMatch(contentWords(a), contentWords(b)).match, want, `${a} ~ ${b}`);
});

test('one-to-one pairing takes the best overlap first', () => {
  const gold = [contentWords('the talks will go on'), contentWords('the talks will go on next week')];
  const predicted = [contentWords('the talks will go on next week')];
  assert.deepEqual(pairOneToOne(predicted, gold), [1]);
});

test('seed pages: every required quote found, at most 2 false quotes (content level)', () => {
  const gold = loadSeedGold();
  const counts = gold.pages.map((page) => {
    const text = seedBody(page);
    const quotes = findQuotes(text, sentencesOf(text), [], []);
    return scoreSeedQuotes(gold, page, makeDocument(text, quotes));
  });
  const summary = summariseSeedQuotes(counts);
  const missed = counts.flatMap((c) => c.missed);
  const falseTexts = counts.flatMap((c) => c.falseTexts);
  console.log(
    `seed quotes: P ${summary.precision.toFixed(3)} R ${summary.recall.toFixed(3)} F1 ${summary.f1.toFixed(3)} false ${summary.falseQuotes}`,
  );
  assert.deepEqual(missed, [], 'missed required quotes');
  assert.ok(summary.falseQuotes <= 2, `false quotes: ${falseTexts.join(' || ')}`);
  assert.equal(
    counts.reduce((a, c) => a + c.notQuotesReturned, 0),
    0,
  );
});
