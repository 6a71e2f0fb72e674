// Test sentences are written for this suite; the people in them are fictional.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MentionType } from '../../core/layers.js';
import { findMentions } from './find.js';
import { tokenize } from './tokenize.js';

interface Case {
  readonly text: string;
  /** Mentions that must be found: type and exact text. */
  readonly want?: readonly (readonly [MentionType, string])[];
  /** Texts no mention may have. */
  readonly absent?: readonly string[];
}

const CASES: readonly Case[] = [
  // Names with titles and roles before them.
  {
    text: 'Russian presidential press secretary Ivan Dorokhov told journalists on Monday.',
    want: [
      ['role', 'Russian presidential press secretary'],
      ['person', 'Ivan Dorokhov'],
    ],
  },
  {
    text: 'US Secretary of State Jonathan Miles arrived on Tuesday.',
    want: [
      ['role', 'US Secretary of State'],
      ['person', 'Jonathan Miles'],
    ],
  },
  {
    text: 'President Hallward spoke first.',
    want: [
      ['role', 'President'],
      ['person', 'Hallward'],
    ],
  },
  {
    text: 'Kremlin spokesman Ivan Dorokhov said the talks were useful.',
    want: [
      ['organization', 'Kremlin'],
      ['role', 'Kremlin spokesman'],
      ['person', 'Ivan Dorokhov'],
    ],
  },
  {
    text: 'Russian Foreign Minister Pavel Grek said the offer stands.',
    want: [
      ['role', 'Russian Foreign Minister'],
      ['person', 'Pavel Grek'],
    ],
  },
  {
    text: "Finland's President Aino Lehtola offered to host the summit.",
    want: [
      ['country', 'Finland'],
      ['role', "Finland's President"],
      ['person', 'Aino Lehtola'],
    ],
  },
  {
    text: 'Hallward’s spokesman Petr Sokol said the plan was ready.',
    want: [
      ['person', 'Hallward'],
      ['role', 'Hallward’s spokesman'],
      ['person', 'Petr Sokol'],
    ],
  },
  {
    text: 'NATO Secretary General Lars Ekdal warned of risks.',
    want: [
      ['organization', 'NATO'],
      ['role', 'NATO Secretary General'],
      ['person', 'Lars Ekdal'],
    ],
  },
  {
    text: 'Presidents Hallward and Brenner met in the capital.',
    want: [
      ['role', 'Presidents'],
      ['person', 'Hallward'],
      ['person', 'Brenner'],
    ],
  },
  {
    text: 'The new US President Dana Whitfield took office.',
    want: [
      ['role', 'The new US President'],
      ['person', 'Dana Whitfield'],
    ],
  },
  {
    text: 'Spokeswoman Anna Veld said no decision was made.',
    want: [
      ['role', 'Spokeswoman'],
      ['person', 'Anna Veld'],
    ],
  },
  {
    text: 'US Department of State Spokesman Tom Reyes said at his briefing.',
    want: [
      ['organization', 'US Department of State'],
      ['person', 'Tom Reyes'],
    ],
  },
  {
    text: 'Russian Presidential Spokesman Ivan Dorokhov said earlier.',
    want: [
      ['role', 'Russian Presidential Spokesman'],
      ['person', 'Ivan Dorokhov'],
    ],
  },
  {
    text: 'First Lady Mira Holt looked on.',
    want: [
      ['role', 'First Lady'],
      ['person', 'Mira Holt'],
    ],
  },
  { text: 'The deal was signed by John F. Kessler yesterday.', want: [['person', 'John F. Kessler']] },
  // Surnames and lone names.
  {
    text: 'Ivan Dorokhov spoke first. Later Dorokhov left the hall.',
    want: [
      ['person', 'Ivan Dorokhov'],
      ['person', 'Dorokhov'],
    ],
  },
  { text: 'According to Dorokhov, the plan is ready.', want: [['person', 'Dorokhov']] },
  { text: '"We will wait," said Brenner.', want: [['person', 'Brenner']] },
  // Organisations.
  { text: 'The Kremlin declined to comment.', want: [['organization', 'Kremlin']], absent: ['The'] },
  {
    text: 'Russia is ready, the Russian Foreign Ministry said on Friday.',
    want: [
      ['country', 'Russia'],
      ['organization', 'Russian Foreign Ministry'],
    ],
  },
  { text: 'A statement came from the Department of State on Monday.', want: [['organization', 'Department of State']] },
  {
    text: 'NATO ministers met in Brussels.',
    want: [
      ['organization', 'NATO'],
      ['place', 'Brussels'],
    ],
  },
  {
    text: 'Leaders of the Commonwealth of Independent States (CIS) met.',
    want: [
      ['organization', 'Commonwealth of Independent States'],
      ['organization', 'CIS'],
    ],
  },
  { text: 'The European Union imposed new sanctions.', want: [['organization', 'European Union']] },
  { text: 'The Washington Post reported the story.', want: [['organization', 'Washington Post']], absent: ['Washington'] },
  { text: "Russia's Foreign Ministry has been working on it.", want: [['organization', "Russia's Foreign Ministry"]] },
  // Countries, capitals and places.
  { text: 'Moscow welcomes dialogue at any level.', want: [['country', 'Moscow']] },
  {
    text: 'There have been no talks between Moscow and Washington.',
    want: [
      ['country', 'Moscow'],
      ['country', 'Washington'],
    ],
  },
  { text: 'The delegation arrived in Moscow on Monday.', want: [['place', 'Moscow']] },
  { text: 'MOSCOW, March 3. The talks began.', want: [['place', 'MOSCOW']] },
  { text: 'The envoy made a visit to Sochi in May.', want: [['place', 'Sochi']] },
  {
    text: 'Their first meeting was held in Geneva.',
    want: [
      ['place', 'Geneva'],
      ['pronoun', 'Their'],
    ],
  },
  { text: 'Fighting in the Donbass region went on.', want: [['place', 'Donbass region']] },
  // Fiction: geographic names open with a feature word and are places, never people.
  { text: 'Fishing on Lake Ossel stopped in March.', want: [['place', 'Lake Ossel']] },
  { text: 'The ferry to Port Lira sails again.', want: [['place', 'Port Lira']] },
  {
    text: 'The United States and Russia signed the text.',
    want: [
      ['country', 'United States'],
      ['country', 'Russia'],
    ],
    absent: ['United States and Russia'],
  },
  { text: 'The Russians left the room.', want: [['country', 'Russians']] },
  // Descriptions.
  { text: '"No deal yet," the press secretary noted.', want: [['description', 'the press secretary']] },
  { text: 'The Kremlin spokesman said nothing new.', want: [['description', 'The Kremlin spokesman']] },
  { text: 'During the visit, US state secretary also met local leaders.', want: [['description', 'US state secretary']] },
  { text: 'He said the Russian president agreed.', want: [['description', 'the Russian president']] },
  {
    text: 'Marek Holt and his US counterpart Dana Whitfield spoke.',
    want: [
      ['pronoun', 'his'],
      ['role', 'his US counterpart'],
      ['person', 'Dana Whitfield'],
    ],
  },
  { text: 'Marek Holt proposed to meet his Russian counterpart.', want: [['description', 'his Russian counterpart']] },
  { text: 'Pavel Grek, the Russian foreign minister, said so.', want: [['description', 'the Russian foreign minister']] },
  { text: '"Everything is done," the ministry said.', want: [['description', 'the ministry']] },
  { text: 'The talks covered the US-led bloc and its plans.', want: [['description', 'the US-led bloc']] },
  { text: 'The US side requested that the texts stay secret.', want: [['description', 'The US side']] },
  { text: 'the Russian government said it would answer.', want: [['description', 'the Russian government']] },
  // Pronouns, with negatives.
  { text: 'Ivan Dorokhov said he was tired.', want: [['pronoun', 'he']] },
  { text: 'Anna Veld said she was tired.', want: [['pronoun', 'she']] },
  { text: 'The ministry issued a note, and it said the deal failed.', want: [['pronoun', 'it']] },
  { text: 'It is raining in the capital.', absent: ['It'] },
  { text: 'It was noted that the deal had failed.', absent: ['It'] },
  { text: '"It really depends," he said.', want: [['pronoun', 'he']], absent: ['It'] },
  { text: 'It’s a protocol thing, he said.', absent: ['It'] },
  // Sentence-initial capitals and adjectives that are not names.
  { text: 'However, the talks stalled.', absent: ['However'] },
  { text: 'Meanwhile, prices rose again.', absent: ['Meanwhile'] },
  { text: 'During talks, nothing changed.', absent: ['During'] },
  { text: 'On Thursday, the officials met.', absent: ['On', 'Thursday'] },
  { text: 'Relations between the two countries worsened.', absent: ['Relations'] },
  { text: 'Russian diplomats were expelled.', absent: ['Russian'] },
  { text: 'Pro-Russian forces and Ukrainian troops clashed.', absent: ['Ukrainian', 'Pro-Russian'] },
  { text: 'Islamic fundamentalism remains a threat.', absent: ['Islamic'] },
  { text: 'As president, he signed the law.', absent: ['president'] },
  { text: 'The two presidents talked for an hour.', absent: ['The two presidents', 'presidents'] },
  { text: 'Sanctions were imposed in March.', absent: ['Sanctions', 'March'] },
  { text: 'Mr. King told the panel he disagreed.', want: [['person', 'Mr. King']] },
  { text: 'Rep. Adam Carver said the bill would pass.', want: [['person', 'Adam Carver']] },
  { text: 'Stocks fell on Wall Street before Labor Day.', want: [['place', 'Wall Street']], absent: ['Labor Day'] },
  {
    text: 'Voters in West Virginia and Ohio went to the polls.',
    want: [
      ['place', 'West Virginia'],
      ['place', 'Ohio'],
    ],
  },
  { text: "Bill O'Reilly said the show would go on.", want: [['person', "Bill O'Reilly"]] },
];

