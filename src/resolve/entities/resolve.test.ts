// Fiction: every person in these paragraphs and in the test knowledge base is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from '../../annotate/mentions/find.js';
import { sentencesStage } from '../../annotate/sentences/index.js';
import { type Document, emptyMeta } from '../../core/document.js';
import type { Paragraph } from '../../core/layers.js';
import { runStages } from '../../core/stage.js';
import { createKnowledgeBase } from '../kb/index.js';
import type { Actor, KnowledgeBase } from '../kb/types.js';
import { entitiesStage, resolveEntities } from './index.js';
import { foldName } from './names.js';

function person(id: string, name: string, country: string, offices: [string, string, string | null][], extra: Partial<Actor> = {}): Actor {
  return {
    id,
    name,
    type: 'person',
    aliases: [],
    country,
    sector: 'GOV',
    wikidata: null,
    offices: offices.map(([office, start, end]) => ({ office, title: office, country, start, end })),
    fictional: true,
    ...extra,
  };
}

/** A fictional knowledge base: invented officials of real countries. */
const KB: KnowledgeBase = createKnowledgeBase([
  person('oleg-varin', 'Oleg Varin', 'RUS', [['president', '2010-01-01', null]]),
  person('ivan-dorokhov', 'Ivan Dorokhov', 'RUS', [['press secretary', '2010-01-01', '2020-12-31']], { aliases: ['Ivan Dorokhoff'] }),
  person('lena-sova', 'Lena Sova', 'RUS', [['press secretary', '2021-01-01', null]], { gender: 'female' }),
  person('marek-holt', 'Marek Holt', 'USA', [['president', '2012-01-01', '2020-01-01']]),
  {
    id: 'kremlin',
    name: 'Presidential Executive Office of Russia',
    type: 'organization',
    aliases: ['Russian Presidential Executive Office'],
    country: 'RUS',
    sector: 'GOV',
    wikidata: null,
    offices: [],
    metonyms: ['Kremlin'],
  },
]);

interface Expect {
  /** The mention's words, and which occurrence (0-based) when they repeat. */
  readonly mention: string;
  readonly nth?: number;
  /** The canonical name of the entity it must resolve to; null for "no entity". */
  readonly entity: string | null;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly kb?: boolean;
  readonly date?: string;
  readonly expect: readonly Expect[];
}

