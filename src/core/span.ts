/**
 * Stand-off spans: half-open UTF-16 offsets into a document's text.
 *
 * Spans never copy text: `text.slice(span.start, span.end)` gives it. A span marked
 * `in: 'source'` points into `Document.source` (the page as received) instead of the
 * clean `Document.text`; furniture blocks and evidence found outside the body use it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly in?: 'source';
}

/** Makes a span after checking that it is well formed (start <= end, both non-negative). */
export function makeSpan(start: number, end: number, inSource = false): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`expected a span with 0 <= start <= end, found {start: ${start}, end: ${end}}`);
  }
  return inSource ? { start, end, in: 'source' } : { start, end };
}

/** Orders spans by (start, end), the order every layer is stored in. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** True when the two half-open spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True for the UTF-16 code units JavaScript's \s matches (ASCII spaces, NBSP, Unicode spaces, BOM). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Shrinks a span so it starts and ends on non-whitespace (an empty span stays empty). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * A copy of `text` that holds no reference to a longer string. V8 makes a substring of 13 or
 * more characters a view into the string it was cut from, so a long-lived memo keyed by a
 * name cut from a page keeps the whole page alive (2,000 such names held 205 MB of pages in
 * a test; with the copy, 3 MB). Flattening a concatenation copies the characters.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
