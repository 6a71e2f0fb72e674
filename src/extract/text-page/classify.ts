/**
 * Block classifiers that need no page context: the furniture vocabularies, breadcrumbs,
 * captions and the prose/heading shape of a block.
 */
import type { FurnitureClass } from '../../core/layers.js';
import { type Block, countWords } from './blocks.js';
import {
  BREADCRUMB_PATTERN,
  CAPTION_MARKER_PATTERN,
  CAPTION_VERB_PATTERN,
  CREDIT_PATTERN,
  FULL_DATE_PATTERN,
  FURNITURE_PATTERNS,
  FURNITURE_PHRASES,
  type FurniturePattern,
  TRAILING_CREDIT_PATTERN,
} from './constants.js';

/** What a context-free rule says about a block. */
export interface BlockVerdict {
  readonly class: FurnitureClass;
  readonly rule: string;
  readonly endsBody: boolean;
}

/**
 * Matches a block's normalised text against the furniture vocabularies and the breadcrumb
 * shape; null when no rule applies (the block may still be furniture by its context).
 *
 * @example matchFurniture('Read also') // { class: 'teaser', rule: 'teaser-label', endsBody: false }
 */
export function matchFurniture(text: string, words: number = countWords(text)): BlockVerdict | null {
  if (words <= PHRASE_MAX_WORDS) {
    const phrase = PHRASES.get(text.toLowerCase());
    if (phrase) return phrase;
  }
  // Whole-line vocabularies cannot match longer lines: skip them there (a hot path on prose).
  // One test of the union of all hints rules out every hinted pattern at once on most lines.
  const hinted = ANY_HINT.test(text);
  for (let k = 0; k < PATTERNS.length; k++) {
    const entry = PATTERNS[k] as FurniturePattern;
    if (entry.maxWords !== undefined) {
      if (words > entry.maxWords || (entry.hint && !entry.hint.test(text))) continue;
    } else if (entry.hint && (!hinted || !entry.hint.test(text))) continue;
    if (entry.pattern.test(text)) return PATTERN_VERDICTS[k] ?? null;
  }
  if (words <= BREADCRUMB_MAX_WORDS && BREADCRUMB_SEPARATOR.test(text) && BREADCRUMB_PATTERN.test(text) && !/[.!?]$/.test(text))
    return BREADCRUMB_VERDICT;
  return null;
}

const PATTERNS = FURNITURE_PATTERNS;
/** The union of the hints of patterns that may match lines of any length (their literals are rare). */
const ANY_HINT = new RegExp(PATTERNS.flatMap((p) => (p.hint && p.maxWords === undefined ? [p.hint.source] : [])).join('|'), 'i');
/** Each pattern's verdict, built once. */
const PATTERN_VERDICTS: readonly BlockVerdict[] = PATTERNS.map((p) => ({ class: p.class, rule: p.rule, endsBody: p.endsBody ?? false }));
const BREADCRUMB_VERDICT: BlockVerdict = { class: 'breadcrumb', rule: 'breadcrumb', endsBody: false };

/** The phrase vocabularies as one map from lower-cased line to verdict (labels also with a colon). */
const PHRASES: ReadonlyMap<string, BlockVerdict> = buildPhraseMap();
const PHRASE_MAX_WORDS = Math.max(...FURNITURE_PHRASES.flatMap((v) => v.phrases.map((p) => p.split(' ').length + 1)));

function buildPhraseMap(): Map<string, BlockVerdict> {
  const map = new Map<string, BlockVerdict>();
  for (const vocabulary of FURNITURE_PHRASES) {
    const verdict: BlockVerdict = { class: vocabulary.class, rule: vocabulary.rule, endsBody: vocabulary.endsBody ?? false };
    for (const phrase of vocabulary.phrases) {
      for (const key of vocabulary.label ? [phrase, `${phrase}:`, `${phrase} :`] : [phrase]) if (!map.has(key)) map.set(key, verdict);
    }
  }
  return map;
}
const BREADCRUMB_SEPARATOR = /\s[/>›»|]\s/;

/** A breadcrumb of six segments of three words each, with its separators. */
const BREADCRUMB_MAX_WORDS = 24;

const INTERNAL_SENTENCE_BREAK = /[.!?]["”’]?\s+\p{Lu}/u;

/** Present-tense photo verbs, unless a modal or "to" makes them a plan ("will attend"). */
const MODAL_BEFORE = /\b(?:will|would|to|may|might|can|could|should|must|not|did|do|does|shall)\s+$/i;

/**
 * True when a block reads as a photo caption: it carries a position marker "(L)" or a photo
 * parenthetical "(file photo via AP)", ends with a glued credit ("press service/TASS"), is
 * followed by a credit line ("© ..."), or describes a scene in the present tense with a full
 * date ("X speaks to Y ... on January 20, 2017 in Washington.").
 */
export function isCaption(block: Block, next: Block | undefined): boolean {
  const text = block.text;
  if (text.includes('(') && CAPTION_MARKER_PATTERN.test(text)) return true;
  if (block.words <= 30 && text.includes('/') && TRAILING_CREDIT_PATTERN.test(text)) return true;
  // A line over a credit is its caption, unless it reads as body prose: several sentences
  // or a quotation (a paragraph can stand above a credit when the photo itself was lost).
  // (Across a blank line only a short phrase counts: dumps that double every line break.)
  const near = next !== undefined && (next.group === block.group || (block.words <= 20 && !block.endsSentence));
  if (next && near && CREDIT_PATTERN.test(next.text) && block.words <= 40) {
    if (!INTERNAL_SENTENCE_BREAK.test(text) && !/["“”]/.test(text)) return true;
  }
  if (block.words <= 45 && /\d{4}/.test(text) && FULL_DATE_PATTERN.test(text)) {
    const verb = CAPTION_VERB_PATTERN.exec(text);
    if (verb && !MODAL_BEFORE.test(text.slice(0, verb.index))) return true;
  }
  return false;
}

/**
 * Body prose: a block that ends like a sentence with at least this many words, or any
 * block this long. Four words admit short quoted paragraphs ('"No," he said.'); 15 words
 * admit paragraphs whose last sentence lost its full stop in the dump.
 */
const PROSE_MIN_WORDS = 4;
const PROSE_LONG_WORDS = 15;

/** True when a block reads as a body paragraph by its shape alone. */
export function isProse(block: Block): boolean {
  return (block.endsSentence && block.words >= PROSE_MIN_WORDS) || block.words >= PROSE_LONG_WORDS;
}

/**
 * A paragraph that can open a body without a dateline: a sentence of at least this many
 * words. Menu help texts ("You can filter your feed by ...") stay below it.
 */
export const BODY_START_MIN_WORDS = 12;

/** In-body headings are short, start with a capital and do not end like a sentence. */
const HEADING_MAX_WORDS = 14;

/** True when a block has the shape of an in-body heading (its context is checked by the caller). */
export function isHeadingShaped(block: Block): boolean {
  return block.words >= 1 && block.words <= HEADING_MAX_WORDS && !/[.,;:]$/.test(block.text) && /^[\p{Lu}\p{N}"“']/u.test(block.text);
}

/** The most words of a title candidate. */
export const HEADLINE_MAX_WORDS = 30;

/**
 * A title candidate: a headline-like line (3 to 30 words, not ending with a full stop or
 * comma). Questions and exclamations are allowed.
 */
export function isHeadlineShaped(block: Block): boolean {
  return block.words >= 3 && block.words <= HEADLINE_MAX_WORDS && !/[.,;:]$/.test(block.text) && /^[\p{Lu}\p{N}"“'‘]/u.test(block.text);
}
