/**
 * Language identification on short news paragraphs written for this test (FICTION: the
 * places and people are invented). The first sample is 200 characters, so each text is
 * long enough to need the cut, and the mixed ones exercise the second, longer read.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { detectLanguage, detectWithEldTables, prepareLanguageDetector, usesEldTables } from './language.js';

const CASES: readonly { lang: string; text: string }[] = [
  {
    lang: 'en',
    text: 'The foreign minister of Aldovia said on Thursday that talks with Borvania would resume next month, adding that both sides wanted to settle the dispute over fishing rights before the winter season begins on the northern coast.',
  },
  {
    lang: 'ru',
    text: 'Министр иностранных дел Альдовии заявил в четверг, что переговоры с Борванией возобновятся в следующем месяце. По его словам, обе стороны хотят урегулировать спор о правах на рыболовство до начала зимнего сезона на северном побережье.',
  },
  {
    lang: 'uk',
    text: 'Міністр закордонних справ Альдовії заявив у четвер, що переговори з Борванією відновляться наступного місяця. За його словами, обидві сторони хочуть врегулювати суперечку щодо прав на рибальство до початку зимового сезону.',
  },
  {
    lang: 'de',
    text: 'Der Außenminister von Aldovien sagte am Donnerstag, die Gespräche mit Borwanien würden im nächsten Monat fortgesetzt. Beide Seiten wollten den Streit über die Fischereirechte vor Beginn der Wintersaison an der Nordküste beilegen.',
  },
  {
    lang: 'fr',
    text: "Le ministre des Affaires étrangères de l'Aldovie a déclaré jeudi que les pourparlers avec la Borvanie reprendraient le mois prochain. Les deux parties veulent régler le différend sur les droits de pêche avant le début de l'hiver.",
  },
  {
    lang: 'es',
    text: 'El ministro de Asuntos Exteriores de Aldovia dijo el jueves que las conversaciones con Borvania se reanudarán el próximo mes. Ambas partes quieren resolver la disputa sobre los derechos de pesca antes del comienzo del invierno.',
  },
  {
    lang: 'en',
    text: 'ALD-7 / BRV-2 / 14:05 UTC+3 / Velgrad / Ostrel / 2031 / 2032 / 88 % / Mara Vell / Tomas Quill. The delegations of Aldovia and Borvania met again in the capital on Monday and agreed to continue the consultations on the border next week.',
  },
];

before(async () => {
  await prepareLanguageDetector();
});

for (const c of CASES) {
  test(`detectLanguage: ${c.lang} — ${c.text.slice(0, 40)}…`, () => {
    assert.ok(c.text.length > 200, 'the text is longer than the first sample');
    assert.equal(detectLanguage(c.text), c.lang);
  });
}

test('detectLanguage: too little text to tell gives null, not a guess', () => {
  assert.equal(detectLanguage('12:05 — 3'), null);
  assert.equal(detectLanguage(''), null);
});

/**
 * The fast scorer must give eld's own verdict (`detect()` then `isReliable()`) on every
 * sample: texts of the cases above cut at many lengths, and made-up strings that exercise
 * eld's byte handling (accents, Cyrillic, CJK, emoji and lone surrogates, apostrophes
 * inside and around words, words over 70 bytes, the 350/380-byte cuts, upper-case
 * letters whose lower case changes length).
 */
test('detectWithEldTables gives exactly what eld.detect + isReliable give', async () => {
  assert.ok(usesEldTables(), "eld's own tables were read (eld 2.x layout)");
  const { eld } = (await import('eld/small')) as unknown as { eld: { detect(text: string): { language: string; isReliable(): boolean } } };
  const reference = (sample: string): string | null => {
    const result = eld.detect(sample);
    return result.language && result.isReliable() ? result.language : null;
  };
  const samples: string[] = [];
  for (const c of CASES) for (let cut = 5; cut <= c.text.length + 5; cut += 7) samples.push(c.text.slice(0, cut), c.text.slice(cut));
  // Long samples (eld stops after 350-380 bytes), starting anywhere in the cases run together.
  const all = CASES.map((c) => c.text).join(' ');
  for (let at = 0; at < all.length; at += 3) samples.push(all.slice(at, at + 800));
  // A long word across the 350-byte mark is cut at 380 bytes.
  for (const c of CASES) {
    const glued = c.text.replace(/ /g, '');
    for (let at = 250; at < 400; at += 3) samples.push(`${all.slice(0, at)}${glued} talks`);
  }
  const pieces = [
    'the',
    'talks',
    'Aldovia',
    "don't",
    "'quoted'",
    '`tick`',
    'l’Aldovie',
    'Außen',
    'ÉTÉ',
    'İstanbul',
    'ΣΟΦΟΣ',
    'переговоры',
    'МИНИСТР',
    '会谈',
    '😀',
    '\uD800',
    '\uDC00x',
    '2031',
    'ALD-7',
    ' ',
    '  ',
    '\t',
    '\n',
    '—',
    '.',
    'x'.repeat(75),
    'é'.repeat(40),
    'ab',
    'negotiations'.repeat(6),
    'переговоры'.repeat(4),
    'Außenminister'.repeat(5),
    'fishing'.repeat(10),
  ];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < 1500; i++) {
    const words: string[] = [];
    const count = next(120);
    for (let k = 0; k < count; k++) words.push(pieces[next(pieces.length)] as string);
    samples.push(words.join(next(3) === 0 ? '' : ' '));
  }
  let reliable = 0;
  for (const sample of samples) {
    const expected = reference(sample);
    if (expected) reliable++;
    assert.equal(detectWithEldTables(sample), expected, JSON.stringify(sample.slice(0, 120)));
  }
  assert.ok(reliable > 100, `enough samples get a language (${reliable})`);
});
