/**
 * In-document entity resolution: one entity per real actor. Names are clustered first
 * (full names, surnames, spellings, knowledge-base aliases, acronyms); then one pass in
 * text order links roles, descriptions and pronouns to the entities already seen, the way
 * a reader does.
 *
 * Decisions (documented here because other stages rely on them):
 * - A capital used as an actor ("Moscow welcomes dialogue", "talks between Moscow and
 *   Washington") is a mention of the country entity (RUS, USA). After "in", "at", "near"
 *   or a verb of motion ("a visit to Moscow"), and in a dateline ("MOSCOW, May 14"), it is a
 *   place entity of its own.
 * - "the Kremlin" is the Russian presidency organisation (the knowledge base's entry), not
 *   the country; "the Russian government" and "the US side" are the country entity.
 * - Demonyms ("Russian") only give a country to the phrase they modify; as plural nouns
 *   ("the Russians") they mention the country.
 * - A description or pronoun with no antecedent stays unresolved, unless it is the subject
 *   of a reporting verb: then it becomes an entity of its own (a speaker is never dropped).
 */

import type { FoundMention, RoleInfo } from '../../annotate/mentions/find.js';
import { gazetteerFor, lookupActors } from '../../annotate/mentions/gazetteer.js';
import { ALLIANCE_ACRONYMS, ORG_DESCRIPTION_HEADS } from '../../annotate/mentions/lexicon.js';
import type { Entity } from '../../core/document.js';
import type { Mention } from '../../core/layers.js';
import { isSpaceCode, ownString, type Span } from '../../core/span.js';
import type { Actor, KnowledgeBase } from '../kb/types.js';
import { foldName } from './names.js';

/** Options of {@link resolveEntities}. */
export interface ResolveOptions {
  readonly kb?: KnowledgeBase;
  /** The page's date (ISO day), for "who held this office then"; null when unknown. */
  readonly date?: string | null;
  /** The stage name recorded on the mentions. */
  readonly by?: string;
}

/** What resolution returns: the mention layer with entity ids, and the entities. */
export interface Resolution {
  readonly mentions: Mention[];
  readonly entities: Entity[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Draft {
  type: Entity['type'];
  name: string;
  actor?: Actor;
  country?: string;
  sector?: string;
  roles: RoleInfo[];
  spans: Span[];
  confidence: number;
  /** End offset of the latest mention resolved to it (recency). */
  last: number;
  firstStart: number;
  /** Folded name words, for surname matching. */
  words: Set<string>;
  surname?: string;
  firstName?: string;
  gender?: 'm' | 'f';
  orgClasses: Set<string>;
  key: string;
}

/** Offices that stand for several others in descriptions ("the spokesman", "the leader"). */
const OFFICE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  spokesperson: ['press secretary', 'foreign ministry spokesperson', 'government spokesperson'],
  leader: ['president', 'prime minister', 'chancellor', 'monarch', 'supreme leader', 'king', 'queen'],
  minister: ['foreign minister', 'defense minister', 'interior minister', 'finance minister', 'economy minister'],
};
/** Offices of government (sector GOV); "secretary general" of an organisation is IGO. */
const GOV_OFFICES = new Set([
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'foreign minister',
  'defense minister',
  'interior minister',
  'finance minister',
  'economy minister',
  'minister',
  'deputy minister',
  'deputy foreign minister',
  'press secretary',
  'foreign ministry spokesperson',
  'government spokesperson',
  'spokesperson',
  'ambassador',
  'envoy',
  'king',
  'queen',
  'monarch',
  'emir',
  'crown prince',
  'supreme leader',
  'governor',
  'mayor',
  'national security adviser',
  'diplomat',
]);
/** The (never filled) word and class set of drafts that keep none: see newDraft. */
const NO_WORDS: Set<string> = new Set();
/** How far back (in sentences) the last speaker stays the default for "he said". */
const SPEAKER_WINDOW = 6;
/** How far back the last speaking organisation stays the default for "it said". */
const ORG_SPEAKER_WINDOW = 4;

/**
 * Resolves mentions to entities within one document.
 *
 * @example
 * const found = findMentions(text, { kb });
 * const { mentions, entities } = resolveEntities(text, found, { kb, date: '2015-05-14' });
 */
export function resolveEntities(text: string, found: readonly FoundMention[], options: ResolveOptions = {}): Resolution {
  const state = new ResolverState(text, found, options);
  state.clusterNames();
  state.resolveInOrder();
  return state.output(options.by ?? 'resolve/entities');
}

/** The mutable bookkeeping of one resolution run (kept in one place, discarded after). */
class ResolverState {
  private readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  /** Mention id → its draft (ids are small and dense: an array, not a map). */
  private readonly ofMention: (Draft | undefined)[];
  /** Sentence → start of its first person or pronoun mention. */
  private readonly firstPersonish = new Map<number, number>();
  /** Folded name word → the person drafts bearing it. */
  private readonly personsByWord = new Map<string, Draft[]>();
  /** Person name → its folded words (see nameWords). */
  private readonly nameWordsMemo = new Map<string, readonly string[]>();
  private readonly kb: KnowledgeBase | undefined;
  private readonly date: string | null;
  private lastSpeaker: { draft: Draft; sentence: number } | undefined;
  private lastOrgSpeaker: { draft: Draft; sentence: number } | undefined;
  private lastSubject: { draft: Draft; sentence: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly found: readonly FoundMention[],
    options: ResolveOptions,
  ) {
    this.kb = options.kb;
    this.date = options.date ?? null;
    let maxId = -1;
    for (const m of found) {
      if (m.id > maxId) maxId = m.id;
      if ((m.type === 'person' || m.type === 'pronoun') && !this.firstPersonish.has(m.sentence))
        this.firstPersonish.set(m.sentence, m.start);
    }
    this.ofMention = new Array<Draft | undefined>(maxId + 1).fill(undefined);
  }

