import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertedByName, evidenceQuotes, evidenceText } from './statements.js';

// Fiction: Valdora and Marest are invented countries.
const text = 'Valdora said a call with Marest is planned. "We are ready," Ilsa Brand said. "Soon," she added.';
const call = { evidence: { start: 0, end: 43 } };
const quotes = [
  { start: 44, end: 62, speakerName: 'Ilsa Brand' },
  { start: 78, end: 85, speakerName: 'Ilsa Brand' },
];

test('a statement keeps its evidence as text, its spans joined', () => {
  assert.equal(evidenceText(call, text), 'Valdora said a call with Marest is planned.');
  assert.equal(
    evidenceText(
      {
        evidence: [
          { start: 0, end: 7 },
          { start: 25, end: 31 },
        ],
      } as never,
      text,
    ),
    'Valdora … Marest',
  );
  assert.equal(evidenceText({} as never, text), '');
});

test('a statement keeps the quotes that stand in its evidence, once each, at most five', () => {
  assert.deepEqual(evidenceQuotes(call, text, quotes), []);
  assert.deepEqual(evidenceQuotes({ evidence: { start: 40, end: 70 } }, text, [...quotes, quotes[0] as never]), [
    { speakerName: 'Ilsa Brand', content: '"We are ready," Il' },
  ]);
  const many = Array.from({ length: 8 }, (_, i) => ({ start: i, end: i + 3, speakerName: null }));
  assert.equal(evidenceQuotes(call, text, many).length, 5);
});

test('a statement names who asserted it, when its entity is on the page', () => {
  const entities = [{ id: 'e1', name: 'Ilsa Brand' }];
  assert.equal(assertedByName({ assertedBy: 'e1' }, entities), 'Ilsa Brand');
  assert.equal(assertedByName({ assertedBy: 'e9' }, entities), null);
  assert.equal(assertedByName({ assertedBy: null }, entities), null);
});
