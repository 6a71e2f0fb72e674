import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { eventsStage } from '../../annotate/events/index.js';
import { splitSentences } from '../../annotate/sentences/split.js';
import { type Document, emptyMeta } from '../../core/document.js';
import type { EventRecord, Paragraph, Sentence } from '../../core/layers.js';
import { runStages } from '../../core/stage.js';
import { dateIsRight, locateKey, partiesAgree, scoreSeedEvents, summariseSeedEvents } from './events.js';
import { type GoldEvent, type GoldPage, loadSeedGold, seedPath } from './gold.js';

/**
 * Test-only: a Document from a seed page's body (between the gold's first and last
 * paragraph, furniture lines dropped), with paragraphs (subheadings marked) and sentences,
 * and no entities or quotes: the figures the events stage reaches on its own.
 */
function seedDocument(page: GoldPage): Document {
  const raw = readFileSync(seedPath(page.file), 'utf8');
  const start = raw.indexOf(page.body.first);
  const end = raw.indexOf(page.body.last, start) + page.body.last.length;
  assert.ok(start >= 0 && end > start, `body bounds found in ${page.file}`);
  const paragraphsText = raw
    .slice(start, end)
    .split(/\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !page.body.excluded.some((x) => p.startsWith(x)));
  const text = paragraphsText.join('\n\n');
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let pos = 0;
  for (const para of paragraphsText) {
    const kind = page.body.headings.includes(para) ? 'heading' : 'body';
    paragraphs.push({ start: pos, end: pos + para.length, by: 'test', kind, source: { start: 0, end: 0 } });
    for (const s of splitSentences(text, pos, pos + para.length)) sentences.push({ ...s, by: 'test' });
    pos += para.length + 2;
  }
  const doc: Document = {
    id: page.file,
    origin: { name: page.file, kind: 'example' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: emptyMeta(),
    layers: { paragraphs, sentences, mentions: [], quotes: [] },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
  const output = eventsStage.run(doc, { config: {}, referenceTime: null, report: () => {}, debug: () => {} });
  return { ...doc, layers: { ...doc.layers, events: output.events ?? [] } };
}

test('seed pages: every required event found with its status and parties, no false occurred', () => {
  const gold = loadSeedGold();
  const counts = gold.pages.map((page) => scoreSeedEvents(gold, page, seedDocument(page)));
  const metrics = summariseSeedEvents(counts);
  const report = {
    ...metrics,
    missed: counts.flatMap((c) => c.missed),
    wrongStatus: counts.flatMap((c) => c.wrongStatus),
    unmatchedTexts: counts.flatMap((c) => c.unmatchedTexts),
    falseOccurredTexts: counts.flatMap((c) => c.falseOccurredTexts),
  };
  console.log(`seed events (no entities, no quotes): ${JSON.stringify(report, null, 1)}`);
  assert.equal(metrics.gold, 17);
  assert.equal(metrics.found, 17, `missed: ${report.missed.join(' | ')}`);
  assert.equal(metrics.statusAccuracy, 1, `wrong status: ${report.wrongStatus.join(' | ')}`);
  assert.equal(metrics.falseOccurred, 0, `false occurred: ${report.falseOccurredTexts.join(' | ')}`);
  assert.ok(metrics.unmatched <= 4, `unmatched: ${report.unmatchedTexts.join(' | ')}`);
});

test('seed events run through the stage runner (layer sorted, spans in range)', () => {
  const gold = loadSeedGold();
  const page = gold.pages[0] as GoldPage;
  const doc = seedDocument(page);
  const { events: _, ...layers } = doc.layers;
  const out = runStages({ ...doc, layers }, [eventsStage]);
  assert.ok((out.layers.events ?? []).length > 0);
});

const event = (over: Partial<EventRecord>): EventRecord => ({
  start: 0,
  end: 1,
  by: 'test',
  actionId: 'a',
  type: 'CONSULT',
  mode: null,
  status: 'occurred',
  actors: [],
  recipients: [],
  actorIds: [],
  recipientIds: [],
  assertedBy: null,
  date: null,
  location: null,
  evidence: { start: 0, end: 1 },
  plover: null,
  cameo: null,
  confidence: 1,
  ...over,
});

const goldEvent = (over: Partial<GoldEvent>): GoldEvent => ({
  key: 'k',
  type: 'CONSULT',
  mode: null,
  actors: ['ALD', 'BRV'],
  status: 'occurred',
  accept_status: ['occurred'],
  date: null,
  ...over,
});

test('parties rule: undirected sets vs directed roles', () => {
  const cases: [GoldEvent, EventRecord, boolean][] = [
    [goldEvent({}), event({ actors: ['BRV', 'ALD'] }), true],
    [goldEvent({ recipients: ['BRV'], actors: ['ALD'] }), event({ actors: ['ALD', 'BRV'] }), true],
    [
      goldEvent({ type: 'SANCTION', actors: ['ALD'], recipients: ['BRV'] }),
      event({ type: 'SANCTION', actors: ['ALD'], recipients: ['BRV'] }),
      true,
    ],
    [
      goldEvent({ type: 'SANCTION', actors: ['ALD'], recipients: ['BRV'] }),
      event({ type: 'SANCTION', actors: ['BRV'], recipients: ['ALD'] }),
      false,
    ],
    [goldEvent({ type: 'MOBILIZE', actors: ['ALD'] }), event({ type: 'MOBILIZE', actors: ['ALD'], recipients: ['CRN'] }), true],
  ];
  for (const [g, e, want] of cases) assert.equal(partiesAgree(g, e), want, JSON.stringify([g, e.actors, e.recipients]));
});

test('date rule: inside the gold granularity, null only for null', () => {
  const day = (d: string) => ({ start: d, end: d, granularity: 'day' as const, evidence: [], inferred: false });
  const cases: [GoldEvent, ReturnType<typeof day> | null, boolean][] = [
    [goldEvent({ date: '2031-05' }), day('2031-05-12'), true],
    [goldEvent({ date: '2031-05-12' }), day('2031-05-13'), false],
    [goldEvent({ date: null }), null, true],
    [goldEvent({ date: null }), day('2031-05-13'), false],
    [goldEvent({ date: '2031-04-13', accept_dates: ['2031'] }), day('2031-09-01'), true],
  ];
  for (const [g, d, want] of cases) assert.equal(dateIsRight(g, d), want, JSON.stringify([g.date, d]));
});

test('gold keys are found across quote styles', () => {
  const text = 'He described the “plan” as unacceptable.';
  const span = locateKey(text, 'described the "plan" as');
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), 'described the “plan” as');
});