  /** Pass 1: names (persons, organisations, countries, places) to clusters. */
  clusterNames(): void {
    const persons = this.found.filter((m) => m.type === 'person');
    // Full names first, so "Peskov" finds "Dmitry Peskov" even when it comes first.
    // Word counts by mention id (ids are small and dense).
    const counts: number[] = new Array<number>(this.ofMention.length).fill(0);
    for (const m of persons) counts[m.id] = wordCount(m.name);
    persons.sort((a, b) => (counts[b.id] as number) - (counts[a.id] as number) || a.start - b.start);
    for (const m of persons) this.setDraftOf(m.id, this.clusterPerson(m));
    for (const m of this.found) {
      if (m.type === 'organization') this.setDraftOf(m.id, this.clusterOrg(m));
      else if (m.type === 'country' && m.country) this.setDraftOf(m.id, this.countryDraft(m.country));
      else if (m.type === 'place') this.setDraftOf(m.id, this.placeDraft(m));
    }
    this.mergeAcronyms();
  }

  /** The draft a mention resolved to, if any. */
  private draftOf(id: number): Draft | undefined {
    return id < this.ofMention.length ? this.ofMention[id] : undefined;
  }

  private setDraftOf(id: number, draft: Draft): void {
    this.ofMention[id] = draft;
  }

  private newDraft(
    key: string,
    init: Partial<Pick<Draft, 'actor' | 'country' | 'sector' | 'surname' | 'firstName' | 'gender'>> & Pick<Draft, 'type' | 'name'>,
  ): Draft {
    // One shape for every draft (absent fields undefined), so the resolution passes read
    // them fast; `init` only sets the fields type, name, actor, country, sector, surname,
    // firstName and gender.
    const draft: Draft = {
      type: init.type,
      name: init.name,
      actor: init.actor,
      country: init.country,
      sector: init.sector,
      roles: [],
      spans: [],
      confidence: 0,
      last: -1,
      firstStart: Number.POSITIVE_INFINITY,
      // Name words are kept for persons and description classes for organisations only
      // (no other draft ever gets either): the others share one empty set, read only.
      words: init.type === 'person' ? new Set() : NO_WORDS,
      surname: init.surname,
      firstName: init.firstName,
      gender: init.gender,
      orgClasses: init.type === 'organization' ? new Set() : NO_WORDS,
      key,
    };
    this.drafts.push(draft);
    this.byKey.set(key, draft);
    return draft;
  }

