// Fixture sentences are fiction.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractStoryTerms, stemWord } from './terms.js';

describe('extractStoryTerms', () => {
  const cases: [string, string, string[], string[]][] = [
    [
      'capitalised words inside a sentence are entities',
      'Police said Ann Vale left Kell.',
      ['e:ann', 'e:vale', 'p:ann_vale', 'e:kell'],
      ['e:police'],
    ],
    ['a capital at a sentence start is a word', 'Talks ended. Fishermen protested.', ['w:talk', 'w:fishermen'], ['e:fishermen']],
    ['years and year-months', 'The deal was signed on May 3, 2013 in Solt.', ['y:2013', 'm:2013-05', 'n:3'], ['e:may', 'w:may']],
    ['shouted headlines give no entities', 'THREE DEAD IN BANK FIRE\nThe fire began at noon.', ['w:bank', 'w:fire'], ['e:bank']],
    ['stop words and weekdays are dropped', 'He said on Monday that they would go.', [], ['w:said', 'e:monday', 'w:monday']],
  ];
  for (const [name, text, present, absent] of cases) {
    test(name, () => {
      const terms = extractStoryTerms(text);
      for (const term of present) assert.ok(terms.has(term), `expected ${term} in ${[...terms.keys()].join(' ')}`);
      for (const term of absent) assert.ok(!terms.has(term), `expected no ${term}`);
    });
  }
});

describe('stemWord', () => {
  const cases: [string, string][] = [
    ['checks', 'check'],
    ['checked', 'check'],
    ['checking', 'check'],
    ['cities', 'city'],
    ['bus', 'bus'],
    ['2013', '2013'],
  ];
  for (const [input, expected] of cases) test(`${input} → ${expected}`, () => assert.equal(stemWord(input), expected));
});
