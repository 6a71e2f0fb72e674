import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventStatus } from '../../core/layers.js';
import { type ProjectableEvent, projectToPlover, projectType, toCameo } from './project.js';

const event = (type: string, mode: string | null, status: EventStatus, recipients: string[] = []): ProjectableEvent => ({
  type,
  mode,
  status,
  actors: ['ALD'],
  recipients,
  location: null,
  date: null,
});

test('PLOVER type projection by rule', () => {
  const cases: [string, EventStatus, string | null][] = [
    ['CONSULT', 'occurred', 'CONSULT'],
    ['CONSULT', 'planned', 'AGREE'],
    ['CONSULT', 'proposed', 'AGREE'],
    ['CONSULT', 'considered', 'AGREE'],
    ['CONSULT', 'hypothetical', 'AGREE'],
    ['CONSULT', 'not_planned', null],
    ['CONSULT', 'not_occurred', null],
    ['CONSULT', 'denied', null],
    ['AID', 'planned', 'AGREE'],
    ['RETREAT', 'proposed', 'AGREE'],
    ['SANCTION', 'planned', 'THREATEN'],
    ['ASSAULT', 'considered', 'THREATEN'],
    ['SANCTION', 'occurred', 'SANCTION'],
    ['REJECT', 'planned', 'REJECT'],
    ['REQUEST', 'occurred', 'REQUEST'],
  ];
  for (const [type, status, want] of cases) assert.equal(projectType(type, status), want, `${type}/${status}`);
});

test('PLOVER record: auxiliary modes, kept mode, spec field names', () => {
  const considered = projectToPlover(event('CONSULT', 'phone', 'considered'));
  assert.equal(considered.event, 'AGREE');
  assert.equal(considered.auxiliary, 'hypothetical');
  assert.deepEqual(considered.mode, []);
  const negated = projectToPlover(event('CONSULT', null, 'not_planned'));
  assert.equal(negated.event, null);
  assert.equal(negated.auxiliary, 'negation');
  const call = projectToPlover(event('CONSULT', 'phone', 'occurred'));
  assert.deepEqual([call.event, call.mode, call.reciprocal], ['CONSULT', ['phone'], true]);
  assert.deepEqual(call.actor, [{ code: 'ALD', sector: null }]);
  const expel = projectToPlover(event('SANCTION', 'expel', 'occurred', ['NATO']));
  assert.deepEqual(expel.recipient, [{ code: 'NATO', sector: 'IGO' }]);
  assert.deepEqual(expel.base, { type: 'SANCTION', status: 'occurred' });
});

test('CAMEO codes by rule', () => {
  const cases: [ProjectableEvent, string | null][] = [
    [event('CONSULT', 'phone', 'occurred'), '041'],
    [event('CONSULT', 'visit', 'occurred', ['BRV']), '042'],
    [event('CONSULT', 'third-party', 'occurred'), '044'],
    [event('CONSULT', null, 'occurred'), '040'],
    [event('CONSULT', 'phone', 'planned'), '036'],
    [event('CONSULT', null, 'proposed'), '036'],
    [event('CONSULT', null, 'considered'), '036'],
    [event('CONSULT', null, 'not_planned'), null],
    [event('SANCTION', 'discontinue', 'occurred', ['BRV']), '163'],
    [event('SANCTION', 'expel', 'occurred', ['BRV']), '174'],
    [event('ACCUSE', 'disapprove', 'occurred', ['BRV']), '111'],
    [event('REJECT', null, 'occurred', ['BRV']), '120'],
  ];
  for (const [e, want] of cases) assert.equal(toCameo(e), want, `${e.type}/${e.mode}/${e.status}`);
});
