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

// Initialisms with dots, words with inner hyphens/apostrophes-less joins, possessive
// endings, then any other single non-space character.
const TOKEN =
  /(?:[A-Z]\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐–][\p{L}\p{M}\p{N}]+)*|['’]s(?![\p{L}])|\S/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^(?:\p{Lu}[.\p{Lu}]+)$/u;
const WORDISH = /^[\p{L}\p{M}\p{N}]/u;

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
    const isWord = WORDISH.test(value);
    out.push({
      start: match.index,
      end: tokenEnd,
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      isCap: isWord && UPPER.test(value),
      isUpper: isWord && value.length >= 2 && ALL_UPPER.test(value),
      isWord,
    });
    match = TOKEN.exec(text);
  }
  return out;
}
