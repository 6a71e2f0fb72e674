import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { splitSentences } from '../../annotate/sentences/split.js';
import { annotateTimexes } from '../../annotate/timexes/index.js';
import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { scoreEventDate, scoreSeedPublished } from '../../eval/seeds/dates.js';
import { type GoldPage, loadSeedGold, seedPath } from '../../eval/seeds/gold.js';
import type { ExtractedArticle } from '../../extract/types.js';
import type { Actor, KnowledgeBase, OfficeTerm } from '../kb/types.js';
import { inferPublished } from './infer.js';
import { dateOfSpan } from './span-date.js';
import { buildTestDocument, createTestKnowledgeBase, linkPeople, readDateline, readPageTime, type TestPerson } from './test-support.js';

// Real public facts (terms of office), enough for the seed pages' people.
const term = (office: string, title: string, country: string, start: string, end: string | null, ordinal?: number): OfficeTerm => ({
  office,
  title,
  country,
  start,
  end,
  ...(ordinal ? { ordinal } : {}),
});
const PEOPLE: readonly TestPerson[] = [
  {
    id: 'Q7747',
    name: 'Vladimir Putin',
    country: 'RUS',
    offices: [
      term('president', 'President of Russia', 'RUS', '2000-05-07', '2008-05-07'),
      term('prime minister', 'Prime Minister of Russia', 'RUS', '2008-05-08', '2012-05-07'),
      term('president', 'President of Russia', 'RUS', '2012-05-07', null),
    ],
  },
  {
    id: 'Q76',
    name: 'Barack Obama',
    country: 'USA',
    offices: [term('president', 'President of the United States', 'USA', '2009-01-20', '2017-01-20', 44)],
  },
  {
    id: 'Q22686',
    name: 'Donald Trump',
    country: 'USA',
    offices: [
      term('president', 'President of the United States', 'USA', '2017-01-20', '2021-01-20', 45),
      term('president', 'President of the United States', 'USA', '2025-01-20', null, 47),
    ],
  },
  {
    id: 'Q6279',
    name: 'Joe Biden',
    country: 'USA',
    offices: [
      term('vice president', 'Vice President of the United States', 'USA', '2009-01-20', '2017-01-20', 47),
      term('president', 'President of the United States', 'USA', '2021-01-20', '2025-01-20', 46),
    ],
  },
  {
    id: 'Q22316',
    name: 'John Kerry',
    country: 'USA',
    offices: [term('foreign minister', 'US Secretary of State', 'USA', '2013-02-01', '2017-01-20', 68)],
  },
  {
    id: 'blinken',
    name: 'Antony Blinken',
    country: 'USA',
    offices: [term('foreign minister', 'US Secretary of State', 'USA', '2021-01-26', '2025-01-20', 71)],
  },
  {
    id: 'price',
    name: 'Ned Price',
    country: 'USA',
    offices: [term('foreign ministry spokesperson', 'State Department Spokesperson', 'USA', '2021-01-20', '2023-03-01')],
  },
  {
    id: 'peskov',
    name: 'Dmitry Peskov',
    country: 'RUS',
    offices: [term('press secretary', 'Press Secretary of the President of Russia', 'RUS', '2012-05-22', null)],
  },
  {
    id: 'lavrov',
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov'],
    country: 'RUS',
    offices: [term('foreign minister', 'Minister of Foreign Affairs of Russia', 'RUS', '2004-03-09', null)],
  },
];

/** Photo captions in a scraped page: position markers ("(L)"), photo credits, "file photo". */
const CAPTION_CUE = /\((?:L|R|C|left|right|center)\)|\bfile photo\b|\bPhotos? by\b/i;

/** Builds the Document the extractor would give for a seed page, using the gold's body bounds. */
function seedDocument(page: GoldPage, kb: KnowledgeBase & { readonly actors: readonly Actor[] }) {
  const source = readFileSync(seedPath(page.file), 'utf8');
  const bodyStart = source.indexOf(page.body.first);
  const lastAt = source.indexOf(page.body.last, bodyStart);
  assert.ok(bodyStart >= 0 && lastAt >= 0, `${page.file}: body bounds not found`);
  const bodyEnd = lastAt + page.body.last.length;
  const body: Span[] = [];
  const captions: Span[] = [];
  let pageTime = null;
  for (const m of source.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    const start = m.index + m[0].indexOf(line);
    const span = { start, end: start + line.length };
    const excluded = page.body.excluded.some((x) => line.startsWith(x)) || /^Read also$/.test(line);
    const teaser = source.slice(Math.max(0, start - 12), start).includes('Read also');
    if (start >= bodyStart && span.end <= bodyEnd && !excluded && !teaser && line) body.push(span);
    else if (CAPTION_CUE.test(line)) captions.push(span);
    pageTime ??= readPageTime(line);
  }
  const firstParagraph = source.slice(body[0]?.start ?? 0, body[0]?.end ?? 0);
  const doc = buildTestDocument({ source, body, captions, meta: { dateline: readDateline(firstParagraph), pageTime } }, kb.actors);
  return doc;
}

