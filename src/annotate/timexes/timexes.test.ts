import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DateValue } from '../../core/layers.js';
import { splitSentences } from '../sentences/split.js';
import { annotateTimexes, resolveTimex, type TimexAnnotation } from './index.js';

// Fiction: Velmora, Ostrava Bay and their officials are invented; sentences are written for these tests.

/** A reference day as a stated DateValue. */
function day(iso: string): DateValue {
  return { start: iso, end: iso, granularity: 'day', evidence: [], inferred: false };
}

function find(sentence: string, expression: string): TimexAnnotation {
  const timexes = annotateTimexes(sentence, splitSentences(sentence));
  const hit = timexes.find((t) => sentence.slice(t.start, t.end) === expression);
  assert.ok(hit, `expected "${expression}" in "${sentence}", found ${JSON.stringify(timexes.map((t) => sentence.slice(t.start, t.end)))}`);
  return hit;
}

// 2019-03-14 is a Thursday; 2023-11-01 a Wednesday; 2015-05-16 a Saturday; 2021-01-03 a Sunday.
const THU = '2019-03-14';
const WED = '2023-11-01';

/** [sentence, expression, reference, expected start, expected end (defaults to start); null = unresolvable]. */
const CASES: readonly (readonly [string, string, string, string | null, string?])[] = [
  // Weekdays anchored by tense.
  ['The minister said on Thursday that the talks went well.', 'Thursday', THU, '2019-03-14'],
  ['The minister will meet his counterpart on Thursday.', 'Thursday', THU, '2019-03-14'],
  ['The envoy said on Monday that nothing was agreed.', 'Monday', THU, '2019-03-11'],
  ['The envoy will travel to Velmora on Monday.', 'Monday', THU, '2019-03-18'],
  ['The talks are to resume on Tuesday.', 'Tuesday', THU, '2019-03-19'],
  ['The council plans to vote on Saturday.', 'Saturday', THU, '2019-03-16'],
  ['The council voted on Saturday.', 'Saturday', THU, '2019-03-09'],
  ['The summit is scheduled for Friday.', 'Friday', THU, '2019-03-15'],
  ['Officials met last Friday in Ostrava Bay.', 'last Friday', THU, '2019-03-08'],
  ['Officials will meet next Monday.', 'next Monday', THU, '2019-03-18'],
  ['On Tuesday, the ministry published a statement.', 'Tuesday', THU, '2019-03-12'],
  ['Parliament will vote on Monday, the speaker said.', 'Monday', THU, '2019-03-18'],
  ['The speaker said parliament would vote on Monday.', 'Monday', THU, '2019-03-18'],
  ['The speaker said on Monday that parliament would vote on Friday.', 'Monday', THU, '2019-03-11'],
  ['The speaker said on Monday that parliament would vote on Friday.', 'Friday', THU, '2019-03-15'],
  ['The two leaders agreed to meet on Sunday.', 'Sunday', THU, '2019-03-17'],
  ['Talks could take place on Wednesday.', 'Wednesday', THU, '2019-03-20'],
  ['The talks, held on Wednesday, ended without agreement.', 'Wednesday', THU, '2019-03-13'],
  ['The summit will take place this Friday.', 'this Friday', THU, '2019-03-15'],
  ['The date will be agreed upon on Sunday.', 'Sunday', THU, '2019-03-17'],
  ['The minister said on Wednesday.', 'Wednesday', WED, '2023-11-01'],
  ['The minister will visit on Tuesday.', 'Tuesday', WED, '2023-11-07'],
  ['The governor spoke Tuesday evening.', 'Tuesday evening', WED, '2023-10-31'],
  ['The talks resumed on Thursday, May 14.', 'Thursday, May 14', '2015-05-16', '2015-05-14'],
  ['The ministers meet on Monday.', 'Monday', THU, '2019-03-11'],
  ['The ministers meet on Sunday.', 'Sunday', THU, '2019-03-17'],
  // Days counted from the reference.
  ['The president said yesterday that he was tired.', 'yesterday', THU, '2019-03-13'],
  ['The president will speak tomorrow.', 'tomorrow', THU, '2019-03-15'],
  ['The decision was announced today.', 'today', THU, '2019-03-14'],
  ['The day before yesterday, the border reopened.', 'The day before yesterday', THU, '2019-03-12'],
  ['Last night, the capital was shelled.', 'Last night', THU, '2019-03-13'],
  ['Tonight the leaders will dine together.', 'Tonight', THU, '2019-03-14'],
  // Weeks, months, years counted from the reference.
  ['Relations worsened last month.', 'last month', THU, '2019-02-01', '2019-02-28'],
  ['Trade grew this year.', 'this year', THU, '2019-01-01', '2019-12-31'],
  ['The vote will take place next week.', 'next week', THU, '2019-03-18', '2019-03-24'],
  ['The treaty was signed last week.', 'last week', THU, '2019-03-04', '2019-03-10'],
  ['This week, the cabinet resigned.', 'This week', THU, '2019-03-11', '2019-03-17'],
  ['Prices rose last year.', 'last year', THU, '2018-01-01', '2018-12-31'],
  ['Elections are due next year.', 'next year', THU, '2020-01-01', '2020-12-31'],
  ['Earlier this month, the bank cut rates.', 'Earlier this month', THU, '2019-03-01', '2019-03-14'],
  ['Later this year, the parliament will vote.', 'Later this year', THU, '2019-03-14', '2019-12-31'],
  ['The reform stalled late last year.', 'late last year', THU, '2018-09-01', '2018-12-31'],
  ['The agency reported the figures two weeks ago.', 'two weeks ago', THU, '2019-02-28'],
  ['Three days ago the border closed.', 'Three days ago', THU, '2019-03-11'],
  ['The deal was reached a year ago.', 'a year ago', THU, '2018-01-01', '2018-12-31'],
  ['Two months ago the talks stalled.', 'Two months ago', THU, '2019-01-01', '2019-01-31'],
  ['The results will come in two weeks.', 'in two weeks', THU, '2019-03-28'],
  ["In three days' time the polls open.", "In three days' time", THU, '2019-03-17'],
  ['Last month the army withdrew.', 'Last month', WED, '2023-10-01', '2023-10-31'],
  ['The budget passes next month.', 'next month', WED, '2023-12-01', '2023-12-31'],
  ['The strike was called last summer.', 'last summer', THU, '2018-06-01', '2018-08-31'],
  // Periods reaching back or forward.
  ['Over the past six years, exports doubled.', 'Over the past six years', THU, '2013-03-14', '2019-03-14'],
  ['They have spoken twice within recent weeks.', 'within recent weeks', THU, '2019-02-14', '2019-03-14'],
  ['Talks will resume in the coming months.', 'in the coming months', THU, '2019-03-14', '2019-06-14'],
  ['This will not happen in coming weeks.', 'in coming weeks', THU, '2019-03-14', '2019-04-11'],
  ['In recent days, the army moved north.', 'In recent days', THU, '2019-03-07', '2019-03-14'],
  ['The plant will reopen within the next few days.', 'within the next few days', THU, '2019-03-14', '2019-03-21'],
  ['The law changed in the past year.', 'in the past year', THU, '2018-03-14', '2019-03-14'],
  ['The envoy said earlier in an interview that talks would take months.', 'earlier', THU, null],
  ['The envoy will arrive soon.', 'soon', THU, null],
  ['The ambassador recently visited the capital.', 'recently', THU, null],
  // Month and day without a year: the year comes from the reference and the tense.
  ['The mayor was elected on May 14.', 'May 14', THU, '2018-05-14'],
  ['The mayor will be sworn in on May 14.', 'May 14', THU, '2019-05-14'],
  ['On December 17, the ministry published two drafts.', 'December 17', THU, '2018-12-17'],
  ['On January 26, the two sides exchanged letters.', 'January 26', THU, '2019-01-26'],
  ['The festival opens on March 20.', 'March 20', THU, '2019-03-20'],
  ['They met on the 3rd of March.', 'the 3rd of March', THU, '2019-03-03'],
  ['The vote was held on December 17.', 'December 17', WED, '2022-12-17'],
  ['The decree was signed on December 30.', 'December 30', '2021-01-03', '2020-12-30'],
  ['The talks will resume on Friday.', 'Friday', '2021-01-03', '2021-01-08'],
  ['The treaty was signed last week.', 'last week', '2021-01-03', '2020-12-21', '2020-12-27'],
  ['The decree was signed on February 29.', 'February 29', '2021-03-01', '2020-02-29'],
  // Months without a day.
  ['The minister took office in January.', 'January', THU, '2019-01-01', '2019-01-31'],
  ['The minister took office in May.', 'May', THU, '2018-05-01', '2018-05-31'],
  ['The vote is expected in May.', 'May', THU, '2019-05-01', '2019-05-31'],
  ['The treaty expires in February.', 'February', THU, '2019-02-01', '2019-02-28'],
  ['Last December, the talks collapsed.', 'Last December', THU, '2018-12-01', '2018-12-31'],
  ['Next January the new law applies.', 'Next January', THU, '2020-01-01', '2020-01-31'],
  ['He resigned in December.', 'December', WED, '2022-12-01', '2022-12-31'],
  ['He will resign in December.', 'December', WED, '2023-12-01', '2023-12-31'],
  ['Since January, prices have doubled.', 'Since January', THU, '2019-01-01', '2019-03-14'],
  ['Rates fell in late May.', 'late May', THU, '2018-05-21', '2018-05-31'],
  // Stated dates: no reference needed.
  ['The accord was signed on January 20, 2017.', 'January 20, 2017', THU, '2017-01-20'],
  ['The meeting was held in June 2021.', 'June 2021', THU, '2021-06-01', '2021-06-30'],
  ['The last call took place late in 2021.', 'late in 2021', THU, '2021-09-01', '2021-12-31'],
  ['Interference in the 2020 election was alleged.', '2020', THU, '2020-01-01', '2020-12-31'],
  ['The republic became independent in 1991.', '1991', THU, '1991-01-01', '1991-12-31'],
  ['Growth slowed in mid-2018.', 'mid-2018', THU, '2018-05-01', '2018-08-31'],
  ['The plan was adopted in early 2016.', 'early 2016', THU, '2016-01-01', '2016-04-30'],
  ['A new charter took effect at the end of 2015.', 'the end of 2015', THU, '2015-09-01', '2015-12-31'],
  ['The inquiry ended in the summer of 2018.', 'the summer of 2018', THU, '2018-06-01', '2018-08-31'],
  ['Trade fell in spring 2017.', 'spring 2017', THU, '2017-03-01', '2017-05-31'],
  ['The ceasefire began on 14 May 2015.', '14 May 2015', THU, '2015-05-14'],
  ['The figure was noted on 2019-02-11 in the report.', '2019-02-11', THU, '2019-02-11'],
  ['The project ran from 2010 to 2014.', 'from 2010 to 2014', THU, '2010-01-01', '2014-12-31'],
  ['The project ran between 2010 and 2014.', 'between 2010 and 2014', THU, '2010-01-01', '2014-12-31'],
  ['The mission lasted 2011-2013.', '2011-2013', THU, '2011-01-01', '2013-12-31'],
  ['Reforms in the 1990s failed.', 'the 1990s', THU, '1990-01-01', '1999-12-31'],
  ['It is the challenge of the 21st century.', 'the 21st century', THU, '2001-01-01', '2100-12-31'],
  ['It is the most terrible challenge of the 21th century.', 'the 21th century', THU, '2001-01-01', '2100-12-31'],
  // Open ranges.
  ['The fighting has continued since 2014.', 'since 2014', THU, '2014-01-01', '2019-03-14'],
  ['The bridge will be finished by 2025.', 'by 2025', THU, '2019-03-14', '2025-12-31'],
  // Page times with zones: the clock rides on the date.
  ['January 23, 13:01 UTC+3', 'January 23, 13:01 UTC+3', '2017-01-24', '2017-01-23'],
  ['Updated at 09:45 GMT.', '09:45 GMT', THU, '2019-03-14'],
];

