/**
 * Keyword gates: a gate must open wherever its regex matches (else a cue or trigger would be
 * lost), checked on generic sentences that exercise every alternative of the gated patterns.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineAnchor, defineGate, indexGates, openGates } from './gates.js';
import { TRIGGERS } from './lexicon.js';
import { CUES } from './status.js';

const SENTENCES: readonly string[] = [
  'The ministry denied that it sent troops; it dismissed reports of a raid and refuted claims.',
  'They have not yet met. There has so far been no contact. They never spoke and never took place.',
  "The talks did not take place and they didn't meet; not yet held. He has yet to reply; this has not happened.",
  'There are no concrete plans, not any agreements, no such arrangements and no decisions.',
  "It was not planned; not planning; no intention; ruled out; does not plan; there will be no talks; would not; won't.",
  "They are not going to act. He cannot come, can't come, could not, couldn't, must not, should not.",
  'He is ready for talks, showed readiness, is open to a deal, amenable, under consideration, still considering it.',
  'She considers it, does not exclude it, it is not excluded, cannot be excluded, not ruling out a visit.',
  'A possible visit, the possibility, possibly; prospects; potentially; willingness; prepared to; would welcome.',
  'He hoped, whether it is being discussed, mulling, exploring, would like to, wants to, interested in, the idea of.',
  'They could, may or might meet.',
  'He proposed a proposal, offered an offer, suggested a suggestion, invited them; an invitation; the initiative.',
  'Talks are due to start, were set to, scheduled, are expected to, slated, going to; plans to, planned.',
  'They agreed to, agree to, upcoming, forthcoming, next week, in the coming days, promised, pledged, vowed.',
  "They committed to a summit to be held; he intends to; preparations for; it will be agreed; they'll go; shall; would.",
  'The meeting took place; was held; had been held; held; had an opportunity to; ended; concluded; wrapped up.',
  'During the talks, after a meeting, following their call, at last.',
  'A telephone call, a phone conversation, video link, online summit, virtual meeting.',
  'Alda hosted the summit and Hosts talks; hosting their counterparts.',
  'Talks, meetings, negotiations, consultations, a conversation, an encounter, contacts, engagement, a get-together, a tete-a-tete.',
  'War games and joint military exercises, joint drills, joint patrols, joint operations, a joint investigation.',
  'She complained, complains, protested to them, lodged an official protest, summoned the envoy.',
  'The firm is suing; sued; sues; filed a lawsuit.',
  'They rioted, riots against taxes, rioting.',
  'They sanctioned firms and imposed sanctions on banks, sanctions against officials.',
  'Police arrested, arrests, detained, kidnapped, abducted, seized, took hostage, taken hostage, holding the villagers as human shields, rounded up, jailed, imprisoned.',
  'They shelled, shelling, bombed, bombarded, fired rockets, tanks fired, air strikes, airstrike, invaded, invasion, retaken, recaptured, captured, overran.',
  'They launched an offensive, a new ground offensive, an offensive against the town, mounted an offensive, began a new offensive.',
  'They forced out, deported, drove out, expelled many refugees.',
  'It said, says, told, tells, added, adds, noted, stressed, explained, emphasized, emphasised, continued, announced.',
  'It reported, stated, believes, believed, recalled, insisted, confirmed, claimed, declared, pointed out, quoted.',
  'According to officials.',
];

test('every gated pattern opens its gate where it matches', () => {
  const gated = [...CUES.map((c) => ({ pattern: c.pattern, gate: c.gate })), ...TRIGGERS.filter((t) => t.gate !== null)];
  for (const sentence of SENTENCES) {
    for (const text of [sentence, sentence.toUpperCase(), `x ${sentence}`]) {
      const index = indexGates(text);
      for (const { pattern, gate } of gated) {
        const matcher = new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', ''));
        if (matcher.test(text)) assert.notEqual(openGates(index, 0, text.length) & (gate as number), 0, `${pattern.source} in "${text}"`);
      }
    }
  }
});

test('every match of a gated trigger starts at a word that opens its gate', () => {
  for (const sentence of SENTENCES) {
    for (const text of [sentence, sentence.toUpperCase()]) {
      const index = indexGates(text);
      for (const spec of TRIGGERS) {
        if (spec.gate === null) continue;
        spec.pattern.lastIndex = 0;
        for (const match of text.matchAll(spec.pattern)) {
          const k = index.starts.indexOf(match.index);
          assert.ok(k >= 0 && ((index.masks[k] as number) & spec.gate) !== 0, `${spec.pattern.source} at ${match.index} in "${text}"`);
        }
      }
    }
  }
});

const GATE = defineGate(['plan', 'not']);

const SPANS: readonly (readonly [text: string, start: number, end: number, open: boolean])[] = [
  ['there are no plans', 0, 18, true],
  ['there are no plans', 0, 12, false],
  ['Plans were NOT made', 0, 19, true],
  // A span that starts inside a word sees its tail as a word ("cannot" cut to "not").
  ['cannot', 3, 6, true],
  ['cannot', 0, 6, false],
  ['the explanation', 0, 15, false],
  ['airplane', 0, 8, false],
];

test('openGates: word beginnings inside the span', () => {
  for (const [text, start, end, open] of SPANS) {
    assert.equal((openGates(indexGates(text), start, end) & GATE) !== 0, open, `${text} [${start}, ${end})`);
  }
});

test('a text whose lower case changes length opens every gate', () => {
  assert.notEqual(openGates(indexGates('İstanbul'), 0, 8) & GATE, 0);
});

const ANCHOR_OF = new Map(['meet', 'cease-fire', "'ll", 'talks'].map((word) => [defineAnchor(word), word] as const));

const ANCHOR_CASES: readonly (readonly [text: string, words: readonly string[]])[] = [
  ['They will meet and talk', ['meet']],
  ['A CEASE-FIRE and cease-fires', ['cease-fire']],
  // "'ll" glued to a word is none; after a space it is one.
  ["they'll meet, 'll", ['meet', "'ll"]],
  // A word glued to a digit is none; "meets" is another word.
  ['3meet meets talks-meet', []],
];

test('indexGates: anchor words where they stand as whole words', () => {
  for (const [text, words] of ANCHOR_CASES) {
    const index = indexGates(text);
    const got = index.anchorIds.map((id) => ANCHOR_OF.get(id) ?? `other:${id}`).filter((w) => !w.startsWith('other:'));
    assert.deepEqual(got, words, text);
  }
});

test('indexGates: capitals hold every capital that starts a word', () => {
  for (const text of ['The US and Côte d’Ivoire met in Élysée; McDonald, U.S.A., x-Ray', 'ÉTAT “Quoted” 3Com']) {
    const capitals = indexGates(text).capitals ?? [];
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu))
      assert.ok(capitals.includes(match.index), `${match[0]} at ${match.index} in "${text}"`);
  }
  assert.equal(indexGates('\u212a is the Kelvin sign').capitals, null);
});
