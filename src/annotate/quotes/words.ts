/**
 * Hand-written word scanners for the quote finder. Each one gives exactly what a Unicode
 * regex over a slice gave before ("one pass over char codes, no slice, no match array"),
 * because the quote stage asks for the words of short stretches thousands of times a page.
 * Letters and digits are `\p{L}` and `\p{N}` by code point, so an astral letter (a surrogate
 * pair) counts as one character, and a pair cut by the stretch's edge counts as none.
 */

/** A word with its offsets, lower-cased form, and whether it starts with a capital. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly cap: boolean;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER_START = /^\p{Lu}/u;
/** Memo of `\p{L}|\p{N}` for the Basic Multilingual Plane: 0 unknown, 1 no, 2 yes. */
const BMP_CLASS = new Uint8Array(0x10000);

function isLetterOrDigitBmp(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = BMP_CLASS[code] ?? 0;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1;
    BMP_CLASS[code] = known;
  }
  return known === 2;
}

/**
 * The width (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none.
 * A surrogate pair counts only when both halves lie before `end`.
 */
function letterOrDigitWidth(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 2 : 0;
    }
  }
  return isLetterOrDigitBmp(code) ? 1 : 0;
}

/** Whitespace as JavaScript's `\s` reads it. */
export function isJsSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Inner word characters of `wordsIn`: . ’ ' & - (besides letters and digits). */
function isWordJoiner(code: number): boolean {
  return code === 46 || code === 0x2019 || code === 39 || code === 38 || code === 45;
}

/** Inner word characters of `firstWord`: ’ ' - (besides letters and digits). */
function isFirstWordJoiner(code: number): boolean {
  return code === 0x2019 || code === 39 || code === 45;
}

/** True when text[start, end) reads "(?:[A-Z]\.)+" (initials such as "U.S."). */
function isInitials(text: string, start: number, end: number): boolean {
  if (end <= start || (end - start) % 2 !== 0) return false;
  for (let i = start; i < end; i += 2) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90 || text.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

/** The word text[start, end) (offsets as {@link wordBoundsIn} gives them). */
export function makeWord(text: string, start: number, end: number): Word {
  const raw = text.slice(start, end);
  const first = raw.charCodeAt(0);
  const cap = first < 128 ? first >= 65 && first <= 90 : UPPER_START.test(raw);
  return { start, end, lower: raw.toLowerCase(), cap };
}

/**
 * The words of text[start, end): a letter or digit, then letters, digits and . ’ ' & -,
 * with trailing . ’ ' & - dropped unless the word is a run of initials ("U.S.").
 */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const count = wordBoundsIn(text, start, end, WORD_BOUNDS);
  const out: Word[] = [];
  for (let k = 0; k < count; k++) out.push(makeWord(text, WORD_BOUNDS[2 * k] as number, WORD_BOUNDS[2 * k + 1] as number));
  return out;
}

/** Scratch offsets of {@link wordsIn} (it runs to completion before it is called again). */
const WORD_BOUNDS: number[] = [];

/**
 * The offsets of the words {@link wordsIn} finds in text[start, end), as start and end
 * pairs written into `out` from index 0 (entries past the count are stale), without making
 * the words: a reader that needs only the last few makes just those with {@link makeWord}.
 * Returns the number of words.
 */
export function wordBoundsIn(text: string, start: number, end: number, out: number[]): number {
  let count = 0;
  let i = start;
  while (i < end) {
    const width = letterOrDigitWidth(text, i, end);
    if (width === 0) {
      i++;
      continue;
    }
    const wordStart = i;
    i += width;
    while (i < end) {
      if (isWordJoiner(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const w = letterOrDigitWidth(text, i, end);
      if (w === 0) break;
      i += w;
    }
    let wordEnd = i;
    while (wordEnd - wordStart > 1 && isWordJoiner(text.charCodeAt(wordEnd - 1)) && !isInitials(text, wordStart, wordEnd)) wordEnd--;
    out[2 * count] = wordStart;
    out[2 * count + 1] = wordEnd;
    count++;
  }
  return count;
}

/**
 * The word starting at `pos` after spaces only (letters, digits, ’ ' -), looking no further
 * than 60 characters or `ceil`; null when something else comes first.
 */
export function firstWord(text: string, pos: number, ceil: number): Word | null {
  const limit = Math.min(ceil, pos + 60);
  let i = pos;
  while (i < limit && isJsSpace(text.charCodeAt(i))) i++;
  if (i >= limit) return null;
  const width = letterOrDigitWidth(text, i, limit);
  if (width === 0) return null;
  const wordStart = i;
  i += width;
  while (i < limit) {
    if (isFirstWordJoiner(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const w = letterOrDigitWidth(text, i, limit);
    if (w === 0) break;
    i += w;
  }
  return makeWord(text, wordStart, i);
}

/**
 * True when text[start, end) holds at least `min` runs of letters and digits (stops
 * counting at `min`). A run that starts inside the stretch but crosses `end` does not count
 * and ends the count, as the regex over the whole text did.
 */
export function hasWords(text: string, start: number, end: number, min: number): boolean {
  const length = text.length;
  let n = 0;
  let i = start;
  // A Unicode regex whose lastIndex splits a surrogate pair starts at the pair: so does this.
  const code = text.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff && start > 0) {
    const high = text.charCodeAt(start - 1);
    if (high >= 0xd800 && high <= 0xdbff) i = start - 1;
  }
  while (n < min) {
    while (i < end && letterOrDigitWidth(text, i, length) === 0) i++;
    // A run starting at or past `end` cannot end by `end`.
    if (i >= end) return false;
    while (i < length) {
      const w = letterOrDigitWidth(text, i, length);
      if (w === 0) break;
      i += w;
    }
    if (i > end) return false;
    n++;
  }
  return true;
}

/** True when text[start, end) holds a letter or digit (a pair cut by an edge does not count). */
export function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (letterOrDigitWidth(text, i, end) > 0) return true;
  return false;
}

/** True when the code units form a surrogate pair that is a letter or digit. */
export function isLetterOrDigitPair(high: number, low: number): boolean {
  if (high < 0xd800 || high > 0xdbff || low < 0xdc00 || low > 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(high, low));
}