describe('time expressions resolved against a reference date and tense', () => {
  for (const [sentence, expression, reference, start, end] of CASES) {
    test(`"${expression}" in "${sentence}" (ref ${reference})`, () => {
      const timex = find(sentence, expression);
      const value = resolveTimex(timex, day(reference));
      if (start === null) {
        assert.equal(value, null);
        return;
      }
      assert.ok(value, `expected a value, parts ${JSON.stringify(timex.parts)}`);
      assert.deepEqual([value.start, value.end], [start, end ?? start], `parts ${JSON.stringify(timex.parts)}`);
      assert.equal(sentence.slice(timex.start, timex.end), expression);
    });
  }
});

describe('clock times keep their zone', () => {
  const CLOCKS: readonly (readonly [string, string, number, number, number | null])[] = [
    ['January 23, 13:01 UTC+3', 'January 23, 13:01 UTC+3', 13, 1, 180],
    ['The vote closed at 18:00 Moscow time.', '18:00 Moscow time', 18, 0, 180],
    ['The speech began at 7:30 p.m. EST.', '7:30 p.m. EST', 19, 30, -300],
    ['Posted 09:45 GMT', '09:45 GMT', 9, 45, 0],
    ['Posted 22:10 UTC-5:30', '22:10 UTC-5:30', 22, 10, -330],
    ['The polls closed at 20:00 local time.', '20:00', 20, 0, null],
  ];
  for (const [sentence, expression, hour, minute, offset] of CLOCKS) {
    test(`"${expression}"`, () => {
      const clock = find(sentence, expression).parts.clock;
      assert.deepEqual(clock, { hour, minute, utcOffsetMinutes: offset });
    });
  }
});

