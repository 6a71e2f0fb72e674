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
  ['The envoy said e.g. the port. It reopened.', ['The envoy said e.g. the port.', 'It reopened.']],
  ['He paused . . . and went on. Then he left.', ['He paused . . . and went on.', 'Then he left.']],
  ['Talks ended in 2031. 2032 will tell.', ['Talks ended in 2031.', '2032 will tell.']],
  ['Is it over? No. The talks go on!', ['Is it over?', 'No.', 'The talks go on!']],
  ['Rates rose 3.5 percent at portlira.example. Few noticed.', ['Rates rose 3.5 percent at portlira.example.', 'Few noticed.']],
  ['It was listed as No. 5 in the report.', ['It was listed as No. 5 in the report.']],
  ['01.Which port reopens first?', ['01.', 'Which port reopens first?']],
  ['First line\nSecond line', ['First line', 'Second line']],
  ['港口重新开放。谈判继续。', ['港口重新开放。', '谈判继续。']],
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