  private personActor(m: FoundMention): Actor | undefined {
    if (!this.kb) return undefined;
    if (m.kbId) {
      const actor = this.kb.byId(m.kbId);
      if (actor?.type === 'person') return actor;
    }
    const known = lookupActors(this.kb, m.name);
    // Most names are unknown: no filtered copy of an empty list.
    if (known.length === 0) return undefined;
    const candidates = known.filter((a) => a.type === 'person');
    if (candidates.length <= 1) return candidates[0];
    // Several people share the name: one already in the document, else one in office then.
    for (const actor of candidates) if (this.byKey.has(kbKey(actor.id))) return actor;
    if (this.date) {
      const inOffice = candidates.filter((a) => this.termsAt(a).length > 0);
      if (inOffice.length >= 1) return inOffice[0];
    }
    return wordCount(m.name) > 1 ? candidates[0] : undefined;
  }

  private clusterPerson(m: FoundMention): Draft {
    const words = this.nameWords(m.name);
    const surname = words[words.length - 1] ?? foldName(m.name);
    const firstName = words.length > 1 ? words[0] : undefined;
    const actor = this.personActor(m);
    if (actor) {
      const existing = this.byKey.get(kbKey(actor.id));
      if (existing) return this.addWords(existing, words);
    }
    let match: Draft | undefined;
    let best = -1;
    // Only people sharing the surname can match: the word index keeps this linear.
    for (const d of this.personsByWord.get(surname) ?? []) {
      if (actor && d.actor && d.actor.id !== actor.id) continue;
      const same =
        words.length > 1
          ? d.surname === surname &&
            (!d.firstName ||
              !firstName ||
              d.firstName === firstName ||
              (d.firstName[0] === firstName[0] && (d.firstName.length === 1 || firstName.length === 1)))
          : d.words.has(surname);
      if (!same) continue;
      // Among several people sharing a surname: the one the knowledge base knows, then the
      // one named most recently before.
      const score = (d.actor ? 1e9 : 0) + (d.firstStart <= m.start ? d.firstStart : -1);
      if (!match || score > best) {
        match = d;
        best = score;
      }
    }
    if (match) {
      if (actor && !match.actor) this.linkActor(match, actor);
      if (words.length > 1 && !match.actor && wordCount(match.name) < words.length) match.name = m.name;
      if (!match.firstName && firstName) match.firstName = firstName;
      return this.addWords(match, words);
    }
    const key = actor ? kbKey(actor.id) : `person:${words.join(' ')}:${this.drafts.length}`;
    const draft = this.newDraft(key, { type: 'person', name: m.name, surname, ...(firstName ? { firstName } : {}) });
    if (m.gender === 'f' || m.gender === 'm') draft.gender = m.gender;
    if (actor) this.linkActor(draft, actor);
    return this.addWords(draft, words);
  }

  /**
   * nameWordsOf, memoised for this document only (names repeat within a page; a memo across
   * pages would keep pages alive through names sliced from their text).
   */
  private nameWords(name: string): readonly string[] {
    let words = this.nameWordsMemo.get(name);
    if (words === undefined) {
      words = nameWordsOf(name);
      this.nameWordsMemo.set(name, words);
    }
    return words;
  }

  private addWords(d: Draft, words: readonly string[]): Draft {
    for (const w of words) this.addWord(d, w);
    return d;
  }

  /** Records a name word of a person, in the draft and in the word index. */
  private addWord(d: Draft, word: string): void {
    if (d.words.has(word)) return;
    // A draft made without a set of its own gets one (the shared empty set is never filled).
    if (d.words === NO_WORDS) d.words = new Set();
    d.words.add(word);
    const list = this.personsByWord.get(word);
    if (list) list.push(d);
    else this.personsByWord.set(word, [d]);
  }