const CASES: readonly Case[] = [
  {
    name: 'full name, surname, pronoun and description are one person',
    text: 'Russian presidential press secretary Ivan Dorokhov told journalists on Monday. "We are ready," Dorokhov said. "There is no date yet," he added. "Dialogue is welcome," the press secretary noted.',
    expect: [
      { mention: 'Dorokhov', nth: 1, entity: 'Ivan Dorokhov' },
      { mention: 'he', entity: 'Ivan Dorokhov' },
      { mention: 'the press secretary', entity: 'Ivan Dorokhov' },
      { mention: 'Russian presidential press secretary', entity: 'Ivan Dorokhov' },
    ],
  },
  {
    name: '"He added" after a quote is the speaker, not the nearest man',
    text: '"Talks will take months," said Kremlin spokesman Ivan Dorokhov on Saturday.\n\nMarek Holt became the new US president on Friday after a tense campaign.\n\nHe added that no talks had been held so far.',
    expect: [
      { mention: 'He', entity: 'Ivan Dorokhov' },
      { mention: 'the new US president', entity: 'Marek Holt' },
    ],
  },
  {
    name: '"it" and "the ministry" are the organisation that spoke',
    text: 'Russia is ready for dialogue, the Russian Foreign Ministry said on Friday. "The crisis is not our doing," it said. The ministry said the sanctions were a dead end.',
    expect: [
      { mention: 'it', entity: 'Russian Foreign Ministry' },
      { mention: 'The ministry', entity: 'Russian Foreign Ministry' },
      { mention: 'Russia', entity: 'Russia' },
    ],
  },
  {
    name: 'a bare title refers back to the named holder of the role',
    text: 'US Secretary of State Jonathan Miles met Russian Foreign Minister Pavel Grek in Sochi. During the visit, US state secretary also met the Russian president.',
    expect: [
      { mention: 'US state secretary', entity: 'Jonathan Miles' },
      { mention: 'Sochi', entity: 'Sochi' },
      { mention: 'the Russian president', entity: null },
    ],
  },
  {
    name: 'a title with no antecedent goes to the knowledge base holder on the page date',
    text: 'US Secretary of State Jonathan Miles met the Russian president in Sochi.',
    kb: true,
    date: '2015-05-14',
    expect: [{ mention: 'the Russian president', entity: 'Oleg Varin' }],
  },
  {
    name: 'counterparts take their office from the possessor',
    text: 'Russian President Oleg Varin and his US counterpart Marek Holt spoke by phone. Later the US president said the call was useful. Holt proposed a meeting with his Russian counterpart.',
    expect: [
      { mention: 'Marek Holt', entity: 'Marek Holt' },
      { mention: 'the US president', entity: 'Marek Holt' },
      { mention: 'his Russian counterpart', entity: 'Oleg Varin' },
      { mention: 'his', nth: 1, entity: 'Marek Holt' },
      { mention: 'Holt', nth: 1, entity: 'Marek Holt' },
    ],
  },
  {
    name: 'transliterations of one name are one person',
    text: 'Deputy minister Dmitriy Orlov spoke first. Later Dmitry Orlov said the talks would go on, and Orlov left.',
    expect: [
      { mention: 'Dmitriy Orlov', entity: 'Dmitriy Orlov' },
      { mention: 'Dmitry Orlov', entity: 'Dmitriy Orlov' },
      { mention: 'Orlov', nth: 2, entity: 'Dmitriy Orlov' },
    ],
  },
  {
    name: 'knowledge-base aliases link spellings to the canonical name',
    text: 'Ivan Dorokhoff told reporters the date was not set. Dorokhoff said more later.',
    kb: true,
    expect: [
      { mention: 'Ivan Dorokhoff', entity: 'Ivan Dorokhov' },
      { mention: 'Dorokhoff', nth: 1, entity: 'Ivan Dorokhov' },
    ],
  },
  {
    name: 'capitals as actors are the country; after "in" they are the place',
    text: 'Moscow welcomes dialogue with Washington, the envoy said. The delegation arrived in Moscow on Monday.',
    expect: [
      { mention: 'Moscow', entity: 'Russia' },
      { mention: 'Washington', entity: 'United States' },
      { mention: 'Moscow', nth: 1, entity: 'Moscow' },
    ],
  },
  {
    name: 'the Kremlin is the presidency organisation of the knowledge base',
    text: 'The Kremlin said the talks were useful. Kremlin spokesman Ivan Dorokhov agreed.',
    kb: true,
    expect: [
      { mention: 'Kremlin', entity: 'Presidential Executive Office of Russia' },
      { mention: 'Ivan Dorokhov', entity: 'Ivan Dorokhov' },
    ],
  },
  {
    name: 'a description with no date and no antecedent becomes its own speaker entity',
    text: 'The Kremlin spokesman said the talks would go on.',
    kb: true,
    expect: [{ mention: 'The Kremlin spokesman', entity: 'Kremlin spokesman' }],
  },
  {
    name: 'the same description is the office holder when the date is known',
    text: 'The Kremlin spokesman said the talks would go on.',
    kb: true,
    date: '2023-03-01',
    expect: [{ mention: 'The Kremlin spokesman', entity: 'Lena Sova' }],
  },
  {
    name: '"she" goes to the woman who spoke',
    text: 'Foreign Ministry spokeswoman Anna Veld said the talks had failed. Marek Holt disagreed with the plan. She added that a new round was possible.',
    expect: [{ mention: 'She', entity: 'Anna Veld' }],
  },
  {
    name: 'alliances: the bloc is the organisation named before, acronym and full name are one',
    text: 'Moscow expects answers from Washington and NATO. The North Atlantic Treaty Organization stressed that the US-led bloc would not retreat.',
    expect: [
      { mention: 'the US-led bloc', entity: 'North Atlantic Treaty Organization' },
      { mention: 'NATO', entity: 'North Atlantic Treaty Organization' },
    ],
  },
  {
    name: 'an apposition gives its role to the name before it',
    text: 'Pavel Grek, the Russian foreign minister, said the offer stands. Later the foreign minister left.',
    expect: [
      { mention: 'the Russian foreign minister', entity: 'Pavel Grek' },
      { mention: 'the foreign minister', entity: 'Pavel Grek' },
    ],
  },
  {
    name: 'possessive pronouns go to the nearest person',
    text: 'Marek Holt proposed a meeting with his counterpart.',
    expect: [{ mention: 'his', entity: 'Marek Holt' }],
  },
  {
    name: 'the government of a country is the country',
    text: 'The Russian government said it would answer. The US side requested secrecy.',
    expect: [
      { mention: 'The Russian government', entity: 'Russia' },
      { mention: 'The US side', entity: 'United States' },
    ],
  },
  {
    name: 'a possessive in an opening phrase points to the subject after it',
    text: 'US Secretary of State Jonathan Miles met Russian Foreign Minister Pavel Grek. During his visit to Sochi, US state secretary also met students.',
    expect: [{ mention: 'his', entity: 'Jonathan Miles' }],
  },
  {
    name: 'a predicate title describes the subject',
    text: 'Marek Holt became the new US president in January. Later the US president spoke.',
    expect: [{ mention: 'the US president', entity: 'Marek Holt' }],
  },
  {
    name: 'a long report: names, titles, pronouns and the organisation, in turn',
    text: [
      'KYIV, March 4. Ukrainian Foreign Minister Olena Marchuk met Russian Foreign Minister Pavel Grek in Geneva on Tuesday.',
      '"The talks were frank," Marchuk told reporters after the meeting. She said the next round would follow in April.',
      'Grek, for his part, said Moscow was ready to continue. "We expect answers from Kyiv," he added.',
      'The Russian Foreign Ministry later issued a statement. It said the sides agreed to meet again.',
      'The Ukrainian minister called the statement premature.',
    ].join('\n\n'),
    expect: [
      { mention: 'KYIV', entity: 'Kyiv' },
      { mention: 'Olena Marchuk', entity: 'Olena Marchuk' },
      { mention: 'Pavel Grek', entity: 'Pavel Grek' },
      { mention: 'Geneva', entity: 'Geneva' },
      { mention: 'Marchuk', nth: 1, entity: 'Olena Marchuk' },
      { mention: 'She', entity: 'Olena Marchuk' },
      { mention: 'Grek', nth: 1, entity: 'Pavel Grek' },
      { mention: 'his', entity: 'Pavel Grek' },
      { mention: 'Moscow', entity: 'Russia' },
      { mention: 'Kyiv', entity: 'Ukraine' },
      { mention: 'he', entity: 'Pavel Grek' },
      { mention: 'Russian Foreign Ministry', entity: 'Russian Foreign Ministry' },
      { mention: 'It', entity: 'Russian Foreign Ministry' },
      { mention: 'Ukrainian Foreign Minister', entity: 'Olena Marchuk' },
      { mention: 'Russian Foreign Minister', entity: 'Pavel Grek' },
      { mention: 'The Ukrainian minister', entity: 'Olena Marchuk' },
    ],
  },
  {
    name: 'two people, each "he" after his own quote',
    text: '"We are open to talks," said State Department spokesman Tom Reyes.\n\n"The door is not closed," he added.\n\nKremlin spokesman Ivan Dorokhov disagreed. "Nothing has been offered," he said.\n\nReyes later repeated his position.',
    expect: [
      { mention: 'Tom Reyes', entity: 'Tom Reyes' },
      { mention: 'he', entity: 'Tom Reyes' },
      { mention: 'Ivan Dorokhov', entity: 'Ivan Dorokhov' },
      { mention: 'he', nth: 1, entity: 'Ivan Dorokhov' },
      { mention: 'Reyes', nth: 1, entity: 'Tom Reyes' },
      { mention: 'his', entity: 'Tom Reyes' },
      { mention: 'Kremlin', entity: 'Kremlin' },
    ],
  },
  {
    name: 'titles of different countries stay apart',
    text: 'Russian President Oleg Varin and US President Marek Holt spoke for an hour. The US president later said the call was useful, and the Russian president agreed.',
    expect: [
      { mention: 'The US president', entity: 'Marek Holt' },
      { mention: 'the Russian president', entity: 'Oleg Varin' },
      { mention: 'Oleg Varin', entity: 'Oleg Varin' },
      { mention: 'Marek Holt', entity: 'Marek Holt' },
    ],
  },
  {
    name: 'organisations: acronym, full name, "the alliance", "the ministry" of the right country',
    text: 'The Collective Security Treaty Organization (CSTO) met in Minsk. The alliance said its members agreed. The Belarusian Foreign Ministry hosted the talks, and the ministry said more would follow.',
    expect: [
      { mention: 'CSTO', entity: 'Collective Security Treaty Organization' },
      { mention: 'The alliance', entity: 'Collective Security Treaty Organization' },
      { mention: 'Minsk', entity: 'Minsk' },
      { mention: 'Belarusian Foreign Ministry', entity: 'Belarusian Foreign Ministry' },
      { mention: 'the ministry', entity: 'Belarusian Foreign Ministry' },
    ],
  },
  {
    name: 'the knowledge base links surnames and titles on the page date',
    text: 'Varin said the meeting would take place. The Kremlin spokesman confirmed it, and Dorokhov added that the date was open.',
    kb: true,
    date: '2016-06-01',
    expect: [
      { mention: 'Varin', entity: 'Oleg Varin' },
      { mention: 'The Kremlin spokesman', entity: 'Ivan Dorokhov' },
      { mention: 'Dorokhov', entity: 'Ivan Dorokhov' },
      { mention: 'Kremlin', entity: 'Presidential Executive Office of Russia' },
    ],
  },
  {
    name: 'demonyms as nouns are the country; capitals after verbs of motion are places',
    text: 'The Russians rejected the plan, and Washington said it would wait. The envoy flew to Washington on Friday.',
    expect: [
      { mention: 'Russians', entity: 'Russia' },
      { mention: 'Washington', entity: 'United States' },
      { mention: 'Washington', nth: 1, entity: 'Washington' },
    ],
  },
  {
    name: 'nothing resolves where nothing is named',
    text: 'It is raining in the capital. They left early.',
    expect: [{ mention: 'They', entity: null }],
  },
];

