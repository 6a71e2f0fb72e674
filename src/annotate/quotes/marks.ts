import type { Span } from '../../core/span.js';
import { isJsSpace } from './words.js';

/** A stretch of text between a pair of quotation marks. */
export interface QuoteSegment {
  /** The opening mark's offset. */
  readonly open: number;
  /** One past the closing mark, or the paragraph end when the quotation runs on. */
  readonly close: number;
  /** The words inside the marks (marks excluded, whitespace trimmed). */
  readonly inner: Span;
  /** True when the paragraph ends with the quotation still open and the next paragraph reopens it. */
  readonly runsOn: boolean;
}

const DOUBLE_OPEN = new Set(['"', '“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['"', '”', '»', '“']);
/**
 * The quotation marks, by char code: " “ ” „ « » ‟ ‘ ’. Two straight apostrophes stand for
 * a double mark in some archives (''like this''); a lone straight apostrophe is no mark.
 */
const MARK_BY_CODE: ReadonlyMap<number, string> = new Map([...'"“”„«»‟‘’'].map((ch) => [ch.charCodeAt(0), ch]));

interface Mark {
  readonly index: number;
  /** The mark as written: one character, or '' for a doubled straight apostrophe. */
  readonly mark: string;
}

const ALL_MARKS = /''|["“”„«»‟‘’]/g;

/**
 * Every mark of the text, left to right. `test` leaves lastIndex after each match and
 * allocates no match array; a match ending in a straight apostrophe is the doubled one.
 * (The regex skips between marks faster than a loop over char codes.)
 */
function collectMarks(text: string): Mark[] {
  const out: Mark[] = [];
  ALL_MARKS.lastIndex = 0;
  while (ALL_MARKS.test(text)) {
    const end = ALL_MARKS.lastIndex;
    const code = text.charCodeAt(end - 1);
    if (code === 39) out.push({ index: end - 2, mark: "''" });
    else out.push({ index: end - 1, mark: MARK_BY_CODE.get(code) ?? String.fromCharCode(code) });
  }
  return out;
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The paragraph spans of a clean text: runs separated by a line break (one or more). */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  while (s < text.length) {
    const lineEnd = text.indexOf('\n', s);
    const next = lineEnd < 0 ? text.length : lineEnd;
    // Each maximal run of characters other than \n, trimmed of \s at both ends.
    let e = next;
    while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
    let st = s;
    while (st < e && isJsSpace(text.charCodeAt(st))) st++;
    if (e > st) out.push({ start: st, end: e });
    s = next + 1;
  }
  return out;
}

function trimInner(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * Finds the quoted stretches of each paragraph. Double marks of any style pair up with
 * any closing style, so a page that opens with a straight mark and closes with a curly
 * one (it happens in scraped pages) still pairs. A curly single pair ‘...’ counts only
 * outside double marks (inside them it is a nested quotation and stays part of the
 * content); straight single marks are never quotation marks here (they are apostrophes
 * far more often). A paragraph that ends inside a quotation "runs on" when the next
 * paragraph opens with a mark (the news convention for long quotations); otherwise an
 * unclosed mark that opened the paragraph runs to its end, and any other unclosed mark
 * is dropped.
 */
export function findQuoteSegments(text: string, paragraphs: readonly Span[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  // One pass over the marks of the whole text; each paragraph takes its share.
  const marks = collectMarks(text);
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    const next = paragraphs[p + 1];
    let open = -1;
    let nested = 0;
    let openWidth = 1;
    let single = false;
    while (k < marks.length && (marks[k] as Mark).index < para.start) k++;
    for (; k < marks.length; k++) {
      const m = marks[k] as Mark;
      if (m.index >= para.end) break;
      const i = m.index;
      const ch = m.mark === "''" ? '"' : m.mark;
      const width = m.mark.length;
      const before = text[i - 1];
      const after = text[i + width];
      if (open < 0) {
        if (ch === '‘') {
          if (isSpaceOrEdge(before) || i === para.start) {
            open = i;
            single = true;
          }
        } else if (DOUBLE_OPEN.has(ch) || (ch === '”' && (i === para.start || isSpaceOrEdge(before)) && !isSpaceOrEdge(after))) {
          open = i;
          openWidth = width;
          single = false;
        }
        continue;
      }
      if (single) {
        // A closing single mark is followed by a non-letter; "don’t" is an apostrophe.
        if (ch === '’' && !isWordChar(after)) {
          out.push({ open, close: i + 1, inner: trimInner(text, open + 1, i), runsOn: false });
          open = -1;
        } else if (DOUBLE_OPEN.has(ch) && ch !== '"') {
          // A double mark inside an open single pair: the single mark was an apostrophe.
          open = i;
          openWidth = width;
          single = false;
        }
        continue;
      }
      if (ch === '‘' || ch === '’') continue;
      // Curly marks inside a straight pair (and straight inside curly) are a nested quotation.
      const openCh = text[open] ?? '"';
      const openStraight = openCh === '"' || openCh === "'";
      if (openStraight && (ch === '“' || ch === '„' || (ch === '”' && nested > 0))) {
        nested += ch === '”' ? -1 : 1;
        continue;
      }
      if (!openStraight && ch === '"' && m.mark === '"') {
        if (nested > 0 && !isWordChar(after)) {
          nested--;
          continue;
        }
        if (isSpaceOrEdge(before) && isWordChar(after)) {
          nested++;
          continue;
        }
        // Otherwise a straight mark closes a curly opening (mismatched marks): fall through.
      }
      if (DOUBLE_CLOSE.has(ch) || ch === '„' || ch === '‟') {
        // An opening-looking curly mark right after a space while open means the previous
        // mark was never closed: restart at this one.
        if ((ch === '“' || ch === '„') && isSpaceOrEdge(before) && isWordChar(after)) {
          open = i;
          openWidth = width;
          continue;
        }
        out.push({ open, close: i + width, inner: trimInner(text, open + openWidth, i), runsOn: false });
        open = -1;
        nested = 0;
      }
    }
    if (open >= 0 && !single) {
      const nextOpens =
        next !== undefined && (DOUBLE_OPEN.has(text[next.start] ?? '') || text[next.start] === '”' || text.startsWith("''", next.start));
      if (nextOpens || open === para.start) {
        out.push({ open, close: para.end, inner: trimInner(text, open + openWidth, para.end), runsOn: nextOpens });
      }
    }
  }
  return out;
}