describe('partial dates without a reference keep their parts and invent no year', () => {
  const PARTIAL: readonly (readonly [string, string, Record<string, unknown>])[] = [
    ['The mayor was elected on May 14.', 'May 14', { kind: 'calendar', month: 5, day: 14, tense: 'past' }],
    ['The envoy will travel on Monday.', 'Monday', { kind: 'weekday', weekday: 1, tense: 'future' }],
    ['Relations worsened last month.', 'last month', { kind: 'unit-offset', unit: 'month', offset: -1 }],
  ];
  for (const [sentence, expression, expected] of PARTIAL) {
    test(`"${expression}" stays partial`, () => {
      const timex = find(sentence, expression);
      assert.equal(timex.value, null);
      assert.equal(resolveTimex(timex, null), null);
      for (const [key, value] of Object.entries(expected))
        assert.equal((timex.parts as unknown as Record<string, unknown>)[key], value, key);
      assert.equal(timex.parts.year, undefined);
    });
  }
});

describe('ambiguous references carry their candidates through', () => {
  test('a weekday against two candidate publication days gives two candidates', () => {
    const timex = find('The minister said on Monday that nothing changed.', 'Monday');
    const reference: DateValue = {
      start: '2017-01-23',
      end: '2025-01-23',
      granularity: 'range',
      candidates: [day('2017-01-23'), day('2025-01-23')],
      evidence: [],
      inferred: true,
      decidingClue: 'the year',
    };
    const value = resolveTimex(timex, reference);
    assert.deepEqual(
      value?.candidates?.map((c) => c.start),
      ['2017-01-23', '2025-01-20'],
    );
    assert.equal(value?.decidingClue, 'the year');
  });
  test('a weekday against a month-long reference gives a range', () => {
    const timex = find('The council voted on Tuesday.', 'Tuesday');
    const value = resolveTimex(timex, { start: '2021-04-01', end: '2021-04-30', granularity: 'month', evidence: [], inferred: true });
    assert.deepEqual([value?.start, value?.end], ['2021-03-30', '2021-04-27']);
  });
});

