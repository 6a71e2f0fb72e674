import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateValue, EventRecord } from '../core/layers.js';
import { ActionIndex, partyKey } from './actions.js';
import { openDatabase } from './database.js';

// Fiction: calls and sanctions between the invented states VLD and OST.
function event(partial: Partial<EventRecord>): EventRecord {
  return {
    start: 0,
    end: 10,
    by: 'test',
    actionId: 'a1',
    type: 'CONSULT',
    mode: 'phone',
    status: 'considered',
    actors: ['VLD', 'OST'],
    recipients: [],
    actorIds: [],
    recipientIds: [],
    assertedBy: null,
    date: null,
    location: null,
    evidence: { start: 0, end: 10 },
    plover: null,
    cameo: null,
    confidence: 0.8,
    ...partial,
  };
}

const day = (iso: string): DateValue => ({ start: iso, end: iso, granularity: 'day', evidence: [], inferred: false });

test('party keys: sets for meetings, directions for sanctions', () => {
  assert.equal(partyKey(event({ actors: ['VLD', 'OST'] })), partyKey(event({ actors: ['OST', 'VLD'] })));
  assert.notEqual(
    partyKey(event({ type: 'SANCTION', actors: ['VLD'], recipients: ['OST'] })),
    partyKey(event({ type: 'SANCTION', actors: ['OST'], recipients: ['VLD'] })),
  );
});

const cases: Array<[string, Array<[Partial<EventRecord>, DateValue | null]>, number]> = [
  [
    'undated statements told two days apart are one action',
    [
      [{ status: 'planned' }, day('2030-01-21')],
      [{ status: 'considered' }, day('2030-01-23')],
    ],
    1,
  ],
  [
    'the same kind of call eight years later is another action',
    [
      [{}, day('2030-01-21')],
      [{}, day('2038-01-21')],
    ],
    2,
  ],
  [
    'dated calls on different days are different actions',
    [
      [{ status: 'occurred', date: day('2030-04-13') }, day('2030-04-16')],
      [{ status: 'occurred', date: day('2030-06-01') }, day('2030-06-02')],
    ],
    2,
  ],
  [
    'a phone call and a visit are not one action',
    [
      [{ mode: 'phone' }, day('2030-01-21')],
      [{ mode: 'visit' }, day('2030-01-22')],
    ],
    2,
  ],
  [
    'other parties make another action',
    [
      [{}, day('2030-01-21')],
      [{ actors: ['VLD', 'KRN'] }, day('2030-01-22')],
    ],
    2,
  ],
  [
    'an ambiguous page joins the action its candidate year fits',
    [
      [{}, day('2030-01-21')],
      [{}, { ...day('2030-01-23'), candidates: [day('2030-01-23'), day('2038-01-23')] }],
    ],
    1,
  ],
];

for (const [name, statements, expected] of cases) {
  test(name, () => {
    const db = openDatabase(':memory:');
    const index = new ActionIndex(db);
    const ids = new Set(statements.map(([partial, published]) => index.assign(event(partial), published, new Map())));
    assert.equal(ids.size, expected);
  });
}

test('the action reads occurred once a page says so, and keeps the latest status before that', () => {
  const db = openDatabase(':memory:');
  const index = new ActionIndex(db);
  const id = index.assign(event({ status: 'considered' }), day('2030-01-21'), new Map());
  index.assign(event({ status: 'planned' }), day('2030-01-25'), new Map());
  assert.equal((db.prepare('select status from actions where id = ?').get(id) as { status: string }).status, 'planned');
  index.assign(event({ status: 'occurred', date: day('2030-01-28') }), day('2030-01-29'), new Map());
  index.assign(event({ status: 'considered' }), day('2030-01-30'), new Map());
  const row = db.prepare('select status, date_start from actions where id = ?').get(id) as { status: string; date_start: string };
  assert.deepEqual(row, { status: 'occurred', date_start: '2030-01-28' });
});
