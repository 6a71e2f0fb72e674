import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { sharedDir } from '../../eval/shared-dir.js';
import { openDatabase } from '../../store/database.js';
import { DocumentStore } from '../../store/repository.js';
import { ingestPaths } from './ingest.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';

/**
 * The seed pages' timeline (issue 8's targets): the contacts the pages say took place are
 * occurred entries with their dates; the January 2017 Putin–Trump call is one entry told by
 * two pages, whose history runs from planned (January 21) to under consideration
 * (January 23); and the TASS page whose year its own text leaves open is dated by it.
 */
let store: DocumentStore;
let entries: TimelineEntry[];

before(async () => {
  store = new DocumentStore(openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-tl-')), 'tl.db')));
  const summary = await ingestPaths(store, [path.join(sharedDir(), 'seeds')]);
  assert.equal(summary.stored, 5);
  entries = buildTimeline(store.db, { actors: ['RUS', 'USA'], type: 'CONSULT' });
});

const occurredWithin = (from: string, to: string, mode?: string) =>
  entries.find((e) => e.status === 'occurred' && e.date && e.date.start >= from && e.date.end <= to && (!mode || e.mode === mode));

test('the 2015 Sochi meeting, the 2021 call, the Geneva meeting and the late-2021 call are occurred entries', () => {
  assert.ok(occurredWithin('2015-05-01', '2015-05-31'), '2015 Lavrov–Kerry meeting');
  assert.ok(occurredWithin('2021-01-01', '2021-12-31', 'phone'), 'the 2021 call');
  assert.ok(occurredWithin('2021-06-01', '2021-06-30', 'third-party'), 'the June 2021 Geneva meeting');
  assert.ok(occurredWithin('2021-09-01', '2021-12-31', 'phone'), 'the late-2021 call');
});

test('the January 2017 call is one entry with its status history from both pages', () => {
  const call = entries.find((e) => e.mode === 'phone' && e.sources.length === 2 && e.sortDate?.startsWith('2017-01'));
  assert.ok(call, JSON.stringify(entries.map((e) => [e.mode, e.sortDate, e.sources.length])));
  assert.equal(call.status, 'considered');
  const history = call.statusHistory.map((s) => [s.statedOn?.slice(0, 10), s.status]);
  assert.ok(
    history.some(([on, status]) => on === '2017-01-21' && status === 'planned'),
    JSON.stringify(history),
  );
  assert.ok(
    history.some(([on, status]) => on === '2017-01-23' && status === 'considered'),
    JSON.stringify(history),
  );
  assert.ok(!call.statusHistory.some((s) => s.status === 'occurred'), 'nothing says the call took place');
});

test('the page whose year its text leaves open (2017 or 2025) is dated by the story it joins, with the evidence kept', () => {
  const ambiguous = store
    .list({ limit: 10 })
    .map((row) => store.get(row.id))
    .find((doc) => doc.meta.published?.narrowedBy);
  assert.ok(ambiguous, 'one page was narrowed');
  const published = ambiguous.meta.published;
  assert.equal(published?.start, '2017-01-23');
  assert.equal(published?.narrowedBy?.rule, 'story');
  assert.deepEqual(
    published?.narrowedBy?.was.map((c) => c.start),
    ['2017-01-23', '2025-01-23'],
  );
});

test('a timeline of two or three actors holds the entries of the first actor that name them all, in either order', () => {
  const ids = (list: TimelineEntry[]) => list.map((e) => e.id);
  const russia = buildTimeline(store.db, { actors: ['RUS'], limit: 5000 });
  const both = russia.filter((e) => e.parties.includes('USA'));
  assert.ok(both.length >= 5, 'the seeds tell several Russia–US contacts');
  assert.deepEqual(ids(buildTimeline(store.db, { actors: ['RUS', 'USA'], limit: 5000 })), ids(both));
  assert.deepEqual(ids(buildTimeline(store.db, { actors: ['usa', 'rus'], limit: 5000 })), ids(both));
  const third = both.flatMap((e) => e.parties).find((p) => p !== 'RUS' && p !== 'USA');
  if (third) {
    const all = both.filter((e) => e.parties.includes(third));
    assert.deepEqual(ids(buildTimeline(store.db, { actors: ['USA', third, 'RUS'], limit: 5000 })), ids(all));
  }
  assert.deepEqual(buildTimeline(store.db, { actors: ['RUS', 'ZZZ'] }), []);
});