function occurrence(text: string, words: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    do {
      at = text.indexOf(words, at + 1);
    } while (at >= 0 && (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[at + words.length] ?? '')));
    if (at < 0) return -1;
  }
  return at;
}

for (const c of CASES) {
  test(`resolution: ${c.name}`, () => {
    const kb = c.kb ? KB : undefined;
    const found = findMentions(c.text, kb ? { kb } : {});
    const { mentions, entities } = resolveEntities(c.text, found, { ...(kb ? { kb } : {}), date: c.date ?? null });
    for (const e of c.expect) {
      const at = occurrence(c.text, e.mention, e.nth ?? 0);
      assert.ok(at >= 0, `"${e.mention}" is in the text`);
      const m = mentions.find((x) => x.start === at && x.end === at + e.mention.length);
      const entity = m?.entityId ? entities.find((x) => x.id === m.entityId) : undefined;
      const seen = mentions
        .map((x) => `${c.text.slice(x.start, x.end)}→${entities.find((y) => y.id === x.entityId)?.name ?? '-'}`)
        .join(', ');
      assert.equal(entity?.name ?? null, e.entity, `"${e.mention}"#${e.nth ?? 0}: ${seen}`);
    }
  });
}

test('resolution accuracy floor over the whole table', () => {
  let right = 0;
  let total = 0;
  for (const c of CASES) {
    const kb = c.kb ? KB : undefined;
    const { mentions, entities } = resolveEntities(c.text, findMentions(c.text, kb ? { kb } : {}), {
      ...(kb ? { kb } : {}),
      date: c.date ?? null,
    });
    for (const e of c.expect) {
      total++;
      const at = occurrence(c.text, e.mention, e.nth ?? 0);
      const m = mentions.find((x) => x.start === at && x.end === at + e.mention.length);
      const name = m?.entityId ? (entities.find((x) => x.id === m.entityId)?.name ?? null) : null;
      if (name === e.entity) right++;
    }
  }
  // Every case passes at writing; the floor guards the table as a whole when cases are added.
  assert.ok(total >= 80, `the table holds ${total} mentions, expected at least 80`);
  assert.ok(right / total >= 0.95, `${right}/${total}`);
});

