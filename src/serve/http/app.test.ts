import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Document, emptyMeta } from '../../core/document.js';
import type { EventRecord, Quote } from '../../core/layers.js';
import { openDatabase } from '../../store/database.js';
import { DocumentStore } from '../../store/repository.js';
import { createApp } from './app.js';

// Fiction: two invented Valdorian pages about a call between the presidents of Valdoria and Ostrel.
const text1 = 'A phone call between Ostap Berg and Lena Marr is under consideration, spokesman Ivo Kern said.';
const text2 = 'Ostap Berg and Lena Marr held a phone call on Tuesday, Ivo Kern told reporters.';

function event(text: string, status: EventRecord['status'], date: EventRecord['date']): EventRecord {
  return {
    start: 0,
    end: text.length,
    by: 'test',
    actionId: 'a1',
    type: 'CONSULT',
    mode: 'phone',
    status,
    actors: ['VLD', 'OST'],
    recipients: [],
    actorIds: [],
    recipientIds: [],
    assertedBy: 'e3',
    date,
    location: null,
    evidence: { start: 0, end: 30 },
    plover: { event: 'CONSULT', mode: 'phone' },
    cameo: '041',
    confidence: 0.8,
  };
}

function doc(id: string, text: string, published: string, status: EventRecord['status']): Document {
  const quote: Quote = {
    start: 0,
    end: text.indexOf(',') > 0 ? text.indexOf(',') : 20,
    by: 'test',
    kind: 'indirect',
    cue: null,
    speaker: null,
    speakerId: 'e3',
    speakerName: 'Ivo Kern',
    confidence: 0.9,
  };
  return {
    id,
    origin: { name: `${id}.txt`, kind: 'file' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: {
      ...emptyMeta(),
      title: `Valdoria story ${id}`,
      outlet: 'Valpress',
      published: { start: published, end: published, granularity: 'day', evidence: [], inferred: false },
    },
    layers: {
      paragraphs: [{ start: 0, end: text.length, kind: 'body', source: { start: 0, end: text.length, in: 'source' }, by: 'test' }],
      quotes: [quote],
      events: [
        event(
          text,
          status,
          status === 'occurred' ? { start: published, end: published, granularity: 'day', evidence: [], inferred: true } : null,
        ),
      ],
    },
    entities: [
      { id: 'e1', name: 'Ostap Berg', type: 'person', country: 'VLD', roles: ['president'], mentions: [] },
      { id: 'e3', name: 'Ivo Kern', type: 'person', country: 'VLD', roles: ['spokesman'], mentions: [] },
    ],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

let base = '';
let apiStore: DocumentStore;
let close: () => void = () => undefined;
const token = 'secret-test-token';

before(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-http-'));
  const store = new DocumentStore(openDatabase(path.join(dir, 'api.db')));
  apiStore = store;
  store.save(doc('aaaa000000000001', text1, '2030-03-01', 'considered'), '2030-01-01T00:00:00Z');
  store.save(doc('aaaa000000000002', text2, '2030-03-05', 'occurred'), '2030-01-01T00:00:00Z');
  const app = createApp({ store, token });
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
    close = () => server.close();
  });
});
after(() => close());

const get = (p: string, auth = true) => fetch(`${base}${p}`, auth ? { headers: { authorization: `Bearer ${token}` } } : {});

test('requests without the bearer token are refused with 401 and a JSON error', async () => {
  const response = await get('/api/documents', false);
  assert.equal(response.status, 401);
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'UNAUTHORIZED');
});

test('documents are listed with paging, and one reads back without its source by default', async () => {
  const list = (await (await get('/api/documents?limit=1')).json()) as { items: { id: string }[]; limit: number };
  assert.equal(list.items.length, 1);
  assert.equal(list.limit, 1);
  const one = (await (await get('/api/documents/aaaa000000000001')).json()) as Record<string, unknown>;
  assert.equal(one.text, text1);
  assert.equal(one.source, undefined);
});

