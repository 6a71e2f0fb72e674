/**
 * Status patterns, table-driven, on invented sentences (FICTION: Aldovia, Borvania,
 * Costera and their people are made up; see fiction.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventStatus } from '../../core/layers.js';
import { findFictionEvents } from './fiction.js';

type Row = readonly [sentence: string, type: string, status: EventStatus, parties?: readonly string[]];

const ROWS: readonly Row[] = [
  // considered: readiness, openness, consideration, possibility
  ['Velgrad is ready for talks with Borvania, the foreign ministry said.', 'CONSULT', 'considered', ['ALD', 'BRV']],
  ['Aldovia is open to a meeting between President Mara Vell and Tomas Quill.', 'CONSULT', 'considered', ['ALD', 'BRV']],
  ['A telephone conversation between Mara Vell and Tomas Quill is under consideration.', 'CONSULT', 'considered', ['ALD', 'BRV']],
  ['Officials in Ostrel do not exclude a summit with Aldovia later this year.', 'CONSULT', 'considered'],
  ['A meeting between Aldovia and Costera could take place when necessary.', 'CONSULT', 'considered'],
  ['Borvania remains amenable to another round of talks with Costera.', 'CONSULT', 'considered'],
  ['Aldovia is considering an offer of talks with Borvania.', 'CONSULT', 'considered'],
  ['A visit by Mara Vell to Borvania is possible in the spring.', 'CONSULT', 'considered'],
  ['Costera said it was willing to negotiate with Borvania.', 'CONSULT', 'considered'],
  ['Borvania may hold consultations with the Northern Compact next month.', 'CONSULT', 'considered'],
  ['The prospect of a summit between Aldovia and Borvania was discussed in the press.', 'CONSULT', 'considered'],
  ['Aldovia might send a delegation for talks with Costera.', 'CONSULT', 'considered'],
  ['A call between Mara Vell and Tomas Quill could take place as early as next week, her spokesman said.', 'CONSULT', 'considered'],
  // not_planned
  ['There are no plans for a meeting between Mara Vell and Tomas Quill yet, her spokesman said.', 'CONSULT', 'not_planned', ['ALD', 'BRV']],
  ['There are no concrete plans for talks between Aldovia and Costera.', 'CONSULT', 'not_planned'],
  ['No meeting between Aldovia and Borvania is planned, an official said.', 'CONSULT', 'not_planned'],
  ['Mara Vell will not meet Tomas Quill during the forum.', 'CONSULT', 'not_planned'],
  ['Aldovia has ruled out talks with Borvania.', 'REJECT', 'occurred'],
  // Refusals written with a contraction ("won't", "can't": the word scan stops at the apostrophe).
  ["Aldovia won't accept the terms Borvania offered, its foreign ministry said.", 'REJECT', 'occurred'],
  ["Borvania can't agree to the border plan of Costera, Tomas Quill said.", 'REJECT', 'occurred'],
  ['Costera does not plan to hold talks with Aldovia this year.', 'CONSULT', 'not_planned'],
  // not_occurred
  ['So far there have been no talks between Velgrad and Ostrel on the matter.', 'CONSULT', 'not_occurred', ['ALD', 'BRV']],
  ['Mara Vell and Tomas Quill have not yet met in person.', 'CONSULT', 'not_occurred'],
  ['A call between Aldovia and Borvania has not taken place.', 'CONSULT', 'not_occurred'],
  ['Aldovia and Costera have never held talks on the border.', 'CONSULT', 'not_occurred'],
  ['The planned meeting between Aldovia and Borvania did not take place.', 'CONSULT', 'not_occurred'],
  ['Aldovian and Borvanian officials have yet to meet.', 'CONSULT', 'not_occurred'],
  // denied
  ['Borvania denied that its envoy had held secret talks with Aldovia.', 'CONSULT', 'denied'],
  ['Velgrad denies reports that Mara Vell met Tomas Quill last week.', 'CONSULT', 'denied'],
  // planned
  ['Mara Vell will call Tomas Quill after the election.', 'CONSULT', 'planned', ['ALD', 'BRV']],
  ['The meeting between Aldovia and Borvania will happen in the coming months.', 'CONSULT', 'planned'],
  ['Aldovia and Costera agreed to hold talks next week.', 'CONSULT', 'planned'],
  ['Tomas Quill is scheduled to visit Aldovia on Monday.', 'CONSULT', 'planned'],
  ['Aldovian and Borvanian ministers are due to meet in Maruna next month.', 'CONSULT', 'planned'],
  ['Borvania plans to hold consultations with Costera in June.', 'CONSULT', 'planned'],
  ['Aldovia and Borvania agreed that consultations would be held later this month.', 'CONSULT', 'planned'],
  ['Mara Vell is expected to meet Ines Harrow at the summit.', 'CONSULT', 'planned'],
  ['The two sides, Aldovia and Borvania, will meet again next month.', 'CONSULT', 'planned'],
  ['Borvania promised to withdraw its troops from Costera.', 'RETREAT', 'planned'],
  ['Aldovia will give Costera a grant of ten million crowns.', 'AID', 'planned'],
  // proposed
  ['Mara Vell proposed that she and Tomas Quill meet in Maruna.', 'CONSULT', 'proposed'],
  ['Costera has offered to host a summit between Aldovia and Borvania.', 'CONSULT', 'proposed', ['ALD', 'BRV']],
  ['Tomas Quill suggested talks with Aldovia on the dam dispute.', 'CONSULT', 'proposed'],
  ['Aldovia invited Borvania to consultations on fishing rights.', 'CONSULT', 'proposed'],
  ['Borvania put forward a proposal to hold talks with Costera.', 'CONSULT', 'proposed'],
  ['Talks between Aldovia and Borvania must be held in May, Mara Vell said.', 'CONSULT', 'proposed'],
  ['Tomas Quill said the sanctions on Borvania would have to be lifted first.', 'CONCEDE', 'proposed'],
  // hypothetical
  ['If the leaders agree, talks between Aldovia and Borvania could take place in May.', 'CONSULT', 'hypothetical'],
  ['In case Ostrel agrees, a meeting with Aldovia would follow.', 'CONSULT', 'hypothetical'],
  ['Aldovian officials would meet Borvanian envoys if the ceasefire holds.', 'CONSULT', 'hypothetical'],
  ['Asked if Mara Vell and Tomas Quill could hold a meeting, the spokesman declined to comment.', 'CONSULT', 'hypothetical'],
  // occurred
  ['Mara Vell and Tomas Quill held talks in Maruna on Tuesday.', 'CONSULT', 'occurred'],
  ['The meeting between Aldovia and Borvania took place in Maruna.', 'CONSULT', 'occurred'],
  ['Tomas Quill visited Aldovia last week.', 'CONSULT', 'occurred', ['BRV', 'ALD']],
  ['Mara Vell spoke by phone with Ines Harrow on Friday.', 'CONSULT', 'occurred'],
  ['During a phone call with Tomas Quill, Mara Vell raised the dam dispute.', 'CONSULT', 'occurred'],
  ['Aldovia and Borvania held talks online in March.', 'CONSULT', 'occurred'],
  ['Their first meeting was held in Maruna in 2031, after Aldovia and Borvania restored ties.', 'CONSULT', 'occurred'],
  ['Aldovia imposed new sanctions on Borvania on Thursday.', 'SANCTION', 'occurred', ['ALD', 'BRV']],
  ['Borvania expelled five Aldovian diplomats.', 'SANCTION', 'occurred', ['BRV', 'ALD']],
  ['Costera accused Borvania of shelling border villages.', 'ACCUSE', 'occurred', ['CST', 'BRV']],
  ['Aldovia condemned the Borvanian blockade of the strait.', 'ACCUSE', 'occurred'],
  ['Velgrad described the Borvanian decision as unacceptable.', 'ACCUSE', 'occurred'],
  ['Borvania rejected an Aldovian offer to host talks.', 'REJECT', 'occurred', ['BRV', 'ALD']],
  ['Costera refused to meet the Borvanian envoy.', 'REJECT', 'occurred'],
  ['Aldovia demanded that Borvania release the fishermen.', 'REQUEST', 'occurred', ['ALD', 'BRV']],
  ['Costera urged Aldovia to reopen the border.', 'REQUEST', 'occurred'],
  ['Borvania threatened to cut off gas supplies to Costera.', 'THREATEN', 'occurred', ['BRV', 'CST']],
  ['Aldovia has dispatched warships to the coast of Costera.', 'MOBILIZE', 'occurred'],
  ['Borvanian troops shelled villages in Costera overnight.', 'ASSAULT', 'occurred'],
  ['Aldovian police arrested twelve Borvanian activists.', 'COERCE', 'occurred'],
  ['Thousands of Costerans demonstrated in Maruna against the Aldovian treaty.', 'PROTEST', 'occurred'],
  ['Aldovia praised Costera for its election reforms.', 'SUPPORT', 'occurred'],
  ['Borvania withdrew its troops from the Costeran border.', 'RETREAT', 'occurred'],
  ['Costera lifted the ban on Aldovian imports.', 'CONCEDE', 'occurred'],
  ['Aldovia suspended part of its sanctions on Borvania.', 'CONCEDE', 'occurred', ['ALD', 'BRV']],
  // The demonym in the object names the target, not the party after the comma.
  [
    'Aldovia suspended part of its sanctions on Borvanian shipping companies, a step Costera described as a gesture of goodwill.',
    'CONCEDE',
    'occurred',
    ['ALD', 'BRV'],
  ],
  ['Aldovia sent food aid to Costera after the floods.', 'AID', 'occurred'],
  ['Aldovia shared intelligence with Borvania on the smugglers.', 'COOPERATE', 'occurred'],
  // conditional threats are threats
  ['Borvania will withdraw its ambassador from Aldovia unless the arrests stop.', 'THREATEN', 'occurred'],
];

test(`status patterns: ${ROWS.length} invented sentences`, () => {
  assert.ok(ROWS.length >= 60);
  const failures: string[] = [];
  for (const [sentence, type, status, parties] of ROWS) {
    const events = findFictionEvents(sentence);
    const event = events.find((e) => e.type === type);
    if (!event) {
      failures.push(`${sentence}\n    want ${type}/${status}, got ${events.map((e) => `${e.type}/${e.status}`).join(', ') || 'nothing'}`);
      continue;
    }
    if (event.status !== status) failures.push(`${sentence}\n    want ${status}, got ${event.status}`);
    if (parties) {
      const got = [...event.actors, ...event.recipients];
      if (got.join('+') !== parties.join('+') && [...got].sort().join('+') !== [...parties].sort().join('+')) {
        failures.push(`${sentence}\n    want parties ${parties.join('+')}, got ${event.actors.join('+')}>${event.recipients.join('+')}`);
      }
    }
  }
  assert.equal(failures.length, 0, `\n${failures.join('\n')}`);
});

test('conservative: nothing proposed, considered, planned or conditional comes out occurred', () => {
  for (const [sentence, , status] of ROWS) {
    if (status === 'occurred') continue;
    for (const event of findFictionEvents(sentence)) {
      if (event.type === 'CONSULT') assert.notEqual(event.status, 'occurred', `${sentence} → ${event.type}/${event.status}`);
    }
  }
});

test('each statement of one action is its own record, sharing an actionId', () => {
  const text =
    'Aldovia is open to new talks with Borvania, the foreign minister said. ' +
    'A Borvanian spokesman said there were no plans for talks between Aldovia and Borvania.';
  const events = findFictionEvents(text).filter((e) => e.type === 'CONSULT');
  assert.deepEqual(
    events.map((e) => e.status),
    ['considered', 'not_planned'],
  );
  assert.equal(events[0]?.actionId, events[1]?.actionId);
});

test('a bare negative clause is a second statement about the action of its sentence', () => {
  const text = 'Talks between Aldovia and Borvania could be organised when necessary, but there were no concrete plans.';
  const events = findFictionEvents(text);
  assert.deepEqual(
    events.map((e) => [e.type, e.status, text.slice(e.start, e.end)]),
    [
      ['CONSULT', 'considered', 'Talks between Aldovia and Borvania could'],
      ['CONSULT', 'not_planned', 'no concrete plans'],
    ],
  );
});

test('visit mode puts the host in recipients; a neutral venue is third-party', () => {
  const [visit] = findFictionEvents('Mara Vell met Tomas Quill in Ostrel on Monday.');
  assert.equal(visit?.mode, 'visit');
  assert.deepEqual([visit?.actors, visit?.recipients], [['ALD'], ['BRV']]);
  const [neutral] = findFictionEvents('Mara Vell met Tomas Quill in Maruna on Monday.');
  assert.equal(neutral?.mode, 'third-party');
  const [geneva] = findFictionEvents('Mara Vell and Tomas Quill held a meeting in Geneva in June.');
  assert.equal(geneva?.mode, 'third-party');
  assert.equal(geneva?.location, 'Geneva');
});

test('evidence spans point at the statement and the trigger text', () => {
  const text = 'Aldovia imposed new sanctions on Borvania on Thursday.';
  const [event] = findFictionEvents(text);
  assert.ok(event);
  assert.equal(text.slice(event.start, event.end), 'imposed new sanctions');
  assert.deepEqual(event.evidence, { start: event.start, end: event.end });
});

test('"at the request of" names who asked; the one asked is the other side of the clause', () => {
  const cases: readonly [sentence: string, actors: readonly string[], recipients: readonly string[]][] = [
    ['Mara Vell held a telephone conversation with Tomas Quill at the request of the Borvanian side.', ['BRV'], ['ALD']],
    ['Tomas Quill met Mara Vell in Maruna at the request of Aldovia.', ['ALD'], ['BRV']],
  ];
  for (const [sentence, actors, recipients] of cases) {
    const request = findFictionEvents(sentence).find((e) => e.type === 'REQUEST');
    assert.ok(request, `a request in: ${sentence}`);
    assert.deepEqual([request.actors, request.recipients], [actors, recipients], sentence);
  }
  // With no one else named, the requester alone (or nothing: too little to go on), never asking itself.
  for (const event of findFictionEvents('The call was held at the request of the Aldovian side.')) {
    if (event.type === 'REQUEST') assert.deepEqual([event.actors, event.recipients], [['ALD'], []]);
  }
});
