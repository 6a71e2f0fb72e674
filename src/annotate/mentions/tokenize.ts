/**
 * A light word tokenizer for mention detection: one sticky regular expression over the
 * text, tokens keep their offsets (the text is never copied into tokens beyond the
 * lower-cased form used for look-ups). Possessive "'s" and punctuation are tokens of
 * their own so "Russia's" yields "Russia" + "'s"; "U.S." and "US-led" stay whole.
 */
import { isSpaceCode } from '../../core/span.js';

/** One token of the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token's text. */
  readonly text: string;
  /** Lower-cased, with typographic apostrophes made plain. */
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly isCap: boolean;
  /** Two or more letters, all upper-case ("NATO", "US", "U.S."). */
  readonly isUpper: boolean;
  /** A word (letters or digits), not punctuation. */
  readonly isWord: boolean;
}

const NON_ASCII_UPPER = /^\p{Lu}/u;
const NON_ASCII_WORD = /^[\p{L}\p{M}\p{N}]/u;

function isUpperChar(code: number, ch: string): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return NON_ASCII_UPPER.test(ch);
}

function isWordChar(code: number, ch: string): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  return NON_ASCII_WORD.test(ch);
}

/** Two or more characters, every letter upper case ("NATO", "U.S."). */
function isAllUpper(value: string): boolean {
  if (value.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 46) continue;
    if (!isUpperChar(code, value[i] as string)) return false;
    letters++;
  }
  return letters >= 2;
}

/** Letters, marks and digits outside ASCII, by code point (cached: news uses few of them). */
const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;
const wordCodePoints = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let known = wordCodePoints.get(cp);
  if (known === undefined) {
    known = WORD_CODE_POINT.test(String.fromCodePoint(cp));
    wordCodePoints.set(cp, known);
  }
  return known;
}

/** Width in UTF-16 units of the code point at i. */
function widthAt(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2013;

/** End of a run of word code points from i (i itself if none). */
function wordRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const cp = text.codePointAt(j) as number;
    if (!isWordCodePoint(cp)) break;
    j += widthAt(cp);
  }
  return j;
}

/** True when text[i..] is a possessive "'s" / "’s" not followed by a letter. */
function isPossessiveAt(text: string, i: number, end: number): boolean {
  if (i + 1 >= end || !isApostrophe(text.charCodeAt(i))) return false;
  const s = text.charCodeAt(i + 1);
  if (s !== 115 && s !== 83) return false;
  if (i + 2 >= text.length) return true;
  const after = text.codePointAt(i + 2) as number;
  return !(after < 128 ? (after >= 97 && after <= 122) || (after >= 65 && after <= 90) : /^\p{L}$/u.test(String.fromCodePoint(after)));
}

/** Length of a dotted initialism at i ("U.S.", "U.N."): two or more capital-dot pairs, else 0. */
function initialismAt(text: string, i: number, end: number): number {
  let j = i;
  while (j + 1 < end + 1 && j + 1 <= text.length) {
    const c = text.charCodeAt(j);
    if (!(c >= 65 && c <= 90) || text.charCodeAt(j + 1) !== 46) break;
    j += 2;
  }
  return j - i >= 4 ? j - i : 0;
}

/**
 * The token at i (i is not a space): its end. The same tokens as the pattern
 * (?:[A-Z]\.){2,} | word(?:(?:hyphen|apostrophe not starting a possessive)word)* | 's | \S,
 * scanned by character codes (several times faster than the Unicode regular expression).
 */
function tokenEndAt(text: string, i: number, limit: number): number {
  const initialism = initialismAt(text, i, limit);
  if (initialism) return i + initialism;
  const cp = text.codePointAt(i) as number;
  if (isWordCodePoint(cp)) {
    let j = wordRunEnd(text, i, limit);
    for (;;) {
      if (j >= limit) break;
      const c = text.charCodeAt(j);
      if (!(isHyphen(c) || (isApostrophe(c) && !isPossessiveAt(text, j, text.length)))) break;
      const next = wordRunEnd(text, j + 1, limit);
      if (next === j + 1) break;
      j = next;
    }
    return j;
  }
  if (isPossessiveAt(text, i, text.length)) return i + 2;
  return i + widthAt(cp);
}

/**
 * Splits text[start, end) into tokens with absolute offsets.
 *
 * @example
 * tokenize("Russia's ministry").map((t) => t.text) // ["Russia", "'s", "ministry"]
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    const tokenEnd = tokenEndAt(text, i, text.length);
    if (tokenEnd > end) break;
    const value = text.slice(i, tokenEnd);
    const first = value[0] as string;
    const isWord = isWordChar(code, first);
    const lower = value.toLowerCase();
    out.push({
      start: i,
      end: tokenEnd,
      text: value,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      isCap: isWord && isUpperChar(code, first),
      isUpper: isWord && isAllUpper(value),
      isWord,
    });
    i = tokenEnd;
  }
  return out;
}
