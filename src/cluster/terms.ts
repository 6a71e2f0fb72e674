/**
 * Words and story terms for clustering: normalised tokens (for near-duplicate shingles) and
 * typed terms (for story similarity). Both are pure and single-pass over the text; no
 * regular expression is built per token.
 */

/** A word of the text, normalised for comparison. */
export interface ClusterToken {
  /** Lower-cased, apostrophes and inner dots removed, light English stemming applied. */
  readonly norm: string;
  /** UTF-16 offset of the word in the text. */
  readonly start: number;
  /** Written with an upper-case first letter. */
  readonly isCapitalised: boolean;
  /** First word of a line or after `.`, `!`, `?`, `:` or an opening quote: capitals prove nothing there. */
  readonly isSentenceStart: boolean;
  /** Part of a line written all in capitals (shouted headlines): capitals prove nothing there. */
  readonly isInShoutedLine: boolean;
  /** Contains a digit. */
  readonly isNumber: boolean;
}

/**
 * The kinds of story term. `w` common word, `e` named-entity word (capitalised inside a
 * sentence), `p` entity phrase (adjacent capitalised words joined), `n` number, `y` year,
 * `m` month of a year (`m:2013-05`), `k` an entity id given by the caller, `l` a capitalised
 * word of the page's opening (`l:teixeira`, also counted as `e:` or `w:`).
 */
export type TermKind = 'w' | 'e' | 'p' | 'n' | 'y' | 'm' | 'k' | 'l';

// A run of letters/digits joined by inner apostrophes, dots, hyphens or commas between digits
// ("don't", "U.S.", "5.6", "1,200", "well-known").
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;
// The words of a page's opening (its title and first sentence, in a news page) that name
// someone or something: `l:` terms, on top of their `e:`/`w:` terms. Two stories of the same
// kind mention each other's actors in passing, but each puts its own in its opening ("The
// Red Sox made an offer to Teixeira" / "The Angels offered Teixeira"). 40 tokens, grid
// {30, 40, 50} on ECB+ train (weight in stories.ts).
const LEAD_TOKENS = 40;
const YEAR = /^(1[89]\d\d|20\d\d)$/;

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/**
 * English function words and news furniture. They carry no story identity; capitalised
 * forms of them ("The", "Monday") must not become entity terms either.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said say says told according report reported reports news new one two three four five six seven eight nine ten ' +
    'first last year years day days week weeks month months time times today yesterday tomorrow ago ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms dr am pm gmt utc est et bst pdt pst edt cet ' +
    'posted updated published share comment comments email print read more click image photo video ' +
    'may will also could would should might must shall get got go goes went make made take took come came ' +
    'like well back even still just many much us people since around including however while'
  ).split(' '),
);

/** Month names, so that "May 3" makes a month term and "May" is not read as an entity. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word);
}

/**
 * Light English stemming: plural and verb endings folded so "checks", "checked" and
 * "checking" meet. Deliberately conservative (no Porter): a wrong merge of two content
 * words costs more than a missed one, because entity and number terms carry most weight.
 */
export function stemWord(word: string): string {
  const n = word.length;
  if (n <= 3 || HAS_DIGIT.test(word)) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && n > 5) return word.slice(0, -3);
  if (word.endsWith('ied') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ed') && n > 4 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Lower-cases a word and removes apostrophes, inner dots and thousands commas ("U.S." → "us"). */
export function normaliseWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
  return lower.replace(/['’.,]/g, '');
}

/**
 * Splits a text into normalised words with the capitalisation facts that entity detection
 * needs. A word is at a sentence start when only spaces and quote/bracket marks separate it
 * from the text start, a line break, or one of `. ! ? :`.
 */
export function tokenizeForClustering(text: string): ClusterToken[] {
  const tokens: ClusterToken[] = [];
  const shouted = findShoutedLines(text);
  let previousEnd = 0;
  let lineIndex = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    while (lineIndex < shouted.length - 1 && (shouted[lineIndex + 1]?.start ?? Infinity) <= start) lineIndex++;
    const isSentenceStart = isBoundaryBetween(text, previousEnd, start);
    previousEnd = start + raw.length;
    const norm = stemWord(normaliseWord(raw));
    if (norm.length === 0) continue;
    tokens.push({
      norm,
      start,
      isCapitalised: UPPER_FIRST.test(raw),
      isSentenceStart,
      isInShoutedLine: shouted[lineIndex]?.isShouted ?? false,
      isNumber: HAS_DIGIT.test(raw),
    });
  }
  return tokens;
}

/**
 * Typed story terms of a text with their counts: common words, entity words and phrases,
 * numbers, years and year-months. Terms are prefixed by kind (`e:lohan`, `y:2013`).
 *
 * @example
 * extractStoryTerms('Ann Vale of Norland won 3 races.').get('p:ann_vale') // 1
 */
export function extractStoryTerms(text: string): Map<string, number> {
  const tokens = tokenizeForClustering(text);
  const terms = new Map<string, number>();
  const add = (term: string): void => {
    terms.set(term, (terms.get(term) ?? 0) + 1);
  };
  let phrase: string[] = [];
  let phraseEnd = -1;
  const flushPhrase = (): void => {
    if (phrase.length >= 2) add(`p:${phrase.join('_')}`);
    phrase = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as ClusterToken;
    const norm = token.norm;
    if (token.isNumber) {
      flushPhrase();
      if (YEAR.test(norm)) {
        add(`y:${norm}`);
        const previous = tokens[i - 1];
        const beforePrevious = tokens[i - 2];
        const month = monthNumber(previous?.norm ?? '') ?? monthNumber(beforePrevious?.norm ?? '');
        if (month !== undefined) add(`m:${norm}-${String(month).padStart(2, '0')}`);
      } else if (norm.length <= 12) {
        add(`n:${norm}`);
      }
      continue;
    }
    if (norm.length < 2 || STOP_WORDS.has(norm) || monthNumber(norm) !== undefined) {
      flushPhrase();
      continue;
    }
    const isEntity = token.isCapitalised && !token.isInShoutedLine;
    if (i < LEAD_TOKENS && token.isCapitalised) add(`l:${norm}`);
    if (isEntity && !token.isSentenceStart) {
      add(`e:${norm}`);
      if (phrase.length > 0 && phraseEnd !== i - 1) flushPhrase();
      phrase.push(norm);
      phraseEnd = i;
    } else if (isEntity && token.isSentenceStart) {
      // A capital at a sentence start may be a name ("Lohan checked in") or not ("Police
      // said"); count it as a word, and let it open a phrase, which only counts when a
      // second capitalised word follows.
      flushPhrase();
      add(`w:${norm}`);
      phrase.push(norm);
      phraseEnd = i;
    } else {
      flushPhrase();
      add(`w:${norm}`);
    }
  }
  flushPhrase();
  return terms;
}

/** The kind of a story term (its prefix). */
export function termKind(term: string): TermKind {
  return term.charAt(0) as TermKind;
}

function isBoundaryBetween(text: string, from: number, to: number): boolean {
  if (from === 0) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // \n . ! ? : and the quote marks " “ ” « » ( [
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 58) return true;
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 40 || c === 91) return true;
  }
  return false;
}

interface LineFlag {
  readonly start: number;
  readonly isShouted: boolean;
}

/** Lines with letters and no lower-case letter at all (shouted headlines, "BREAKING NEWS"). */
function findShoutedLines(text: string): LineFlag[] {
  const lines: LineFlag[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    lines.push({ start, isShouted: !HAS_LOWER.test(line) && /\p{Lu}/u.test(line) });
    start = end + 1;
  }
  return lines;
}
