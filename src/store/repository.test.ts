import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { type Document, emptyMeta, type Refusal } from '../core/document.js';
import { openDatabase } from './database.js';
import { MIGRATIONS } from './migrations.js';
import { DocumentStore } from './repository.js';

// Fiction: an invented Valdorian story.
const text = 'Ostap Berg said the talks were ready.\n\nThe ministry agreed.';
const doc: Document = {
  id: 'a1b2c3d4e5f60718',
  origin: { name: 'pages/valdoria.txt', kind: 'file' },
  source: `MENU\n${text}\nShare`,
  format: 'text',
  encoding: 'utf-8',
  text,
  meta: { ...emptyMeta(), title: 'Valdoria ready for talks', outlet: 'Valpress', tags: { persons: ['Ostap Berg'] } },
  layers: {
    paragraphs: [
      { start: 0, end: 37, kind: 'body', source: { start: 5, end: 42, in: 'source' }, by: 'extract/text-page' },
      { start: 39, end: 59, kind: 'body', source: { start: 44, end: 64, in: 'source' }, by: 'extract/text-page' },
    ],
    furniture: [{ start: 0, end: 4, in: 'source', class: 'navigation', rule: 'menu-word', by: 'extract/text-page' }],
  },
  entities: [{ id: 'e1', name: 'Ostap Berg', type: 'person', country: 'VLD', roles: ['president'], mentions: [{ start: 0, end: 10 }] }],
  diagnostics: [],
  pipelineVersion: 'test',
};
const refusal: Refusal = {
  status: 'refused',
  id: 'ffff000011112222',
  origin: { name: 'pages/index.txt', kind: 'file' },
  reason: 'not-an-article',
  confidence: 0.9,
  message: 'only link lists',
  meta: emptyMeta(),
  diagnostics: [],
};

function freshStore(): DocumentStore {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
  return new DocumentStore(openDatabase(path.join(dir, 'test.db')));
}

test('a saved document reads back identically (JSON and SQLite round-trip)', () => {
  const store = freshStore();
  store.save(doc, '2026-01-01T00:00:00Z');
  const back = store.get('a1b2c3');
  assert.equal(back.status, 'article');
  const { status: _status, ...rest } = back as Document & { status: string };
  assert.deepEqual(JSON.parse(JSON.stringify(rest)), JSON.parse(JSON.stringify(doc)));
});

test('refusals are stored with their reason and listed apart', () => {
  const store = freshStore();
  store.save(doc, '2026-01-01T00:00:00Z');
  store.save(refusal, '2026-01-01T00:00:00Z');
  assert.deepEqual(store.counts(), { articles: 1, refused: 1 });
  const refused = store.list({ status: 'refused' });
  assert.equal(refused.length, 1);
  assert.equal(refused[0]?.reason, 'not-an-article');
  assert.equal(store.get('ffff0000').status, 'refused');
});

test('saving the same content hash twice fails loudly instead of duplicating', () => {
  const store = freshStore();
  store.save(doc, '2026-01-01T00:00:00Z');
  assert.equal(store.hasDocument(doc.id), true);
  assert.throws(() => store.save(doc, '2026-01-01T00:00:00Z'), /UNIQUE/);
  assert.equal(store.counts().articles, 1);
});

test('unknown and ambiguous ids give STORE_NOT_FOUND with a hint', () => {
  const store = freshStore();
  assert.throws(
    () => store.get('0000'),
    (e: Error & { code?: string }) => e.code === 'STORE_NOT_FOUND',
  );
  assert.throws(
    () => store.get('not-hex'),
    (e: Error & { code?: string }) => e.code === 'STORE_NOT_FOUND',
  );
});

test('entities are merged across documents by knowledge-base id', () => {
  const store = freshStore();
  store.save(doc, '2026-01-01T00:00:00Z');
  store.save({ ...doc, id: 'b1b2c3d4e5f60718' }, '2026-01-01T00:00:00Z');
  const rows = store.db.prepare('select count(*) as n from entities').get() as { n: number };
  assert.equal(rows.n, 1);
});

test('full-text search finds stored text', () => {
  const store = freshStore();
  store.save(doc, '2026-01-01T00:00:00Z');
  const hit = store.db.prepare("select rowid from documents_fts where documents_fts match 'ministry'").all();
  assert.equal(hit.length, 1);
});

test('migrations bring a new database to the latest version and a newer one is refused', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
  const file = path.join(dir, 'm.db');
  const db = openDatabase(file);
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  db.close();
  assert.throws(
    () => openDatabase(file),
    (e: Error & { code?: string }) => e.code === 'STORE_SCHEMA',
  );
});