test('unknown ids give 404 with the stable code, bad parameters 400', async () => {
  const missing = await get('/api/documents/abcdef0123456789');
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'STORE_NOT_FOUND');
  const bad = await get('/api/quotes?from=yesterday');
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'USAGE');
});

test('the timeline merges the two statements into one action with its status history', async () => {
  const body = (await (await get('/api/timeline?actor=VLD&actor=OST&type=CONSULT')).json()) as {
    items: { status: string; statusHistory: { status: string }[]; sources: unknown[] }[];
  };
  assert.equal(body.items.length, 1);
  const [entry] = body.items;
  assert.equal(entry?.status, 'occurred');
  assert.deepEqual(
    entry?.statusHistory.map((s) => s.status),
    ['considered', 'occurred'],
  );
  assert.equal(entry?.sources.length, 2);
});

test('search ranks pages and returns snippets; FTS syntax in the query is harmless', async () => {
  const hits = (await (await get(`/api/search?q=${encodeURIComponent('"phone call" Tuesday')}`)).json()) as {
    items: { id: string; snippet: string }[];
  };
  assert.equal(hits.items[0]?.id, 'aaaa000000000002');
  assert.match(hits.items[0]?.snippet ?? '', /\[/);
  const weird = await get(`/api/search?q=${encodeURIComponent('AND OR NOT ( "unclosed * -')}`);
  assert.equal(weird.status, 200);
});

test('quotes filter by speaker, events by actor and status, entities list and read', async () => {
  const quotes = (await (await get('/api/quotes?speaker=Kern')).json()) as { items: unknown[] };
  assert.equal(quotes.items.length, 2);
  const occurred = (await (await get('/api/events?actor=VLD&status=occurred')).json()) as { items: unknown[] };
  assert.equal(occurred.items.length, 1);
  const entities = (await (await get('/api/entities')).json()) as { items: { id: number; name: string; documents: number }[] };
  const kern = entities.items.find((e) => e.name === 'Ivo Kern');
  assert.equal(kern?.documents, 2);
  const one = (await (await get(`/api/entities/${kern?.id}`)).json()) as { quotes: unknown[] };
  assert.equal(one.quotes.length, 2);
});

test('the OpenAPI document lists the routes', async () => {
  const spec = (await (await get('/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const route of [
    '/api/documents',
    '/api/documents/{id}',
    '/api/entities',
    '/api/quotes',
    '/api/events',
    '/api/timeline',
    '/api/search',
    '/api/ingest',
  ]) {
    assert.ok(route in spec.paths, `missing ${route}`);
  }
});

test('cached timeline and search answers follow the store: a page saved later shows at once', async () => {
  const count = async () =>
    ((await (await get('/api/timeline?actor=VLD&actor=OST&type=CONSULT')).json()) as { items: { statementCount: number }[] }).items[0]
      ?.statementCount;
  const hits = async () => ((await (await get('/api/search?q=Marr')).json()) as { items: unknown[] }).items.length;
  assert.equal(await count(), 2);
  assert.equal(await count(), 2);
  const before = await hits();
  apiStore.save(
    doc('aaaa000000000003', 'Lena Marr said a phone call with Ostap Berg is being planned, Ivo Kern added.', '2030-03-03', 'planned'),
    '2030-01-01T00:00:00Z',
  );
  assert.equal(await count(), 3);
  assert.equal(await hits(), before + 1);
});

test('the timeline pages with limit and offset', async () => {
  const all = (await (await get('/api/timeline')).json()) as { items: { id: string }[] };
  const second = (await (await get('/api/timeline?limit=1&offset=1')).json()) as { items: { id: string }[]; offset: number };
  assert.equal(second.offset, 1);
  assert.deepEqual(
    second.items.map((e) => e.id),
    all.items.slice(1, 2).map((e) => e.id),
  );
});