  private linkActor(d: Draft, actor: Actor): void {
    d.actor = actor;
    d.name = actor.name;
    if (actor.country) d.country = actor.country;
    if (actor.sector) d.sector = actor.sector;
    if (actor.gender) d.gender = actor.gender === 'female' ? 'f' : 'm';
    this.byKey.set(kbKey(actor.id), d);
    if (d.type === 'person') {
      for (const alias of [actor.name, ...actor.aliases]) {
        const words = alias.split(/\s+/).map(foldName);
        if (words.length > 1) this.addWord(d, words[words.length - 1] as string);
      }
      if (actor.surname) this.addWord(d, foldName(actor.surname));
    }
    if (d.type === 'organization') for (const c of orgClassesOf([actor.name, ...actor.aliases], actor.id)) d.orgClasses.add(c);
  }

  private orgActor(m: FoundMention, bare: string): Actor | undefined {
    if (!this.kb) return undefined;
    if (m.kbId) {
      const actor = this.kb.byId(m.kbId);
      if (actor) return actor;
    }
    const variants = [m.name, bare];
    const gaz = gazetteerFor(this.kb);
    if (m.country) {
      const demonym = gaz.demonyms.get(m.country);
      const country = gaz.countryNames.get(m.country);
      if (demonym) variants.push(`${demonym} ${bare}`);
      if (country) variants.push(`${bare} of ${country}`, `${country}'s ${bare}`);
    }
    for (const v of variants) {
      const hit = lookupActors(this.kb, v).find((a) => a.type === 'organization');
      if (hit) return hit;
    }
    return undefined;
  }

  private clusterOrg(m: FoundMention): Draft {
    const bare = stripCountryPrefix(m.name, m.country, this.kb);
    const actor = this.orgActor(m, bare);
    if (actor) {
      const existing = this.byKey.get(kbKey(actor.id));
      if (existing) return existing;
      const draft = this.newDraft(kbKey(actor.id), { type: 'organization', name: actor.name });
      this.linkActor(draft, actor);
      draft.country ??= m.country;
      draft.sector ??= orgSector(m);
      return draft;
    }
    const gaz = gazetteerFor(this.kb);
    const demonym = m.country ? gaz.demonyms.get(m.country) : undefined;
    const name = demonym && bare !== m.name.replace(/^the\s+/i, '') ? `${demonym} ${bare}` : m.name.replace(/^the\s+/i, '');
    const key = `org:${m.country ?? ''}:${foldName(bare)}`;
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const draft = this.newDraft(key, { type: 'organization', name, ...(m.country ? { country: m.country } : {}) });
    const sector = orgSector(m);
    if (sector) draft.sector = sector;
    for (const c of orgClassesOf([name], undefined)) draft.orgClasses.add(c);
    return draft;
  }

  /** "CIS" and "Commonwealth of Independent States" are one organisation. */
  private mergeAcronyms(): void {
    const orgs = this.drafts.filter((d) => d.type === 'organization');
    const byInitials = new Map<string, Draft[]>();
    for (const d of orgs) {
      if (!d.name.includes(' ')) continue;
      const key = initialsOf(d.name);
      const list = byInitials.get(key);
      if (list) list.push(d);
      else byInitials.set(key, [d]);
    }
    for (const short of orgs) {
      if (!/^[A-Z.]{2,6}$/.test(short.name)) continue;
      const letters = short.name.replace(/\./g, '');
      const long = byInitials.get(letters)?.find((d) => d !== short && (!d.actor || !short.actor || d.actor.id === short.actor.id));
      if (long) this.mergeInto(short, long);
    }
  }