describe('words that are not time expressions', () => {
  const NEGATIVES: readonly string[] = [
    'Velmora may respond to the sanctions.',
    'Thousands joined a march in the capital.',
    'The army sent 2000 troops to the border.',
    'He read the Sunday Times on the train.',
    'Resolution 2042 was adopted unanimously.',
    'Nearly 10,000 people were displaced.',
    'The 45th president spoke to the nation.',
    'Flight 2019 landed safely.',
    'Russia Today carried the interview.',
    'The final score was 3:1.',
    'Euro 2020 was postponed.',
    'An earlier report said the port was closed.',
    'The ministry asked for an answer as soon as possible.',
    'The bill passed with 1995 votes in favour.',
  ];
  for (const sentence of NEGATIVES) {
    test(`no timex in "${sentence}"`, () => {
      const found = annotateTimexes(sentence, splitSentences(sentence)).map((t) => sentence.slice(t.start, t.end));
      assert.deepEqual(found, []);
    });
  }
});

describe('the annotate/timexes stage', () => {
  test('produces a sorted timexes layer with parts, values only where stated', async () => {
    const { runStages } = await import('../../core/stage.js');
    const { emptyMeta } = await import('../../core/document.js');
    const { timexesStage } = await import('./index.js');
    const text = 'The envoy said on Monday that the accord of May 14, 2015 still holds.\n\nTalks will resume next week.';
    const sentences = [
      { start: 0, end: 69, by: 'test' },
      { start: 71, end: text.length, by: 'test' },
    ];
    const doc = {
      id: 'fiction',
      origin: { name: 'fiction', kind: 'example' as const },
      source: text,
      format: 'clean' as const,
      encoding: 'utf-8',
      text,
      meta: emptyMeta(),
      layers: { sentences },
      entities: [],
      diagnostics: [],
      pipelineVersion: 'test',
    };
    const out = runStages(doc, [timexesStage]);
    const timexes = (out.layers.timexes ?? []) as readonly TimexAnnotation[];
    assert.deepEqual(
      timexes.map((t) => [text.slice(t.start, t.end), t.anchoring, t.value?.start ?? null, t.parts.tense]),
      [
        ['Monday', 'relative', null, 'past'],
        ['May 14, 2015', 'absolute', '2015-05-14', 'past'],
        ['next week', 'relative', null, 'future'],
      ],
    );
    assert.ok(timexes.every((t) => t.by === 'annotate/timexes'));
  });
});

