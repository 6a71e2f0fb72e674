// Fiction: every person, country and organisation in these sentences is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../core/document.js';
import type { Mention, Quote } from '../../core/layers.js';
import { splitSentences } from '../sentences/split.js';
import { annotateTimexes } from '../timexes/index.js';
import { dateQuotes, findQuotes } from './index.js';
import { findParagraphs } from './marks.js';

const ENTITIES: Entity[] = [
  { id: 'p:varr', name: 'Olek Varr', type: 'person', roles: ['minister'], mentions: [] },
  { id: 'p:sol', name: 'Inga Sol', type: 'person', roles: ['spokeswoman'], mentions: [] },
  { id: 'p:quell', name: 'Dara Quell', type: 'person', roles: ['president'], mentions: [] },
  { id: 'p:edde', name: 'Bram Edde', type: 'person', roles: ['senator'], mentions: [] },
  { id: 'o:harbours', name: 'Ministry of Harbours', type: 'organization', roles: [], mentions: [] },
  { id: 'c:tollan', name: 'Tollan', type: 'country', roles: [], mentions: [] },
];

/** Test-only mention finder: full names and surnames of the fictional entities. */
function findTestMentions(text: string): { mentions: Mention[]; entities: Entity[] } {
  const forms: [string, string, Mention['type']][] = [
    ['Olek Varr', 'p:varr', 'person'],
    ['Varr', 'p:varr', 'person'],
    ['Inga Sol', 'p:sol', 'person'],
    ['Sol', 'p:sol', 'person'],
    ['Dara Quell', 'p:quell', 'person'],
    ['Quell', 'p:quell', 'person'],
    ['Bram Edde', 'p:edde', 'person'],
    ['Edde', 'p:edde', 'person'],
    ['Ministry of Harbours', 'o:harbours', 'organization'],
    ['Tollan', 'c:tollan', 'country'],
  ];
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  for (const [form, entityId, type] of forms) {
    for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
      const start = m.index;
      const end = start + form.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      mentions.push({ start, end, by: 'test', type, entityId });
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities = ENTITIES.map((e) => ({
    ...e,
    mentions: mentions.filter((m) => m.entityId === e.id).map(({ start, end }) => ({ start, end })),
  }));
  return { mentions, entities };
}

function run(text: string): Quote[] {
  const sentences = findParagraphs(text).flatMap((p) => splitSentences(text, p.start, p.end));
  const { mentions, entities } = findTestMentions(text);
  return findQuotes(text, sentences, mentions, entities);
}

const norm = (s: string) => s.replace(/^[\s"“”„«»‘’,.:;—–-]+|[\s"“”„«»‘’,.:;—–-]+$/g, '').replace(/\s+/g, ' ');

interface Expected {
  readonly content: string;
  readonly kind: Quote['kind'];
  /** The local speaker span's text; null for none. */
  readonly speaker?: string | null;
  readonly speakerName?: string | null;
  readonly addressee?: string;
  /** Items with the same tag must share a groupId. */
  readonly group?: string;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expect: readonly Expected[];
}

const CASES: readonly Case[] = [
  // Direct quotations with trailing attribution.
  {
    name: 'direct, name said',
    text: '"The port will open in May," Varr said.',
    expect: [{ content: 'The port will open in May', kind: 'direct', speaker: 'Varr', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, title and name said',
    text: '"The port will open in May," Minister Olek Varr said on Monday.',
    expect: [{ content: 'The port will open in May', kind: 'direct', speaker: 'Minister Olek Varr', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, inverted said name',
    text: '"We are ready," said spokeswoman Inga Sol.',
    expect: [{ content: 'We are ready', kind: 'direct', speaker: 'spokeswoman Inga Sol', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, inverted with time adjunct',
    text: '"We are ready," said Inga Sol on Friday.',
    expect: [{ content: 'We are ready', kind: 'direct', speaker: 'Inga Sol', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, curly marks',
    text: '“The talks went well,” Quell said.',
    expect: [{ content: 'The talks went well', kind: 'direct', speaker: 'Quell', speakerName: 'Dara Quell' }],
  },
  {
    name: 'direct, mismatched marks',
    text: '"The talks went well,” Quell said.',
    expect: [{ content: 'The talks went well', kind: 'direct', speakerName: 'Dara Quell' }],
  },
  {
    name: 'direct, guillemets',
    text: '«The talks went well», Quell said.',
    expect: [{ content: 'The talks went well', kind: 'direct', speakerName: 'Dara Quell' }],
  },
  {
    name: 'direct, question mark',
    text: '"Who will pay for the bridge?" Edde asked.',
    expect: [{ content: 'Who will pay for the bridge?', kind: 'direct', speakerName: 'Bram Edde' }],
  },
  {
    name: 'direct, multi-sentence',
    text: '"The port is open. Ships may dock at once," Varr said.',
    expect: [{ content: 'The port is open. Ships may dock at once', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, pronoun after named quote',
    text: '"The port is open," Varr said.\n\n"Ships may dock at once," he added.',
    expect: [
      { content: 'The port is open', kind: 'direct', speakerName: 'Olek Varr' },
      { content: 'Ships may dock at once', kind: 'direct', speaker: 'he', speakerName: 'Olek Varr' },
    ],
  },
  {
    name: 'direct, pronoun resolves to latest person',
    text: 'Inga Sol spoke after the vote.\n\n"The count is final," she said.',
    expect: [{ content: 'The count is final', kind: 'direct', speaker: 'she', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, description the minister',
    text: 'Olek Varr visited the docks.\n\n"Work starts now," the minister noted.',
    expect: [{ content: 'Work starts now', kind: 'direct', speaker: 'the minister', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, organisation',
    text: '"Fees will rise," the Ministry of Harbours said.',
    expect: [{ content: 'Fees will rise', kind: 'direct', speaker: 'the Ministry of Harbours', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'direct, "the ministry" description',
    text: 'The Ministry of Harbours issued new rules.\n\n"Fees will rise," the ministry said.',
    expect: [{ content: 'Fees will rise', kind: 'direct', speaker: 'the ministry', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'direct, "it said" after the ministry',
    text: '"Fees will rise," the Ministry of Harbours said. "Ships will wait," it said.',
    expect: [
      { content: 'Fees will rise', kind: 'direct', speakerName: 'Ministry of Harbours' },
      { content: 'Ships will wait', kind: 'direct', speaker: 'it', speakerName: 'Ministry of Harbours' },
    ],
  },
  {
    name: 'direct, told reporters',
    text: '"No date is set," Sol told reporters.',
    expect: [{ content: 'No date is set', kind: 'direct', speaker: 'Sol', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, told journalists on Thursday',
    text: '"No date is set," Sol told journalists on Thursday.',
    expect: [{ content: 'No date is set', kind: 'direct', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, said in a statement',
    text: '"We regret the delay," the Ministry of Harbours said in a statement.',
    expect: [{ content: 'We regret the delay', kind: 'direct', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'direct, said in an interview',
    text: '"I will not resign," Edde said in an interview with a local paper.',
    expect: [{ content: 'I will not resign', kind: 'direct', speakerName: 'Bram Edde' }],
  },
  {
    name: 'direct, added',
    text: '"Nothing is agreed yet," Varr added.',
    expect: [{ content: 'Nothing is agreed yet', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, stressed',
    text: '"The border stays open," Quell stressed.',
    expect: [{ content: 'The border stays open', kind: 'direct', speakerName: 'Dara Quell' }],
  },
  {
    name: 'direct, emphasized',
    text: '"The border stays open," Quell emphasized.',
    expect: [{ content: 'The border stays open', kind: 'direct', speakerName: 'Dara Quell' }],
  },
  {
    name: 'direct, recalled',
    text: '"We signed it in the rain," Varr recalled.',
    expect: [{ content: 'We signed it in the rain', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, noted',
    text: '"Trade doubled last year," Sol noted.',
    expect: [{ content: 'Trade doubled last year', kind: 'direct', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, explained',
    text: '"There is a standard form for that," Sol explained.',
    expect: [{ content: 'There is a standard form for that', kind: 'direct', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, continued',
    text: '"We keep talking," Sol continued.',
    expect: [{ content: 'We keep talking', kind: 'direct', speakerName: 'Inga Sol' }],
  },
  {
    name: 'direct, discourse opener kept out',
    text: 'However, "there is no deal yet," Varr added.',
    expect: [{ content: 'there is no deal yet', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, has said',
    text: '"We will build it," Varr has said.',
    expect: [{ content: 'We will build it', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, appositive speaker',
    text: '"The vote was fair," said Bram Edde, a senator from the north.',
    expect: [{ content: 'The vote was fair', kind: 'direct', speaker: 'Bram Edde', speakerName: 'Bram Edde' }],
  },
  {
    name: 'direct, parenthetical party',
    text: '"The vote was fair," Senator Bram Edde (D-North) said.',
    expect: [{ content: 'The vote was fair', kind: 'direct', speakerName: 'Bram Edde' }],
  },
  // Leading attribution.
  {
    name: 'direct, colon after cue',
    text: 'Varr said: "The port will open in May."',
    expect: [{ content: 'The port will open in May', kind: 'direct', speaker: 'Varr', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, comma after cue',
    text: 'Varr said, "The port will open in May."',
    expect: [{ content: 'The port will open in May', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'direct, cue then quote',
    text: 'The Ministry of Harbours said "fees will rise in the spring."',
    expect: [{ content: 'fees will rise in the spring', kind: 'direct', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'direct, that then quote',
    text: 'In this regard, it was noted that "fees will rise in the spring."',
    expect: [{ content: 'fees will rise in the spring', kind: 'direct', speaker: 'it' }],
  },
  {
    name: 'colon attribution, no verb',
    text: 'Varr: "The port will open in May."',
    expect: [{ content: 'The port will open in May', kind: 'direct', speaker: 'Varr', speakerName: 'Olek Varr' }],
  },
  {
    name: 'dash attribution',
    text: '"The port will open in May." — Olek Varr',
    expect: [{ content: 'The port will open in May', kind: 'direct', speaker: 'Olek Varr', speakerName: 'Olek Varr' }],
  },
  {
    // Russian news writes the verb after the dash ('said Sol to reporters'); the name is the speaker.
    name: 'dash attribution opening with a verb the lexicon does not know',
    text: '"Порт откроется в мае", - сказала Соль журналистам.',
    expect: [{ content: 'Порт откроется в мае', kind: 'direct', speaker: 'Соль' }],
  },
  {
    name: 'cue with colon introduces next paragraph',
    text: 'Sol continued:\n\n"The harbour will stay open all winter, and the ferries will run."',
    expect: [{ content: 'The harbour will stay open all winter, and the ferries will run', kind: 'direct', speakerName: 'Inga Sol' }],
  },
  // Split, continuation and cross-paragraph quotations.
  {
    name: 'split quote, interrupted by said',
    text: '"The port is open," Varr said, "and ships may dock at once."',
    expect: [
      { content: 'The port is open', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
      { content: 'and ships may dock at once', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
    ],
  },
  {
    name: 'split quote across a sentence break',
    text: '"The port is open," Varr said. "Ships may dock at once."',
    expect: [
      { content: 'The port is open', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
      { content: 'Ships may dock at once', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
    ],
  },
  {
    name: 'continuation paragraph without cue',
    text: '"The port is open," Varr told reporters.\n\n"Ships may dock at once. The fees stay as they are."',
    expect: [
      { content: 'The port is open', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
      { content: 'Ships may dock at once. The fees stay as they are', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
    ],
  },
  {
    name: 'quote across paragraphs (open mark, no close)',
    text: '"The port is open and the ships are coming back.\n\n"We expect the first ferry on Monday," Varr said.',
    expect: [
      { content: 'The port is open and the ships are coming back', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
      { content: 'We expect the first ferry on Monday', kind: 'direct', speakerName: 'Olek Varr', group: 'a' },
    ],
  },
  {
    name: 'two quote sentences then attribution',
    text: '"The port is open. We are proud," Varr said.',
    expect: [{ content: 'The port is open. We are proud', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  // Indirect.
  {
    name: 'indirect, said that',
    text: 'Varr said that the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speaker: 'Varr', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, said without that',
    text: 'Varr said the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, says (present)',
    text: 'The Ministry of Harbours says the port will open in May.',
    expect: [{ content: 'the port will open in May', kind: 'indirect', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'indirect, said on Friday that',
    text: 'Minister Olek Varr said on Friday that the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, said in an interview that',
    text: 'Varr said earlier in an interview with a radio station that the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, trailing said',
    text: 'The port will open in May, Minister Olek Varr said.',
    expect: [{ content: 'The port will open in May', kind: 'indirect', speaker: 'Minister Olek Varr', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, trailing told reporters',
    text: 'The port will open in May, Varr told reporters on Tuesday.',
    expect: [{ content: 'The port will open in May', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, trailing said in a statement',
    text: 'The port will open in May, the Ministry of Harbours said in a statement.',
    expect: [{ content: 'The port will open in May', kind: 'indirect', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'indirect, according to (leading)',
    text: 'According to Sol, the port will open in May.',
    expect: [{ content: 'the port will open in May', kind: 'indirect', speaker: 'Sol', speakerName: 'Inga Sol' }],
  },
  {
    name: 'indirect, according to (trailing)',
    text: 'The port will open in May, according to Inga Sol.',
    expect: [{ content: 'The port will open in May', kind: 'indirect', speakerName: 'Inga Sol' }],
  },
  {
    // The stance verb's object is no quote of Quell: the whole clause is what Sol reports.
    name: 'indirect, according to after a stance verb (trailing)',
    text: 'Quell proposed a meeting during a phone call on Tuesday, according to Inga Sol.',
    expect: [{ content: 'Quell proposed a meeting during a phone call on Tuesday', kind: 'indirect', speakerName: 'Inga Sol' }],
  },
  {
    // The participle after the report's adjunct is the reporter's, not what was announced.
    name: 'indirect, trailing report followed by a participle',
    text: 'The port will open in May, the Ministry of Harbours announced on Monday, ending months of doubt.',
    expect: [{ content: 'The port will open in May', kind: 'indirect', speakerName: 'Ministry of Harbours' }],
  },
  {
    name: 'indirect, went on to note that',
    text: 'Varr went on to note that the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, added that',
    text: 'He added that the fees would stay as they are.',
    expect: [{ content: 'the fees would stay as they are', kind: 'indirect', speaker: 'He' }],
  },
  {
    name: 'indirect, stressed that',
    text: 'Quell stressed that the border would stay open.',
    expect: [{ content: 'the border would stay open', kind: 'indirect', speakerName: 'Dara Quell' }],
  },
  {
    name: 'indirect, told NAME that (addressee)',
    text: 'Varr told Quell that the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speakerName: 'Olek Varr', addressee: 'p:quell' }],
  },
  {
    name: 'indirect, told reporters that',
    text: 'Sol told reporters that no date was set.',
    expect: [{ content: 'no date was set', kind: 'indirect', speakerName: 'Inga Sol' }],
  },
  {
    name: 'indirect, participle adding that',
    text: '"No date is set," Sol said, adding that talks would resume soon.',
    expect: [
      { content: 'No date is set', kind: 'direct', speakerName: 'Inga Sol' },
      { content: 'talks would resume soon', kind: 'indirect', speakerName: 'Inga Sol' },
    ],
  },
  {
    name: 'indirect, coordinated and said',
    text: 'Quell visited the crews and said the border would stay open.',
    expect: [{ content: 'the border would stay open', kind: 'indirect', speakerName: 'Dara Quell' }],
  },
  {
    name: 'indirect, but he said',
    text: 'But he said the talks would go on.',
    expect: [{ content: 'the talks would go on', kind: 'indirect', speaker: 'he' }],
  },
  {
    name: 'indirect, interposed attribution',
    text: 'The fees, Varr said, will stay as they are.',
    expect: [{ content: 'The fees, Varr said, will stay as they are', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  {
    name: 'indirect, believes (cognition)',
    text: 'Tollan believes the treaty can still be saved.',
    expect: [{ content: 'the treaty can still be saved', kind: 'indirect', speakerName: 'Tollan' }],
  },
  {
    name: 'indirect, after NAME said (subordinate clause)',
    text: 'Prices fell after Varr said the port would open in May.',
    expect: [{ content: 'the port would open in May', kind: 'indirect', speakerName: 'Olek Varr' }],
  },
  // Mixed.
  {
    name: 'mixed, partial quote in indirect clause',
    text: 'Varr said the port would be "open to every ship" by May.',
    expect: [{ content: 'the port would be "open to every ship" by May', kind: 'mixed', speakerName: 'Olek Varr' }],
  },
  {
    name: 'mixed, that + fragment',
    text: 'Edde said that the plan was "a big mistake" for the north.',
    expect: [{ content: 'the plan was "a big mistake" for the north', kind: 'mixed', speakerName: 'Bram Edde' }],
  },
  {
    name: 'mixed, interposed ministry said',
    text: 'Varr and Quell, the ministry said, "held long and frank talks."',
    expect: [{ content: 'Varr and Quell, the ministry said, "held long and frank talks."', kind: 'mixed' }],
  },
  {
    name: 'mixed, he emphasized that NAME "..."',
    text: 'He emphasized that Quell "has always backed the ferry plan."',
    expect: [{ content: 'Quell "has always backed the ferry plan."', kind: 'mixed', speaker: 'He' }],
  },
  {
    name: 'mixed, told NAME that ... (addressee)',
    text: 'Quell told Varr that Tollan would give "full" support to the port.',
    expect: [{ content: 'Tollan would give "full" support to the port', kind: 'mixed', speakerName: 'Dara Quell', addressee: 'p:varr' }],
  },
  {
    name: 'nested report inside a direct quote (named speaker + that)',
    text: '"Olek Varr stressed that the port stays open to every ship," the Ministry of Harbours said.',
    expect: [
      { content: 'Olek Varr stressed that the port stays open to every ship', kind: 'direct', speakerName: 'Ministry of Harbours' },
      { content: 'the port stays open to every ship', kind: 'indirect', speaker: 'Olek Varr', speakerName: 'Olek Varr' },
    ],
  },
  {
    name: 'nested quote kept inside the direct quote',
    text: '"Edde told me \'the vote was fair\' and I believed him," Varr said.',
    expect: [{ content: "Edde told me 'the vote was fair' and I believed him", kind: 'direct', speakerName: 'Olek Varr' }],
  },
  {
    name: 'nested double quote inside single-quoted content',
    text: '"The senator said that the plan is fine," Varr said.',
    expect: [{ content: 'The senator said that the plan is fine', kind: 'direct', speakerName: 'Olek Varr' }],
  },
  // Negatives.
  { name: 'negative: scare quotes in the reporter sentence', text: 'The so-called "harbour tax" took effect on Monday.', expect: [] },
  { name: 'negative: title in quotes', text: 'The film "Winter in the Harbour" opened in Tollan on Friday.', expect: [] },
  { name: 'negative: so-called term', text: 'Ships avoided the "red zone" near the port all week.', expect: [] },
  { name: 'negative: noun "comments"', text: 'Varr’s comments were welcomed by the crews.', expect: [] },
  { name: 'negative: no cue', text: 'The port opened in May after two years of work.', expect: [] },
  { name: 'negative: negated cue', text: 'The sides have not announced any agreements reached yet.', expect: [] },
  { name: 'negative: "the United States"-style noun', text: 'The member states met in the capital of Tollan.', expect: [] },
  { name: 'negative: passive with a non-impersonal subject', text: 'The plan was announced in the spring.', expect: [] },
  {
    name: 'stance verb: praised (an attribution of evaluation)',
    text: 'Quell praised the crews for their work.',
    expect: [{ content: 'the crews for their work', kind: 'indirect', speakerName: 'Dara Quell' }],
  },
  { name: 'negative: inanimate plural subject', text: 'These statements suggest that the deal is close.', expect: [] },
];

test('at least 60 patterns', () => {
  assert.ok(CASES.length >= 60, `${CASES.length} cases`);
});

for (const c of CASES) {
  test(`pattern: ${c.name}`, () => {
    const quotes = run(c.text);
    const got = quotes.map((q) => ({
      content: norm(c.text.slice(q.start, q.end)),
      kind: q.kind,
      speaker: q.speaker ? c.text.slice(q.speaker.start, q.speaker.end) : null,
      speakerName: q.speakerName,
      addresseeId: q.addresseeId,
      groupId: q.groupId,
    }));
    assert.equal(got.length, c.expect.length, `quotes found: ${JSON.stringify(got)}`);
    const groups = new Map<string, string | undefined>();
    c.expect.forEach((want, i) => {
      const q = got[i];
      assert.ok(q);
      assert.equal(q.content, norm(want.content), 'content');
      assert.equal(q.kind, want.kind, `kind of ${q.content}`);
      if (want.speaker !== undefined) assert.equal(q.speaker, want.speaker, 'speaker span');
      if (want.speakerName !== undefined) assert.equal(q.speakerName, want.speakerName, 'speaker name');
      if (want.addressee !== undefined) assert.equal(q.addresseeId, want.addressee, 'addressee');
      if (want.group !== undefined) {
        assert.ok(q.groupId, 'groupId set');
        if (groups.has(want.group)) assert.equal(q.groupId, groups.get(want.group), 'same group');
        groups.set(want.group, q.groupId);
      }
    });
  });
}

test('every span lies inside the text and quotes are sorted', () => {
  for (const c of CASES) {
    const quotes = run(c.text);
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i] as Quote;
      assert.ok(q.start >= 0 && q.end <= c.text.length && q.start < q.end, c.name);
      if (i > 0) assert.ok((quotes[i - 1] as Quote).start <= q.start, `${c.name}: sorted`);
    }
  }
});

test('saidAt: the time expression of the attribution, resolved against the publication day', () => {
  const text = '"The port will open in May," Varr told journalists on Thursday.';
  const sentences = splitSentences(text);
  const quotes = findQuotes(text, sentences, [], []);
  const timexes = annotateTimexes(text, sentences);
  const published = { start: '2031-05-16', end: '2031-05-16', granularity: 'day' as const, evidence: [], inferred: false };
  const dated = dateQuotes(text, quotes, timexes, published);
  assert.equal(dated.length, 1);
  assert.equal(dated[0]?.saidAt?.start, '2031-05-15');
  const undated = dateQuotes(
    '"The port is open," Varr said.',
    findQuotes('"The port is open," Varr said.', splitSentences('"The port is open," Varr said.'), [], []),
    [],
    published,
  );
  assert.equal(undated[0]?.saidAt, undefined);
});