  private mergeInto(from: Draft, into: Draft): void {
    const ofMention = this.ofMention;
    for (let id = 0; id < ofMention.length; id++) if (ofMention[id] === from) ofMention[id] = into;
    if (!into.actor && from.actor) this.linkActor(into, from.actor);
    for (const c of from.orgClasses) into.orgClasses.add(c);
    const index = this.drafts.indexOf(from);
    if (index >= 0) this.drafts.splice(index, 1);
    this.byKey.set(from.key, into);
  }

  private countryDraft(code: string): Draft {
    const key = countryKey(code);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const gaz = gazetteerFor(this.kb);
    const name = gaz.countryNames.get(code) ?? code;
    const actor = (this.kb ? lookupActors(this.kb, name) : []).find((a) => a.type === 'country' && a.country === code);
    const draft = this.newDraft(key, { type: 'country', name, country: code, sector: 'GOV' });
    if (actor) this.linkActor(draft, actor);
    return draft;
  }

  private placeDraft(m: FoundMention): Draft {
    const name = m.name.replace(/^the\s+/i, '');
    const display = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
    const key = `place:${foldName(name)}`;
    return this.byKey.get(key) ?? this.newDraft(key, { type: 'place', name: display });
  }

  /** Pass 2: roles, descriptions and pronouns, in text order. */
  resolveInOrder(): void {
    // Cataphoric possessives wait for the subject after the opening phrase.
    let pending: FoundMention[] = [];
    for (const m of this.found) {
      if (pending.length > 0 && pending[0]?.sentence !== m.sentence) {
        for (const p of pending) this.resolveNow(p, this.resolvePronoun(p));
        pending = [];
      }
      if (m.type === 'pronoun' && m.cataphoric) {
        pending.push(m);
        continue;
      }
      let draft = this.draftOf(m.id);
      if (m.type === 'role' && m.attachTo) {
        const role = this.resolveRole(m);
        for (const id of m.attachTo) {
          const person = this.draftOf(id);
          if (person) this.addRole(person, role);
        }
        draft = this.draftOf(m.attachTo[0] as number);
      } else if (m.type === 'description') {
        draft = this.resolveDescription(m);
      } else if (m.type === 'pronoun') {
        draft = this.resolvePronoun(m);
      }
      if (!draft) continue;
      this.resolveNow(m, draft);
      if (pending.length > 0 && draft.type === 'person' && m.type !== 'pronoun') {
        for (const p of pending) this.resolveNow(p, p.gender === draft.gender || !draft.gender ? draft : this.resolvePronoun(p));
        pending = [];
      }
    }
    for (const p of pending) this.resolveNow(p, this.resolvePronoun(p));
  }

  private resolveNow(m: FoundMention, draft: Draft | undefined): void {
    if (!draft) return;
    this.setDraftOf(m.id, draft);
    this.touch(draft, m);
  }

  private touch(d: Draft, m: FoundMention): void {
    d.spans.push({ start: m.start, end: m.end });
    d.last = Math.max(d.last, m.end);
    d.firstStart = Math.min(d.firstStart, m.start);
    d.confidence = Math.max(d.confidence, m.confidence);
    if (d.type === 'person' && !m.inQuote) {
      if (m.isMainSpeaker) this.lastSpeaker = { draft: d, sentence: m.sentence };
      // Mentions arrive in text order, so the first person of a sentence is its subject.
      if (!this.lastSubject || this.lastSubject.sentence !== m.sentence) this.lastSubject = { draft: d, sentence: m.sentence };
    }
    if ((d.type === 'organization' || d.type === 'country') && m.isSpeaker && !m.inQuote)
      this.lastOrgSpeaker = { draft: d, sentence: m.sentence };
  }

  private addRole(d: Draft, role: RoleInfo): void {
    if (!d.roles.some((r) => r.office === role.office && r.country === role.country && r.text === role.text)) d.roles.push(role);
    if (!d.country && role.country) d.country = role.country;
    if (!d.sector) {
      if (role.office === 'secretary general' || (role.country && !/^[A-Z]{3}$/.test(role.country))) d.sector = 'IGO';
      else if (GOV_OFFICES.has(role.office)) d.sector = 'GOV';
    }
    if (!d.gender && /woman$/i.test(role.text)) d.gender = 'f';
  }

