import type { Entity } from '../../core/document.js';
import type { Mention, Quote } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import type { QuoteDraft } from './find.js';

const STAGE = 'annotate/quotes';
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'we']);
/** Heads of descriptions that name a post held by a person ("the press secretary noted"). */
const PERSON_ROLE_HEADS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'minister',
  'president',
  'premier',
  'chancellor',
  'official',
  'diplomat',
  'ambassador',
  'envoy',
  'leader',
  'chief',
  'head',
  'director',
  'governor',
  'senator',
  'mayor',
  'aide',
  'adviser',
  'advisor',
  'representative',
  'prosecutor',
  'commander',
  'general',
  'candidate',
  'nominee',
  'lawmaker',
  'chairman',
  'chairwoman',
  'politician',
  'businessman',
  'republican',
  'democrat',
]);

const NON_ASCII = /[^\x00-\x7f]/;

function normalise(s: string): string {
  // ASCII has no decompositions and no marks: NFKD and the mark removal change nothing.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokens(s: string): string[] {
  return normalise(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface Resolved {
  readonly id: string | null;
  readonly name: string | null;
}

const NONE: Resolved = { id: null, name: null };

function entityRank(entity: Entity | undefined): number {
  if (!entity) return 0;
  return entity.type === 'person' || entity.type === 'organization' ? 2 : 1;
}

/** The mentions sorted by (start, end), with the length of the longest. */
interface SortedMentions {
  readonly mentions: readonly Mention[];
  readonly maxLength: number;
}

function sortMentions(mentions: readonly Mention[]): SortedMentions {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  let maxLength = 0;
  for (const m of sorted) maxLength = Math.max(maxLength, m.end - m.start);
  return { mentions: sorted, maxLength };
}

/** The index of the first mention starting at or after `offset` (binary search). */
function firstStartingFrom(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity a mention inside the span names: the head (ending at the span's end) first, then people and organisations. */
function resolveByMentions(span: Span, sorted: SortedMentions, byId: ReadonlyMap<string, Entity>): Entity | null {
  let best: Mention | null = null;
  let bestScore = -1;
  const mentions = sorted.mentions;
  // Mentions starting more than the longest mention's length before the span end before it.
  for (let i = firstStartingFrom(mentions, span.start - sorted.maxLength); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.end <= span.start) continue;
    if (m.start >= span.end) break;
    if (!m.entityId || !byId.has(m.entityId)) continue;
    const score = (m.end >= span.end ? 4 : 0) + entityRank(byId.get(m.entityId)) + (m.end - m.start) / 1000;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best?.entityId ? (byId.get(best.entityId) ?? null) : null;
}

function lastMentionBefore(entity: Entity, pos: number): number {
  let last = -1;
  for (const m of entity.mentions) if (m.start < pos && m.start > last) last = m.start;
  return last;
}

/** The most recently mentioned entity (before `pos`) that passes `accept`. */
function latestEntity(entities: readonly Entity[], pos: number, accept: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (!accept(e)) continue;
    const at = lastMentionBefore(e, pos);
    if (at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Normalised forms and tokens of entity names and roles, computed once per document: the
 * text fallbacks compare every speaker span with every entity.
 */
interface NameCache {
  readonly normal: Map<string, string>;
  readonly tokens: Map<string, string[]>;
}

function cachedNormal(cache: NameCache, s: string): string {
  let found = cache.normal.get(s);
  if (found === undefined) {
    found = normalise(s);
    cache.normal.set(s, found);
  }
  return found;
}

function cachedTokens(cache: NameCache, s: string): string[] {
  let found = cache.tokens.get(s);
  if (found === undefined) {
    found = tokens(s);
    cache.tokens.set(s, found);
  }
  return found;
}

/** Resolves a speaker span without a mention: names by surname, pronouns by the previous speaker, descriptions by head noun. */
function resolveByText(text: string, span: Span, entities: readonly Entity[], previous: Entity | null, cache: NameCache): Entity | null {
  const words = tokens(text.slice(span.start, span.end));
  const head = words[words.length - 1];
  if (!head) return null;
  if (words.length === 1 && PERSON_PRONOUNS.has(head)) {
    if (previous && previous.type === 'person') return previous;
    return latestEntity(entities, span.start, (e) => e.type === 'person');
  }
  if (words.length === 1 && GROUP_PRONOUNS.has(head)) {
    if (previous) return previous;
    return latestEntity(entities, span.start, (e) => e.type === 'organization');
  }
  const raw = text.slice(span.start, span.end);
  const capitalised = (raw.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []).map(normalise);
  // A full or partial name: the entity whose name shares the last capitalised word (the surname).
  const surname = capitalised[capitalised.length - 1];
  if (surname) {
    const bare = normalise(raw).replace(/^the\s+/, '');
    const exact = entities.find((e) => cachedNormal(cache, e.name) === bare);
    if (exact) return exact;
    const byLast = entities.filter((e) => {
      const t = cachedTokens(cache, e.name);
      return e.type === 'person' ? t[t.length - 1] === surname : t.includes(surname) && head === t[t.length - 1];
    });
    if (byLast.length > 0) return latestEntity(byLast, span.end + 1, () => true) ?? byLast[0] ?? null;
  }
  // A description: an organisation whose name holds the head noun ("the ministry").
  const org = latestEntity(entities, span.start, (e) => e.type === 'organization' && cachedTokens(cache, e.name).includes(head));
  if (org) return org;
  const byRole = latestEntity(entities, span.start, (e) => e.roles.some((r) => cachedTokens(cache, r).includes(head)));
  if (byRole) return byRole;
  if (PERSON_ROLE_HEADS.has(head) && DETERMINED.test(raw) && previous?.type === 'person') return previous;
  return null;
}

const DETERMINED = /^(?:the|this|that)\s/i;

/**
 * The quote of a resolved draft. Optional fields are written only when present, in a fixed
 * key order (addresseeId, then groupId, then confidence), one literal per combination so
 * quotes share few hidden classes (conditional spreads built each one slowly).
 */
function makeQuote(draft: QuoteDraft, resolved: Resolved, addresseeId: string | undefined): Quote {
  const confidence = resolved.id ? draft.confidence : Math.min(draft.confidence, 0.5);
  const { start, end, kind, cue, speaker } = draft;
  const speakerId = resolved.id;
  const speakerName = resolved.name;
  if (draft.group === null) {
    return addresseeId
      ? { start, end, by: STAGE, kind, cue, speaker, speakerId, speakerName, addresseeId, confidence }
      : { start, end, by: STAGE, kind, cue, speaker, speakerId, speakerName, confidence };
  }
  const groupId = `g${draft.group}`;
  return addresseeId
    ? { start, end, by: STAGE, kind, cue, speaker, speakerId, speakerName, addresseeId, groupId, confidence }
    : { start, end, by: STAGE, kind, cue, speaker, speakerId, speakerName, groupId, confidence };
}

/**
 * Turns drafts into quotes: resolves each local speaker span to an entity (mentions first,
 * then the text fallbacks) and the addressee where one is given. Continuations and
 * participial reports take the resolved speaker of the quotation they continue.
 */
export function resolveSpeakers(
  text: string,
  drafts: readonly QuoteDraft[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const sortedMentions = sortMentions(mentions);
  // Speaker spans keyed by start * (length + 1) + end: one number per distinct span.
  const bySpeakerSpan = new Map<number, Resolved>();
  const cache: NameCache = { normal: new Map(), tokens: new Map() };
  const byGroup = new Map<number, Resolved>();
  let previous: Entity | null = null;
  const out: Quote[] = [];
  for (const draft of drafts) {
    let resolved: Resolved = NONE;
    const key = draft.speaker ? draft.speaker.start * (text.length + 1) + draft.speaker.end : -1;
    if (draft.speaker && bySpeakerSpan.has(key)) {
      resolved = bySpeakerSpan.get(key) ?? NONE;
    } else if (draft.speaker) {
      const entity =
        resolveByMentions(draft.speaker, sortedMentions, byId) ?? resolveByText(text, draft.speaker, entities, previous, cache);
      resolved = entity ? { id: entity.id, name: entity.name } : NONE;
      bySpeakerSpan.set(key, resolved);
    } else if (draft.group !== null && byGroup.has(draft.group)) {
      resolved = byGroup.get(draft.group) ?? NONE;
    }
    if (draft.group !== null && !byGroup.has(draft.group)) byGroup.set(draft.group, resolved);
    if (resolved.id) previous = byId.get(resolved.id) ?? previous;
    let addresseeId: string | undefined;
    if (draft.addressee) {
      const entity =
        resolveByMentions(draft.addressee, sortedMentions, byId) ?? resolveByText(text, draft.addressee, entities, null, cache);
      if (entity && !/^(?:reporters|journalists)$/i.test(text.slice(draft.addressee.start, draft.addressee.end))) addresseeId = entity.id;
    }
    out.push(makeQuote(draft, resolved, addresseeId));
  }
  return out;
}
