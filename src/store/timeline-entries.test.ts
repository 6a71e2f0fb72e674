import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Document, emptyMeta } from '../core/document.js';
import type { EventRecord } from '../core/layers.js';
import { sharedDir } from '../eval/shared-dir.js';
import { ingestPaths } from '../serve/service/ingest.js';
import { buildTimeline, timelineJson } from '../serve/service/timeline.js';
import { migrate, openDatabase, type SqliteDatabase } from './database.js';
import { MIGRATIONS } from './migrations.js';
import { DocumentStore } from './repository.js';
import { ACTION_COLUMNS, type ActionRow, buildTimelineEntry, ENTRY_FORMAT } from './timeline-entries.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/pages', import.meta.url));

/** Every action's kept entry next to the entry built afresh from its statements now. */
function keptAndFresh(db: SqliteDatabase): { id: number; kept: string | null; fresh: string }[] {
  const actions = db.prepare<[], ActionRow>(`select ${ACTION_COLUMNS} from actions a order by a.id`).all();
  const kept = db.prepare<[number], { format: number; json: string }>('select format, json from action_entries where action_id = ?');
  return actions.map((action) => {
    const row = kept.get(action.id);
    return {
      id: action.id,
      kept: row && row.format === ENTRY_FORMAT ? row.json : null,
      fresh: JSON.stringify(buildTimelineEntry(db, action)),
    };
  });
}

function assertKeptUpToDate(db: SqliteDatabase, when: string): void {
  const rows = keptAndFresh(db);
  assert.ok(rows.length > 0, `${when}: the pages tell actions`);
  for (const row of rows) assert.equal(row.kept, row.fresh, `${when}: action ${row.id}`);
  const orphans = db.prepare('select count(*) as n from action_entries where action_id not in (select id from actions)').get() as {
    n: number;
  };
  assert.equal(orphans.n, 0, `${when}: no entry outlives its action`);
}

test('each action keeps its timeline entry as built from its statements, through saves, dating across pages and deletes', async () => {
  const store = new DocumentStore(openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-entries-')), 'e.db')));
  // The seeds hold a page whose year another page decides: its statements are retold.
  const summary = await ingestPaths(store, [EXAMPLES, path.join(sharedDir(), 'seeds')]);
  assert.ok(summary.stored >= 8, JSON.stringify(summary));
  assert.ok(
    store
      .list({ limit: 50 })
      .map((row) => store.get(row.id))
      .some((doc) => doc.meta.published?.narrowedBy),
    'one page was dated by the pages it shares an action with',
  );
  assertKeptUpToDate(store.db, 'after ingest');
  const shared = store.db
    .prepare<[], { document_id: string }>(
      'select document_id from events where action_ref in (select action_ref from events group by action_ref having count(distinct document_id) > 1) limit 1',
    )
    .get();
  assert.ok(shared, 'some action is told by two pages');
  store.delete(shared.document_id);
  assertKeptUpToDate(store.db, 'after deleting a page');
});

test('a store of schema 8 gets every entry kept by migration 9; the timeline builds afresh an entry kept in another format', async () => {
  const store = new DocumentStore(openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-entries-')), 'm.db')));
  await ingestPaths(store, [EXAMPLES]);
  const before = keptAndFresh(store.db);
  store.db.exec('drop table action_entries');
  store.db.pragma(`user_version = ${MIGRATIONS.length - 1}`);
  migrate(store.db, 'm.db');
  assert.deepEqual(keptAndFresh(store.db), before);
  const shown = JSON.stringify(buildTimeline(store.db, { limit: 5000 }));
  const sent = await timelineJson(store.db, { limit: 5000 });
  assert.equal(sent, shown, 'the server sends the kept entries as the CLI shows them');
  store.db.prepare('update action_entries set format = ?, json = ?').run(ENTRY_FORMAT + 1, '{}');
  assert.equal(JSON.stringify(buildTimeline(store.db, { limit: 5000 })), shown);
  assert.equal(await timelineJson(store.db, { limit: 5000 }, 2), shown);
});

/** A page of the invented world with one event statement (fiction: Valdora and Marest). */
function page(id: string, text: string, published: string, status: EventRecord['status'], date: string | null): Document {
  const day = (iso: string) => ({ start: iso, end: iso, granularity: 'day' as const, evidence: [], inferred: false });
  const event: EventRecord = {
    start: 0,
    end: text.length,
    by: 'test',
    actionId: 'a1',
    type: 'CONSULT',
    mode: 'phone',
    status,
    actors: ['MRS', 'VLD'],
    recipients: [],
    actorIds: [],
    recipientIds: [],
    assertedBy: null,
    date: date ? day(date) : null,
    location: null,
    evidence: { start: 0, end: text.length },
    plover: null,
    cameo: null,
    confidence: 0.9,
  };
  return {
    id,
    origin: { name: `fiction/${id}.txt`, kind: 'file' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: { ...emptyMeta(), title: `Page ${id}`, outlet: 'Fiction Wire', published: day(published) },
    layers: { paragraphs: [], events: [event], quotes: [] },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

// The entry two fixed statements give, as kept in format ENTRY_FORMAT. When this changes,
// stored entries no longer match what the code builds: raise ENTRY_FORMAT, add a migration
// that keeps every entry again, and pin the new form here.
const PINNED_ENTRY: Record<number, string> = {
  1: JSON.stringify({
    id: 'action-1',
    type: 'CONSULT',
    mode: 'phone',
    parties: ['MRS', 'VLD'],
    actors: ['MRS', 'VLD'],
    recipients: [],
    date: { start: '2031-03-06', end: '2031-03-06', granularity: 'day', evidence: [], inferred: false },
    sortDate: '2031-03-06',
    firstTold: '2031-03-02',
    status: 'occurred',
    statusHistory: [
      {
        status: 'planned',
        statedOn: '2031-03-02',
        documentId: 'f000000000000001',
        title: 'Page f000000000000001',
        assertedBy: null,
        evidence: 'A call between Marest and Valdora is planned.',
      },
      {
        status: 'occurred',
        statedOn: '2031-03-07',
        documentId: 'f000000000000002',
        title: 'Page f000000000000002',
        assertedBy: null,
        evidence: 'Marest and Valdora held a call on Friday.',
      },
    ],
    statementCount: 2,
    sources: [
      { documentId: 'f000000000000001', title: 'Page f000000000000001', published: '2031-03-02' },
      { documentId: 'f000000000000002', title: 'Page f000000000000002', published: '2031-03-07' },
    ],
    quotes: [],
    location: null,
  }),
};

test('the kept form of an entry changes only with ENTRY_FORMAT', () => {
  const store = new DocumentStore(openDatabase(':memory:'));
  store.save(
    page('f000000000000001', 'A call between Marest and Valdora is planned.', '2031-03-02', 'planned', null),
    '2031-03-02T00:00:00Z',
  );
  store.save(
    page('f000000000000002', 'Marest and Valdora held a call on Friday.', '2031-03-07', 'occurred', '2031-03-06'),
    '2031-03-07T00:00:00Z',
  );
  const kept = store.db.prepare<[], string>('select json from action_entries order by action_id').pluck().all();
  assert.equal(kept.length, 1, 'both statements tell one action');
  assert.equal(kept[0], PINNED_ENTRY[ENTRY_FORMAT]);
});