test('unknown people become entities with country and sector from their title', () => {
  const text = 'Russian presidential spokesman Ivan Dorokhov said the date was not set.';
  const { entities } = resolveEntities(text, findMentions(text));
  const e = entities.find((x) => x.name === 'Ivan Dorokhov');
  assert.ok(e);
  assert.equal(e.type, 'person');
  assert.equal(e.country, 'RUS');
  assert.equal(e.sector, 'GOV');
  assert.deepEqual(e.roles, ['Russian presidential spokesman']);
  assert.equal(e.kb, undefined);
});

test('linked entities carry the knowledge-base id, and demonyms alone make no entity', () => {
  const text = 'Russian diplomats met Oleg Varin.';
  const { entities } = resolveEntities(text, findMentions(text, { kb: KB }), { kb: KB });
  assert.deepEqual(
    entities.map((e) => [e.name, e.kb]),
    [['Oleg Varin', 'oleg-varin']],
  );
});

test('folding meets common romanisations', () => {
  for (const [a, b] of [
    ['Sergei', 'Sergey'],
    ['Dmitri', 'Dmitriy'],
    ['Alexei', 'Aleksey'],
    ['Niinistö', 'Niinisto'],
  ] as const) {
    assert.equal(foldName(a), foldName(b), `${a} ~ ${b}`);
  }
  assert.notEqual(foldName('Ivan'), foldName('Ivana'));
});

test('the stage publishes mentions with entity ids and entities, through the runner', () => {
  const text = 'Kremlin spokesman Ivan Dorokhov said the talks were useful.\n\n"We wait," he added.';
  const paragraphs: Paragraph[] = [
    { start: 0, end: 59, kind: 'body', source: { start: 0, end: 59, in: 'source' }, by: 'test' },
    { start: 61, end: text.length, kind: 'body', source: { start: 61, end: text.length, in: 'source' }, by: 'test' },
  ];
  const doc: Document = {
    id: 'fiction-1',
    origin: { name: 'fiction', kind: 'example' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: emptyMeta(),
    layers: { paragraphs },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
  const out = runStages(doc, [sentencesStage, entitiesStage]);
  const he = out.layers.mentions?.find((m) => text.slice(m.start, m.end) === 'he');
  const entity = out.entities.find((e) => e.id === he?.entityId);
  assert.equal(entity?.name, 'Ivan Dorokhov');
  assert.equal(he?.by, 'resolve/entities');
  for (const e of out.entities) for (const span of e.mentions) assert.ok(span.end <= text.length);
});
