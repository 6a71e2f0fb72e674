import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DateValue } from '../../core/layers.js';
import { dateOfSpan } from './span-date.js';
import { buildTestDocument } from './test-support.js';

// Fiction: sentences about the invented state of Velmora.

const PUBLISHED: DateValue = { start: '2021-04-16', end: '2021-04-16', granularity: 'day', evidence: [], inferred: true };

/** [text, span words, scope, expected start..end or null]. */
const CASES: readonly (readonly [string, string, 'span' | 'sentence', string | null])[] = [
  ['Velmora imposed new tariffs on Thursday.', 'imposed new tariffs on Thursday', 'span', '2021-04-15..2021-04-15'],
  ['During a call on Tuesday, the premier proposed that they meet.', 'the premier proposed that they meet', 'span', null],
  [
    'During a call on Tuesday, the premier proposed that they meet.',
    'the premier proposed that they meet',
    'sentence',
    '2021-04-13..2021-04-13',
  ],
  ['On December 17, the ministry published two drafts.', 'the ministry published two drafts', 'sentence', '2020-12-17..2020-12-17'],
  ['Velmora is ready for talks, the ministry said on Monday.', 'Velmora is ready for talks', 'sentence', null],
  ['The envoys were expelled over the 2020 election.', 'The envoys were expelled', 'sentence', null],
  ['They have met twice within recent weeks.', 'They have met twice within recent weeks', 'span', null],
  ['The summit will take place in June 2021.', 'The summit will take place in June 2021', 'span', '2021-06-01..2021-06-30'],
];

describe('dating a span from the time expression that stands in it', () => {
  for (const [text, words, scope, expected] of CASES) {
    test(`"${words}" (${scope})`, () => {
      const doc = buildTestDocument({ source: text, body: [{ start: 0, end: text.length }] }, []);
      const start = doc.text.indexOf(words);
      assert.ok(start >= 0);
      const value = dateOfSpan(doc, { start, end: start + words.length }, PUBLISHED, { scope });
      assert.equal(value ? `${value.start}..${value.end}` : null, expected);
    });
  }
});
