/**
 * The actor knowledge base: indexes over the shipped actor files (data/actors/*.json) and an
 * optional user file, answering "who may this name denote" and "who held this office then".
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertUsage, DatelineError } from '../../core/errors.js';
import { loadActorFile } from './load.js';
import { normaliseName } from './normalise.js';
import { expandOffice, ROLE_INDEX, type RoleEntry, splitRolePhrase } from './roles.js';
import type { Actor, KnowledgeBase, OfficeTerm } from './types.js';

export { ISO_ALPHA3, isKnownCountryCode, ORGANISATION_CODES } from './codes.js';
export { isIsoDay, loadActorFile, validateActor, validateActors } from './load.js';
export { normaliseName, normalisePhrase } from './normalise.js';
export {
  expandOffice,
  OFFICE_GROUPS,
  OFFICES,
  ROLE_INDEX,
  type RoleEntry,
  type RolePhraseParts,
  SINGLE_HOLDER_OFFICES,
  splitRolePhrase,
} from './roles.js';
export type { Actor, KnowledgeBase, OfficeTerm } from './types.js';

/** How a name reached an actor; earlier kinds are stronger evidence. */
export type MatchKind = 'name' | 'alias' | 'surname' | 'metonym' | 'demonym';

/** One candidate of {@link ActorKnowledgeBase.match}. */
export interface ActorMatch {
  readonly actor: Actor;
  readonly via: MatchKind;
  /**
   * True when the key is also an everyday English word (surnames "May", "Ban", "Price",
   * "Trump"): callers should accept such a match only from a capitalised, non-sentence-initial
   * mention or with a first name or title beside it.
   */
  readonly commonWord?: boolean;
  /** True when the key comes only from an all-capitals form ("WHO", "US"): `match` then needs a query without lower-case letters. */
  readonly acronym?: boolean;
}

/** A term together with its holder. */
export interface Tenure {
  readonly actor: Actor;
  readonly term: OfficeTerm;
}

/** The knowledge base with the extra look-ups entity resolution and dating use. */
export interface ActorKnowledgeBase extends KnowledgeBase {
  /** Every actor, in load order (shipped files by name, then the user file). */
  readonly actors: readonly Actor[];
  /**
   * Like `lookup`, but says how each actor matched; best kinds first. Keys known only in
   * capitals ("WHO", "US") match only a query without lower-case letters, so "who" and "us"
   * find nothing; `lookup` applies the same rule.
   */
  match(name: string): readonly ActorMatch[];
  /** The country actor for an ISO alpha-3 code, or the organisation for an IGO code. */
  byCountryCode(code: string): Actor | undefined;
  /**
   * Resolves a country reference (code, name, alias, capital metonym, demonym) to its code:
   * "Russia", "Moscow", "Russian", "RUS" → "RUS".
   */
  countryCode(reference: string): string | undefined;
  /** The terms (with holders) of an office in a country that overlap a day, month or year. */
  tenuresAt(office: string, country: string, date: string): readonly Tenure[];
  /**
   * Who held a written title on a date: "US Secretary of State", "Russian foreign minister",
   * "President of Finland", "Kremlin spokesman". `country` is used when the title names none.
   */
  holdersOfTitleAt(title: string, date: string, country?: string): readonly Actor[];
  /** The holder of an office counted by ordinal: ("president", "USA", 45) → Donald Trump. */
  byOrdinal(office: string, country: string, ordinal: number): Actor | undefined;
  /** Normalised office phrase → office (and implied country); see roles.ts. */
  readonly roleIndex: ReadonlyMap<string, RoleEntry>;
}

const MATCH_RANK: Readonly<Record<MatchKind, number>> = { name: 0, alias: 1, surname: 2, metonym: 3, demonym: 4 };
/** Words never taken as a surname when deriving one from the last word of a name. */
const NOT_SURNAMES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);
/**
 * Surnames in the shipped data that are also everyday English words, found by reading the
 * surname list; extend it when adding people whose surname is a common word.
 */
const COMMON_WORD_KEYS: ReadonlySet<string> = new Set(
  (
    'ban may moon park price rice brown snow wood cook straw green miller bishop earnest cannon ' +
    'martin graham smith howard hunt fox bush trump gore pence kan lee carr wong rau khan sharif ' +
    'dion sun ma kim power'
  )
    .split(' ')
    .map((word) => normaliseName(word)),
);
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;