test('mention table: at least 40 cases', () => {
  assert.ok(CASES.length >= 40);
});

for (const c of CASES) {
  test(`mentions: ${c.text}`, () => {
    const found = findMentions(c.text);
    const seen = found.map((m) => [m.type, c.text.slice(m.start, m.end)] as const);
    for (const [type, words] of c.want ?? []) {
      assert.ok(
        seen.some(([t, w]) => t === type && w === words),
        `expected ${type} "${words}", found ${JSON.stringify(seen)}`,
      );
    }
    for (const words of c.absent ?? []) {
      assert.ok(!seen.some(([, w]) => w === words), `did not expect "${words}", found ${JSON.stringify(seen)}`);
    }
  });
}

const ROLES: readonly (readonly [string, string, string, string | undefined])[] = [
  ['Russian presidential press secretary Ivan Dorokhov spoke.', 'Russian presidential press secretary', 'press secretary', 'RUS'],
  ['US Secretary of State Jonathan Miles spoke.', 'US Secretary of State', 'foreign minister', 'USA'],
  ['Then the Kremlin spokesman spoke.', 'the Kremlin spokesman', 'press secretary', 'RUS'],
  ['Then US state secretary spoke.', 'US state secretary', 'foreign minister', 'USA'],
  ['US Department of State Spokesman Tom Reyes spoke.', 'US Department of State Spokesman', 'foreign ministry spokesperson', 'USA'],
  ['NATO Secretary General Lars Ekdal spoke.', 'NATO Secretary General', 'secretary general', 'NATO'],
  ['Then the Russian top diplomat spoke.', 'the Russian top diplomat', 'foreign minister', 'RUS'],
  ['Then the Iranian foreign ministry spokesman spoke.', 'the Iranian foreign ministry spokesman', 'foreign ministry spokesperson', 'IRN'],
];

