import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from './database.js';
import { applyMigration, MIGRATIONS } from './migrations.js';
import { makeSnippet, toFtsQuery } from './queries.js';

// Fiction: plain sentences written for these tests.
const text =
  'The council met on Monday. Later a telephone conversation between the two ministers was under consideration, officials said, and talks may follow.';

const snippets: Array<[string, string, RegExp]> = [
  ['a word is bracketed', 'talks', /\[talks\]/],
  ['a phrase shares one bracket', '"under consideration"', /\[under consideration\]/],
  ['case does not matter', 'TELEPHONE', /\[telephone\]/],
  ['a prefix matches the rest of the word', 'minist*', /\[ministers\]/],
  ['the window starts near the match and cut text shows an ellipsis', 'follow', /^….*\[follow\]\.$/],
  ['no match shows the opening words', 'zzz', /^The council met on Monday/],
];

for (const [name, query, expected] of snippets) {
  test(`snippet: ${name}`, () => {
    assert.match(makeSnippet(text, toFtsQuery(query)), expected);
  });
}

test('a database of schema 3 is upgraded in place: told ranges become rows, statements get their order keys', () => {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS.slice(0, 3)) applyMigration(db, migration);
  db.pragma('user_version = 3');
  db.prepare(
    `insert into documents (id, origin, origin_kind, status, source, text, published_start, published_end, meta, layers, entities, diagnostics, pipeline_version, ingested_at)
     values ('d1', 'x', 'file', 'article', '', 'text', '2030-01-21', '2030-01-21', ?, '{}', '[]', '[]', 't', 'x')`,
  ).run(JSON.stringify({ published: { start: '2030-01-21', end: '2030-01-21', granularity: 'day', evidence: [], inferred: false } }));
  db.prepare(
    `insert into actions (id, type, mode, party_key, parties, told_first, told_last, told_ranges, status)
     values (1, 'CONSULT', 'phone', 'remote|OST,VLD', '["OST","VLD"]', '2030-01-21', '2030-01-21', ?, 'planned')`,
  ).run(JSON.stringify([{ start: '2030-01-21', end: '2030-01-21', fixed: true, documentId: 'd1' }]));
  db.prepare(
    `insert into events (document_id, seq, action_id, type, mode, status, actors, recipients, json, action_ref)
     values ('d1', 0, 'd1:a1', 'CONSULT', 'phone', 'planned', '["VLD"]', '["OST"]', '{}', 1)`,
  ).run();
  migrate(db, ':memory:');
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.deepEqual(db.prepare('select document_id, fixed, match_key, start_day from action_told').all(), [
    { document_id: 'd1', fixed: 1, match_key: 'CONSULT remote|OST,VLD', start_day: 21935 },
  ]);
  assert.deepEqual(db.prepare('select told_when, progress, page_published from events').get(), {
    told_when: '2030-01-21',
    progress: 5,
    page_published: '2030-01-21',
  });
  // Migration 6: an old statement without evidence shows none (and no quotes), never fails.
  assert.deepEqual(db.prepare('select evidence, evidence_quotes, asserted_by_name from events').get(), {
    evidence: '',
    evidence_quotes: '[]',
    asserted_by_name: null,
  });
  assert.deepEqual(
    db
      .prepare('select party, sort_key from action_parties order by party')
      .all()
      .map((r) => Object.values(r as object)),
    [
      ['OST', '2030-01-21'],
      ['VLD', '2030-01-21'],
    ],
  );
});
