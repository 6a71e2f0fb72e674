import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sharedDir } from '../../eval/shared-dir.js';
import { openDatabase } from '../../store/database.js';
import { DocumentStore } from '../../store/repository.js';
import { StoryBook } from '../../store/stories.js';
import { ingestPaths } from './ingest.js';

/**
 * The seed pages' stories (issue 8's target): the two January 2017 pages (the Putin–Trump
 * call under consideration; Putin ready to meet Trump) form one story, the 2015, 2021 and
 * 2022 pages are each their own. The pages are ingested as one batch, so the page whose year
 * its text leaves open is first dated by the other January 2017 page, then placed.
 */
test('ingesting the seeds groups the two January 2017 pages into one story and keeps the others apart', async () => {
  const store = new DocumentStore(openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-st-')), 'st.db')));
  const summary = await ingestPaths(store, [path.join(sharedDir(), 'seeds')]);
  assert.equal(summary.stored, 5);
  const book = new StoryBook(store.db);
  const stories = book.list();
  assert.equal(stories.length, 4, JSON.stringify(stories));
  const january2017 = stories.filter((s) => s.pages === 2);
  assert.equal(january2017.length, 1);
  const story = book.get(january2017[0]?.id ?? '');
  assert.deepEqual(
    story?.members.map((m) => m.published?.slice(0, 7)),
    ['2017-01', '2017-01'],
  );
  assert.deepEqual(story?.outlets, ['Press TV', 'TASS']);
  // The 2021 page has no day, only the range its text allows: its story shows that range
  // (not "date open") and sorts by it, between the 2022 and 2017 stories.
  const ranged = stories.filter((s) => s.firstPublished === null);
  assert.equal(ranged.length, 1, JSON.stringify(stories));
  assert.match(ranged[0]?.publishedRange?.start ?? '', /^2021-/);
  assert.match(ranged[0]?.publishedRange?.end ?? '', /^2021-/);
  assert.deepEqual(
    stories.map((s) => (s.firstPublished ?? s.publishedRange?.start ?? '').slice(0, 4)),
    ['2022', '2021', '2017', '2015'],
  );
  assert.ok(stories.filter((s) => s.firstPublished !== null).every((s) => s.publishedRange === null));
  // Re-ingesting changes nothing: pages are placed once.
  await ingestPaths(store, [path.join(sharedDir(), 'seeds')]);
  assert.deepEqual(new StoryBook(store.db).list(), stories);
  store.db.close();
});

test('ingested one page at a time, the page whose year was open moves to the January 2017 story once the other page dates it', async () => {
  const store = new DocumentStore(openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-st-')), 'st.db')));
  const seeds = path.join(sharedDir(), 'seeds');
  for (const file of readdirSync(seeds).sort()) await ingestPaths(store, [path.join(seeds, file)]);
  const book = new StoryBook(store.db);
  const stories = book.list();
  assert.equal(stories.length, 4, JSON.stringify(stories));
  const pair = stories.find((s) => s.pages === 2);
  assert.ok(pair);
  assert.match(pair.firstPublished ?? '', /^2017-01/);
  assert.match(pair.lastPublished ?? '', /^2017-01/);
  store.db.close();
});
