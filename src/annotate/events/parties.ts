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

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every party mention in the document: entity mentions (when the resolve stage ran) take
 * precedence over gazetteer hits they overlap; learned person names fill in the rest.
 * Sorted by start.
 */
export function findPartyMentions(text: string, mentions: readonly Mention[] = [], entities: readonly Entity[] = []): PartyMention[] {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  const fromEntities: PartyMention[] = [];
  for (const mention of mentions) {
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
    fromEntities.push({ start: mention.start, end: mention.end, code, kind: finalKind, entityId: entity.id });
  }
  const raw = findGazetteerHits(text);
  const gazetteer: PartyMention[] = raw.map((h) => ({ ...h, entityId: null }));
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
      if (code) persons.push({ start: match.index, end: match.index + match[0].length, code, kind: 'person', entityId: null });
    }
  }
  // A capital after "in", "at", "to" is where something happens ("held in Geneva"), not a party.
  const acting = gazetteer.map((h): PartyMention => {
    // "The Palestinians reject ...": a plural demonym is a people, an actor by itself.
    if (h.kind === 'demonym') {
      const agent = /[^s]s$/.test(text.slice(h.start, h.end)) || isAgentDemonym(text, h.end);
      return agent ? h : { ...h, kind: 'attribute' };
    }
    if (h.kind === 'capital' && /\b(?:in|at|to|from|near|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, h.start - 12), h.start))) {
      return { ...h, kind: 'place' };
    }
    return h;
  });
  const all: PartyMention[] = [...fromEntities];
  const covered = (m: PartyMention) => all.some((o) => o.start < m.end && m.start < o.end);
  for (const m of [...persons, ...acting]) if (!covered(m)) all.push(m);
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all;
}

/** Demonym and country hits that are not acting parties (places, topics), for locations. */
export function findPlaceDemonyms(text: string, start: number, end: number): PartyMention[] {
  return findGazetteerHits(text, start, end)
    .filter((h) => h.kind === 'demonym' && !isAgentDemonym(text, h.end))
    .map((h) => ({ ...h, entityId: null }));
}

/** Keeps distinct codes in first-seen order. */
export function uniqueCodes(parties: readonly PartyMention[]): string[] {
  return [...new Set(parties.map((p) => p.code))];
}

/** True when the code names an organisation rather than a state. */
export { isOrganizationCode };