/** The shipped knowledge base, when its module loads (it is built in parallel); undefined otherwise. */
async function shippedKnowledgeBase(): Promise<(KnowledgeBase & { readonly actors: readonly Actor[] }) | undefined> {
  try {
    const kb = await import('../kb/index.js');
    return kb.defaultKnowledgeBase();
  } catch (error) {
    console.warn(`shipped knowledge base not loadable: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const KNOWLEDGE_BASES: readonly [string, () => Promise<(KnowledgeBase & { readonly actors: readonly Actor[] }) | undefined>][] = [
  ['test knowledge base', async () => createTestKnowledgeBase(PEOPLE)],
  ['shipped knowledge base', shippedKnowledgeBase],
];

for (const [label, makeKb] of KNOWLEDGE_BASES) {
  describe(`publication dates of the seed pages (${label})`, async () => {
    const gold = loadSeedGold();
    const kb = await makeKb();
    for (const page of gold.pages) {
      test(`${page.file} (${page.outlet}) is right by the gold accept rules`, { skip: kb ? false : 'knowledge base not loadable' }, () => {
        if (!kb) return;
        const doc = seedDocument(page, kb);
        const result = inferPublished(doc, kb);
        const score = scoreSeedPublished(page, result.value);
        const trace = `value ${JSON.stringify(result.value && { ...result.value, evidence: undefined })}\nused: ${result.used.map((c) => `${c.rule}: ${c.description}`).join('\n  ')}\nset aside: ${result.setAside.map((c) => c.description).join('; ')}`;
        if (process.env.DATES_TRACE) console.log(page.file, trace);
        assert.equal(score, 'right', trace);
        for (const span of result.value?.evidence ?? []) {
          const text = span.in === 'source' ? doc.source : doc.text;
          assert.ok(
            span.start >= 0 && span.end <= text.length && span.start < span.end,
            `evidence span ${span.start}-${span.end} in range`,
          );
        }
      });
    }
  });
}

describe('event dates of the seed gold, dated from their own evidence', () => {
  test('at least the pinned share of gold event dates is right', () => {
    const gold = loadSeedGold();
    const kb = createTestKnowledgeBase(PEOPLE);
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const page of gold.pages) {
      const doc = seedDocument(page, kb);
      const published = inferPublished(doc, kb).value;
      for (const event of page.events) {
        const at = doc.text.indexOf(event.key);
        if (at < 0) continue;
        total++;
        // What the events stage should do: borrow a date from the sentence only for what occurred;
        // a planned or proposed action is not dated by the day it was proposed.
        const scope = event.status === 'occurred' ? 'sentence' : 'span';
        const value = dateOfSpan(doc, { start: at, end: at + event.key.length }, published, { scope });
        if (scoreEventDate(event.date, event.accept_dates, value)) right++;
        else
          misses.push(
            `${page.file} "${event.key.slice(0, 40)}": gold ${event.date}, got ${value ? `${value.start}..${value.end}` : 'null'}`,
          );
      }
    }
    if (process.env.DATES_TRACE) console.log(`event dates right: ${right}/${total}\n${misses.join('\n')}`);
    // 41 of 46 (89%) when this test was written (2026-11-25); the issue asks for 80%.
    assert.ok(right / total >= 0.8, `${right}/${total} right; misses:\n${misses.join('\n')}`);
  });
});

describe('publication dates of the seed pages through the text-page extractor', async () => {
  // The extractor is built in parallel: skip (saying why) while it does not load.
  let extract: ((source: string, options: object) => unknown) | undefined;
  let kb: (KnowledgeBase & { readonly actors: readonly Actor[] }) | undefined;
  try {
    extract = (await import('../../extract/text-page/index.js')).extractTextPage as typeof extract;
    kb = await shippedKnowledgeBase();
  } catch (error) {
    console.warn(`text-page extractor not loadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const page of loadSeedGold().pages) {
    test(page.file, { skip: extract && kb ? false : 'extractor or knowledge base not loadable' }, () => {
      if (!extract || !kb) return;
      const source = readFileSync(seedPath(page.file), 'utf8');
      const result = extract(source, {}) as { kind: string } & Partial<ExtractedArticle>;
      assert.equal(result.kind, 'article');
      const { text = '', paragraphs = [], furniture = [], meta } = result;
      assert.ok(meta);
      const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end).map((s) => ({ ...s, by: 'test' })));
      const doc: Document = {
        id: page.file,
        origin: { name: page.file, kind: 'file' },
        source,
        format: 'text',
        encoding: 'utf-8',
        text,
        meta,
        layers: { paragraphs, furniture, sentences, timexes: annotateTimexes(text, sentences) },
        entities: linkPeople(text, kb.actors),
        diagnostics: [],
        pipelineVersion: 'test',
      };
      const value = inferPublished(doc, kb).value;
      assert.equal(scoreSeedPublished(page, value), 'right', JSON.stringify(value));
    });
  }
});
