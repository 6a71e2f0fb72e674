/**
 * Stories and near-duplicates in the store (FICTION: invented countries, people and
 * outlets). Pages are saved through DocumentStore, then placed by StoryBook, as ingest does.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { type Document, emptyMeta } from '../core/document.js';
import { migrate, openDatabase } from './database.js';
import { MIGRATIONS } from './migrations.js';
import { DocumentStore } from './repository.js';
import { readStoryIndexState, STORY_INDEX_MIGRATION, StoryBook } from './stories.js';

const FERRY =
  'The transport ministers of Aldovia and Borvania agreed on Monday to reopen the Velgrad ferry line across the northern strait. ' +
  'The ferry had stopped in March after a dispute over harbour fees. Aldovian minister Mara Vell said the first boat would sail in June. ' +
  'Borvanian officials said fees would be shared equally between the two harbours of the strait.';
const FERRY_EDITED = `${FERRY.replace('on Monday', 'on Monday evening')} Tickets go on sale next week.`;
const FERRY_FOLLOW_UP =
  'The first ferry between Velgrad and the Borvanian harbour sailed on Saturday, five days after the transport ministers of Aldovia and Borvania agreed to reopen the line across the strait. ' +
  'Mara Vell, the Aldovian minister, was on board. Harbour fees are now shared by the two countries.';
const FERRY_YEARS_LATER =
  'The transport ministers of Aldovia and Borvania met in Velgrad on Friday and agreed to close the ferry line across the northern strait for good, because the new bridge now carries most traffic. ' +
  'Aldovian minister Ines Harrow said the last ferry would sail in June and harbour fees would end with it.';
const ELECTION =
  'Costera holds a parliamentary election on Sunday. Polls show the ruling Harbour Party ahead of the Farmers Union in most provinces. ' +
  'Voters will also choose new mayors in the capital Maruna and in four other cities, the electoral commission said. Turnout was low at the last vote.';

/** Other news of the invented world, stored first so that term weights mean something (IDF needs a collection). */
const BACKGROUND: readonly string[] = [
  'The central bank of Borvania raised its main interest rate by half a point on Tuesday to slow inflation, which reached nine percent in May.',
  'Heavy rain flooded three villages in southern Costera overnight. Rescue teams evacuated two hundred people and the army sent trucks with drinking water.',
  'The Aldovian football team beat Ostrel United two goals to one in the cup final on Sunday, its first trophy in eleven years.',
  'Scientists at the University of Maruna said a new wheat variety could raise harvests in dry regions by a fifth within five years.',
  'The Northern Compact will hold its annual summit in Ostrel in October, its secretary general said, with energy and migration on the agenda.',
  'Doctors in Velgrad went on strike for higher pay on Wednesday, closing outpatient clinics in the capital for the second time this year.',
  'A fire destroyed a timber warehouse in the port of Ostrel. No one was hurt, the fire service said, but damage ran into millions.',
  'The Borvanian parliament passed a law on Thursday that lowers the voting age to seventeen from the next election.',
];

