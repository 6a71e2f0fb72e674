/**
 * Splits a plain-text page dump into blocks (a line, or hard-wrapped lines of one
 * paragraph) and measures the features the classifier uses. Offsets are into the source
 * exactly as received (CRLF, NBSP and all); `text` is the normalised form.
 */
import { isSpaceCode } from '../../core/span.js';

/** One block of the page with its features. */
export interface Block {
  /** Position in the page's block list. */
  readonly index: number;
  /** Trimmed span in the source. */
  readonly start: number;
  readonly end: number;
  /** The block's text with whitespace runs (NBSP included) collapsed to one space. */
  readonly text: string;
  /** The blank-line-separated group the block belongs to, and how many blocks it holds. */
  readonly group: number;
  groupSize: number;
  /** True when the group is a link list: many short lines in a row. */
  inLinkList: boolean;
  readonly words: number;
  /** Ends like a sentence: . ! ? … or a closing quotation mark. */
  readonly endsSentence: boolean;
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINALS = new Set(['.', '!', '?', '…']);

/** Ends with . ! ? … (closing quotes or brackets allowed after it), or with a closing quotation mark. */
function endsLikeSentence(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  if (TERMINALS.has(last) || last === '"' || last === '”' || last === '»') return true;
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] ?? '')) i--;
  return i < text.length - 1 && TERMINALS.has(text[i] ?? '');
}
const LOWER_START = /^[\p{Ll}]/u;
/** Characters that end a line on purpose (a sentence, a clause, a quotation); read from the last character only. */
const WRAP_END_CHARS = new Set(['.', '!', '?', '…', ':', ';', '"', "'", '”', '’', '»', ')', ']']);
const endsOnPurpose = (text: string): boolean => WRAP_END_CHARS.has(text[text.length - 1] ?? '');
const WHITESPACE_RUN = /\s+/g;

/**
 * A group is a link list when it holds at least this many blocks and at least this share
 * of them are short. Calibrated on menus and "Most read" lists (20+ lines, nearly all of
 * 1-4 words) against header groups that carry a section, time, standfirst and credit (six
 * lines, five short): both count as lists, and the long standfirst survives through
 * `LIST_ITEM_MAX_WORDS`.
 */
const LINK_LIST_MIN_BLOCKS = 4;
const LINK_LIST_SHORT_SHARE = 0.6;
/** A "short" line of a link list has at most this many words (menu items, headlines are longer). */
const SHORT_LINE_WORDS = 5;

const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** Collapses whitespace (NBSP, tabs, CR) to single spaces and trims. */
export function normaliseWhitespace(text: string): string {
  // Most lines hold single plain spaces only: skip the rewrite for them (a hot path).
  return UNUSUAL_SPACE.test(text) ? text.replace(WHITESPACE_RUN, ' ').trim() : text.trim();
}

/** Counts space-separated words of a normalised text. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Share of words of 4+ letters that start with a capital (headline case); computed on demand. */
export function measureCapitals(text: string): number {
  let long = 0;
  let capital = 0;
  for (const word of text.split(' ')) {
    const letters = word.replace(/^[^\p{L}]+/u, '');
    if (letters.length < 4) continue;
    long++;
    const first = letters[0] ?? '';
    if (first !== first.toLowerCase()) capital++;
  }
  return long === 0 ? 0 : capital / long;
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** Words of `text` (space-separated runs). */
  words: number;
}

/**
 * The trimmed, whitespace-normalised lines of the source with their word counts. One scan
 * per line finds both: a line holding only single plain spaces (most lines) is its own
 * slice with one word more than it has spaces; others go through `normaliseWhitespace`.
 */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= source.length) {
    let next = source.indexOf('\n', pos);
    if (next === -1) next = source.length;
    let s = pos;
    let e = next;
    while (s < e && isSpaceCode(source.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(source.charCodeAt(e - 1))) e--;
    if (s === e) lines.push({ start: s, end: e, text: '', words: 0 });
    else {
      let spaces = 0;
      let plain = true;
      let previous = 0;
      for (let i = s; i < e; i++) {
        const c = source.charCodeAt(i);
        if (c === 32) {
          if (previous === 32) {
            plain = false;
            break;
          }
          spaces++;
        } else if ((c <= 13 || c >= 0xa0) && isSpaceCode(c)) {
          plain = false;
          break;
        }
        previous = c;
      }
      const raw = source.slice(s, e);
      if (plain) lines.push({ start: s, end: e, text: raw, words: spaces + 1 });
      else {
        const text = normaliseWhitespace(raw);
        lines.push({ start: s, end: e, text, words: countWords(text) });
      }
    }
    pos = next + 1;
  }
  return lines;
}