  /** A role's meaning once its possessor is known ("his US counterpart", "Putin's spokesman"). */
  private resolveRole(m: FoundMention): RoleInfo {
    const role = m.role as RoleInfo;
    const owner = m.possessor === undefined ? undefined : this.draftOf(m.possessor);
    if (owner?.type !== 'person') return role;
    if (role.office === 'counterpart') {
      const office = this.primaryOffice(owner);
      return office ? { ...role, office } : role;
    }
    const country = role.country ?? owner.country;
    let office = role.office;
    if (office === 'spokesperson' && this.primaryOffice(owner) === 'president') office = 'press secretary';
    return { ...role, office, ...(country ? { country } : {}) };
  }

  private primaryOffice(d: Draft): string | undefined {
    const own = d.roles.find((r) => r.office !== 'counterpart');
    if (own) return own.office;
    return d.actor ? this.termsAt(d.actor)[0]?.office : undefined;
  }

  private termsAt(actor: Actor): { office: string; country: string }[] {
    if (!this.kb) return [];
    const day = this.date;
    return this.kb.terms(actor.id).filter((t) => !day || (t.start <= day && (t.end === null || t.end >= day)));
  }

  private holds(d: Draft, role: RoleInfo): boolean {
    // Loops and a module function rather than closures: this runs per person per description.
    for (const r of d.roles) if (r.office !== 'counterpart' && fitsRole(role, r.office, r.country ?? d.country, r.org)) return true;
    if (d.actor) {
      for (const t of this.termsAt(d.actor)) if (fitsRole(role, t.office, t.country, undefined)) return true;
    }
    return false;
  }

  private resolveDescription(m: FoundMention): Draft | undefined {
    if (m.attachTo) {
      const person = this.draftOf(m.attachTo[0] as number);
      if (person && m.role) this.addRole(person, this.resolveRole(m));
      return person;
    }
    if (m.role) return this.resolvePersonDescription(m);
    if (m.orgClass) return this.resolveOrgDescription(m);
    return undefined;
  }

  private resolvePersonDescription(m: FoundMention): Draft | undefined {
    const role = this.resolveRole(m);
    const owner = m.possessor === undefined ? undefined : this.draftOf(m.possessor);
    let best: Draft | undefined;
    for (const d of this.drafts) {
      if (d.type !== 'person' || d === owner || d.last < 0 || d.last > m.start) continue;
      if (!this.holds(d, role)) continue;
      if (!best || d.last > best.last) best = d;
    }
    if (!best && this.kb && this.date && role.country) {
      const holder = this.kb.holdersAt(role.office, role.country, this.date).find((a) => a.type === 'person');
      if (holder) {
        best = this.byKey.get(kbKey(holder.id));
        if (!best) {
          best = this.newDraft(kbKey(holder.id), { type: 'person', name: holder.name });
          this.linkActor(best, holder);
        }
      }
    }
    if (!best && m.isSpeaker) {
      best = this.newDraft(`description:${m.id}`, { type: 'person', name: role.text });
      best.confidence = 0.4;
    }
    if (best && role.office !== 'counterpart') this.addRole(best, role);
    return best;
  }

  private resolveOrgDescription(m: FoundMention): Draft | undefined {
    const orgClass = m.orgClass as string;
    if (orgClass === 'government' && m.country) return this.countryDraft(m.country);
    let best: Draft | undefined;
    for (const d of this.drafts) {
      if (d.type !== 'organization' || d.last < 0 || d.last > m.start) continue;
      if (!d.orgClasses.has(orgClass)) continue;
      if (m.country && d.country && d.country !== m.country) continue;
      if (!best || d.last > best.last) best = d;
    }
    if (!best && orgClass === 'government') {
      best = this.mostRecent(isCountryDraft, m.start);
    }
    if (!best && m.isSpeaker)
      best = this.newDraft(`description:${m.id}`, {
        type: 'organization',
        name: m.name.replace(/^(?:the|its|their)\s+/i, ''),
        ...(m.country ? { country: m.country } : {}),
      });
    return best;
  }

