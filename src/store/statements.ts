/**
 * What the timeline shows of one event statement, worked out once when the page is saved
 * (and by migration 6 for pages saved before): the evidence as text, the page's quotes that
 * stand in that evidence, and the name of whoever asserted it. The timeline then reads a few
 * short columns per statement instead of the page's whole text, quotes and entities.
 */
import type { Entity } from '../core/document.js';
import { type EventRecord, eventEvidence, type Quote } from '../core/layers.js';
import { type Span, spansOverlap } from '../core/span.js';

/** Quotes kept per statement (the timeline shows at most five per entry). */
export const STATEMENT_QUOTES = 5;

/** A quote as the timeline shows it. */
export interface StatementQuote {
  readonly speakerName: string | null;
  readonly content: string;
}

/** The evidence of a statement as text: its spans' text joined by " … ". */
export function evidenceText(event: Pick<EventRecord, 'evidence'>, text: string): string {
  return eventEvidence(event)
    .map((span) => text.slice(span.start, span.end))
    .join(' … ');
}

/** The page's quotes that overlap the statement's evidence, in page order, without repeats. */
export function evidenceQuotes(
  event: Pick<EventRecord, 'evidence'>,
  text: string,
  quotes: readonly (Span & Pick<Quote, 'speakerName'>)[],
): StatementQuote[] {
  const spans = eventEvidence(event);
  const out: StatementQuote[] = [];
  for (const quote of quotes) {
    if (out.length >= STATEMENT_QUOTES) break;
    if (!spans.some((span) => spansOverlap(span, quote))) continue;
    const content = text.slice(quote.start, quote.end);
    if (!out.some((q) => q.content === content)) out.push({ speakerName: quote.speakerName ?? null, content });
  }
  return out;
}

/** The name of the entity that asserted the statement, when the event names one. */
export function assertedByName(event: Pick<EventRecord, 'assertedBy'>, entities: readonly Pick<Entity, 'id' | 'name'>[]): string | null {
  if (!event.assertedBy) return null;
  return entities.find((e) => e.id === event.assertedBy)?.name ?? null;
}
