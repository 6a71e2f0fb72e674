import type { Diagnostic } from '../core/diagnostics.js';
import type { DocumentMeta, RefusalReason } from '../core/document.js';
import type { FurnitureBlock, Paragraph } from '../core/layers.js';

/**
 * What an extractor (plain-text dump or HTML) returns for one page: either the clean
 * article with its paragraphs, the furniture it removed and the metadata it read, or a
 * refusal with its reason. Extractors are pure: no I/O, no clock.
 */
export type ExtractResult = ExtractedArticle | ExtractRefusal;

/** A page that holds an article. */
export interface ExtractedArticle {
  readonly kind: 'article';
  /** The clean body; paragraphs joined by one blank line ("\n\n"). */
  readonly text: string;
  /** One entry per paragraph of `text`, in order, with its place in the source. */
  readonly paragraphs: readonly Paragraph[];
  /** Removed blocks, spans into the source, sorted and non-overlapping. */
  readonly furniture: readonly FurnitureBlock[];
  readonly meta: DocumentMeta;
  readonly diagnostics: readonly Omit<Diagnostic, 'stage'>[];
}

/** A page refused with a reason (no article on it). */
export interface ExtractRefusal {
  readonly kind: 'refused';
  readonly reason: RefusalReason;
  /** How sure the extractor is that the page holds no article, 0..1. */
  readonly confidence: number;
  readonly message: string;
  readonly meta: DocumentMeta;
  readonly furniture: readonly FurnitureBlock[];
  readonly diagnostics: readonly Omit<Diagnostic, 'stage'>[];
}

/** Options an extractor may use. */
export interface ExtractOptions {
  /** The page URL, where known (JSONL input, WARC). */
  readonly url?: string;
  /** A publication date the user supplied (`--published`, JSONL `published`). */
  readonly published?: string;
}
