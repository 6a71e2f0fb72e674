/**
 * FICTION, for tests only: invented countries, organisations and people, and a helper that
 * turns a sentence about them into the inputs of `findEvents` (sentences, mentions and
 * entities, as the resolve stage would give them). Nothing here names a real party.
 */
import type { Entity } from '../../core/document.js';
import type { EventRecord, Mention } from '../../core/layers.js';
import { splitSentences } from '../sentences/split.js';
import { findEvents } from './detect.js';

interface FictionParty {
  readonly names: readonly string[];
  readonly code: string;
  readonly type: Entity['type'];
}

/** The invented world: three states, one alliance, and their people. */
const PARTIES: readonly FictionParty[] = [
  { names: ['Aldovia', 'Aldovian', 'Aldovians', 'Velgrad'], code: 'ALD', type: 'country' },
  { names: ['Borvania', 'Borvanian', 'Borvanians'], code: 'BRV', type: 'country' },
  { names: ['Costera', 'Costeran', 'Costerans'], code: 'CST', type: 'country' },
  { names: ['Ostrel'], code: 'BRV', type: 'place' },
  { names: ['Maruna'], code: 'CST', type: 'place' },
  { names: ['Northern Compact'], code: 'NCP', type: 'organization' },
  { names: ['Mara Vell', 'Vell'], code: 'ALD', type: 'person' },
  { names: ['Tomas Quill', 'Quill'], code: 'BRV', type: 'person' },
  { names: ['Ines Harrow', 'Harrow'], code: 'CST', type: 'person' },
];

const NAME_PATTERN = new RegExp(
  `\\b(?:${PARTIES.flatMap((p) => p.names)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** Mentions and entities for the invented parties named in `text`. */
export function resolveFiction(text: string): { mentions: Mention[]; entities: Entity[] } {
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  for (const match of text.matchAll(NAME_PATTERN)) {
    const found = PARTIES.find((p) => p.names.includes(match[0]));
    if (!found) continue;
    // A capital is a place after "in"/"at", and a metonym for its state elsewhere ("talks with Ostrel").
    const asPlace = /\b(?:in|at|to|near)\s+$/.test(text.slice(Math.max(0, match.index - 6), match.index));
    const party = found.type === 'place' && !asPlace ? { ...found, type: 'country' as const } : found;
    const id = `fiction:${party.names[0]}:${party.type}`;
    const span = { start: match.index, end: match.index + match[0].length };
    const previous = entities.get(id);
    entities.set(id, {
      id,
      name: party.names[0] as string,
      type: party.type,
      country: party.code,
      roles: [],
      mentions: [...(previous?.mentions ?? []), span],
    });
    mentions.push({ ...span, by: 'fiction', type: party.type, entityId: id });
  }
  return { mentions, entities: [...entities.values()] };
}

/** The events the stage keeps for a fictional text (layer threshold applied). */
export function findFictionEvents(text: string, keepWeak = false): EventRecord[] {
  const { mentions, entities } = resolveFiction(text);
  return findEvents({ text, sentences: splitSentences(text), mentions, entities, keepWeak });
}
