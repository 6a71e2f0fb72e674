import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline, parsePageTime, splitTagValues, titleCasePlace } from './meta.js';

const DATELINES: readonly [string, { place: string; month: number | null; day: number | null; agency: string } | null][] = [
  ['CORVANA, March 12. /NORTHWIRE/. A call took place.', { place: 'Corvana', month: 3, day: 12, agency: 'NORTHWIRE' }],
  ['NEW LINDHAVEN, Jan. 3 /NORTHWIRE/ - The talks resumed.', { place: 'New Lindhaven', month: 1, day: 3, agency: 'NORTHWIRE' }],
  ['ST. ORREN, May 14. /CALDERA NEWS/. Leaders met.', { place: 'St. Orren', month: 5, day: 14, agency: 'CALDERA NEWS' }],
  ['КОРВАНА, 12 марта. /СЕВЕРПРЕСС/. Президент заявил.', { place: 'Корвана', month: 3, day: 12, agency: 'СЕВЕРПРЕСС' }],
  ['TESSEL, April 2 (Ledger Wire) - Officials said.', { place: 'Tessel', month: 4, day: 2, agency: 'Ledger Wire' }],
  // Negatives: prose that opens with a place or a date but carries no agency marker.
  ['Corvana, March 12, was a quiet day in the capital.', null],
  ['On March 12 the president said the talks would resume.', null],
  ['US, EU agree on new sanctions against Marest.', null],
];

for (const [text, expected] of DATELINES) {
  test(`dateline: ${JSON.stringify(text.slice(0, 40))}`, () => {
    const parsed = parseDateline(text);
    if (expected === null) return assert.equal(parsed, null);
    assert.ok(parsed);
    assert.deepEqual({ place: parsed.place, month: parsed.month, day: parsed.day, agency: parsed.agency }, expected);
    assert.match(text.slice(0, parsed.length), new RegExp(`${parsed.agency.split(' ')[0]}`));
  });
}

const PAGE_TIMES: readonly [
  string,
  Partial<Record<'month' | 'day' | 'year' | 'hour' | 'minute' | 'utcOffsetMinutes', number | null>> | null,
][] = [
  ['March 12, 16:45 UTC+2', { month: 3, day: 12, year: null, hour: 16, minute: 45, utcOffsetMinutes: 120 }],
  ['Tuesday, April 7, 2026, 09:40 GMT', { month: 4, day: 7, year: 2026, hour: 9, minute: 40, utcOffsetMinutes: 0 }],
  ['7 April 2026, 09:40', { month: 4, day: 7, year: 2026, hour: 9, minute: 40, utcOffsetMinutes: null }],
  ['12 марта 2026, 14:20', { month: 3, day: 12, year: 2026, hour: 14, minute: 20 }],
  ['Updated: May 1, 2026 at 08:05 UTC-5', { month: 5, day: 1, year: 2026, hour: 8, minute: 5, utcOffsetMinutes: -300 }],
  ['The president spoke on March 12.', null],
];

for (const [text, expected] of PAGE_TIMES) {
  test(`page time: ${JSON.stringify(text)}`, () => {
    const parsed = parsePageTime(text);
    if (expected === null) return assert.equal(parsed, null);
    assert.ok(parsed);
    for (const [key, value] of Object.entries(expected)) assert.equal(parsed[key as keyof typeof parsed], value, key);
  });
}

const TAGS: readonly [string, string, string[]][] = [
  ['Ilse Varga Tomas Rendell Piet Halloran', 'persons', ['Ilse Varga', 'Tomas Rendell', 'Piet Halloran']],
  ['Ilse Varga, Tomas Rendell', 'persons', ['Ilse Varga', 'Tomas Rendell']],
  ['Anna von Rell Tomas J. Rendell', 'persons', ['Anna von Rell', 'Tomas J. Rendell']],
  ['Foreign policy', 'topics', ['Foreign policy']],
  ['Sanctions; Fishing rights', 'topics', ['Sanctions', 'Fishing rights']],
];

for (const [line, label, expected] of TAGS) {
  test(`tags: ${label} ${JSON.stringify(line)}`, () => {
    assert.deepEqual(splitTagValues(line, label), expected);
  });
}

test('titleCasePlace keeps small words lower case', () => {
  assert.equal(titleCasePlace('PORTO DE VALDA'), 'Porto de Valda');
  assert.equal(titleCasePlace('NORTH-ORREN'), 'North-Orren');
});
