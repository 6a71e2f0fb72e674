import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DatelineError } from '../../core/errors.js';
import { createKnowledgeBase, defaultKnowledgeBase, loadActorFile, normaliseName } from './index.js';

const kb = defaultKnowledgeBase();

const spellings: Array<[string, string]> = [
  ['Sergey Lavrov', 'Sergei Lavrov'],
  ['Dmitry Peskov', 'Dmitriy Peskov'],
  ['Dmitry Peskov', 'Dmitri Peskov'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
  ['Zelensky', 'Zelenskiy'],
  ['Niinistö', 'Niinisto'],
  ['Mikhail', 'Mihail'],
  ['Aleksei', 'Alexey'],
  ['Vasily Nebenzya', 'Vasily Nebenzia'],
  ['U.S.', 'US'],
  ['Erdoğan', 'Erdogan'],
  ["Russia's", 'Russia'],
  ['the Kremlin', 'Kremlin'],
];
for (const [a, b] of spellings) {
  test(`normalises ${a} and ${b} to one key`, () => {
    assert.equal(normaliseName(a), normaliseName(b));
  });
}

const lookups: Array<[string, string, string]> = [
  ['Sergei Lavrov', 'Sergey Lavrov', 'name'],
  ['LAVROV', 'Sergey Lavrov', 'surname'],
  ['Zelenskyy', 'Volodymyr Zelensky', 'alias'],
  ['Vladimir Zelensky', 'Volodymyr Zelensky', 'alias'],
  ['Niinisto', 'Sauli Niinistö', 'surname'],
  ['Sauli Niinisto', 'Sauli Niinistö', 'name'],
  ['the Kremlin', 'Presidential Executive Office of Russia', 'metonym'],
  ['Moscow', 'Russia', 'metonym'],
  ['Kiev', 'Ukraine', 'metonym'],
  ['Kyiv', 'Ukraine', 'metonym'],
  ['Russian', 'Russia', 'demonym'],
  ['American', 'United States', 'demonym'],
  ['U.S.', 'United States', 'alias'],
  ['United States of America', 'United States', 'alias'],
  ['State Department', 'United States Department of State', 'alias'],
  ['Department of State', 'United States Department of State', 'alias'],
  ['the Pentagon', 'United States Department of Defense', 'metonym'],
  ['Peskov', 'Dmitry Peskov', 'surname'],
];
for (const [query, name, via] of lookups) {
  test(`looks up ${query} → ${name} (${via})`, () => {
    const found = kb.match(query).find((m) => m.actor.name === name);
    assert.ok(
      found,
      `${query} should find ${name}; found ${kb
        .lookup(query)
        .map((a) => a.name)
        .join(', ')}`,
    );
    assert.equal(found.via, via);
  });
}

const acronyms: Array<[string, string[]]> = [
  ['WHO', ['World Health Organization']],
  ['who', []],
  ['Who', []],
  ['US', ['United States']],
  ['us', []],
  ['U.S.', ['United States']],
  ['NATO', ['NATO']],
  ['Nato', ['NATO']],
];
for (const [query, expected] of acronyms) {
  test(`acronym-only keys need capitals: ${query}`, () => {
    assert.deepEqual(
      kb.lookup(query).map((a) => a.name),
      expected,
    );
  });
}

test('lookup of an unknown name gives nothing', () => {
  assert.deepEqual(kb.lookup('Zorblax Quentor'), []);
});

const holders: Array<[string, string, string, string[]]> = [
  ['president', 'USA', '2015-05-14', ['Barack Obama']],
  ['president', 'USA', '2017-01-23', ['Donald Trump']],
  ['president', 'USA', '2017-01-20', ['Barack Obama', 'Donald Trump']],
  ['president', 'USA', '2023-06-01', ['Joe Biden']],
  ['president', 'RUS', '2010-03-01', ['Dmitry Medvedev']],
  ['foreign minister', 'RUS', '2015', ['Sergey Lavrov']],
  ['secretary of state', 'USA', '2015', ['John Kerry']],
  ['state department spokesperson', 'USA', '2022-02', ['Ned Price']],
  ['press secretary', 'RUS', '2017-01-14', ['Dmitry Peskov']],
  ['president', 'Finland', '2016-06-01', ['Sauli Niinistö']],
  ['secretary general', 'NATO', '2020-01-01', ['Jens Stoltenberg']],
  ['secretary general', 'UN', '2010-01-01', ['Ban Ki-moon']],
  ['president', 'USA', '1950-01-01', []],
];
for (const [office, country, date, expected] of holders) {
  test(`holdersAt ${office} ${country} ${date}`, () => {
    assert.deepEqual(
      kb.holdersAt(office, country, date).map((a) => a.name),
      expected,
    );
  });
}

const titles: Array<[string, string, string | undefined, string[]]> = [
  ['US Secretary of State', '2015-05-14', undefined, ['John Kerry']],
  ['US state secretary', '2019-05-14', undefined, ['Mike Pompeo']],
  ['Russian Foreign Minister', '2015-05-14', undefined, ['Sergey Lavrov']],
  ["Russia's foreign minister", '2003-05-14', undefined, ['Igor Ivanov']],
  ['Kremlin spokesman', '2017-01-14', undefined, ['Dmitry Peskov']],
  ['President of Finland', '2017-01-14', undefined, ['Sauli Niinistö']],
  ['the foreign minister', '2021-06-01', 'UKR', ['Dmytro Kuleba']],
  ['White House press secretary', '2021-06-01', undefined, ['Jen Psaki']],
  ['Secretary-General of the United Nations', '2018-01-01', undefined, ['António Guterres']],
  ['the dance instructor', '2018-01-01', 'USA', []],
  ['Russian presidential press secretary', '2021-06-01', undefined, ['Dmitry Peskov']],
  ['US Department of State Spokesman', '2022-02-10', undefined, ['Ned Price']],
  ['Russian Foreign Ministry spokeswoman', '2022-02-10', undefined, ['Maria Zakharova']],
  ['US president', '2017-01-23', undefined, ['Donald Trump']],
  ["Finland's President", '2021-06-01', undefined, ['Sauli Niinistö']],
  ['NATO Secretary General', '2021-06-01', undefined, ['Jens Stoltenberg']],
  ['the 45th president', '2018-01-01', 'USA', ['Donald Trump']],
];
for (const [title, date, country, expected] of titles) {
  test(`holdersOfTitleAt ${title} ${date}`, () => {
    assert.deepEqual(
      kb.holdersOfTitleAt(title, date, country).map((a) => a.name),
      expected,
    );
  });
}

test('terms lists the offices of an actor', () => {
  const putin = kb.byId('Q7747');
  assert.equal(putin?.name, 'Vladimir Putin');
  assert.ok(kb.terms('Q7747').some((t) => t.office === 'prime minister' && t.start === '2008-05-08'));
  assert.deepEqual(kb.terms('no-such-id'), []);
});

test('countryCode reads names, metonyms, demonyms and codes', () => {
  assert.equal(kb.countryCode('Moscow'), 'RUS');
  assert.equal(kb.countryCode('Ukrainian'), 'UKR');
  assert.equal(kb.countryCode('RUS'), 'RUS');
  assert.equal(kb.countryCode('NATO'), 'NATO');
  assert.equal(kb.countryCode('can'), undefined);
});

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-kb-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

// Fiction: Veldoria and its officials are invented for this test.
const FICTION_YAML = `
- id: ostrava-mirel
  name: Mirel Ostrava
  type: person
  aliases: [Mirel Ostrova]
  country: VLD
  sector: GOV
  fictional: true
  gender: female
  offices:
    - office: foreign minister
      title: Foreign Minister of Veldoria
      start: 2019-03-01
      end: null
- id: Q7747
  name: Vladimir Putin
  type: person
  aliases: [Test Override]
  country: RUS
  offices: []
`;

test('a user YAML file extends and overrides the shipped actors', () => {
  const file = tempFile('actors.yaml', FICTION_YAML);
  const user = defaultKnowledgeBase(file);
  assert.equal(user.size, kb.size + 1);
  assert.equal(user.lookup('Ostrava')[0]?.id, 'ostrava-mirel');
  assert.equal(user.lookup('Mirel Ostrova')[0]?.fictional, true);
  assert.deepEqual(
    user.holdersAt('foreign minister', 'VLD', '2020-01-01').map((a) => a.name),
    ['Mirel Ostrava'],
  );
  assert.deepEqual(user.byId('Q7747')?.aliases, ['Test Override']);
  assert.deepEqual(user.holdersAt('president', 'RUS', '2020-01-01'), []);
  assert.equal(defaultKnowledgeBase(file), user, 'cached per file');
  assert.notEqual(kb.byId('Q7747')?.aliases[0], 'Test Override', 'the default base is untouched');
});

test('a JSON actor file loads with defaults filled', () => {
  const file = tempFile('actors.json', JSON.stringify([{ id: 'x1', name: 'Tolen Brask', type: 'person' }]));
  const [actor] = loadActorFile(file);
  assert.deepEqual(actor, {
    id: 'x1',
    name: 'Tolen Brask',
    type: 'person',
    aliases: [],
    country: null,
    sector: null,
    wikidata: null,
    offices: [],
  });
});

const invalid: Array<[string, string, string, RegExp]> = [
  ['missing name', 'bad.json', '[{"id":"a","type":"person"}]', /entry 0 \(id a\): field "name"/],
  ['bad type', 'bad.json', '[{"id":"a","name":"A","type":"robot"}]', /field "type": expected person, organization or country/],
  [
    'bad date',
    'bad.yaml',
    '- {id: a, name: A, type: person, country: VLD, offices: [{office: president, start: 2020-13-01}]}',
    /offices\[0\]: field "start"/,
  ],
  [
    'end before start',
    'bad.json',
    '[{"id":"a","name":"A","type":"person","country":"VLD","offices":[{"office":"president","start":"2020-01-01","end":"2019-01-01"}]}]',
    /field "end": expected a day on or after start/,
  ],
  [
    'duplicate id',
    'bad.json',
    '[{"id":"a","name":"A","type":"person"},{"id":"a","name":"B","type":"person"}]',
    /entry 1 \(id a\): field "id"/,
  ],
  ['not a list', 'bad.json', '{"people": []}', /expected a list of actors/],
  ['broken JSON', 'bad.json', '[{', /does not parse/],
  ['invented wikidata', 'bad.json', '[{"id":"a","name":"A","type":"person","wikidata":"7747"}]', /field "wikidata"/],
];
for (const [label, name, text, pattern] of invalid) {
  test(`rejects an actor file with ${label}, naming the file`, () => {
    const file = tempFile(name, text);
    assert.throws(
      () => loadActorFile(file),
      (error: unknown) =>
        error instanceof DatelineError && error.code === 'CONFIG_INVALID' && error.message.includes(file) && pattern.test(error.message),
    );
  });
}

test('createKnowledgeBase lets later actors replace earlier ones by id', () => {
  const base = createKnowledgeBase([
    { id: 'a', name: 'Old Name', type: 'person', aliases: [], country: null, sector: null, wikidata: null, offices: [] },
    { id: 'a', name: 'New Name', type: 'person', aliases: [], country: null, sector: null, wikidata: null, offices: [] },
  ]);
  assert.equal(base.size, 1);
  assert.deepEqual(base.lookup('Old Name'), []);
  assert.equal(base.lookup('New Name')[0]?.id, 'a');
});

test('surnames that are everyday words are flagged', () => {
  const may = kb.match('May').find((m) => m.actor.name === 'Theresa May');
  assert.equal(may?.commonWord, true);
  assert.equal(kb.match('Lavrov')[0]?.commonWord, undefined);
});

test('ambiguous surnames list every holder, full names only one', () => {
  assert.ok(kb.lookup('Singh').length >= 2);
  assert.deepEqual(
    kb.lookup('Manmohan Singh').map((a) => a.name),
    ['Manmohan Singh'],
  );
  assert.ok(kb.lookup('Xi').some((a) => a.name === 'Xi Jinping'));
  assert.deepEqual(kb.lookup('Jinping'), []);
});

const ordinals: Array<[string, string, number, string | undefined]> = [
  ['president', 'USA', 43, 'George W. Bush'],
  ['president', 'USA', 45, 'Donald Trump'],
  ['president', 'USA', 47, 'Donald Trump'],
  ['secretary of state', 'USA', 68, 'John Kerry'],
  ['secretary general', 'UN', 9, 'António Guterres'],
  ['president', 'USA', 99, undefined],
];
for (const [office, country, ordinal, expected] of ordinals) {
  test(`byOrdinal ${ordinal} ${office} ${country}`, () => {
    assert.equal(kb.byOrdinal(office, country, ordinal)?.name, expected);
  });
}
