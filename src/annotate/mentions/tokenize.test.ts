import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WORD_CLASS, wordClassesOf } from './lexicon.js';
import { tokenize, tokenizeShared } from './tokenize.js';

// Generic words written for this test (no third-party text).
const CASES: ReadonlyArray<readonly [string, string, boolean, boolean, boolean]> = [
  // text, lower, isCap, isUpper, opensPhrase
  ['Über', 'über', true, false, false],
  ['ÜBER', 'über', true, true, false],
  ['über', 'über', false, false, false],
  ['Don’t', "don't", true, false, false],
  ['NATO', 'nato', true, true, false],
  ['U.S.', 'u.s.', true, true, false],
  ['the', 'the', false, false, true],
  ['former', 'former', false, false, true],
  ['his', 'his', false, false, true],
  ['bloc-led', 'bloc-led', false, false, true],
  ['meeting', 'meeting', false, false, false],
  ['Internationalisation', 'internationalisation', true, false, false],
];

test('tokens repeated across texts keep the same fields (shared word table)', () => {
  for (let round = 0; round < 2; round++) {
    for (const [text, lower, isCap, isUpper, opensPhrase] of CASES) {
      const toks = tokenize(`x ${text} y`);
      const tok = toks[1];
      assert.ok(tok, text);
      assert.deepEqual(
        { text: tok.text, lower: tok.lower, isCap: tok.isCap, isUpper: tok.isUpper, opensPhrase: tok.opensPhrase, start: tok.start },
        { text, lower, isCap, isUpper, opensPhrase, start: 2 },
        text,
      );
    }
  }
});

// Generic sentences written for this test, longest first so that later calls reuse tokens.
const SHARED_TEXTS = [
  'The former minister of Freedonia said on Monday that the US-led talks would go on.',
  "Ms. Vell's spokeswoman, according to U.S. officials, declined to comment.",
  'Internationalisation  stalled.',
  '“Yes,” he said.',
];

test('pooled tokens equal fresh tokens, also when a shorter text follows a longer one', () => {
  for (const text of SHARED_TEXTS) {
    const fresh = tokenize(text);
    const { tokens, count } = tokenizeShared(text);
    assert.equal(count, fresh.length, text);
    assert.deepEqual(
      tokens.slice(0, count).map((t) => ({ ...t })),
      fresh.map((t) => ({ ...t })),
      text,
    );
  }
});

test('each token carries the word-class bits of its lower-case form', () => {
  for (const text of SHARED_TEXTS) {
    for (const tok of tokenize(text)) assert.equal(tok.classes, wordClassesOf(tok.lower), tok.text);
  }
  const said = tokenize('said')[0];
  assert.ok(said && (said.classes & WORD_CLASS.REPORTING_VERB) !== 0);
  const minister = tokenize('Minister')[0];
  assert.ok(minister && (minister.classes & WORD_CLASS.ROLE_FIRST_WORD) !== 0);
});
