import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentMeta } from '../../core/document.js';
import type { DateValue } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { runStages } from '../../core/stage.js';
import type { OfficeTerm } from '../kb/types.js';
import { createDatesStage } from './index.js';
import { inferPublished } from './infer.js';
import { buildTestDocument, createTestKnowledgeBase, readDateline, type TestPerson } from './test-support.js';

// Fiction: Velmora (code VLM), its capital Orvano and every person below are invented.

const term = (office: string, title: string, start: string, end: string | null, ordinal?: number): OfficeTerm => ({
  office,
  title,
  country: 'VLM',
  start,
  end,
  ...(ordinal ? { ordinal } : {}),
});

function person(id: string, name: string, offices: OfficeTerm[]): TestPerson {
  return { id, name, country: 'VLM', offices, fictional: true };
}

interface Page {
  readonly text: string;
  readonly people: readonly TestPerson[];
  readonly captions?: readonly string[];
  readonly meta?: Partial<DocumentMeta>;
}

/** A page: paragraphs separated by blank lines, then caption lines appended after a marker. */
function infer(page: Page) {
  const captionText = (page.captions ?? []).join('\n');
  const source = captionText ? `${page.text}\n\n${captionText}` : page.text;
  const body: Span[] = [];
  for (const m of page.text.matchAll(/[^\n]+/g)) body.push({ start: m.index, end: m.index + m[0].length });
  const captions: Span[] = [];
  let at = page.text.length + 2;
  for (const line of page.captions ?? []) {
    captions.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const kb = createTestKnowledgeBase(page.people);
  const first = page.text.split('\n')[0] ?? '';
  const doc = buildTestDocument({ source, body, captions, meta: { dateline: readDateline(first), ...page.meta } }, kb.actors);
  return { result: inferPublished(doc, kb), doc, kb };
}

function daysOf(value: DateValue | null): string[] | null {
  if (!value) return null;
  if (value.candidates) return value.candidates.map((c) => (c.start === c.end ? c.start : `${c.start}..${c.end}`));
  return [value.start === value.end ? value.start : `${value.start}..${value.end}`];
}

const DORN_2013 = person('dorn', 'Ilsa Dorn', [term('foreign minister', 'Foreign Minister of Velmora', '2013-01-10', '2017-12-31')]);
const DORN_TWO_TERMS = person('dorn', 'Ilsa Dorn', [
  term('foreign minister', 'Foreign Minister of Velmora', '2014-02-01', '2016-06-30'),
  term('foreign minister', 'Foreign Minister of Velmora', '2019-09-01', '2021-08-31'),
]);
const KELL = person('kell', 'Arno Kell', [
  term('president', 'President of Velmora', '2012-03-01', '2016-01-01', 4),
  term('president', 'President of Velmora', '2020-03-01', null, 6),
]);
const TESH = person('tesh', 'Mara Tesh', [term('president', 'President of Velmora', '2016-01-01', '2019-12-31', 5)]);
const LOSS = person('loss', 'Pavo Loss', [term('press secretary', 'Press Secretary of the President of Velmora', '2015-01-01', null)]);

const THURSDAY_LEAD =
  'ORVANO, May 14. /VNA/. Velmoran Foreign Minister Ilsa Dorn told reporters on Thursday that the harbour talks would go on.';

/** [name, page, expected days or ranges (candidates listed), or null for unknown]. */
const CASES: readonly (readonly [string, Page, readonly string[] | null])[] = [
  ['dateline, weekday and a term of office give one day', { text: THURSDAY_LEAD, people: [DORN_2013] }, ['2015-05-14']],
  ['two terms that both fit leave two candidates', { text: THURSDAY_LEAD, people: [DORN_TWO_TERMS] }, ['2015-05-14', '2020-05-14']],
  ['no clue at all is unknown', { text: 'The harbour talks went on without a break.', people: [] }, null],
  [
    'a dateline alone fits every year: unknown, not a guess',
    { text: 'ORVANO, May 14. /VNA/. The harbour talks went on.', people: [] },
    null,
  ],
  [
    '"new President" fits just after each term start',
    { text: 'ORVANO, March 10. /VNA/. The new Velmoran President Arno Kell named his cabinet.', people: [KELL] },
    ['2012-03-10', '2020-03-10'],
  ],
  [
    '"former President" and a stated month put the page after both',
    {
      text: 'ORVANO, June 3. /VNA/. Former President Arno Kell criticised Velmoran President Mara Tesh.\nThe port was sold in April 2018, the ministry said.',
      people: [KELL, TESH],
    },
    ['2018-06-03', '2019-06-03'],
  ],
  [
    'an ordinal term start on a weekday and the news day of a quote',
    {
      text: 'Mara Tesh became the 5th Velmoran president on Friday after a long count.\nHer spokesman Pavo Loss said on Saturday that the cabinet would be named soon.',
      people: [TESH, LOSS],
    },
    ['2016-01-02', '2016-01-03'],
  ],
  [
    'an ordinal term start with no name in the sentence',
    {
      text: 'Mara Tesh won the count.\nShe became the 5th Velmoran president on Friday.\nHer spokesman Pavo Loss said on Saturday that the cabinet would be named soon.',
      people: [TESH, LOSS, KELL],
    },
    ['2016-01-02', '2016-01-03'],
  ],
  [
    'took office in a month, narrowed by a past year',
    {
      text: 'Velmoran President Arno Kell spoke at the port.\nIt was his first visit since Kell took office in March.\nThe 2019 budget crisis was resolved, officials said.',
      people: [KELL],
    },
    ['2020-03-01..2020-12-31'],
  ],
  [
    'a page time with a year is the page day',
    {
      text: 'The harbour talks went on.',
      people: [],
      meta: { pageTime: { text: 'March 2, 2019, 10:00', month: 3, day: 2, year: 2019, hour: 10, minute: 0, utcOffsetMinutes: null } },
    },
    ['2019-03-02'],
  ],
  [
    'a caption dated after the only fitting day is set aside, not obeyed',
    { text: THURSDAY_LEAD, people: [DORN_2013], captions: ['Ilsa Dorn (L) at the port on June 1, 2019. (file photo)'] },
    ['2015-05-14'],
  ],
  [
    'a future year puts the page before it',
    {
      text: 'ORVANO, May 14. /VNA/. Velmoran Foreign Minister Ilsa Dorn told reporters on Thursday that the bridge will open in 2016.',
      people: [DORN_TWO_TERMS],
    },
    ['2015-05-14'],
  ],
];

describe('publication date inference on fictional pages', () => {
  for (const [name, page, expected] of CASES) {
    test(name, () => {
      const { result } = infer(page);
      assert.deepEqual(daysOf(result.value), expected, result.used.map((c) => `${c.rule}: ${c.description}`).join('\n'));
    });
  }

  test('an ambiguous answer says which clue would decide, and lists evidence', () => {
    const { result, doc } = infer({ text: THURSDAY_LEAD, people: [DORN_TWO_TERMS] });
    assert.match(result.value?.decidingClue ?? '', /year/);
    assert.equal(result.value?.inferred, true);
    const evidence = (result.value?.evidence ?? []).map((s) => doc.text.slice(s.start, s.end));
    assert.ok(evidence.includes('Thursday'), JSON.stringify(evidence));
    assert.ok(evidence.includes('Velmoran Foreign Minister'), JSON.stringify(evidence));
  });

  test('a contradicted clue is reported as a diagnostic', () => {
    const { result } = infer({ text: THURSDAY_LEAD, people: [DORN_2013], captions: ['Ilsa Dorn (L) on June 1, 2019.'] });
    assert.equal(result.setAside.length, 1);
    assert.equal(result.setAside[0]?.rule, 'caption-date');
    assert.ok(result.diagnostics.some((d) => d.rule === 'date-clue-conflict'));
  });

  test('stated metadata is kept as it is', () => {
    const stated: DateValue = { start: '2011-07-04', end: '2011-07-04', granularity: 'day', evidence: [], inferred: false };
    const { result } = infer({ text: THURSDAY_LEAD, people: [DORN_2013], meta: { published: stated } });
    assert.equal(result.value, stated);
  });

  test('the stage produces only `published` and reports its findings', () => {
    const { doc, kb } = infer({ text: 'ORVANO, May 14. /VNA/. The harbour talks went on.', people: [] });
    const out = runStages(doc, [createDatesStage(kb)]);
    assert.equal(out.meta.published, null);
    assert.ok(out.diagnostics.some((d) => d.stage === 'resolve/dates' && d.rule === 'date-undetermined'));
  });

  test('the fetch time bounds the page from above', () => {
    const { doc, kb } = infer({ text: THURSDAY_LEAD, people: [DORN_TWO_TERMS] });
    const out = runStages(doc, [createDatesStage(kb)], { referenceTime: new Date(Date.UTC(2018, 0, 1)) });
    assert.equal(out.meta.published?.start, '2015-05-14');
    assert.equal(out.meta.published?.candidates, undefined);
  });
});