describe('parts keep their key order (the layer is compared byte for byte)', () => {
  /** [text, expression, keys of its parts in order]. */
  const KEY_CASES: readonly (readonly [string, string, readonly string[]])[] = [
    ['The envoy said on Monday that talks went well.', 'Monday', ['kind', 'weekday', 'tense', 'governor']],
    ['The accord of May 14, 2015 still holds.', 'May 14, 2015', ['kind', 'month', 'day', 'year', 'tense']],
    ['Rain in 2015.', '2015', ['kind', 'year', 'tense']],
    ['The talks ended on January 23, 13:01 UTC+3.', 'January 23, 13:01 UTC+3', ['kind', 'month', 'day', 'clock', 'tense', 'governor']],
  ];
  for (const [text, expression, keys] of KEY_CASES) {
    test(`"${expression}" in "${text}"`, () => {
      assert.deepEqual(Object.keys(find(text, expression).parts), keys);
    });
  }

  test('an expression outside every sentence, or after a hole in the list, is read against its line', () => {
    const text = 'Talks ended on Monday.\nThe vote was held on Friday.';
    const sparse: { start: number; end: number }[] = [];
    sparse[1] = { start: 0, end: 22 };
    const timexes = annotateTimexes(text, sparse);
    assert.deepEqual(
      timexes.map((t) => [text.slice(t.start, t.end), t.parts.tense, t.parts.governor]),
      [
        ['Monday', 'past', 'ended'],
        ['Friday', 'past', 'held'],
      ],
    );
  });
});

describe('anchors, gates and tense words read character by character', () => {
  // Edge cases of the hand-written scanners (anchor words, year/decade/bound gates, word
  // classes of the tense reader); expected values are those of the regular-expression
  // version they replaced. Generic sentences written for this test.
  const EDGES: readonly (readonly [string, readonly (readonly [string, string, string, string | null])[]])[] = [
    ["The clubs grew in the 1890's and the 1990s.", [['the 1990s', 'decade', 'past', 'grew']]],
    [
      'Prices rose in 1990, before the 2010’s slump.',
      [
        ['1990', 'calendar', 'past', 'rose'],
        ['the 2010’s', 'decade', 'past', 'rose'],
      ],
    ],
    [
      'Talks ran from 2014 to 2016; the accord held 2014–2016.',
      [
        ['from 2014 to 2016', 'calendar', 'past', 'ran'],
        ['2014–2016', 'calendar', 'past', 'held'],
      ],
    ],
    [
      'The deal covers 2020-21 and ran since\u00a02015.',
      [
        ['2020-21', 'calendar', 'past', 'ran'],
        ['since\u00a02015', 'calendar', 'past', 'ran'],
      ],
    ],
    ['The meeting ended at 13:01 UTC+3, not 123:45.', [['13:01 UTC+3', 'clock', 'past', 'ended']]],
    ['Budget 2015_draft and x2015 are labels, 2015% a rate.', []],
    [
      "They won't meet on Friday; they didn't agree on Monday.",
      [
        ['Friday', 'weekday', 'future', "won't"],
        ['Monday', 'weekday', 'past', "didn't"],
      ],
    ],
    ['The accord is due to be agreed on Tuesday.', [['Tuesday', 'weekday', 'future', 'agreed']]],
    [
      'May officials met in May, and may meet in June.',
      [
        ['May', 'calendar', 'past', 'met'],
        ['June', 'calendar', 'future', 'may'],
      ],
    ],
    [
      'By 2018 the plan had stalled. Until 2025 it waits.',
      [
        ['By 2018', 'calendar', 'past', 'had'],
        ['Until 2025', 'calendar', 'unknown', null],
      ],
    ],
  ];
  for (const [text, expected] of EDGES) {
    test(text, () => {
      const timexes = annotateTimexes(text, splitSentences(text));
      assert.deepEqual(
        timexes.map((t) => [text.slice(t.start, t.end), t.parts.kind, t.parts.tense, t.parts.governor ?? null]),
        expected,
      );
    });
  }
});
