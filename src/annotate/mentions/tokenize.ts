/**
 * A light word tokenizer for mention detection: one sticky regular expression over the
 * text, tokens keep their offsets (the text is never copied into tokens beyond the
 * lower-cased form used for look-ups). Possessive "'s" and punctuation are tokens of
 * their own so "Russia's" yields "Russia" + "'s"; "U.S." and "US-led" stay whole.
 */
import { isSpaceCode } from '../../core/span.js';
import { codesOfPage } from './char-codes.js';
import { buildTrie, PRONOUNS, ROLE_ADJECTIVES, ROLE_HEADS, wordClassesOf } from './lexicon.js';

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
  /** The word lists the lower-case form belongs to, as WORD_CLASS bits (see lexicon.ts). */
  readonly classes: number;
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
/** 1 for ASCII letters and digits, by code (one table read instead of three range tests per character). */
const ASCII_WORD: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return table;
})();

function isAsciiWord(c: number): boolean {
  return c < 128 && ASCII_WORD[c] === 1;
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
 *
 * The table is laid out for the cache (between two pages the other stages push it out of
 * it, and each word then cost three misses: slot, characters, word object): a slot is one
 * 64-byte run of integers holding the hash, the word's id, its length and flags, its word
 * classes and its characters, so a known word costs the slot and its two strings' entry.
 * It starts small and doubles as words come.
 */
interface Word {
  readonly text: string;
  readonly lower: string;
  readonly isUpper: boolean;
  readonly opensPhrase: boolean;
  readonly classes: number;
}
/**
 * Only tokens shorter than this are kept: V8 copies such slices, while a longer slice
 * would keep its whole page alive in the table.
 */
const MAX_CACHED_CHARS = 13;
/** Integers per slot: [hash, id + 1 (0: empty), length | flags, classes, characters two by two]. */
const SLOT_INTS = 16;
const SLOT_FLAGS = 2;
const SLOT_CLASSES = 3;
const SLOT_CHARS = 4;
const LENGTH_MASK = 0xffff;
const FLAG_UPPER = 1 << 16;
const FLAG_OPENS = 1 << 17;
/** Most slots the table grows to (a power of two); cleared when half full (news vocabulary repeats within a batch). */
const MAX_WORD_SLOTS = 1 << 16;
const FIRST_WORD_SLOTS = 1 << 12;
let wordSlots = FIRST_WORD_SLOTS;
let wordMask = wordSlots - 1;
let wordTable = new Int32Array(wordSlots * SLOT_INTS);
/** Per word id (in the order words were added): its text and lower-case form, side by side. */
const wordStrings: string[] = [];
let wordCount = 0;

/** The code units of the text being read (shared with the other page scanners). */
const codesOf = codesOfPage;

/** FNV-1a over codes[start, end). */
function hashCodes(codes: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ (codes[k] as number), 16777619);
  return h;
}

/** Whether the characters stored at table[at..] are codes[start, start + length). */
function isSameWord(table: Int32Array, at: number, codes: Uint16Array, start: number, length: number): boolean {
  let k = 0;
  for (; k + 1 < length; k += 2) {
    if (table[at + (k >>> 1)] !== ((codes[start + k] as number) | ((codes[start + k + 1] as number) << 16))) return false;
  }
  return k === length || table[at + (k >>> 1)] === codes[start + k];
}

/** A token's fields read from the word table (see {@link lookUpWord}). */
let foundText = '';
let foundLower = '';
let foundFlags = 0;
let foundClasses = 0;

/**
 * Reads the shared word for text[start, end) (end - start < MAX_CACHED_CHARS) into the
 * found* variables, adding it when new; `h` is hashCodes(codes, start, end).
 */