/** An all-capitals form ("WHO", "U.S.", "G-7") that should match only capitals. */
function isAcronym(text: string): boolean {
  return UPPER_CASE.test(text) && !LOWER_CASE.test(text);
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Narrows the generic "spokesperson" by the body named before it: a foreign ministry or the
 * State Department → its spokesperson; a defence ministry → its spokesperson; a presidency
 * (Kremlin, White House) → press secretary; a government → government spokesperson.
 */
function refineSpokesperson(office: string, qualifier: string): string {
  if (office !== 'spokesperson') return office;
  if (/\b(foreign (ministry|office|affairs)|mfa|state department|department of state|diplomatic)\b/.test(qualifier)) {
    return 'foreign ministry spokesperson';
  }
  if (/\b(defen[cs]e ministry|ministry of defen[cs]e|pentagon|military)\b/.test(qualifier)) return 'defence ministry spokesperson';
  if (/\b(kremlin|white house|presidential|president|presidency)\b/.test(qualifier)) return 'press secretary';
  if (/\bgovernment\b/.test(qualifier)) return 'government spokesperson';
  return office;
}

/** The first and last day a date string covers: "2015" → 2015-01-01..2015-12-31. */
function dateRange(date: string): readonly [string, string] {
  const m = PARTIAL_DATE.exec(date.slice(0, 10));
  assertUsage(m, `expected a date YYYY, YYYY-MM or YYYY-MM-DD, found ${JSON.stringify(date)}`);
  const [, year, month, day] = m;
  if (day !== undefined) return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
  if (month !== undefined) return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}

function surnamesOf(actor: Actor): string[] {
  if (actor.type !== 'person') return [];
  if (actor.surname !== undefined) return [actor.surname];
  const out: string[] = [];
  for (const full of [actor.name, ...actor.aliases]) {
    const words = full.split(/\s+/).filter((w) => !NOT_SURNAMES.has(normaliseName(w)));
    const last = words[words.length - 1];
    if (words.length >= 2 && last !== undefined) out.push(last);
  }
  return out;
}

/**
 * Builds the knowledge base over a list of actors. Later actors with the same id replace
 * earlier ones, so a user file can override shipped entries.
 *
 * @example
 * const kb = createKnowledgeBase(actors);
 * kb.lookup('Sergei Lavrov'); // the actor "Sergey Lavrov"
 * kb.holdersAt('secretary of state', 'USA', '2015-05-14'); // John Kerry
 */
export function createKnowledgeBase(actors: readonly Actor[]): ActorKnowledgeBase {
  const byIdMap = new Map<string, Actor>();
  for (const actor of actors) {
    byIdMap.delete(actor.id);
    byIdMap.set(actor.id, actor);
  }
  const all = [...byIdMap.values()];

  const names = new Map<string, ActorMatch[]>();
  const addKey = (text: string, actor: Actor, via: MatchKind): void => {
    const key = normaliseName(text);
    if (key === '') return;
    const entry: ActorMatch = {
      actor,
      via,
      ...(via === 'surname' && COMMON_WORD_KEYS.has(key) ? { commonWord: true } : {}),
      ...(isAcronym(text) ? { acronym: true } : {}),
    };
    const list = names.get(key);
    if (!list) {
      names.set(key, [entry]);
      return;
    }
    const index = list.findIndex((m) => m.actor.id === actor.id);
    const existing = list[index];
    if (existing === undefined) {
      list.push(entry);
      return;
    }
    // One actor, one entry per key: the stronger kind wins, and a plain-case form lifts the acronym restriction.
    const best = MATCH_RANK[via] < MATCH_RANK[existing.via] ? entry : existing;
    const acronym = existing.acronym === true && entry.acronym === true;
    list[index] = { actor, via: best.via, ...(best.commonWord ? { commonWord: true } : {}), ...(acronym ? { acronym: true } : {}) };
  };
  const byCountry = new Map<string, Actor>();
  const tenures = new Map<string, Tenure[]>();
  for (const actor of all) {
    addKey(actor.name, actor, 'name');
    for (const alias of actor.aliases) addKey(alias, actor, 'alias');
    for (const surname of surnamesOf(actor)) addKey(surname, actor, 'surname');
    for (const metonym of actor.metonyms ?? []) addKey(metonym, actor, 'metonym');
    for (const demonym of actor.demonyms ?? []) addKey(demonym, actor, 'demonym');
    if (actor.type === 'country' && actor.country !== null) byCountry.set(actor.country, actor);
    for (const term of actor.offices) {
      const key = `${term.office}|${term.country}`;
      const list = tenures.get(key);
      if (list) list.push({ actor, term });
      else tenures.set(key, [{ actor, term }]);
    }
  }
  // Organisations stand for their own code ("NATO") unless a country actor already does.
  for (const actor of all) {
    if (actor.type === 'organization' && actor.country !== null && actor.sector === 'IGO' && !byCountry.has(actor.country)) {
      byCountry.set(actor.country, actor);
    }
  }
  for (const list of names.values()) list.sort((a, b) => MATCH_RANK[a.via] - MATCH_RANK[b.via]);
  for (const list of tenures.values()) list.sort((a, b) => a.term.start.localeCompare(b.term.start));

  const matchAnyCase = (name: string): readonly ActorMatch[] => names.get(normaliseName(name)) ?? [];
  const match = (name: string): readonly ActorMatch[] => {
    const found = matchAnyCase(name);
    if (!LOWER_CASE.test(name) || !found.some((m) => m.acronym)) return found;
    return found.filter((m) => !m.acronym);
  };

  const countryCode = (reference: string): string | undefined => {
    const trimmed = reference.trim();
    if (trimmed === trimmed.toUpperCase() && byCountry.has(trimmed)) return trimmed;
    for (const m of matchAnyCase(trimmed)) {
      if (m.actor.type === 'country' && m.actor.country !== null) return m.actor.country;
    }
    for (const m of matchAnyCase(trimmed)) {
      if (m.actor.type === 'organization' && m.actor.country !== null) return m.actor.country;
    }
    return undefined;
  };

  /**
   * The country a title's qualifier names: the whole qualifier ("US Department of State",
   * "NATO"), else its longest leading part that does ("Russian presidential" → "Russian").
   */
  const qualifierCountry = (qualifier: string): string | undefined => {
    const words = qualifier.split(' ');
    for (let size = words.length; size >= 1; size--) {
      const code = countryCode(words.slice(0, size).join(' '));
      if (code !== undefined) return code;
    }
    return undefined;
  };

  const tenuresAt = (office: string, country: string, date: string): readonly Tenure[] => {
    const code = countryCode(country) ?? country;
    const [from, to] = dateRange(date);
    const out: Tenure[] = [];
    for (const name of expandOffice(office)) {
      for (const tenure of tenures.get(`${name}|${code}`) ?? []) {
        if (tenure.term.start <= to && (tenure.term.end ?? '9999-12-31') >= from) out.push(tenure);
      }
    }
    return out;
  };

  const holdersAt = (office: string, country: string, date: string): readonly Actor[] => {
    const seen = new Set<string>();
    const out: Actor[] = [];
    for (const { actor } of tenuresAt(office, country, date)) {
      if (seen.has(actor.id)) continue;
      seen.add(actor.id);
      out.push(actor);
    }
    return out;
  };

  return {
    actors: all,
    size: all.length,
    roleIndex: ROLE_INDEX,
    lookup: (name) => match(name).map((m) => m.actor),
    match,
    byId: (id) => byIdMap.get(id),
    terms: (actorId) => byIdMap.get(actorId)?.offices ?? [],
    byCountryCode: (code) => byCountry.get(code),
    countryCode,
    tenuresAt,
    holdersAt,
    byOrdinal: (office, country, ordinal) => {
      const code = countryCode(country) ?? country;
      for (const name of expandOffice(office)) {
        const found = tenures.get(`${name}|${code}`)?.find((t) => t.term.ordinal === ordinal);
        if (found) return found.actor;
      }
      return undefined;
    },
    holdersOfTitleAt: (title, date, country) => {
      const parts = splitRolePhrase(title);
      if (!parts) return [];
      const stated = parts.qualifier === '' ? undefined : qualifierCountry(parts.qualifier);
      const code = stated ?? parts.role.country ?? (country === undefined ? undefined : (countryCode(country) ?? country));
      if (code === undefined) return [];
      return holdersAt(refineSpokesperson(parts.role.office, parts.qualifier), code, date);
    },
  };
}

/** The folder of the shipped actor files, found from this module so src/ and dist/ both work. */
export function shippedActorsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'data', 'actors');
    dir = path.dirname(dir);
  }
  throw new DatelineError('INPUT_NOT_FOUND', `expected the project folder (package.json) above ${fileURLToPath(import.meta.url)}`);
}

/** Reads every `*.json` file of `data/actors/`, in name order. */
export function loadShippedActors(): Actor[] {
  const dir = shippedActorsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => loadActorFile(path.join(dir, name)));
}

const cache = new Map<string, ActorKnowledgeBase>();

/**
 * The shipped knowledge base, merged with a user file whose entries override shipped ones by
 * id. Built once per user file and cached for the life of the process.
 *
 * @example
 * const kb = defaultKnowledgeBase(options.actors); // options.actors from --actors FILE
 */
export function defaultKnowledgeBase(userFile?: string): ActorKnowledgeBase {
  const key = userFile === undefined ? '' : path.resolve(userFile);
  const cached = cache.get(key);
  if (cached) return cached;
  const actors = loadShippedActors();
  if (userFile !== undefined) actors.push(...loadActorFile(userFile));
  const kb = createKnowledgeBase(actors);
  cache.set(key, kb);
  return kb;
}
