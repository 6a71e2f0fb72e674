/**
 * Language identification on short news paragraphs written for this test (FICTION: the
 * places and people are invented). The first sample is 200 characters, so each text is
 * long enough to need the cut, and the mixed ones exercise the second, longer read.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { detectLanguage, prepareLanguageDetector } from './language.js';

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
