/**
 * Reference-time propagation (FICTION: invented places and people). An occurred event with
 * no time expression of its own takes the date of the latest earlier dated occurred event
 * only when its sentence marks it as a continuation ("also", "as well", ", too").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Document, emptyMeta } from '../../core/document.js';
import type { DateValue, EventRecord } from '../../core/layers.js';
import { splitSentences } from '../sentences/split.js';
import { continueNarration } from './index.js';

const MAY_12: DateValue = { start: '2031-05-12', end: '2031-05-12', granularity: 'day', evidence: [{ start: 0, end: 0 }], inferred: false };

function documentOf(text: string): Document {
  return {
    id: 'fiction',
    origin: { name: 'fiction', kind: 'example' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: emptyMeta(),
    layers: { sentences: splitSentences(text, 0, text.length).map((s) => ({ ...s, by: 'test' })) },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

/** An event at the first occurrence of `word` in `text`. */
function eventAt(text: string, word: string, status: EventRecord['status'], date: DateValue | null): EventRecord {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `"${word}" is in the text`);
  const end = start + word.length;
  return {
    start,
    end,
    by: 'test',
    actionId: 'a',
    type: 'CONSULT',
    mode: null,
    status,
    actors: [],
    recipients: [],
    actorIds: [],
    recipientIds: [],
    assertedBy: null,
    date,
    location: null,
    evidence: { start, end },
    plover: null,
    cameo: null,
    confidence: 1,
  };
}

const CASES: readonly { name: string; text: string; second: string; status?: EventRecord['status']; dated: boolean }[] = [
  {
    name: '"also" continues',
    text: 'Aldovia expelled two envoys on Monday. Its government also closed a consulate.',
    second: 'closed',
    dated: true,
  },
  {
    name: '"as well" continues',
    text: 'Aldovia expelled two envoys on Monday. It closed a consulate as well.',
    second: 'closed',
    dated: true,
  },
  {
    name: '", too" continues',
    text: 'Mara Vell met the envoy on Monday. She met the Costeran minister, too.',
    second: 'met the Costeran',
    dated: true,
  },
  {
    name: 'background stays undated',
    text: 'Aldovia expelled two envoys on Monday. Years before, it closed a consulate.',
    second: 'closed',
    dated: false,
  },
  {
    name: 'a proposal is not dated by the narration',
    text: 'Aldovia expelled two envoys on Monday. It also proposed new talks.',
    second: 'proposed',
    status: 'proposed',
    dated: false,
  },
];

for (const c of CASES) {
  test(`continueNarration: ${c.name}`, () => {
    const doc = documentOf(c.text);
    const first = eventAt(c.text, c.text.includes('expelled') ? 'expelled' : 'met', 'occurred', MAY_12);
    const second = eventAt(c.text, c.second, c.status ?? 'occurred', null);
    const [, out] = continueNarration(doc, [first, second]);
    if (!c.dated) {
      assert.equal(out?.date, null);
      return;
    }
    assert.equal(out?.date?.start, '2031-05-12');
    assert.equal(out?.date?.inferred, true);
    // The borrowed date keeps the first event's evidence and points at the continuation word.
    const marker = out?.date?.evidence.at(-1);
    assert.ok(marker);
    assert.match(c.text.slice(marker.start, marker.end), /also|as well|too/);
  });
}

test('continueNarration borrows nothing when no earlier event is dated', () => {
  const text = 'Aldovia expelled two envoys. Its government also closed a consulate.';
  const doc = documentOf(text);
  const out = continueNarration(doc, [eventAt(text, 'expelled', 'occurred', null), eventAt(text, 'closed', 'occurred', null)]);
  assert.equal(out[1]?.date, null);
});
