/**
 * Scores the gold's hard mentions of a seed page ("Mention right" in
 * ../shared/gold/README.md): the gold `key` is found in the document text, the `mention`
 * inside it, and the entity whose mentions cover those characters must carry the gold
 * entity's name or one of its aliases.
 */
import type { Document } from '../../core/document.js';
import type { GoldPage, SeedGold } from './gold.js';
import { isSameActor } from './gold.js';

/** The outcome for one gold mention. */
export interface MentionOutcome {
  readonly key: string;
  readonly mention: string;
  readonly expected: string;
  /** The canonical name of the entity found there, or null. */
  readonly found: string | null;
  readonly right: boolean;
  /** Why it is wrong: the key is not in the text, no mention covers it, or another entity. */
  readonly reason?: 'key-not-found' | 'no-mention' | 'no-entity' | 'wrong-entity';
}

/** Mention accuracy of one page. */
export interface MentionScore {
  readonly total: number;
  readonly right: number;
  readonly outcomes: readonly MentionOutcome[];
}

/** Straight quotes and apostrophes for searching (one character for one, so offsets hold). */
function plain(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”„«»]/g, '"');
}

const LETTER = /[\p{L}\p{N}]/u;

/** Where `needle` stands in `haystack` as whole words, ignoring quote styles, then case. */
function locate(haystack: string, needle: string): number {
  const h = plain(haystack);
  const n = plain(needle);
  for (const [hay, want] of [
    [h, n],
    [h.toLowerCase(), n.toLowerCase()],
  ] as const) {
    for (let at = hay.indexOf(want); at >= 0; at = hay.indexOf(want, at + 1)) {
      const before = hay[at - 1] ?? ' ';
      const after = hay[at + want.length] ?? ' ';
      const wordStart = !LETTER.test(want[0] ?? '') || !LETTER.test(before);
      const wordEnd = !LETTER.test(want[want.length - 1] ?? '') || !LETTER.test(after);
      if (wordStart && wordEnd) return at;
    }
  }
  return -1;
}

/**
 * Scores every gold mention of `page` against the document's `mentions` layer and entities.
 * The mention chosen for a gold span is the one overlapping it best (shared characters
 * over the union), so "Kremlin" nested inside "the Kremlin spokesman" does not shadow it.
 *
 * @example
 * const { right, total } = scoreSeedMentions(loadSeedGold(), page, doc);
 */
export function scoreSeedMentions(gold: SeedGold, page: GoldPage, doc: Document): MentionScore {
  const outcomes: MentionOutcome[] = [];
  const layer = doc.layers.mentions ?? [];
  for (const item of page.mentions) {
    const base = { key: item.key, mention: item.mention, expected: item.entity };
    const keyAt = locate(doc.text, item.key);
    if (keyAt < 0) {
      outcomes.push({ ...base, found: null, right: false, reason: 'key-not-found' });
      continue;
    }
    const inKey = locate(doc.text.slice(keyAt, keyAt + item.key.length), item.mention);
    const start = keyAt + Math.max(0, inKey);
    const end = start + item.mention.length;
    let best: { entityId?: string } | undefined;
    let bestScore = 0;
    for (const m of layer) {
      if (m.end <= start || m.start >= end) continue;
      const shared = Math.min(end, m.end) - Math.max(start, m.start);
      const union = Math.max(end, m.end) - Math.min(start, m.start);
      const score = shared / union + (m.entityId ? 0.001 : 0);
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (!best) {
      outcomes.push({ ...base, found: null, right: false, reason: 'no-mention' });
      continue;
    }
    const entity = best.entityId ? doc.entities.find((e) => e.id === best.entityId) : undefined;
    if (!entity) {
      outcomes.push({ ...base, found: null, right: false, reason: 'no-entity' });
      continue;
    }
    const right = isSameActor(gold, item.entity, entity.name);
    outcomes.push({ ...base, found: entity.name, right, ...(right ? {} : { reason: 'wrong-entity' as const }) });
  }
  return { total: outcomes.length, right: outcomes.filter((o) => o.right).length, outcomes };
}