  private mostRecent(accept: (d: Draft) => boolean, before: number): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) {
      if (d.last < 0 || d.last > before || !accept(d)) continue;
      if (!best || d.last > best.last) best = d;
    }
    return best;
  }

  private resolvePronoun(m: FoundMention): Draft | undefined {
    if (m.gender === 'p' || !m.gender) return undefined;
    if (m.gender === 'n') {
      const speaker = this.lastOrgSpeaker;
      if (speaker && m.sentence - speaker.sentence <= ORG_SPEAKER_WINDOW && speaker.draft.type === 'organization') return speaker.draft;
      return this.mostRecent(isOrgDraft, m.start);
    }
    const gender = m.gender;
    // A person of no known gender or of the pronoun's (module functions: no closure per pronoun).
    const agrees = gender === 'm' ? agreesMale : agreesFemale;
    if (gender === 'f') {
      // Few names tell their gender here; a woman already known in the text is the best bet.
      const woman = this.mostRecent(isWoman, m.start);
      if (woman) return woman;
    }
    const speaker = this.lastSpeaker;
    // "he said" after a quote: the speaker of the reporting before it, not the nearest man.
    if (m.isSpeaker && speaker && m.sentence - speaker.sentence <= SPEAKER_WINDOW && agrees(speaker.draft)) return speaker.draft;
    const subject = this.lastSubject;
    const lowerName = m.name.toLowerCase();
    const isSubjectPronoun = lowerName === 'he' || lowerName === 'she';
    if (
      isSubjectPronoun &&
      !m.inQuote &&
      subject &&
      subject.sentence < m.sentence &&
      m.sentence - subject.sentence <= 1 &&
      agrees(subject.draft)
    ) {
      if (this.firstPersonish.get(m.sentence) === m.start) return subject.draft;
    }
    return this.mostRecent(agrees, m.start);
  }

  output(by: string): Resolution {
    const used = this.drafts.filter((d) => d.spans.length > 0);
    used.sort((a, b) => a.firstStart - b.firstStart);
    const ids = new Map<Draft, string>();
    const entities: Entity[] = used.map((d, index) => {
      const id = `e${index + 1}`;
      ids.set(d, id);
      const spans = dedupeSpans(d.spans);
      const roleTexts = d.roles.length === 0 ? [] : [...new Set(d.roles.map((r) => r.text))];
      // Keys added in the output's order (optional ones only when set), without spreads.
      const entity: Mutable<Entity> = { id, name: d.name, type: d.type } as Mutable<Entity>;
      if (d.country) entity.country = d.country;
      if (d.sector) entity.sector = d.sector;
      if (d.actor) entity.kb = d.actor.id;
      entity.roles = roleTexts;
      entity.mentions = spans;
      entity.confidence = round(d.actor ? Math.max(d.confidence, 0.95) : d.confidence);
      return entity;
    });
    const mentions: Mention[] = this.found.map((m) => {
      const d = this.draftOf(m.id);
      const entityId = d ? ids.get(d) : undefined;
      return entityId
        ? { start: m.start, end: m.end, type: m.type, by, entityId, confidence: m.confidence }
        : { start: m.start, end: m.end, type: m.type, by, confidence: m.confidence };
    });
    return { mentions, entities };
  }
}

/**
 * Draft keys of knowledge-base actors and countries, made once per id: a key built per
 * mention was a new string to hash at every map look-up. Ids and codes come from the
 * knowledge base, so the maps hold about as many keys as it has actors; they are bounded
 * all the same (cleared when full).
 */
const KB_KEYS = new Map<string, string>();
const COUNTRY_KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

function kbKey(id: string): string {
  return keyOf(KB_KEYS, 'kb:', id);
}

function countryKey(code: string): string {
  return keyOf(COUNTRY_KEYS, 'country:', code);
}

