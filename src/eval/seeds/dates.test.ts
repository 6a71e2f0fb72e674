import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DateValue } from '../../core/layers.js';
import { type DateScore, scoreEventDate, scoreSeedPublished } from './dates.js';
import type { GoldPage } from './gold.js';

function value(start: string, end = start, candidates?: readonly (readonly [string, string?])[]): DateValue {
  return {
    start,
    end,
    granularity: start === end ? 'day' : 'range',
    evidence: [],
    inferred: true,
    ...(candidates ? { candidates: candidates.map(([s, e]) => value(s, e ?? s)) } : {}),
  };
}

function page(date: string, accept: readonly string[]): GoldPage {
  return { published: { date, year_from_text: true, accept } } as unknown as GoldPage;
}

const DAY_OR_YEAR = page('2021-04-16', ['2021-04-16', '2021-04', '2021']);
const DAY_OR_SET = page('2017-01-23', ['2017-01-23', '{2017-01-23, 2025-01-23}']);

const PUBLISHED: readonly (readonly [string, GoldPage, DateValue | null, DateScore])[] = [
  ['the exact day', DAY_OR_YEAR, value('2021-04-16'), 'right'],
  ['another day', DAY_OR_YEAR, value('2021-04-15'), 'wrong'],
  ['a range inside the month holding the day', DAY_OR_YEAR, value('2021-04-10', '2021-04-20'), 'right'],
  ['a range inside the year holding the day', DAY_OR_YEAR, value('2021-01-22', '2021-12-31'), 'right'],
  ['a range inside the year missing the day', DAY_OR_YEAR, value('2021-05-01', '2021-12-31'), 'wrong'],
  ['a range wider than the year', DAY_OR_YEAR, value('2021-01-20', '2025-01-20'), 'wrong'],
  ['no date', DAY_OR_YEAR, null, 'unknown'],
  ['exactly the accepted candidates', DAY_OR_SET, value('2017-01-23', '2025-01-23', [['2017-01-23'], ['2025-01-23']]), 'right'],
  ['the candidates in another order', DAY_OR_SET, value('2017-01-23', '2025-01-23', [['2025-01-23'], ['2017-01-23']]), 'right'],
  ['one candidate too many', DAY_OR_SET, value('2017-01-23', '2025-01-23', [['2017-01-23'], ['2018-01-23'], ['2025-01-23']]), 'wrong'],
  ['candidates where only a day is accepted', DAY_OR_YEAR, value('2021-04-16', '2021-04-17', [['2021-04-16'], ['2021-04-17']]), 'wrong'],
  ['one wrong year', DAY_OR_SET, value('2025-01-23'), 'wrong'],
  ['the right day where a set is also accepted', DAY_OR_SET, value('2017-01-23'), 'right'],
];

describe('scoreSeedPublished follows the gold accept rules', () => {
  for (const [name, gold, predicted, expected] of PUBLISHED) {
    test(name, () => assert.equal(scoreSeedPublished(gold, predicted), expected));
  }
});

const EVENTS: readonly (readonly [string, string | null, readonly string[] | undefined, DateValue | null, boolean])[] = [
  ['no gold date, no prediction', null, undefined, null, true],
  ['no gold date, a prediction', null, undefined, value('2021-04-13'), false],
  ['a gold date, no prediction', '2021-04-13', undefined, null, false],
  ['the gold day', '2021-04-13', undefined, value('2021-04-13'), true],
  ['another day', '2021-04-13', undefined, value('2021-04-14'), false],
  ['a day inside a gold month', '2015-05', undefined, value('2015-05-12'), true],
  ['a day outside a gold month', '2015-05', undefined, value('2015-06-01'), false],
  ['a range over a gold day, a year accepted', '2021-04-13', ['2021-04-13', '2021'], value('2021-01-19', '2021-12-28'), true],
  ['a range over a gold day, nothing wider accepted', '2021-04-13', undefined, value('2021-04-10', '2021-04-16'), false],
  ['a range in the accepted year missing the day', '2021-04-13', ['2021'], value('2021-06-01', '2021-06-30'), false],
  ['a gold month and the whole month', '2021-12', undefined, value('2021-12-01', '2021-12-31'), true],
  ['late in the gold year for a gold month', '2021-12', undefined, value('2021-09-01', '2021-12-31'), false],
  ['a gold year and a range inside it', '2021', undefined, value('2021-09-01', '2021-12-31'), true],
];

describe('scoreEventDate follows the events.md rule', () => {
  for (const [name, gold, accept, predicted, expected] of EVENTS) {
    test(name, () => assert.equal(scoreEventDate(gold, accept, predicted), expected));
  }
});
