import { type Span, trimSpan } from '../../core/span.js';

/**
 * Candidate sentence ends, following the Unicode sentence-break rules (UAX #29) that
 * Intl.Segmenter applies, in one regex pass (the segmenter was most of the stage's time):
 * a line break ends a sentence; so do . ! ? (and the CJK and Arabic full stops and question
 * marks), with any closing quotes and brackets, followed by spaces or the end of the text,
 * except that a full stop followed by a lower-case word does not (SB8: "e.g. the", "said
 * 'yes.' and left"). Stops with no space after them ("U.S.A", "3.5", "example.com") never end
 * a sentence.
 */
const BOUNDARY = /\n|[.!?\u037e\u061f\u06d4\u3002\uff01\uff1f](?:["'\u201d\u2019\u00bb)\]]*)(?=[^\S\n]|$)|[\u3002\uff01\uff1f]/g;
/**
 * SB8: after a full stop and spaces, opening quotes, brackets or dashes, then a lower-case
 * letter. (ICU also looks past digits, which keeps "in 2031. 2,000 people fled" together.)
 */
const LOWER_AFTER = /^[^\S\n]+["'\u201c\u2018\u00ab([\u2013\u2014-]*\s*\p{Ll}/u;
const SPACED_STOP = /^[^\S\n]+\./;
/** SB7 aside (a letter before it: "U.S", "example.Com"), a stop directly before a capital ends a sentence: "01.Which". */
const GLUED_STOP = /(?<![\p{L}.])\.(?=\p{Lu}\p{Ll})/gu;

/** Raw sentence segments of text[start, end), before the abbreviation and quotation repairs. */
function segment(text: string, start: number, end: number): Span[] {
  // The patterns run over the paragraph alone: run over the whole text, a search for a rare
  // mark (a glued stop) would read on to the end of the text from every paragraph.
  const piece = text.slice(start, end);
  const stops: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(piece); match; match = BOUNDARY.exec(piece)) {
    const stop = match.index + match[0].length;
    if (match[0][0] === '.') {
      const after = piece.slice(stop, stop + 40);
      if (LOWER_AFTER.test(after)) continue;
      // A spaced ellipsis (". . .") is one mark.
      if (SPACED_STOP.test(after)) continue;
    }
    stops.push(stop);
  }
  GLUED_STOP.lastIndex = 0;
  for (let match = GLUED_STOP.exec(piece); match; match = GLUED_STOP.exec(piece)) stops.push(match.index + 1);
  if (stops.length > 1) stops.sort((x, y) => x - y);
  const out: Span[] = [];
  let from = 0;
  for (const stop of stops) {
    if (stop <= from) continue;
    out.push({ start: start + from, end: start + stop });
    from = stop;
  }
  if (from < piece.length) out.push({ start: start + from, end });
  return out;
}

/**
 * Abbreviations after which a full stop does not end a sentence. Intl.Segmenter breaks
 * after "U.S." and "Mr." followed by a capital; news is full of both.
 */
const TITLES =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Amb|St|Jr|Sr|Mt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc|approx|ca)\.$|(?:^|\s)[A-Z]\.$/;
const TAIL_CHARS = 16;
/** "No." and "Vol." abbreviate only before a number ("No. 5"); "No." alone is an answer. */
const NUMBERED = /\b(?:No|Nos|Vol|pp?)\.$/;
/** "U.S." ends a sentence only when a usual sentence opener follows. */
const INITIALISM = /\b(?:[A-Z]\.){2,}$/;
const OPENER = /^(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|However|In|On|At|Meanwhile|According|There)\b/;

const HAS_INITIALISM = /[A-Z]\.[A-Z]\./;
const INITIALISM_BREAK =
  /\b(?:[A-Z]\.){2,}(?=\s+(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|However|In|On|At|Meanwhile|According|There)\b)/g;

/** ICU keeps "in the U.S. The talks" together; break there when a usual opener follows. */
function splitAfterInitialisms(text: string, span: Span): Span[] {
  const piece = text.slice(span.start, span.end);
  if (!HAS_INITIALISM.test(piece)) return [span];
  const out: Span[] = [];
  let from = span.start;
  for (const match of piece.matchAll(INITIALISM_BREAK)) {
    const end = span.start + match.index + match[0].length;
    out.push(trimSpan(text, from, end));
    from = end;
  }
  out.push(trimSpan(text, from, span.end));
  return out.filter((s) => s.end > s.start);
}

/**
 * Splits text[start, end) into sentence spans (trimmed, never empty). Finds the Unicode
 * sentence breaks, then re-joins breaks after known abbreviations and initials
 * and breaks that fall inside a quotation closing mark.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const raw: Span[] = [];
  for (const piece of segment(text, start, end)) {
    const s = trimSpan(text, piece.start, piece.end);
    if (s.end > s.start) raw.push(...splitAfterInitialisms(text, s));
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous) {
      // The end of the previous sentence is all the tests below read (their longest match is
      // "approx." or a run of initials): a tail keeps them from scanning the whole sentence.
      const before = text.slice(Math.max(previous.start, previous.end - TAIL_CHARS), previous.end);
      const first = text[span.start] ?? '';
      const rest = text.slice(span.start, Math.min(span.end, span.start + TAIL_CHARS));
      const joinAbbreviation =
        TITLES.test(before) || (INITIALISM.test(before) && !OPENER.test(rest)) || (NUMBERED.test(before) && /^\d/.test(rest));
      const joinLowercase = /^[a-z]/.test(first) && !/[.!?]["”’)]?$/.test(before);
      if (joinAbbreviation || joinLowercase || /^[,;:)\]”’]/.test(first)) {
        merged[merged.length - 1] = { start: previous.start, end: span.end };
        continue;
      }
    }
    merged.push(span);
  }
  return merged;
}