for (const [text, words, office, country] of ROLES) {
  test(`role meaning: ${words}`, () => {
    const m = findMentions(text).find((x) => text.slice(x.start, x.end) === words);
    assert.ok(m?.role, `no role mention "${words}"`);
    assert.equal(m.role.office, office);
    assert.equal(m.role.country, country);
  });
}

test('speakers: the subject of a reporting verb is marked, a that-clause speaker is not the main one', () => {
  const text = 'Ivan Dorokhov stressed that Hallward has repeatedly said so.';
  const found = findMentions(text);
  const dorokhov = found.find((m) => m.name === 'Ivan Dorokhov');
  const hallward = found.find((m) => m.name === 'Hallward');
  assert.equal(dorokhov?.isMainSpeaker, true);
  assert.equal(hallward?.isSpeaker, true);
  assert.equal(hallward?.isMainSpeaker, false);
});

test('tokenizer keeps offsets, splits possessives and keeps initialisms whole', () => {
  const text = "Russia's U.S. US-led talks";
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['Russia', "'s", 'U.S.', 'US-led', 'talks'],
  );
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokens[2]?.isUpper, true);
});

test('mentions are sorted by (start, end) and inside the text', () => {
  const text = 'Kremlin spokesman Ivan Dorokhov said Moscow welcomes dialogue with the US-led bloc.';
  const found = findMentions(text);
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1];
    const b = found[i];
    assert.ok(a && b && (a.start < b.start || (a.start === b.start && a.end <= b.end)));
  }
  for (const m of found) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
});