function lookUpWord(text: string, codes: Uint16Array, start: number, end: number, isCap: boolean, h: number): void {
  const length = end - start;
  const table = wordTable;
  let slot = h & wordMask;
  for (;;) {
    const at = slot * SLOT_INTS;
    const id1 = table[at + 1] as number;
    if (id1 === 0) break;
    const flags = table[at + SLOT_FLAGS] as number;
    if (table[at] === h && (flags & LENGTH_MASK) === length && isSameWord(table, at + SLOT_CHARS, codes, start, length)) {
      const id = (id1 - 1) * 2;
      foundText = wordStrings[id] as string;
      foundLower = wordStrings[id + 1] as string;
      foundFlags = flags;
      foundClasses = table[at + SLOT_CLASSES] as number;
      return;
    }
    slot = (slot + 1) & wordMask;
  }
  const value = text.slice(start, end);
  const word = makeWord(value, lowerOf(value, text, start, end), isCap);
  if (wordCount >= MAX_WORD_SLOTS >>> 1) {
    clearWords();
    slot = h & wordMask;
  } else if (wordCount >= wordSlots >>> 1) {
    growWords();
    slot = freeSlot(h);
  }
  const id = wordCount++;
  wordStrings[id * 2] = word.text;
  wordStrings[id * 2 + 1] = word.lower;
  const flags = length | (word.isUpper ? FLAG_UPPER : 0) | (word.opensPhrase ? FLAG_OPENS : 0);
  const at = slot * SLOT_INTS;
  wordTable[at] = h;
  wordTable[at + 1] = id + 1;
  wordTable[at + SLOT_FLAGS] = flags;
  wordTable[at + SLOT_CLASSES] = word.classes;
  for (let k = 0; k < length; k += 2) {
    const high = k + 1 < length ? (codes[start + k + 1] as number) << 16 : 0;
    wordTable[at + SLOT_CHARS + (k >>> 1)] = (codes[start + k] as number) | high;
  }
  foundText = word.text;
  foundLower = word.lower;
  foundFlags = flags;
  foundClasses = word.classes;
}

/** The first empty slot for hash `h`. */
function freeSlot(h: number): number {
  let slot = h & wordMask;
  while (wordTable[slot * SLOT_INTS + 1] !== 0) slot = (slot + 1) & wordMask;
  return slot;
}

/** Doubles the table, placing the words again. */
function growWords(): void {
  const old = wordTable;
  wordSlots *= 2;
  wordMask = wordSlots - 1;
  wordTable = new Int32Array(wordSlots * SLOT_INTS);
  for (let at = 0; at < old.length; at += SLOT_INTS) {
    if (old[at + 1] === 0) continue;
    const to = freeSlot(old[at] as number) * SLOT_INTS;
    wordTable.set(old.subarray(at, at + SLOT_INTS), to);
  }
}

/** Forgets every word (the table keeps its size). */
function clearWords(): void {
  wordTable.fill(0);
  wordStrings.length = 0;
  wordCount = 0;
}

function makeWord(value: string, lower: string, isCap: boolean): Word {
  return { text: value, lower, isUpper: isCap && isAllUpper(value), opensPhrase: opensPhrase(lower), classes: wordClassesOf(lower) };
}

/**
 * One-character ASCII punctuation tokens by character code, made once: they are a good
 * share of a page's tokens and need no hashing.
 */
const punctuationWords: (Word | undefined)[] = new Array<Word | undefined>(128).fill(undefined);

function punctuationWord(code: number): Word {
  let word = punctuationWords[code];
  if (word === undefined) {
    const value = String.fromCharCode(code);
    word = makeWord(value, value, false);
    punctuationWords[code] = word;
  }
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

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * Splits text[start, end) into tokens with absolute offsets.
 *
 * @example
 * tokenize("Russia's ministry").map((t) => t.text) // ["Russia", "'s", "ministry"]
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: MutableToken[] = [];
  const count = fillTokens(text, start, end, out);
  out.length = count;
  return out;
}

/**
 * Token objects reused from one call of {@link tokenizeShared} to the next: a page's
 * tokens were most of the stage's allocation (and so of its garbage collection).
 */
const sharedTokens: MutableToken[] = [];
/** Above this many tokens the pool is dropped after use, so one huge page is not kept. */
const MAX_SHARED_TOKENS = 1 << 15;
/** Entries of sharedTokens that hold a page's strings (the last call's count). */
let sharedValid = 0;

