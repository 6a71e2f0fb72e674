import type { Diagnostic } from './diagnostics.js';
import type { DateValue, LayerMap } from './layers.js';
import type { Span } from './span.js';

/** Where a page came from. */
export interface Origin {
  /** The file path, `-` for standard input, or the JSONL file with its line. */
  readonly name: string;
  readonly kind: 'file' | 'stdin' | 'jsonl' | 'example';
  readonly line?: number;
  /** The id the user gave the page in JSONL input. */
  readonly externalId?: string;
}

/** The opening "CITY, Month Day. /AGENCY/." marker of an agency story. */
export interface Dateline {
  readonly place: string;
  readonly month: number | null;
  readonly day: number | null;
}

/** A page time such as "January 23, 13:01 UTC+3", with the parts the page states. */
export interface PageTime {
  readonly text: string;
  readonly month: number | null;
  readonly day: number | null;
  readonly year: number | null;
  readonly hour: number | null;
  readonly minute: number | null;
  readonly utcOffsetMinutes: number | null;
}

/** Document metadata (DESIGN.md "extract line"). */
export interface DocumentMeta {
  readonly outlet: string | null;
  readonly title: string | null;
  readonly standfirst: string | null;
  readonly byline: string | null;
  readonly dateline: Dateline | null;
  readonly published: DateValue | null;
  readonly modified?: DateValue | null;
  readonly pageTime: PageTime | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly section: string | null;
  /** Tag blocks of the page ("Persons", "Topics"), by lower-cased label. */
  readonly tags: Readonly<Record<string, readonly string[]>>;
  /** Where each metadata value was read: spans into the source, and how it was found. */
  readonly evidence: Readonly<Record<string, { readonly span?: Span; readonly rule: string }>>;
}

/** A resolved real-world actor (DESIGN.md "An entity"). */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: 'person' | 'organization' | 'country' | 'place';
  readonly country?: string;
  readonly sector?: string;
  readonly kb?: string;
  readonly roles: readonly string[];
  readonly mentions: readonly Span[];
  readonly confidence?: number;
}

/**
 * A news page after extraction: the immutable clean text, its metadata, stand-off
 * layers, resolved entities and the findings recorded while reading it.
 */
export interface Document {
  /** Content hash of the decoded page. */
  readonly id: string;
  readonly origin: Origin;
  /** The decoded page as received. */
  readonly source: string;
  /** `html` or `text` (a plain-text dump of a scraped page), or `clean` (already the article). */
  readonly format: 'html' | 'text' | 'clean';
  readonly encoding: string;
  /** The clean article body; paragraphs separated by one blank line. Immutable. */
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly layers: Partial<LayerMap>;
  readonly entities: readonly Entity[];
  readonly diagnostics: readonly Diagnostic[];
  readonly pipelineVersion: string;
}

/** Why a page was refused instead of becoming a document. */
export type RefusalReason = 'not-an-article' | 'no-body' | 'empty';

/** An expected "no result", with its reason: never a silent null. */
export interface Refusal {
  readonly status: 'refused';
  readonly id: string;
  readonly origin: Origin;
  readonly reason: RefusalReason;
  readonly confidence: number;
  readonly message: string;
  readonly meta: DocumentMeta;
  readonly diagnostics: readonly Diagnostic[];
  /** The page as received, kept so a refusal can be reviewed and reprocessed later. */
  readonly source?: string;
  readonly format?: Document['format'];
  readonly encoding?: string;
  /** The removed blocks, spans into `source`: why the page was judged to hold no article. */
  readonly furniture?: readonly import('./layers.js').FurnitureBlock[];
  readonly pipelineVersion?: string;
}

/** Empty metadata, the start of every extraction. */
export function emptyMeta(): DocumentMeta {
  return {
    outlet: null,
    title: null,
    standfirst: null,
    byline: null,
    dateline: null,
    published: null,
    pageTime: null,
    language: null,
    url: null,
    section: null,
    tags: {},
    evidence: {},
  };
}
