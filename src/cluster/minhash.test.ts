// Fixture texts are fiction: Norland, Vesmar and their people do not exist.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeBandKeys, computeMinHash, estimateJaccard, findNearDuplicates, hashFnv1a, NEAR_DUPLICATE_THRESHOLD } from './minhash.js';

const ARTICLE = [
  'The foreign minister of Norland, Ilse Marrow, arrived in Vesmar on Tuesday for two days of talks on the disputed river border.',
  'Marrow told reporters at the airport that both governments wanted a settlement before the spring floods.',
  'Her counterpart, Oskar Teel, said the talks would cover fishing rights, shipping lanes and the status of three small islands.',
  'The two countries fought a brief war over the islands in 1987 and have held eleven rounds of talks since then.',
  'A senior official in Vesmar said a draft agreement could be signed in June if the ministers agreed on the shipping lanes.',
  'Opposition leaders in Norland accused the government of giving away too much and called for a referendum on any deal.',
  'Fishermen in the border town of Kell staged a protest on Monday, blocking the harbour with about forty boats.',
  'The river carries most of the grain exported from both countries, and traders say the dispute has raised freight costs.',
  'Teel is expected to visit Norland in April, the ministry said, adding that the date had not been fixed.',
  'The talks are the first at ministerial level since the election of a new government in Vesmar last autumn.',
].join('\n');

const SYNDICATED = [
  'NORLAND AND VESMAR OPEN BORDER TALKS',
  'By a staff correspondent | 4 min read',
  ARTICLE.replace('about forty boats', 'some forty fishing boats').replace(
    'traders say the dispute has raised freight costs',
    'traders complain that the dispute raised freight costs',
  ),
  'Related: Kell fishermen protest | Grain prices rise | Weather for the weekend',
  'Share this article on social media',
].join('\n');

const OTHER_REPORT = [
  'Talks between Norland and Vesmar on the river border began in Vesmar on Tuesday, officials said.',
  'Ilse Marrow, Norland foreign minister, met Oskar Teel for four hours and both described the meeting as useful.',
  'A fishermen protest in Kell on Monday showed how strongly people in the border region feel about the islands.',
  'Analysts said a deal in June was possible but far from certain given opposition in the Norland parliament.',
].join('\n');

const UNRELATED = [
  'The national football team of Osterland beat the visitors three goals to one in front of a full stadium.',
  'The coach praised his young defenders and said the team was ready for the cup final next month.',
  'Ticket prices for the final have doubled, and fans complained about the long queues outside the ground.',
].join('\n');

describe('hashFnv1a', () => {
  const cases: [string, number][] = [
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ];
  for (const [input, expected] of cases) {
    test(`FNV-1a of ${JSON.stringify(input)} matches the reference value`, () => {
      assert.equal(hashFnv1a(input), expected);
    });
  }
});

describe('MinHash signatures', () => {
  test('are 128 unsigned 32-bit values, identical for identical texts', () => {
    const a = computeMinHash(ARTICLE);
    assert.ok(a instanceof Uint32Array);
    assert.equal(a.length, 128);
    assert.deepEqual(a, computeMinHash(ARTICLE));
    assert.equal(estimateJaccard(a, computeMinHash(ARTICLE)), 1);
  });

  test('band keys are 32 per signature and equal for equal signatures', () => {
    const keys = computeBandKeys(computeMinHash(ARTICLE));
    assert.equal(keys.length, 32);
    assert.deepEqual(keys, computeBandKeys(computeMinHash(ARTICLE)));
  });

  const table: [string, string, number, number][] = [
    ['identical copy', ARTICLE, 1, 1],
    ['syndicated copy with another headline, furniture and edits', SYNDICATED, NEAR_DUPLICATE_THRESHOLD, 1],
    ['another report of the same talks', OTHER_REPORT, 0, 0.2],
    ['an unrelated article', UNRELATED, 0, 0.05],
  ];
  for (const [name, text, low, high] of table) {
    test(`Jaccard estimate against the article: ${name}`, () => {
      const j = estimateJaccard(computeMinHash(ARTICLE), computeMinHash(text));
      assert.ok(j >= low && j <= high, `expected ${low}..${high}, found ${j}`);
    });
  }
});

describe('findNearDuplicates', () => {
  test('groups the article with its copies and leaves other reports alone', () => {
    const result = findNearDuplicates([
      { id: 'original', text: ARTICLE },
      { id: 'other', text: OTHER_REPORT },
      { id: 'copy', text: SYNDICATED },
      { id: 'unrelated', text: UNRELATED },
      { id: 'exact', text: ARTICLE },
    ]);
    assert.deepEqual(result.groups, [['original', 'copy', 'exact']]);
    assert.ok(result.pairs.every((p) => p.jaccard >= NEAR_DUPLICATE_THRESHOLD));
  });

  test('finds nothing in a batch of distinct texts', () => {
    const result = findNearDuplicates([
      { id: 'a', text: ARTICLE },
      { id: 'b', text: UNRELATED },
      { id: 'c', text: OTHER_REPORT },
    ]);
    assert.deepEqual(result.groups, []);
    assert.deepEqual(result.pairs, []);
  });
});
