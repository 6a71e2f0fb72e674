import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { emptyMeta } from '../../core/document.js';
import { extractTextPage } from '../../extract/text-page/index.js';
import type { ExtractResult } from '../../extract/types.js';
import { EXTRACTION_FIELDS, scoreSeedExtraction } from './extraction.js';
import { type GoldPage, loadSeedGold, seedPath } from './gold.js';

// A fictional gold page and results built by hand, to test the scorer on its own.
const GOLD: GoldPage = {
  file: 'fiction.txt',
  outlet: 'NORTHWIRE',
  title: 'Varga calls Rendell',
  standfirst: null,
  dateline: { place: 'Corvana', month: 3, day: 12 },
  published: { date: '2026-03-12', year_from_text: false, accept: ['2026-03-12'] },
  body: {
    first: 'CORVANA, March 12. /NORTHWIRE/. The two',
    last: 'officials said.',
    paragraphs: 3,
    headings: ['Talks ahead'],
    excluded: ['Read also'],
  },
  quotes: [],
  not_quotes: [],
  mentions: [],
  events: [],
  not_events: [],
};

function article(paragraphs: [string, 'body' | 'heading'][], meta: Partial<ExtractResult['meta']> = {}): ExtractResult {
  let offset = 0;
  const layer = paragraphs.map(([text, kind]) => {
    const p = { start: offset, end: offset + text.length, kind, source: { start: 0, end: 0, in: 'source' as const }, by: 'test' };
    offset += text.length + 2;
    return p;
  });
  return {
    kind: 'article',
    text: paragraphs.map(([t]) => t).join('\n\n'),
    paragraphs: layer,
    furniture: [],
    meta: { ...emptyMeta(), ...meta },
    diagnostics: [],
  };
}

const RIGHT_META = { outlet: 'NORTHWIRE', title: 'Varga\u00a0calls Rendell', dateline: { place: 'Corvana', month: 3, day: 12 } };
const RIGHT_BODY: [string, 'body' | 'heading'][] = [
  ['CORVANA, March 12. /NORTHWIRE/. The two presidents spoke.', 'body'],
  ['Talks ahead', 'heading'],
  ['More talks are planned,  officials said.', 'body'],
];

const CASES: readonly [string, ExtractResult, readonly string[]][] = [
  ['all right (NBSP and double spaces normalised)', article(RIGHT_BODY, RIGHT_META), []],
  ['wrong title', article(RIGHT_BODY, { ...RIGHT_META, title: 'Other' }), ['title']],
  ['standfirst where gold has none', article(RIGHT_BODY, { ...RIGHT_META, standfirst: 'A summary' }), ['standfirst']],
  ['dateline day wrong', article(RIGHT_BODY, { ...RIGHT_META, dateline: { place: 'Corvana', month: 3, day: 13 } }), ['dateline']],
  [
    'excluded line in body',
    article([...RIGHT_BODY.slice(0, 2), ['Read also', 'body'], RIGHT_BODY[2] ?? ['', 'body']], RIGHT_META),
    ['paragraphs', 'noExcluded'],
  ],
  [
    'heading lost',
    article([RIGHT_BODY[0] ?? ['', 'body'], ['Talks ahead', 'body'], RIGHT_BODY[2] ?? ['', 'body']], RIGHT_META),
    ['headings'],
  ],
  [
    'refused page',
    {
      kind: 'refused',
      reason: 'no-body',
      confidence: 0.7,
      message: 'x',
      meta: { ...emptyMeta(), ...RIGHT_META },
      furniture: [],
      diagnostics: [],
    },
    ['bodyFirst', 'bodyLast', 'paragraphs', 'headings', 'noExcluded'],
  ],
];

for (const [name, result, wrong] of CASES) {
  test(`scoreSeedExtraction: ${name}`, () => {
    const score = scoreSeedExtraction(GOLD, result);
    const failed = EXTRACTION_FIELDS.filter((f) => !score.fields[f]);
    assert.deepEqual(failed, wrong);
    assert.equal(score.right, EXTRACTION_FIELDS.length - wrong.length);
    assert.equal(score.misses.length, wrong.length);
  });
}

test('every extraction field is right on all five seed pages', () => {
  const gold = loadSeedGold();
  assert.equal(gold.pages.length, 5);
  for (const page of gold.pages) {
    const score = scoreSeedExtraction(page, extractTextPage(readFileSync(seedPath(page.file), 'utf8')));
    assert.deepEqual(score.misses, [], page.file);
    assert.equal(score.right, score.total);
  }
});
