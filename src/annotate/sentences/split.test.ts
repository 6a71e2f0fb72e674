import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './split.js';

const cases: Array<[string, string[]]> = [
  ['Mr. Oskar Vell spoke. He left.', ['Mr. Oskar Vell spoke.', 'He left.']],
  ['The U.S. side agreed. The talks ended.', ['The U.S. side agreed.', 'The talks ended.']],
  ['They met in the U.S. The talks ended.', ['They met in the U.S.', 'The talks ended.']],
  ['"We are ready," he said. "Truly."', ['"We are ready," he said.', '"Truly."']],
  ['J. R. Tamsin arrived on Monday.', ['J. R. Tamsin arrived on Monday.']],
  ['', []],
];

for (const [input, expected] of cases) {
  test(`splits ${JSON.stringify(input)}`, () => {
    const spans = splitSentences(input);
    assert.deepEqual(
      spans.map((s) => input.slice(s.start, s.end)),
      expected,
    );
  });
}
