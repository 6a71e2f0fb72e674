/**
 * The bundled example pages (fiction written for dateline: Valdora, Marest and their people
 * are made up) read as the demo shows them: each event a newcomer sees there says no more
 * than its sentence, with the parties the right way round.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../core/document.js';
import type { EventRecord } from '../../core/layers.js';
import { openDatabase } from '../../store/database.js';
import { DocumentStore } from '../../store/repository.js';
import { ingestPaths } from './ingest.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));
const pages = new Map<string, Document>();

before(async () => {
  const store = new DocumentStore(openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-examples-')), 'x.db')));
  await ingestPaths(store, [path.join(EXAMPLES, 'pages')], { config: { actorsFile: path.join(EXAMPLES, 'actors.yaml') } });
  for (const row of store.list({ status: 'article', limit: 50 })) {
    const doc = store.get(row.id);
    if (doc.status === 'article') pages.set(path.basename(doc.origin.name).slice(0, 2), doc);
  }
});

/** The event whose evidence holds `words`, on example page `page`. */
function eventAt(page: string, words: string): { event: EventRecord; text: string } {
  const doc = pages.get(page);
  assert.ok(doc, `example page ${page} is stored`);
  const at = doc.text.indexOf(words);
  assert.ok(at >= 0, `page ${page} says "${words}"`);
  const event = (doc.layers.events ?? []).find((e) => e.start <= at + words.length && e.end >= at);
  assert.ok(event, `an event at "${words}" on page ${page}`);
  return { event, text: doc.text };
}

const CASES: readonly [page: string, words: string, type: string, status: string, actors: string[], recipients: string[]][] = [
  // "his Valdoran counterpart": the possessive names Rendell again; the offer was Varga's.
  ['02', 'turned down', 'REJECT', 'occurred', ['MRS'], ['VLD']],
  // Lifting sanctions is a condition Marest sets, and lifting is not imposing.
  ['02', 'would have to be lifted', 'CONCEDE', 'proposed', ['MRS'], []],
  ['02', 'imposed three rounds of sanctions', 'SANCTION', 'occurred', ['VLD'], ['MRS']],
  // Suspending sanctions eases them: a concession, not a sanction; "Marestian" (a demonym
  // of the actor file) in the object names the target, not Corvana after the comma.
  ['03', 'suspended part of its sanctions', 'CONCEDE', 'occurred', ['VLD'], ['MRS']],
  // "would be held" after "agreed that": a plan, not a meeting that took place.
  ['06', 'consultations would be held', 'CONSULT', 'planned', ['MRS', 'VLD'], []],
];

for (const [page, words, type, status, actors, recipients] of CASES) {
  test(`example ${page}: "${words}" is ${type} ${status}`, () => {
    const { event } = eventAt(page, words);
    assert.equal(event.type, type);
    assert.equal(event.status, status);
    assert.deepEqual([...event.actors].sort(), actors);
    assert.deepEqual(event.recipients, recipients);
  });
}

test('no example event takes place beyond what its page says happened', () => {
  for (const [page, doc] of pages) {
    for (const event of doc.layers.events ?? []) {
      const evidence = doc.text.slice(event.start, event.end);
      if (event.status === 'occurred') assert.doesNotMatch(evidence, /\b(?:would|will|should|must)\b/, `page ${page}: ${evidence}`);
    }
  }
});

test('example 06: the consultations agreed on are no phone call ("agreed that expert consultations": "that" is no determiner)', () => {
  assert.notEqual(eventAt('06', 'consultations would be held').event.mode, 'phone');
});
