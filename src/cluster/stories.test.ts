// Fixture texts are fiction: Norland, Vesmar, Osterland and their people do not exist.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DatelineError } from '../core/errors.js';
import { clusterDocuments, runClusterCommand } from './batch.js';
import { createStoryIndex, parseDay, type StoryInput } from './stories.js';

const TALKS_A =
  'Norland foreign minister Ilse Marrow met Oskar Teel of Vesmar in Kell on Tuesday for talks on the river border and the three islands. Marrow said a deal on shipping lanes was close.';
const TALKS_B =
  'Ilse Marrow and Oskar Teel held four hours of talks in Kell about the Norland-Vesmar river border. Teel said the islands and the shipping lanes remain the hardest issues.';
const TALKS_C =
  'In Kell, Oskar Teel told reporters after meeting Ilse Marrow that Vesmar and Norland were near a border deal covering shipping lanes and the islands.';
const OTHER_TALKS =
  'Osterland prime minister Piet Amsel met Lena Brook of Dravia in Solt on Friday for talks on the mountain railway and grazing rights. Amsel said a deal on the railway was close.';
const OTHER_TALKS_2 =
  'Piet Amsel and Lena Brook spent the day in Solt discussing the Osterland-Dravia mountain railway. Brook said grazing rights remain the hardest issue.';

const docs = (entries: [string, string, string?][]): StoryInput[] =>
  entries.map(([id, text, published]) => ({ id, text, published: published ?? null }));

describe('clusterDocuments', () => {
  test('groups reports of one story and separates a story of the same kind', () => {
    const clusters = clusterDocuments(
      docs([
        ['a', TALKS_A],
        ['x', OTHER_TALKS],
        ['b', TALKS_B],
        ['y', OTHER_TALKS_2],
        ['c', TALKS_C],
      ]),
    );
    assert.equal(clusters.get('a'), clusters.get('b'));
    assert.equal(clusters.get('a'), clusters.get('c'));
    assert.equal(clusters.get('x'), clusters.get('y'));
    assert.notEqual(clusters.get('a'), clusters.get('x'));
  });

  const timeCases: [string, string, string, boolean][] = [
    ['two days apart: one story', '2017-01-21', '2017-01-23', true],
    ['eight years apart: two stories', '2017-01-21', '2025-01-23', false],
    ['one date unknown: text decides', '2017-01-21', '', true],
  ];
  for (const [name, first, second, isSameStory] of timeCases) {
    test(`time: ${name}`, () => {
      const clusters = clusterDocuments(
        docs([
          ['a', TALKS_A, first],
          ['b', TALKS_B, second || undefined],
        ]),
      );
      assert.equal(clusters.get('a') === clusters.get('b'), isSameStory);
    });
  }

  test('unrelated pages stay apart', () => {
    const clusters = clusterDocuments(
      docs([
        ['a', TALKS_A],
        ['z', 'The national football team of Osterland beat the visitors three goals to one in a full stadium.'],
      ]),
    );
    assert.notEqual(clusters.get('a'), clusters.get('z'));
  });
});

describe('createStoryIndex', () => {
  test('adding a page twice returns its story and changes nothing', () => {
    const index = createStoryIndex();
    const story = index.add({ id: 'a', text: TALKS_A });
    assert.equal(index.add({ id: 'a', text: OTHER_TALKS }), story);
    assert.equal(index.storyCount, 1);
  });

  test('a state saved as JSON resumes with the same behaviour', () => {
    const original = createStoryIndex();
    original.add({ id: 'a', text: TALKS_A });
    original.add({ id: 'x', text: OTHER_TALKS });
    original.add({ id: 'b', text: TALKS_B });
    const resumed = createStoryIndex({}, JSON.parse(JSON.stringify(original.serialise())));
    assert.equal(resumed.storyOf('a'), original.storyOf('a'));
    assert.equal(resumed.add({ id: 'c', text: TALKS_C }), original.add({ id: 'c', text: TALKS_C }));
    assert.equal(resumed.storyCount, original.storyCount);
  });

  // A one-page story asks for threshold / singletonFactor; a second page then meets the
  // established story at the plain threshold.
  const singletonCases: [string, number, boolean][] = [
    ['a page joins a one-page story it matches', 1, true],
    ['no cosine reaches a threshold raised past 1', 0.01, false],
  ];
  for (const [name, singletonFactor, isSameStory] of singletonCases) {
    test(`singletonFactor: ${name}`, () => {
      const index = createStoryIndex({ singletonFactor });
      const first = index.add({ id: 'a', text: TALKS_A });
      assert.equal(index.add({ id: 'b', text: TALKS_B }) === first, isSameStory);
    });
  }

  const badOptions: [string, object][] = [
    ['threshold above 1', { threshold: 2 }],
    ['zero query terms', { queryTerms: 0 }],
    ['negative decay', { decayDays: -1 }],
    ['a zero singleton factor', { singletonFactor: 0 }],
    ['a singleton factor above 1', { singletonFactor: 1.5 }],
  ];
  for (const [name, options] of badOptions) {
    test(`rejects ${name} with CONFIG_INVALID`, () => {
      assert.throws(
        () => createStoryIndex(options),
        (e: unknown) => e instanceof DatelineError && e.code === 'CONFIG_INVALID',
      );
    });
  }
});

