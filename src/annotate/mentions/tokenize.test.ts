import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';

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
