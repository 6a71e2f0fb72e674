import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findGazetteerHits } from './gazetteer.js';
import { extractAnchors, TRIGGERS } from './lexicon.js';
import { findPartyMentions, learnPersonCountries } from './parties.js';

test('gazetteer: names, possessives, initialisms, hyphens, longest match', () => {
  const cases: [string, string[]][] = [
    ['Russia and the US met.', ['Russia:RUS', 'US:USA']],
    ["Russia's foreign ministry", ['Russia:RUS']],
    ['talks with the U.S. on Monday', ['U.S.:USA']],
    ['the United States of America and the EU', ['United States of America:USA', 'EU:EU']],
    ['the US-led bloc expanded', ['US-led bloc:NATO']],
    ["troops in Cote d'Ivoire", ["Cote d'Ivoire:CIV"]],
    ['Jordan Peterson spoke in Amman.', ['Amman:JOR']],
    ['no names here at all.', []],
  ];
  for (const [text, want] of cases) {
    const got = findGazetteerHits(text).map((h) => `${text.slice(h.start, h.end)}:${h.code}`);
    assert.deepEqual(got, want, text);
  }
});

test('demonyms act only before agent nouns; capitals after "in" are places', () => {
  const text = 'Russian diplomats left the Russian resort of Sochi. Talks in Moscow with Washington.';
  const kinds = findPartyMentions(text).map((p) => `${text.slice(p.start, p.end)}:${p.kind}`);
  assert.deepEqual(kinds, ['Russian:demonym', 'Russian:attribute', 'Moscow:place', 'Washington:capital']);
});

test('people introduced with a demonym and a title keep their country for the page', () => {
  const text = 'Russian President Vladimir Putin and his US counterpart Donald Trump spoke. Later Putin left.';
  const learned = learnPersonCountries(text, findPartyMentions(text));
  assert.equal(learned.get('Putin'), 'RUS');
  assert.equal(learned.get('Trump'), 'USA');
  const persons = findPartyMentions(text).filter((p) => p.kind === 'person');
  assert.deepEqual(
    persons.map((p) => text.slice(p.start, p.end)),
    ['Vladimir Putin', 'Donald Trump', 'Putin'],
  );
});

test('lexicon anchors: leading word lists are extracted, anything fancier runs unfiltered', () => {
  assert.deepEqual(extractAnchors(String.raw`\b(?:met|meet)\b`), ['met', 'meet']);
  assert.deepEqual(extractAnchors(String.raw`\bhost\b|\b(?:visit|trip)\s+to\b`), ['host', 'visit', 'trip']);
  assert.equal(extractAnchors(String.raw`\b(?:riots?\s+against)\b`), null);
  assert.equal(extractAnchors(String.raw`(?<=x)\bmust\b`), null);
  assert.ok(TRIGGERS.filter((t) => t.anchors).length > TRIGGERS.length / 2);
});

test("a user's own demonyms: an adjective before a thing is an attribute, a plural acts", () => {
  // Fiction: Marest is a country of a user's actor file, unknown to the built-in gazetteer.
  const text = 'Valdora eased sanctions on Marestian shipping companies. Marestians protested.';
  const code = (word: string) => (word === 'Marestian' || word === 'Marestians' ? 'MRS' : undefined);
  const kinds = findPartyMentions(text, [], [], null, code).map((p) => `${text.slice(p.start, p.end)}:${p.code}:${p.kind}`);
  assert.ok(kinds.includes('Marestian:MRS:attribute'), kinds.join(' '));
  assert.ok(kinds.includes('Marestians:MRS:demonym'), kinds.join(' '));
  assert.ok(!findPartyMentions(text).some((p) => p.code === 'MRS'), 'without the lookup the gazetteer knows no Marest');
});
