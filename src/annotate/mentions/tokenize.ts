/**
 * A light word tokenizer for mention detection: one sticky regular expression over the
 * text, tokens keep their offsets (the text is never copied into tokens beyond the
 * lower-cased form used for look-ups). Possessive "'s" and punctuation are tokens of
 * their own so "Russia's" yields "Russia" + "'s"; "U.S." and "US-led" stay whole.
 */

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

// Initialisms with dots, words with inner hyphens or apostrophes (O'Reilly, don't), possessive
// endings, then any other single non-space character.
const TOKEN = /(?:[A-Z]\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:[-‐–]|['’](?![sS](?![\p{L}])))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}])|\S/gu;
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

/**
 * Splits text[start, end) into tokens with absolute offsets.
 *
 * @example
 * tokenize("Russia's ministry").map((t) => t.text) // ["Russia", "'s", "ministry"]
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let match: RegExpExecArray | null = TOKEN.exec(text);
  while (match !== null && match.index < end) {
    const value = match[0];
    const tokenEnd = match.index + value.length;
    if (tokenEnd > end) break;
    const code = value.charCodeAt(0);
    const first = value[0] as string;
    const isWord = isWordChar(code, first);
    const lower = value.toLowerCase();
    out.push({
      start: match.index,
      end: tokenEnd,
      text: value,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      isCap: isWord && isUpperChar(code, first),
      isUpper: isWord && isAllUpper(value),
      isWord,
    });
    match = TOKEN.exec(text);
  }
  return out;
}
