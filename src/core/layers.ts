import type { Span } from './span.js';

/** Every annotation records the stage that made it. */
export interface Annotation extends Span {
  readonly by: string;
}

/** A body paragraph of the clean text, with where it stands in the page as received. */
export interface Paragraph extends Annotation {
  /** `heading` for an in-body subheading, which stands as its own paragraph. */
  readonly kind: 'body' | 'heading';
  /** The paragraph's place in `Document.source`. */
  readonly source: Span;
}

/** Why a block of the page is not part of the article. */
export type FurnitureClass =
  | 'title'
  | 'standfirst'
  | 'page-time'
  | 'section'
  | 'breadcrumb'
  | 'caption'
  | 'photo-credit'
  | 'teaser'
  | 'navigation'
  | 'share'
  | 'sidebar'
  | 'template'
  | 'advert'
  | 'footer'
  | 'tags'
  | 'byline'
  | 'comments'
  | 'newsletter'
  | 'cookie-banner'
  | 'related'
  | 'other';

/**
 * A block of the page removed from the article, kept so the user can see what was removed
 * and why. The span points into `Document.source`.
 */
export interface FurnitureBlock extends Annotation {
  readonly in: 'source';
  readonly class: FurnitureClass;
  /** The rule that classified the block, for the user and for debugging. */
  readonly rule: string;
}

/** A sentence of the clean text. */
export interface Sentence extends Annotation {}

/** What a mention names. */
export type MentionType = 'person' | 'organization' | 'country' | 'place' | 'role' | 'pronoun' | 'description';

/** A name, role, description or pronoun in the text that refers to an entity. */
export interface Mention extends Annotation {
  readonly type: MentionType;
  /** The entity it resolves to, where resolution found one. */
  readonly entityId?: string;
  readonly confidence?: number;
}

/** A calendar date as a range with a granularity and its evidence (DESIGN.md "A date"). */
export interface DateValue {
  readonly start: string;
  readonly end: string;
  readonly granularity: 'day' | 'month' | 'year' | 'range';
  readonly candidates?: readonly DateValue[];
  readonly evidence: readonly Span[];
  readonly inferred: boolean;
  /** Which clue would decide between candidates, where there are several. */
  readonly decidingClue?: string;
  /**
   * Set when other pages narrowed this date (an ambiguous year placed by the story the page
   * belongs to): how, and which pages fixed it. The candidates it chose from stay in `was`.
   */
  readonly narrowedBy?: {
    readonly rule: string;
    readonly note: string;
    readonly documentIds: readonly string[];
    readonly was: readonly DateValue[];
  };
}

/** A time expression in the text, resolved to a calendar range where possible. */
export interface Timex extends Annotation {
  readonly value: DateValue | null;
  /** `stated` when the text gives every part; `relative` when anchored on a reference date. */
  readonly anchoring: 'absolute' | 'relative' | 'vague';
}

/** A reported statement (DESIGN.md "A quote"). */
export interface Quote extends Annotation {
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly cue: Span | null;
  readonly speaker: Span | null;
  readonly speakerId: string | null;
  readonly speakerName: string | null;
  readonly addresseeId?: string;
  readonly saidAt?: DateValue;
  readonly groupId?: string;
  readonly confidence: number;
}

/** The status a statement gives an action: what the news is really about. */
export type EventStatus = 'occurred' | 'planned' | 'proposed' | 'considered' | 'not_planned' | 'not_occurred' | 'denied' | 'hypothetical';

/** One statement of an action's status in the page (DESIGN.md "An event"). */
export interface EventRecord extends Annotation {
  readonly actionId: string;
  readonly type: string;
  readonly mode: string | null;
  readonly status: EventStatus;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly actorIds: readonly string[];
  readonly recipientIds: readonly string[];
  readonly assertedBy: string | null;
  readonly date: DateValue | null;
  readonly location: string | null;
  readonly evidence: Span | readonly Span[];
  readonly plover: Record<string, unknown> | null;
  readonly cameo: string | null;
  readonly confidence: number;
}

/**
 * The evidence spans of an event as a list (the record holds one span or several). Rows
 * stored by early versions may lack evidence: they give none rather than fail.
 */
export function eventEvidence(event: Pick<EventRecord, 'evidence'>): readonly Span[] {
  const evidence = event.evidence as Span | readonly Span[] | undefined;
  if (!evidence) return [];
  return Array.isArray(evidence) ? evidence : [evidence as Span];
}

/**
 * Every layer a document can carry, by name. A layer is a readonly array sorted by
 * (start, end). `furniture` spans point into the source; all others into the text.
 */
export interface LayerMap {
  readonly paragraphs: readonly Paragraph[];
  readonly furniture: readonly FurnitureBlock[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly timexes: readonly Timex[];
  readonly quotes: readonly Quote[];
  readonly events: readonly EventRecord[];
}

/** A layer's name. */
export type LayerName = keyof LayerMap;

/** Whether spans of a layer may overlap each other (checked by the stage runner). */
export const LAYER_MAY_OVERLAP: Readonly<Record<LayerName, boolean>> = {
  paragraphs: false,
  furniture: false,
  sentences: false,
  mentions: true,
  timexes: true,
  quotes: true,
  events: true,
};

/** The layer names in a stable order, for storage and output. */
export const LAYER_NAMES: readonly LayerName[] = ['paragraphs', 'furniture', 'sentences', 'mentions', 'timexes', 'quotes', 'events'];