describe('parseDay', () => {
  const cases: [string | null, number | null][] = [
    ['1970-01-02', 1],
    ['2017-01-23T13:01:00+03:00', 17189],
    ['2017-01', 17181],
    [null, null],
    ['January 2017', null],
  ];
  for (const [input, expected] of cases) {
    test(`${String(input)} → ${String(expected)}`, () => assert.equal(parseDay(input), expected));
  }
});

describe('runClusterCommand', () => {
  async function* lines(values: string[]): AsyncIterable<string> {
    yield* values;
  }

  test('prints id<TAB>story in input order', async () => {
    const out: string[] = [];
    await runClusterCommand(
      lines([
        JSON.stringify({ id: 'a', text: TALKS_A }),
        '',
        JSON.stringify({ id: 'x', text: OTHER_TALKS, published: null }),
        JSON.stringify({ id: 7, text: TALKS_B }),
      ]),
      (line) => out.push(line),
    );
    assert.equal(out.length, 3);
    const [a, x, b] = out.map((line) => line.split('\t'));
    assert.deepEqual([a?.[0], x?.[0], b?.[0]], ['a', 'x', '7']);
    assert.equal(a?.[1], b?.[1]);
    assert.notEqual(a?.[1], x?.[1]);
  });

  const malformed: [string, string][] = [
    ['invalid JSON', '{"id": "a", '],
    ['no text', '{"id": "a"}'],
    ['no id', '{"text": "x"}'],
  ];
  for (const [name, line] of malformed) {
    test(`rejects ${name} with INPUT_JSONL and the line number`, async () => {
      await assert.rejects(
        runClusterCommand(lines(['', line]), () => {}),
        (e: unknown) => e instanceof DatelineError && e.code === 'INPUT_JSONL' && e.message.includes('line 2'),
      );
    });
  }
});

test('remove takes a page out of its story, drops a story left empty, and lets the page be placed again', () => {
  // Fiction: invented ports and ministers.
  const index = createStoryIndex();
  const ferry = 'The ferry between Port Lira and Ostrel sank in a storm; the Aldovian transport minister Mara Vell ordered an inquiry.';
  const election = 'Costera votes on Sunday in a parliamentary election; the Harbour Party leads the polls in most provinces.';
  const a = index.add({ id: 'a', text: ferry, published: '2031-03-03' });
  const b = index.add({ id: 'b', text: election, published: '2031-03-04' });
  assert.notEqual(a, b);
  assert.equal(index.remove({ id: 'b', text: election }), b);
  assert.equal(index.storyOf('b'), undefined);
  assert.equal(index.storyCount, 1, 'the emptied story is gone');
  assert.equal(index.remove({ id: 'b', text: election }), undefined, 'a page in no story: nothing to remove');
  const again = index.add({ id: 'b', text: election, published: '2031-03-04' });
  assert.notEqual(again, a);
  // A resumed index has no assignments of its own: the caller names the story.
  const resumed = createStoryIndex({}, { ...index.serialise(), assignments: [] });
  assert.equal(resumed.remove({ id: 'a', text: ferry }, a), a);
  assert.equal(resumed.storyCount, 1);
});
