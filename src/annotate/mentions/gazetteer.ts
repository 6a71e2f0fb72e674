/**
 * The gazetteer used by mention detection: countries (names, demonyms, capitals) from the
 * built-in table plus the knowledge base's countries and organisations, well-known
 * organisations and places. Built once per knowledge base and cached.
 */
import { ownString } from '../../core/span.js';
import type { Actor, KnowledgeBase } from '../../resolve/kb/types.js';
import { BUILTIN_COUNTRIES, type CountryEntry } from './countries.js';
import { addToTrie, KNOWN_ORGS, KNOWN_PLACE_PHRASES, KNOWN_PLACES, type Trie } from './lexicon.js';

/** What a gazetteer phrase denotes. */
export type GazetteerEntry =
  | { readonly kind: 'country'; readonly code: string }
  | { readonly kind: 'demonym'; readonly code: string; readonly plural: boolean }
  | { readonly kind: 'capital'; readonly code: string }
  | { readonly kind: 'org'; readonly country?: string; readonly org?: string; readonly kbId?: string }
  | { readonly kind: 'place' };

/** A gazetteer hit; `acronym` entries ("US", "WHO") only match upper-case tokens. */
export type GazetteerValue = GazetteerEntry & { readonly acronym?: boolean };

/** The compiled gazetteer. */
export interface Gazetteer {
  readonly trie: Trie<GazetteerValue>;
  /** Country code → display name ("RUS" → "Russia"). */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Country code → adjective demonym ("RUS" → "Russian"). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Lower-cased country reference (name, alias, demonym, capital) → code. */
  readonly codes: ReadonlyMap<string, string>;
}

const cache = new WeakMap<object, Gazetteer>();
let builtin: Gazetteer | undefined;
let lastGazetteerKb: KnowledgeBase | undefined;
let lastGazetteer: Gazetteer | undefined;

/** The actors a knowledge base exposes, when its implementation lists them. */
function actorsOf(kb: KnowledgeBase | undefined): readonly Actor[] {
  const maybe = kb as (KnowledgeBase & { readonly actors?: readonly Actor[] }) | undefined;
  return Array.isArray(maybe?.actors) ? maybe.actors : [];
}

/**
 * The gazetteer for a knowledge base (or the built-in one without). The knowledge base's
 * countries come first, so a user file can rename or add countries and organisations.
 */
export function gazetteerFor(kb?: KnowledgeBase): Gazetteer {
  if (!kb) {
    builtin ??= buildGazetteer([]);
    return builtin;
  }
  if (kb === lastGazetteerKb && lastGazetteer) return lastGazetteer;
  let gazetteer = cache.get(kb);
  if (!gazetteer) {
    gazetteer = buildGazetteer(actorsOf(kb));
    cache.set(kb, gazetteer);
  }
  // Resolution asks for the gazetteer per mention: the last one is kept at hand.
  lastGazetteerKb = kb;
  lastGazetteer = gazetteer;
  return gazetteer;
}

function buildGazetteer(actors: readonly Actor[]): Gazetteer {
  const trie: Trie<GazetteerValue> = { next: new Map() };
  const add = (phrase: string, entry: GazetteerEntry): void => {
    const acronym = /\p{Lu}/u.test(phrase) && phrase === phrase.toUpperCase();
    addToTrie(trie, phrase, acronym ? { ...entry, acronym } : entry);
  };
  const countryNames = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const codes = new Map<string, string>();
  const countries: CountryEntry[] = [];
  for (const actor of actors) {
    if (actor.type !== 'country' || !actor.country) continue;
    countries.push({
      code: actor.country,
      name: actor.name,
      aliases: actor.aliases.filter((a) => !/^the /i.test(a)),
      demonyms: actor.demonyms ?? [],
      capitals: (actor.metonyms ?? []).filter((m) => !/[,]/.test(m)),
    });
  }
  countries.push(...BUILTIN_COUNTRIES);
  for (const c of countries) {
    if (!countryNames.has(c.code)) countryNames.set(c.code, c.name);
    for (const name of [c.name, ...c.aliases]) {
      add(name, { kind: 'country', code: c.code });
      if (!codes.has(name.toLowerCase())) codes.set(name.toLowerCase(), c.code);
    }
  }
  for (const c of countries) {
    for (const d of c.demonyms) {
      const plural = /s$/.test(d) && c.demonyms.includes(d.slice(0, -1));
      add(d, { kind: 'demonym', code: c.code, plural });
      if (!plural && !demonyms.has(c.code) && d.length > 2) demonyms.set(c.code, d);
      if (!codes.has(d.toLowerCase())) codes.set(d.toLowerCase(), c.code);
    }
    for (const capital of c.capitals) {
      add(capital, { kind: 'capital', code: c.code });
      if (!codes.has(capital.toLowerCase())) codes.set(capital.toLowerCase(), c.code);
    }
  }
  for (const [name, info] of KNOWN_ORGS) add(name, { kind: 'org', ...info });
  for (const actor of actors) {
    if (actor.type !== 'organization') continue;
    const entry: GazetteerEntry = { kind: 'org', kbId: actor.id, ...(actor.country ? { country: actor.country } : {}) };
    for (const name of [actor.name, ...actor.aliases, ...(actor.metonyms ?? [])]) {
      // "the Alliance", "the Commission": generic heads are descriptions, not names.
      if (/^the /i.test(name) || /^[a-z]/.test(name)) continue;
      add(name, entry);
    }
  }
  for (const place of KNOWN_PLACES) if (place) add(place, { kind: 'place' });
  for (const place of KNOWN_PLACE_PHRASES) add(place, { kind: 'place' });
  return { trie, countryNames, demonyms, codes };
}

const lookups = new WeakMap<object, Map<string, readonly Actor[]>>();
let lastKb: KnowledgeBase | undefined;
let lastMemo: Map<string, readonly Actor[]> | undefined;
/** Bound on memoised names per knowledge base; cleared when reached (names repeat within a batch). */
const MAX_MEMO = 20_000;

/**
 * `kb.lookup(name)`, memoised per knowledge base: name normalisation is the costly part of
 * a look-up, and the same names recur across the mentions of a document and a batch.
 */
export function lookupActors(kb: KnowledgeBase, name: string): readonly Actor[] {
  // The last knowledge base's memo is kept at hand: a run uses one, and a WeakMap look-up
  // per call cost more than the memo's own.
  let memo = kb === lastKb ? lastMemo : lookups.get(kb);
  if (!memo) {
    memo = new Map();
    lookups.set(kb, memo);
  }
  lastKb = kb;
  lastMemo = memo;
  const hit = memo.get(name);
  if (hit) return hit;
  if (memo.size >= MAX_MEMO) memo.clear();
  const found = kb.lookup(name);
  // A copy of the name: one cut from a page would keep the page alive as long as the memo.
  memo.set(ownString(name), found);
  return found;
}