function article(id: string, title: string, text: string, published: string | null, outlet: string): Document {
  return {
    id,
    origin: { name: `fiction/${id}.txt`, kind: 'file' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: {
      ...emptyMeta(),
      title,
      outlet,
      published: published ? { start: published, end: published, granularity: 'day', evidence: [], inferred: false } : null,
    },
    layers: { paragraphs: [] },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

function freshBook(): { store: DocumentStore; book: StoryBook } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-stories-'));
  const store = new DocumentStore(openDatabase(path.join(dir, 'test.db')));
  return { store, book: new StoryBook(store.db, () => new Date('2031-01-01T00:00:00Z')) };
}

function addAll(store: DocumentStore, book: StoryBook, docs: readonly Document[]) {
  BACKGROUND.forEach((text, i) => {
    const doc = article(`f${String(i).padStart(15, '0')}`, `Background ${i}`, text, '2031-02-01', 'Background News');
    if (store.hasDocument(doc.id)) return;
    store.save(doc, '2031-01-01T00:00:00Z');
    book.add(doc);
  });
  return docs.map((doc) => {
    store.save(doc, '2031-01-01T00:00:00Z');
    return book.add(doc);
  });
}

test('a lightly edited copy is a near-duplicate of the original and shares its story', () => {
  const { store, book } = freshBook();
  const [first, copy] = addAll(store, book, [
    article('a000000000000001', 'Ferry line to reopen', FERRY, '2031-03-03', 'Aldovia Wire'),
    article('a000000000000002', 'Ferry line across the strait to reopen', FERRY_EDITED, '2031-03-03', 'Borvania Today'),
  ]);
  assert.equal(copy?.duplicateOf, 'a000000000000001');
  assert.ok((copy?.similarity ?? 0) >= 0.5);
  assert.equal(copy?.storyId, first?.storyId);
  const story = book.get(first?.storyId ?? '');
  assert.equal(story?.pages, 2);
  assert.equal(story?.duplicates, 1);
  assert.deepEqual(story?.outlets, ['Aldovia Wire', 'Borvania Today']);
});

test('a follow-up joins the story; another subject opens its own; pages years apart are two stories', () => {
  const { store, book } = freshBook();
  const [ferry, followUp, election, yearsLater] = addAll(store, book, [
    article('b000000000000001', 'Ferry line to reopen', FERRY, '2031-03-03', 'Aldovia Wire'),
    article('b000000000000002', 'First ferry sails', FERRY_FOLLOW_UP, '2031-03-08', 'Borvania Today'),
    article('b000000000000003', 'Costera votes', ELECTION, '2031-03-09', 'Maruna Post'),
    article('b000000000000004', 'Ferry line to close', FERRY_YEARS_LATER, '2039-06-07', 'Aldovia Wire'),
  ]);
  assert.equal(followUp?.storyId, ferry?.storyId);
  assert.equal(followUp?.duplicateOf, null);
  assert.notEqual(election?.storyId, ferry?.storyId);
  assert.notEqual(yearsLater?.storyId, ferry?.storyId, 'eight years apart: a new story');
  book.flush();
  const listed = book.list({ minPages: 2 }).map((s) => s.id);
  assert.ok(listed.includes(ferry?.storyId ?? ''));
  assert.ok(!listed.includes(election?.storyId ?? '') && !listed.includes(yearsLater?.storyId ?? ''));
  assert.equal(book.list()[0]?.lastPublished, '2039-06-07');
});

test('the index resumes from the store: a new StoryBook places pages in stories saved by an earlier one', () => {
  const { store, book } = freshBook();
  const [ferry] = addAll(store, book, [article('c000000000000001', 'Ferry line to reopen', FERRY, '2031-03-03', 'Aldovia Wire')]);
  book.flush();
  const later = new StoryBook(store.db);
  const [followUp] = addAll(store, later, [
    article('c000000000000002', 'First ferry sails', FERRY_FOLLOW_UP, '2031-03-08', 'Borvania Today'),
  ]);
  assert.equal(followUp?.storyId, ferry?.storyId);
  assert.equal(later.storyOf('c000000000000002')?.storyId, ferry?.storyId);
});

test('deleting a page removes it from its story', () => {
  const { store, book } = freshBook();
  const [ferry] = addAll(store, book, [
    article('d000000000000001', 'Ferry line to reopen', FERRY, '2031-03-03', 'Aldovia Wire'),
    article('d000000000000002', 'First ferry sails', FERRY_FOLLOW_UP, '2031-03-08', 'Borvania Today'),
  ]);
  store.delete('d000000000000002');
  assert.equal(book.get(ferry?.storyId ?? '')?.pages, 1);
  assert.equal(book.storyOf('d000000000000002'), null);
});

test('the story index is saved piecewise and reads back whole, also from the single row of schema 7', () => {
  const { store, book } = freshBook();
  addAll(store, book, [
    article('e000000000000001', 'Ferry line to reopen', FERRY, '2031-03-03', 'Aldovia Wire'),
    article('e000000000000002', 'Costera votes', ELECTION, '2031-03-09', 'Maruna Post'),
  ]);
  book.flush();
  const saved = readStoryIndexState(store.db);
  assert.ok(saved && saved.stories.length >= 2 && saved.documentFrequencies.length > 50 && saved.documentCount === 10);
  // A later batch writes only what it changed; the whole reads back as the index now is.
  addAll(store, book, [article('e000000000000003', 'First ferry sails', FERRY_FOLLOW_UP, '2031-03-08', 'Borvania Today')]);
  book.flush();
  const after = readStoryIndexState(store.db);
  assert.equal(after?.documentCount, 11);
  assert.equal(after?.stories.length, saved.stories.length, 'the follow-up joined a story');
  // Schema 7 kept the index as one JSON row; migration 8 moves it into the tables unchanged.
  store.db.exec(`drop table story_vectors; drop table story_terms; drop table story_counters;
    create table story_index (id integer primary key check (id = 1), state text not null, updated_at text not null)`);
  store.db.prepare('insert into story_index (id, state, updated_at) values (1, ?, ?)').run(JSON.stringify(after), '2031-01-01T00:00:00Z');
  store.db.pragma(`user_version = ${MIGRATIONS.indexOf(STORY_INDEX_MIGRATION)}`);
  store.db.exec('drop table action_entries');
  migrate(store.db, 'test.db');
  assert.deepEqual(readStoryIndexState(store.db), after);
});