function keyOf(keys: Map<string, string>, prefix: string, id: string): string {
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = prefix + id;
    keys.set(ownString(id), key);
  }
  return key;
}

function isCountryDraft(d: Draft): boolean {
  return d.type === 'country';
}

function isOrgDraft(d: Draft): boolean {
  return d.type === 'organization';
}

function isWoman(d: Draft): boolean {
  return d.type === 'person' && d.gender === 'f';
}

function agreesMale(d: Draft): boolean {
  return d.type === 'person' && (!d.gender || d.gender === 'm');
}

function agreesFemale(d: Draft): boolean {
  return d.type === 'person' && (!d.gender || d.gender === 'f');
}

/** Whether an office held (with its country and body) answers to the role asked for. */
function fitsRole(role: RoleInfo, office: string, country: string | undefined, org: string | undefined): boolean {
  return (
    officeMatches(office, role.office) && (!role.country || !country || role.country === country) && (!role.org || !org || role.org === org)
  );
}

function officeMatches(held: string, wanted: string): boolean {
  if (held === wanted) return true;
  const group = OFFICE_GROUPS[wanted];
  if (group?.includes(held)) return true;
  const heldGroup = OFFICE_GROUPS[held];
  return heldGroup?.includes(wanted) ?? false;
}

/** `name.split(/\s+/).length` without the split: one more than the runs of white space. */
function wordCount(name: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < name.length; i++) {
    const space = isSpaceCode(name.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

const WHITESPACE = /\s+/;
const INITIAL = /^\p{L}\.?$/u;
/** The folded words of a person name, initials left out ("John F. Kerry" → john, kerri). */
function nameWordsOf(name: string): readonly string[] {
  const words: string[] = [];
  for (const w of name.split(WHITESPACE)) if (!INITIAL.test(w)) words.push(foldName(w));
  return words;
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** "Russia's Foreign Ministry", "Russian Foreign Ministry" → "Foreign Ministry". */
function stripCountryPrefix(name: string, country: string | undefined, kb: KnowledgeBase | undefined): string {
  const bare = name.replace(/^the\s+/i, '');
  if (!country) return bare;
  const gaz = gazetteerFor(kb);
  const m = /^(\S+(?:\s\S+)?)(?:['’]s)?\s+(.+)$/.exec(bare);
  if (!m) return bare;
  for (const take of [m[1] as string, (m[1] as string).split(/\s/)[0] as string]) {
    if (gaz.codes.get(take.toLowerCase()) === country) {
      return bare
        .slice(take.length)
        .replace(/^['’]s/, '')
        .trim();
    }
  }
  return bare;
}

/** The description classes ("the ministry", "the bloc") an organisation answers to. */
function orgClassesOf(names: readonly string[], id: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const word of lower.split(/[\s-]+/)) {
      const cls = ORG_DESCRIPTION_HEADS.get(word);
      if (cls) out.add(cls);
    }
    if (ALLIANCE_ACRONYMS.has(lower) || /treaty organi[sz]ation|alliance|\bbloc\b|\bpact\b/.test(lower)) out.add('alliance');
  }
  if (id && ALLIANCE_ACRONYMS.has(id.toLowerCase())) out.add('alliance');
  return out;
}

const GOV_BODY = /ministry|department|government|kremlin|white house|presiden|parliament|duma|senate|congress/i;
function orgSector(m: FoundMention): string | undefined {
  if (m.org) return 'GOV';
  if (GOV_BODY.test(m.name)) return 'GOV';
  return undefined;
}

/** Spans in (start, end) order without repeats; mentions mostly arrive in order already. */
function dedupeSpans(spans: readonly Span[]): Span[] {
  let inOrder = true;
  for (let i = 1; i < spans.length && inOrder; i++) {
    const a = spans[i - 1] as Span;
    const b = spans[i] as Span;
    inOrder = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  const sorted = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  let prev: Span | undefined;
  for (const s of sorted) {
    if (!prev || prev.start !== s.start || prev.end !== s.end) out.push(s);
    prev = s;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
