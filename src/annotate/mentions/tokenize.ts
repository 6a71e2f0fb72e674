/**
 * A light word tokenizer for mention detection: one sticky regular expression over the
 * text, tokens keep their offsets (the text is never copied into tokens beyond the
 * lower-cased form used for look-ups). Possessive "'s" and punctuation are tokens of
 * their own so "Russia's" yields "Russia" + "'s"; "U.S." and "US-led" stay whole.
 */
import { isSpaceCode } from '../../core/span.js';
import { buildTrie, PRONOUNS, ROLE_ADJECTIVES, ROLE_HEADS } from './lexicon.js';

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
  /**
   * The lower-case form may open a role or description phrase: "the", a role adjective
   * ("former"), a role head's first word, a pronoun, or a hyphenated word ("US-led").
   * Mention detection skips other lower-case words at once.
   */
  readonly opensPhrase: boolean;
}

/** Lower-case words that can open a role or description phrase (see Token.opensPhrase). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', ...ROLE_ADJECTIVES, ...buildTrie(ROLE_HEADS).next.keys(), ...PRONOUNS.keys()]);

/** Whether a lower-case form may open a role or description phrase. */
function opensPhrase(lower: string): boolean {
  return PHRASE_OPENERS.has(lower) || lower.includes('-');
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

/** ASCII letters and digits. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** End of a run of word code points from i (i itself if none). */
function wordRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      // ASCII fast path: no code point decoding.
      if (!isAsciiWord(c)) break;
      j++;
      continue;
    }
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
 * Words already seen (text, lower-case form, all-capitals flag), shared across documents
 * in an open-addressing table keyed by a hash of the characters: a known word costs no
 * slice, no `toLowerCase` (V8's slow two-byte path on pages with any non-ASCII character)
 * and no hashing by V8, and its shared strings keep their hash for the many set look-ups
 * of mention detection.
 */
interface Word {
  readonly text: string;
  readonly lower: string;
  readonly isUpper: boolean;
  readonly opensPhrase: boolean;
}
/** Table size (a power of two); cleared when half full (news vocabulary repeats within a batch). */
const WORD_SLOTS = 1 << 16;
const WORD_MASK = WORD_SLOTS - 1;
const wordHashes = new Int32Array(WORD_SLOTS);
const words: (Word | undefined)[] = new Array<Word | undefined>(WORD_SLOTS).fill(undefined);
let wordCount = 0;
/**
 * Only tokens shorter than this are kept: V8 copies such slices, while a longer slice
 * would keep its whole page alive in the table.
 */
const MAX_CACHED_CHARS = 13;

/** FNV-1a over text[start, end). */
function hashChars(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h;
}

/** Whether `word` equals text[start, start + word.length). */
function isSameWord(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The shared word for text[start, end) (end - start < MAX_CACHED_CHARS), added when new. */
function wordAt(text: string, start: number, end: number, isCap: boolean): Word {
  const h = hashChars(text, start, end);
  const length = end - start;
  let slot = h & WORD_MASK;
  for (;;) {
    const word = words[slot];
    if (word === undefined) break;
    if (wordHashes[slot] === h && word.text.length === length && isSameWord(word.text, text, start)) return word;
    slot = (slot + 1) & WORD_MASK;
  }
  const value = text.slice(start, end);
  const lower = lowerOf(value, text, start, end);
  const word: Word = { text: value, lower, isUpper: isCap && isAllUpper(value), opensPhrase: opensPhrase(lower) };
  if (wordCount >= WORD_SLOTS >>> 1) {
    words.fill(undefined);
    wordCount = 0;
    slot = h & WORD_MASK;
    while (words[slot] !== undefined) slot = (slot + 1) & WORD_MASK;
  }
  words[slot] = word;
  wordHashes[slot] = h;
  wordCount++;
  return word;
}

/** Lower-cased, typographic apostrophes made plain; `value` itself when already so. */
function lowerOf(value: string, text: string, start: number, end: number): string {
  let hasUpper = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) {
      const lower = value.toLowerCase();
      return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    }
    if (c >= 65 && c <= 90) hasUpper = true;
  }
  return hasUpper ? value.toLowerCase() : value;
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
    let isWord: boolean;
    let isCap: boolean;
    if (code < 128) {
      isWord = isAsciiWord(code);
      isCap = code >= 65 && code <= 90;
    } else {
      const first = text[i] as string;
      isWord = isWordChar(code, first);
      isCap = isWord && isUpperChar(code, first);
    }
    let value: string;
    let lower: string;
    let isUpper: boolean;
    let opens: boolean;
    if (tokenEnd - i < MAX_CACHED_CHARS) {
      const word = wordAt(text, i, tokenEnd, isCap);
      value = word.text;
      lower = word.lower;
      isUpper = word.isUpper;
      opens = word.opensPhrase;
    } else {
      value = text.slice(i, tokenEnd);
      lower = lowerOf(value, text, i, tokenEnd);
      // An all-capital token starts with a capital (its first character is never a dot).
      isUpper = isCap && isAllUpper(value);
      opens = opensPhrase(lower);
    }
    out.push({ start: i, end: tokenEnd, text: value, lower, isCap, isUpper, isWord, opensPhrase: opens });
    i = tokenEnd;
  }
  return out;
}
