import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeCharCodes } from './char-codes.js';

// Generic strings written for this test.
const TEXTS: readonly string[] = [
  '',
  'Plain ASCII words, 2015.',
  'Non-ASCII: “quoted” – naïve café ’s',
  'A lone surrogate \ud800 and a pair \ud83d\ude00 stay as code units.',
  'x'.repeat(5000),
  'Short again.',
];

test('the reader gives every code unit of each text in turn, growing as needed', () => {
  const codesOf = makeCharCodes();
  for (const text of [...TEXTS, ...TEXTS]) {
    const codes = codesOf(text);
    assert.ok(codes.length >= text.length);
    for (let i = 0; i < text.length; i++) assert.equal(codes[i], text.charCodeAt(i), `${JSON.stringify(text.slice(0, 20))} at ${i}`);
  }
});

test('asking twice for the same text returns the same array', () => {
  const codesOf = makeCharCodes();
  const text = 'The same text.';
  assert.equal(codesOf(text), codesOf(text));
});
