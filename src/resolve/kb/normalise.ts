/**
 * Name normalisation for knowledge-base keys: one function applied to stored names and to
 * queries alike, so that spellings that differ only in case, diacritics, punctuation or a
 * common romanisation choice meet on the same key.
 */
import { ownString } from '../../core/span.js';

/** Letters NFKD does not decompose into a base letter plus a mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};
const EXTRA_FOLD_PATTERN = /[øłđðßæœıþ]/g;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´ʼ]/g;
const POSSESSIVE = /['’]s\b/g;
const DOTS = /\./g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_ARTICLE = /^the /;

/**
 * Word-level romanisation folds. Russian, Ukrainian and Persian names reach English news
 * through several systems (BGN/PCGN, scholarly, popular press), which disagree mainly on:
 * й/ий/ый at a word end (Sergey/Sergei, Dmitriy/Dmitry/Dmitri, Zelenskyy/Zelensky/Zelenskiy),
 * х as kh or h (Mikhail/Mihail, Khamenei/Hamenei), кс as ks or x (Aleksey/Alexei), and я/ия
 * after a consonant or i (Nebenzya/Nebenzia, Mariya/Maria). Each pair is folded to one side.
 * The folds are applied to stored keys and queries alike, so they can only merge spellings,
 * never lose one; the price is rare false merges between English names (Tony/Toni).
 */
const WORD_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, 'h'],
  [/ks/g, 'x'],
  [/iy(?=[aeou])/g, 'i'],
  [/(?<=[bcdfghjklmnpqrstvwxz])ya/g, 'ia'],
  [/(?:iy|ii|yy|y)$/, 'i'],
];

/** Bound of the memo of {@link normaliseName}: ample for a batch's distinct names. */
const NAME_CACHE_LIMIT = 50_000;
const nameCache = new Map<string, string>();
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Folds one lower-case, diacritic-free word through {@link WORD_FOLDS}. */
function foldWord(word: string): string {
  let out = word;
  for (const [pattern, replacement] of WORD_FOLDS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Lower-cases, strips diacritics (NFKD), drops dots, apostrophes and a possessive "'s",
 * turns other punctuation into spaces, drops the word "the", and folds common romanisation
 * variants word by word. The result is the key every index of the knowledge base uses.
 *
 * @example
 * normaliseName('Sergey Lavrov') === normaliseName('Sergei Lavrov'); // true
 * normaliseName('U.S.') === normaliseName('US'); // true
 * normaliseName('Niinistö') === normaliseName('Niinisto'); // true
 */
export function normaliseName(text: string): string {
  const cached = nameCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeNameKey(text);
  // Names repeat across a batch; a bounded memo keeps look-ups cheap without growing forever.
  if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
  // Copies: a name cut from a page would keep the page alive as long as the memo.
  const owned = ownString(key);
  nameCache.set(ownString(text), owned);
  return owned;
}

function computeNameKey(text: string): string {
  const folded = (ASCII_ONLY.test(text) ? text : text.normalize('NFKD'))
    .replace(MARKS, '')
    .toLowerCase()
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .replace(POSSESSIVE, '')
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .replace(NON_WORD, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
  if (folded === '') return '';
  // "the" carries no identity inside names either ("Ministry of Foreign Affairs of the Russian
  // Federation" = "... of Russian Federation"), so it is dropped everywhere in keys.
  return folded
    .split(' ')
    .filter((word) => word !== 'the')
    .map(foldWord)
    .join(' ');
}

/**
 * Lower-cases and strips diacritics and punctuation but keeps spellings apart; used for
 * office phrases, where romanisation folds would only blur words ("secretary" → "secretari").
 */
export function normalisePhrase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(POSSESSIVE, '')
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .replace(NON_WORD, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}
