/**
 * Event parties: which countries and organisations stand in a sentence, from the entity
 * layer where the resolve stage ran and from the fallback gazetteer otherwise. Also learns,
 * per document, the country of people introduced as "Russian President Vladimir Putin" or
 * "his US counterpart Donald Trump", so that a later bare "Putin" codes as RUS without any
 * list of people.
 */
import type { Entity } from '../../core/document.js';
import type { Mention } from '../../core/layers.js';
import { findGazetteerHits, isOrganizationCode } from './gazetteer.js';

/** A party named in the text, with its code. */
export interface PartyMention {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  /**
   * `place`: a capital named as where something happens ("in Algiers"); `attribute`: a
   * demonym before a thing ("an Indian proposal"). Neither acts, but both can be targets.
   */
  readonly kind: 'country' | 'demonym' | 'capital' | 'organization' | 'person' | 'place' | 'attribute';
  readonly entityId: string | null;
}

/**
 * Head nouns after a demonym that make the demonym an acting party ("Russian diplomats",
 * "US officials"), as opposed to a place or topic ("the Russian border", "the US election").
 */
const AGENT_HEADS = new Set(
  `president presidents presidential leader leaders official officials diplomat diplomats minister ministers ministry
  government governments authorities forces troops army military soldiers side sides delegation delegations
  negotiators counterpart counterparts administration parliament lawmakers spokesman spokeswoman spokesperson
  envoy envoys ambassador ambassadors embassy police navy warships jets intelligence rebels guerrillas militants
  militias militiamen people citizens nationals workers students farmers refugees prisoners detainees civilians
  landowners businessman businessmen court judge prime foreign defense defence secretary state department
  premier king queen emir sheikh chancellor general generals officers prosecutors team officials authorities
  opposition parties leadership security company companies firms helicopters planes bombers tanks youths
  children women men villagers residents protesters demonstrators students teenagers group groups fishermen
  monks clerics settlers peacekeepers peacekeeping observers monitors inspectors negotiator hardliners`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLE_WORDS = new Set(
  `President Presidential Prime Minister Foreign Defense Defence Secretary State Spokesman Spokeswoman Press
  spokesman spokeswoman counterpart Chancellor King Queen Emir Sheikh Ambassador Envoy envoy General Chief
  Deputy Vice Premier Senator Leader leader Head of the Department Interior Finance Minister's Security Council
  National Adviser Advisor Lieutenant Lt. Gen. Col. Colonel Marshal Commander Supreme Crown Prince Princess
  Mayor Governor Speaker Chairman Director Attorney Justice Trade Economy Economic Energy Ministry
  Kremlin Presidential top junior senior former new outgoing incoming his her their`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when a demonym at [end...] modifies an acting party rather than a place or topic. */
function isAgentDemonym(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  // "Russian and US presidents": skip coordinated demonyms to reach the shared head.
  const words = after.match(/[\p{L}'’-]+|[,.;:!?()"“”]/gu) ?? [];
  for (const word of words.slice(0, 6)) {
    if (/^[,.;:!?()"“”]$/.test(word)) return false;
    if (/^(?:and|or|&)$/i.test(word)) continue;
    if (/^[A-Z]/.test(word)) return true; // a title or a name: "Russian President", "US Secretary"
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (AGENT_HEADS.has(lower)) return true;
    if (
      /^(?:top|senior|junior|former|new|chief|deputy|main|military|peacekeeping|security|intelligence|naval|civilian|armed|elite|special|nationalist|rebel|islamist|separatist|ethnic|muslim|moslem|christian|radical|young|angry|-led|-backed|army|police|riot|border|navy|air|paramilitary|government|state-owned|official|opposition|communist)$/.test(
        lower,
      )
    )
      continue;
    return false;
  }
  return false;
}

/**
 * Learns name → code for people introduced with a demonym or a country name and a title
 * ("Russian President Vladimir Putin", "US Secretary of State John Kerry", "Finland's
 * President Sauli Niinisto"), in document order. Returns surnames and full names.
 */
export function learnPersonCountries(text: string, hits: readonly PartyMention[]): Map<string, string> {
  const learned = new Map<string, string>();
  for (const hit of hits) {
    if (hit.kind !== 'demonym' && hit.kind !== 'country') continue;
    let at = hit.end;
    const possessive = /^['’]s\s+/.exec(text.slice(at, at + 4));
    if (possessive) at += possessive[0].length;
    else at += /^\s+/.exec(text.slice(at, at + 3))?.[0].length ?? 0;
    // Titles may include lower-case "counterpart", "spokesman", "of".
    const rest = text.slice(at, at + 120);
    const tokens = rest.split(/(\s+)/);
    const words: string[] = [];
    for (let i = 0; i < tokens.length; i += 2) {
      const word = (tokens[i] ?? '').replace(/[,.;:)]+$/, '');
      if (!word) break;
      words.push(word);
      if (/[,.;:)]$/.test(tokens[i] ?? '')) break;
      if (words.length >= 9) break;
    }
    let titleSeen = false;
    const name: string[] = [];
    for (const word of words) {
      if (name.length === 0 && (TITLE_WORDS.has(word) || word === 'of' || word === 'the')) {
        if (TITLE_WORDS.has(word) && !/^(?:his|her|their|new|former|top|junior|senior|outgoing|incoming)$/.test(word)) titleSeen = true;
        continue;
      }
      if (/^[A-Z][a-z’'-]+$/.test(word) && !TITLE_WORDS.has(word)) {
        name.push(word);
        if (name.length === 3) break;
        continue;
      }
      break;
    }
    if (!titleSeen || name.length < 2) continue;
    const full = name.join(' ');
    const surname = name[name.length - 1] as string;
    if (!learned.has(full)) learned.set(full, hit.code);
    if (!learned.has(surname)) learned.set(surname, hit.code);
  }
  return learned;
}

const CAPITALISED_WORD = /\b\p{Lu}\p{Ll}+s?\b/gu;

/**
 * Demonyms of the countries of a user's actor file ("Marestian shipping companies"), which
 * the built-in gazetteer does not know: as the gazetteer's own, a plural or one before an
 * agent noun acts, any other is an attribute (a target, not an actor).
 */
function findUserDemonyms(text: string, demonymCode: (word: string) => string | undefined): PartyMention[] {
  const found: PartyMention[] = [];
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const word = match[0];
    const code = demonymCode(word);
    if (!code) continue;
    const start = match.index;
    const end = start + word.length;
    const agent = /[^s]s$/.test(word) || isAgentDemonym(text, end);
    found.push(makeParty(start, end, code, agent ? 'demonym' : 'attribute', null));
  }
  return found;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every party mention in the document: entity mentions (when the resolve stage ran) take
 * precedence over gazetteer hits they overlap; learned person names fill in the rest.
 * Sorted by start. `capitals`: where capitalised words may start (see `findGazetteerHits`).
 */
export function findPartyMentions(
  text: string,
  mentions: readonly Mention[] = [],
  entities: readonly Entity[] = [],
  capitals?: readonly number[] | null,
  demonymCode?: (word: string) => string | undefined,
): PartyMention[] {
  const byId = new Map<string, Entity>();
  for (let i = 0; i < entities.length; i++) byId.set((entities[i] as Entity).id, entities[i] as Entity);
  const fromEntities: PartyMention[] = [];
  // Indexed loops over the input layers: frozen arrays leave V8's for-of fast path.
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    if (!mention.entityId) continue;
    const entity = byId.get(mention.entityId);
    const code = entity?.country;
    if (!entity || !code) continue;
    const kind: PartyMention['kind'] =
      entity.type === 'person' ? 'person' : entity.type === 'organization' ? 'organization' : entity.type === 'place' ? 'place' : 'country';
    // An adjective form of a country ("the Aldovian football coach") acts only before an agent noun.
    const words = text.slice(mention.start, mention.end);
    const adjective = kind === 'country' && words !== entity.name && /(?:an|ian|ese|ish|i|ic|ch)$/.test(words);
    const finalKind = adjective && !/[^s]s$/.test(words) && !isAgentDemonym(text, mention.end) ? 'attribute' : kind;
    fromEntities.push(makeParty(mention.start, mention.end, code, finalKind, entity.id));
  }
  const raw = findGazetteerHits(text, 0, text.length, capitals);
  const gazetteer: PartyMention[] = raw.map((h) => makeParty(h.start, h.end, h.code, h.kind, null));
  const learned = learnPersonCountries(text, gazetteer);
  const persons: PartyMention[] = [];
  if (learned.size > 0) {
    const pattern = new RegExp(
      `\\b(?:${[...learned.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegex)
        .join('|')})\\b`,
      'g',
    );
    for (const match of text.matchAll(pattern)) {
      const code = learned.get(match[0]);
      if (code) persons.push(makeParty(match.index, match.index + match[0].length, code, 'person', null));
    }
  }
  // A capital after "in", "at", "to" is where something happens ("held in Geneva"), not a party.
  const acting = gazetteer.map((h): PartyMention => {
    // "The Palestinians reject ...": a plural demonym is a people, an actor by itself.
    if (h.kind === 'demonym') {
      const agent = /[^s]s$/.test(text.slice(h.start, h.end)) || isAgentDemonym(text, h.end);
      return agent ? h : makeParty(h.start, h.end, h.code, 'attribute', h.entityId);
    }
    if (h.kind === 'capital' && /\b(?:in|at|to|from|near|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 12), h.start))) {
      return makeParty(h.start, h.end, h.code, 'place', h.entityId);
    }
    return h;
  });
  const all: PartyMention[] = [...fromEntities];
  addUncovered(all, persons, text.length);
  addUncovered(all, acting, text.length);
  if (demonymCode) addUncovered(all, findUserDemonyms(text, demonymCode), text.length);
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all;
}

/** A party mention, always built with this one shape (property reads stay monomorphic). */
function makeParty(start: number, end: number, code: string, kind: PartyMention['kind'], entityId: string | null): PartyMention {
  return { start, end, code, kind, entityId };
}

/**
 * Appends, in order, each of `extra` that overlaps nothing already in `all`. The offsets
 * `all` covers are marked in one array, so each check reads the span's own offsets; spans
 * that are empty or reach past `length` fall back to comparing with every kept span.
 */
function addUncovered(all: PartyMention[], extra: readonly PartyMention[], length: number): void {
  if (extra.length === 0) return;
  const isMarkable = (p: PartyMention) => p.start >= 0 && p.start < p.end && p.end <= length;
  if (!all.every(isMarkable) || !extra.every(isMarkable)) {
    for (const m of extra) if (!all.some((o) => o.start < m.end && m.start < o.end)) all.push(m);
    return;
  }
  const covered = new Uint8Array(length);
  for (const o of all) covered.fill(1, o.start, o.end);
  for (const m of extra) {
    let isCovered = false;
    for (let i = m.start; i < m.end && !isCovered; i++) isCovered = covered[i] === 1;
    if (isCovered) continue;
    all.push(m);
    covered.fill(1, m.start, m.end);
  }
}

/** Demonym and country hits that are not acting parties (places, topics), for locations. */
export function findPlaceDemonyms(text: string, start: number, end: number): PartyMention[] {
  return findGazetteerHits(text, start, end)
    .filter((h) => h.kind === 'demonym' && !isAgentDemonym(text, h.end))
    .map((h) => makeParty(h.start, h.end, h.code, h.kind, null));
}

/** Keeps distinct codes in first-seen order. */
export function uniqueCodes(parties: readonly PartyMention[]): string[] {
  const codes: string[] = [];
  for (const p of parties) if (!codes.includes(p.code)) codes.push(p.code);
  return codes;
}

/** True when the code names an organisation rather than a state. */
export { isOrganizationCode };