/** A line starts with a lower-case letter (\p{Ll}); ASCII is decided without the regex. */
function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}

/**
 * Splits the source into blocks. Each non-blank line is a block, except that a line cut
 * mid-sentence (no closing punctuation) and followed by a line starting in lower case is
 * joined with it: hard-wrapped paragraphs become one block.
 */
export function splitBlocks(source: string): Block[] {
  const lines = splitLines(source);
  const blocks: Block[] = [];
  let group = 0;
  let previousBlank = true;
  // The block being built: lines `first` to `last` (-1: none) and their words. Its text is
  // joined once, at its end (one flat string: a chain of concatenations is slow to read).
  let first = -1;
  let last = -1;
  let words = 0;
  const wrapWidth = detectWrapWidth(lines);
  const flush = () => {
    if (first < 0) return;
    const firstLine = lines[first] as Line;
    const lastLine = lines[last] as Line;
    let text = firstLine.text;
    if (last > first) text = joinLineTexts(lines, first, last);
    blocks.push({
      index: blocks.length,
      start: firstLine.start,
      end: lastLine.end,
      text,
      group,
      groupSize: 0,
      inLinkList: false,
      words,
      endsSentence: endsLikeSentence(text),
    });
    first = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') {
      flush();
      if (!previousBlank) group++;
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    if (first >= 0) {
      const previous = (lines[last] as Line).text;
      const filled = wrapWidth > 0 && previous.length >= wrapWidth - WRAP_SLACK_CHARS;
      // (Both texts are trimmed with single spaces, so the joined text's words are the sum.)
      if (filled || (!endsOnPurpose(previous) && startsLowerCase(line.text) && words >= 3)) {
        last = i;
        words += line.words;
        continue;
      }
    }
    flush();
    first = i;
    last = i;
    words = line.words;
  }
  flush();
  markGroups(blocks);
  return blocks;
}

/** The texts of lines `from` to `to` joined with single spaces. */
function joinLineTexts(lines: readonly Line[], from: number, to: number): string {
  const texts: string[] = [];
  for (let k = from; k <= to; k++) texts.push((lines[k] as Line).text);
  return texts.join(' ');
}

/** Lines within this many characters of the wrap width were cut by the wrapper, not ended by the writer. */
const WRAP_SLACK_CHARS = 15;
/**
 * A page is hard-wrapped when its longest line is at most this long and at least
 * `WRAP_MIN_FULL_LINES` lines come within `WRAP_SLACK_CHARS` of it without ending a
 * sentence. Scraped dumps that are not wrapped hold paragraphs of hundreds of characters.
 */
const WRAP_MAX_WIDTH = 100;
const WRAP_MIN_FULL_LINES = 5;

/** The width a hard-wrapped page was wrapped at, or 0 when the page is not wrapped. */
function detectWrapWidth(lines: readonly Line[]): number {
  let width = 0;
  for (const line of lines) if (line.text.length > width) width = line.text.length;
  if (width === 0 || width > WRAP_MAX_WIDTH) return 0;
  let full = 0;
  for (const line of lines) if (line.text.length >= width - WRAP_SLACK_CHARS && !endsOnPurpose(line.text)) full++;
  return full >= WRAP_MIN_FULL_LINES ? width : 0;
}

function markGroups(blocks: Block[]): void {
  let i = 0;
  while (i < blocks.length) {
    const group = blocks[i]?.group;
    let j = i;
    let short = 0;
    while (j < blocks.length && blocks[j]?.group === group) {
      if ((blocks[j]?.words ?? 0) <= SHORT_LINE_WORDS) short++;
      j++;
    }
    const size = j - i;
    const isList = size >= LINK_LIST_MIN_BLOCKS && short / size >= LINK_LIST_SHORT_SHARE;
    for (let k = i; k < j; k++) {
      const block = blocks[k];
      if (!block) continue;
      block.groupSize = size;
      block.inLinkList = isList;
    }
    i = j;
  }
}