/**
 * The tokens of `text` in objects reused by the next call (the caller must keep neither
 * the array nor its tokens beyond its own use): returns the shared array and the count
 * of its valid entries (entries after `count` are stale).
 */
export function tokenizeShared(text: string): { readonly tokens: readonly Token[]; readonly count: number } {
  if (sharedTokens.length > MAX_SHARED_TOKENS) sharedTokens.length = 0;
  const count = fillTokens(text, 0, text.length, sharedTokens);
  // Tokens past `count` are left from a longer page: drop their strings, since a long
  // token's text is a slice that would keep that page alive.
  const stale = Math.min(sharedValid, sharedTokens.length);
  for (let k = count; k < stale; k++) {
    const tok = sharedTokens[k] as MutableToken;
    tok.text = '';
    tok.lower = '';
  }
  sharedValid = count;
  return { tokens: sharedTokens, count };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/**
 * Writes the tokens of text[start, end) into `out` from index 0, reusing the objects
 * already there, and returns how many it wrote.
 */
function fillTokens(text: string, start: number, end: number, out: MutableToken[]): number {
  const codes = codesOf(text);
  let count = 0;
  let i = start;
  const length = text.length;
  while (i < end) {
    const code = codes[i] as number;
    // ASCII spaces inline (\s below 128 is space and \t-\r); other code points by the table.
    if (code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code >= 128 && isSpaceCode(code)) {
      i++;
      continue;
    }
    let tokenEnd = -1;
    let h = 0;
    let punctuation = false;
    if (code < 128 && isAsciiWord(code)) {
      // The common token: a run of ASCII letters and digits, hashed while it is scanned.
      // Runs that may go on (hyphen, apostrophe, non-ASCII) or start an initialism take
      // the general path below.
      let j = i;
      let c = code;
      h = FNV_OFFSET;
      for (;;) {
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
        if (j >= length) break;
        c = codes[j] as number;
        if (!isAsciiWord(c)) break;
      }
      if (j >= length || !(c >= 128 || c === 45 || c === 39 || (c === 46 && j - i === 1 && code >= 65 && code <= 90))) tokenEnd = j;
    } else if (code < 128 && code !== 39) {
      // ASCII punctuation other than an apostrophe (which may open "'s") is one token.
      tokenEnd = i + 1;
      punctuation = true;
    }
    if (tokenEnd < 0) {
      tokenEnd = tokenEndAt(text, i, length);
      h = hashCodes(codes, i, tokenEnd);
    }
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
    let classes: number;
    if (punctuation) {
      const word = punctuationWord(code);
      value = word.text;
      lower = word.lower;
      isUpper = word.isUpper;
      opens = word.opensPhrase;
      classes = word.classes;
    } else if (tokenEnd - i < MAX_CACHED_CHARS) {
      lookUpWord(text, codes, i, tokenEnd, isCap, h);
      value = foundText;
      lower = foundLower;
      isUpper = (foundFlags & FLAG_UPPER) !== 0;
      opens = (foundFlags & FLAG_OPENS) !== 0;
      classes = foundClasses;
    } else {
      value = text.slice(i, tokenEnd);
      lower = lowerOf(value, text, i, tokenEnd);
      // An all-capital token starts with a capital (its first character is never a dot).
      isUpper = isCap && isAllUpper(value);
      opens = opensPhrase(lower);
      classes = wordClassesOf(lower);
    }
    const tok = count < out.length ? out[count] : undefined;
    if (tok === undefined) {
      out.push({ start: i, end: tokenEnd, text: value, lower, isCap, isUpper, isWord, opensPhrase: opens, classes });
    } else {
      tok.start = i;
      tok.end = tokenEnd;
      tok.text = value;
      tok.lower = lower;
      tok.isCap = isCap;
      tok.isUpper = isUpper;
      tok.isWord = isWord;
      tok.opensPhrase = opens;
      tok.classes = classes;
    }
    count++;
    i = tokenEnd;
  }
  return count;
}
