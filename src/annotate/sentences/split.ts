import { type Span, trimSpan } from '../../core/span.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Abbreviations after which a full stop does not end a sentence. Intl.Segmenter breaks
 * after "U.S." and "Mr." followed by a capital; news is full of both.
 */
const TITLES =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Amb|St|Jr|Sr|Mt|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc|approx|ca)\.$|(?:^|\s)[A-Z]\.$/;
/** "U.S." ends a sentence only when a usual sentence opener follows. */
const INITIALISM = /\b(?:[A-Z]\.){2,}$/;
const OPENER = /^(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|However|In|On|At|Meanwhile|According|There)\b/;

const INITIALISM_BREAK =
  /\b(?:[A-Z]\.){2,}(?=\s+(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|However|In|On|At|Meanwhile|According|There)\b)/g;

/** ICU keeps "in the U.S. The talks" together; break there when a usual opener follows. */
function splitAfterInitialisms(text: string, span: Span): Span[] {
  const piece = text.slice(span.start, span.end);
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
 * Splits text[start, end) into sentence spans (trimmed, never empty). Uses the built-in
 * Unicode sentence segmenter, then re-joins breaks after known abbreviations and initials
 * and breaks that fall inside a quotation closing mark.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const slice = text.slice(start, end);
  const raw: Span[] = [];
  for (const segment of segmenter.segment(slice)) {
    const s = trimSpan(text, start + segment.index, start + segment.index + segment.segment.length);
    if (s.end > s.start) raw.push(...splitAfterInitialisms(text, s));
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const before = text.slice(previous.start, previous.end);
      const first = text[span.start] ?? '';
      const rest = text.slice(span.start, span.end);
      const joinAbbreviation = TITLES.test(before) || (INITIALISM.test(before) && !OPENER.test(rest));
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
