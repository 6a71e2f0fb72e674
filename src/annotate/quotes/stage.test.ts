// Fiction: the people and places are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Document, emptyMeta } from '../../core/document.js';
import type { Paragraph } from '../../core/layers.js';
import { runStages } from '../../core/stage.js';
import { sentencesStage } from '../sentences/index.js';
import { quotesStage } from './index.js';

function makeDocument(text: string): Document {
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const piece of text.split('\n\n')) {
    paragraphs.push({ start: pos, end: pos + piece.length, by: 'test', kind: 'body', source: { start: pos, end: pos + piece.length } });
    pos += piece.length + 2;
  }
  return {
    id: 'fiction',
    origin: { name: 'fiction', kind: 'example' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: emptyMeta(),
    layers: { paragraphs },
    entities: [{ id: 'p:varr', name: 'Olek Varr', type: 'person', roles: ['minister'], mentions: [{ start: 0, end: 0 }] }],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

test('quotesStage runs after sentences and yields a sorted, in-range quotes layer', () => {
  const text =
    'PORT LIRA, May 3. /FICTION/. The harbour will reopen in June, Minister Olek Varr told reporters.\n\n"Ships may dock at once," Varr said. "Fees stay as they are."\n\nThe so-called "harbour tax" took effect on Monday.';
  const doc = runStages(makeDocument(text), [sentencesStage, quotesStage]);
  const quotes = doc.layers.quotes ?? [];
  assert.deepEqual(
    quotes.map((q) => [q.kind, text.slice(q.start, q.end), q.speakerName]),
    [
      ['indirect', 'The harbour will reopen in June', 'Olek Varr'],
      ['direct', 'Ships may dock at once,', 'Olek Varr'],
      ['direct', 'Fees stay as they are.', 'Olek Varr'],
    ],
  );
  assert.ok(quotes[1]?.groupId && quotes[1].groupId === quotes[2]?.groupId, 'split quotation shares a group');
  assert.ok(quotes.every((q) => q.by === 'annotate/quotes'));
});
