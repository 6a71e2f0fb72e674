/**
 * Mention detection by rules and gazetteers: persons (capitalised name sequences, with the
 * titles before them), organisations, countries, places, roles, descriptions ("the press
 * secretary", "his US counterpart") and pronouns. One left-to-right pass over the tokens of
 * each sentence; multi-word look-ups go through tries, so the cost is linear in the text.
 */
import type { MentionType } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from '../../resolve/kb/types.js';
import { splitSentences } from '../sentences/split.js';
import { type Gazetteer, type GazetteerValue, gazetteerFor, lookupActors } from './gazetteer.js';
import {
  buildTrie,
  FEMALE_FIRST_NAMES as LEX_FEMALE_FIRST_NAMES,
  HONORIFICS as LEX_HONORIFICS,
  KNOWN_ORGS as LEX_KNOWN_ORGS,
  LOCATIVE_WORDS as LEX_LOCATIVE_WORDS,
  MOTION_WORDS as LEX_MOTION_WORDS,
  NAME_ADJECTIVES as LEX_NAME_ADJECTIVES,
  NAME_JOINERS as LEX_NAME_JOINERS,
  NON_NAME_WORDS as LEX_NON_NAME_WORDS,
  NON_PERSON_LAST as LEX_NON_PERSON_LAST,
  ORG_DESCRIPTION_HEADS as LEX_ORG_DESCRIPTION_HEADS,
  ORG_HEADS as LEX_ORG_HEADS,
  PLACE_NOUNS as LEX_PLACE_NOUNS,
  PRONOUNS as LEX_PRONOUNS,
  REPORTING_VERBS as LEX_REPORTING_VERBS,
  ROLE_ADJECTIVES as LEX_ROLE_ADJECTIVES,
  VERB_FILLERS as LEX_VERB_FILLERS,
  matchTrie,
  PLACE_FIRST_WORDS,
  ROLE_HEADS,
  type RoleHead,
} from './lexicon.js';

// Module-local bindings: hot loops read these thousands of times per document, and some
// loaders (tsx) turn every cross-module constant access into a getter call.
const FEMALE_FIRST_NAMES = LEX_FEMALE_FIRST_NAMES;
const HONORIFICS = LEX_HONORIFICS;
const NON_PERSON_LAST = LEX_NON_PERSON_LAST;
const KNOWN_ORGS = LEX_KNOWN_ORGS;
const LOCATIVE_WORDS = LEX_LOCATIVE_WORDS;
const MOTION_WORDS = LEX_MOTION_WORDS;
const NAME_ADJECTIVES = LEX_NAME_ADJECTIVES;
const NAME_JOINERS = LEX_NAME_JOINERS;
const NON_NAME_WORDS = LEX_NON_NAME_WORDS;
const ORG_DESCRIPTION_HEADS = LEX_ORG_DESCRIPTION_HEADS;
const ORG_HEADS = LEX_ORG_HEADS;
const PLACE_NOUNS = LEX_PLACE_NOUNS;
const PRONOUNS = LEX_PRONOUNS;
const REPORTING_VERBS = LEX_REPORTING_VERBS;
const ROLE_ADJECTIVES = LEX_ROLE_ADJECTIVES;
const VERB_FILLERS = LEX_VERB_FILLERS;

import { type Token, tokenize } from './tokenize.js';

/** What a role or description says about its holder. */
export interface RoleInfo {
  /** Normalised office, in the knowledge base's vocabulary ("president", "press secretary"). */
  readonly office: string;
  /** Country or organisation code the words give ("RUS", "NATO"). */
  readonly country?: string;
  /** The body the role belongs to, when the words say ("presidency", "foreign ministry"). */
  readonly org?: string;
  /** The role as written, without determiner ("Russian presidential press secretary"). */
  readonly text: string;
  readonly plural?: boolean;
}

/**
 * A mention found in the text, with what detection learnt about it. Links between mentions
 * are mention ids (`attachTo`, `possessor`), never object references.
 */
export interface FoundMention extends Span {
  readonly id: number;
  readonly type: MentionType;
  /** Index of the sentence holding it. */
  readonly sentence: number;
  readonly inQuote: boolean;
  /** For names: the name as written (without possessive "'s"). */
  readonly name: string;
  /** Country code the mention names or is tied to ("Russian presidential ..." → RUS). */
  readonly country?: string;
  readonly role?: RoleInfo;
  /** The person mentions this role or appositive description belongs to. */
  readonly attachTo?: readonly number[];
  /** The mention that possesses this one ("his" in "his US counterpart"). */
  readonly possessor?: number;
  /** For organisation descriptions: the class the head names ("ministry", "alliance"). */
  readonly orgClass?: string;
  /** For "the US-led bloc": the leading country. */
  readonly ledBy?: string;
  /** Organisation kind implied by a well-known name ("presidency", "foreign ministry"). */
  readonly org?: string;
  /** Knowledge-base id of a gazetteer hit. */
  readonly kbId?: string;
  /** Grammatical gender a pronoun or first name gives: m, f, n (it), p (they). */
  readonly gender?: 'm' | 'f' | 'n' | 'p';
  /** Subject of a reporting verb ("Peskov said", "said Peskov", "according to Peskov"). */
  readonly isSpeaker: boolean;
  /** The first speaker of its sentence (a speaker inside a that-clause is not). */
  readonly isMainSpeaker: boolean;
  /** A capital standing for its government ("Moscow welcomes dialogue"). */
  readonly metonym?: boolean;
  /** A possessive in an opening phrase that points forward ("During his visit, X ..."). */
  readonly cataphoric?: boolean;
  readonly confidence: number;
}

/** Options of {@link findMentions}. */
export interface FindMentionsOptions {
  /** Sentence spans (the `sentences` layer); split here when absent. */
  readonly sentences?: readonly Span[];
  /** The actor knowledge base, for gazetteer names and single-word names. */
  readonly kb?: KnowledgeBase;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft = Mutable<FoundMention> & { weak?: boolean };

const ROLE_TRIE = buildTrie(ROLE_HEADS);
/** Upper-case tokens that are not organisations. */
const NOT_ACRONYMS = new Set(['utc', 'gmt', 'am', 'pm', 'tv', 'ok', 'id', 'i', 'ii', 'iii', 'iv', 'covid', 'ceo', 'pdf', 'faq']);
const CLOSING_QUOTES = new Set(['”', '»', '’']);
const WOMAN_END = /woman$/;
const WHITESPACE = /\s+/;
const ORG_JOINERS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
/** Capitalised plural groups that act and speak as one ("Republicans", "Democrats"). */
const GROUP_NOUNS = new Set(['republicans', 'democrats', 'conservatives', 'liberals', 'tories', 'socialists']);

/** Verbs after which a title describes the subject ("Holt became the new US president"). */
const COPULAS = new Set(['became', 'becomes', 'become', 'remains', 'remained', 'is', 'was', 'elected', 'appointed', 'named']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

interface Scan {
  readonly text: string;
  readonly gaz: Gazetteer;
  readonly kb: KnowledgeBase | undefined;
  readonly out: Draft[];
  nextId: number;
  sentence: number;
  /** Index in `out` of the current sentence's first mention. */
  sentenceFrom: number;
  /** The current sentence looks like a heading (see isHeadingLike). */
  heading: boolean;
  toks: Token[];
  quoted: boolean[];
  /** Index in the document's tokens of the sentence's first token. */
  base: number;
  /** Per token of the document: the role-title match there (null: none), once computed. */
  readonly roleAt: (RoleHit | null | undefined)[];
  /** Per token of the document: the gazetteer match there (null: none), once computed. */
  readonly gazetteerAt: (GazetteerHit | null | undefined)[];
}

type RoleHit = NonNullable<ReturnType<typeof matchTrie<RoleHead>>>;
type GazetteerHit = [GazetteerValue, number];

/**
 * Finds mentions in `text`, sorted by (start, end). Overlaps are allowed: a role and the
 * name it introduces are two mentions, and an organisation inside a title is its own
 * mention ("Kremlin" in "Kremlin spokesman").
 *
 * @example
 * findMentions('Kremlin spokesman Dmitry Peskov said.').map((m) => m.type) // ['role', 'organization', 'person']
 */
export function findMentions(text: string, options: FindMentionsOptions = {}): FoundMention[] {
  const gaz = gazetteerFor(options.kb);
  const sentences = options.sentences ?? defaultSentences(text);
  const allTokens = tokenize(text);
  const scan: Scan = {
    text,
    gaz,
    kb: options.kb,
    out: [],
    nextId: 0,
    sentence: 0,
    sentenceFrom: 0,
    heading: false,
    toks: [],
    quoted: [],
    base: 0,
    // One array per document (not per sentence), filled so that it stays packed.
    roleAt: new Array(allTokens.length).fill(undefined),
    gazetteerAt: new Array(allTokens.length).fill(undefined),
  };
  const quoted = markQuotes(text, allTokens);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Span;
    const sentenceStart = sentence.start;
    const sentenceEnd = sentence.end;
    while (t < allTokens.length && (allTokens[t] as Token).start < sentenceStart) t++;
    const from = t;
    while (t < allTokens.length && (allTokens[t] as Token).end <= sentenceEnd) t++;
    scan.toks = allTokens.slice(from, t);
    scan.quoted = quoted.slice(from, t);
    scan.base = from;
    scan.sentence = s;
    const before = scan.out.length;
    scan.sentenceFrom = before;
    scanSentence(scan);
    markSpeakers(scan, before);
    markCataphora(scan, before);
  }
  return finish(scan.out);
}

function defaultSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    out.push(...splitSentences(text, from, m.index));
    from = m.index + m[0].length;
  }
  out.push(...splitSentences(text, from, text.length));
  return out;
}

/** Whether each token stands inside quotation marks (reset at each paragraph break). */
function markQuotes(text: string, toks: readonly Token[]): boolean[] {
  const out: boolean[] = new Array(toks.length);
  let open = false;
  let previousEnd = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (tok.start - previousEnd > 1 && hasBlankLine(text, previousEnd, tok.start)) open = false;
    previousEnd = tok.end;
    if (tok.end - tok.start === 1) {
      // Quotation marks are one-character tokens: compare codes, not strings.
      const code = text.charCodeAt(tok.start);
      if (code === 0x201c || code === 0xab || code === 0x2018 || code === 0x201e) open = true;
      else if (code === 0x201d || code === 0xbb) open = false;
      else if (code === 34) open = !open;
    }
    out[i] = open;
  }
  return out;
}

/** Whether text[from, to) holds "\n\n". */
function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let p = from; p + 1 < to; p++) if (text.charCodeAt(p) === 10 && text.charCodeAt(p + 1) === 10) return true;
  return false;
}

/** The mentions found so far in the current sentence (keeps look-backs linear). */
function sentenceMentions(scan: Scan): Draft[] {
  return scan.out.slice(scan.sentenceFrom);
}

function emit(scan: Scan, draft: Omit<Draft, 'id' | 'sentence' | 'inQuote' | 'isSpeaker' | 'isMainSpeaker'>, tokenIndex: number): Draft {
  // Every mention gets every field, in one order: objects of one shape keep the property
  // reads of the later passes fast (a spread of drafts with different fields gave each
  // combination its own hidden class). Absent fields stay undefined.
  const mention: Draft = {
    start: draft.start,
    end: draft.end,
    id: scan.nextId++,
    type: draft.type,
    sentence: scan.sentence,
    inQuote: scan.quoted[tokenIndex] ?? false,
    name: draft.name,
    country: draft.country,
    role: draft.role,
    attachTo: draft.attachTo,
    possessor: draft.possessor,
    orgClass: draft.orgClass,
    ledBy: draft.ledBy,
    org: draft.org,
    kbId: draft.kbId,
    gender: draft.gender,
    isSpeaker: false,
    isMainSpeaker: false,
    metonym: draft.metonym,
    cataphoric: draft.cataphoric,
    confidence: draft.confidence,
    weak: draft.weak,
  };
  scan.out.push(mention);
  return mention;
}

/**
 * A heading or shouted line rather than a sentence: no closing punctuation and mostly
 * capitalised words (calibrated on in-body subheadings of news pages: a real sentence
 * of five or more words rarely has 70% of them capitalised).
 */
function isHeadingLike(toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1];
  if (!last) return false;
  const punctuated = /^[.!?"”’)]$/.test(last.text);
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.isWord) continue;
    words++;
    if (t.isCap) caps++;
  }
  // With a full stop, only a fully title-cased line of three or more words counts.
  return punctuated ? words >= 3 && caps === words : words >= 2 && caps / words >= 0.7;
}

function scanSentence(scan: Scan): void {
  const toks = scan.toks;
  scan.heading = isHeadingLike(toks);
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i] as Token;
    if (!tok.isWord) {
      i++;
      continue;
    }
    // The common lower-case word: no phrase opens there, it is no pronoun and no name.
    if (!tok.isCap && !tok.opensPhrase) {
      i++;
      continue;
    }
    const mark = scan.out.length;
    const used = matchNominal(scan, i);
    if (used > 0) {
      i += used;
      continue;
    }
    // Setting an array's length is a runtime call even when it does not change.
    if (scan.out.length !== mark) scan.out.length = mark;
    const pronoun = PRONOUNS.get(tok.lower);
    if (pronoun && !tok.isUpper) {
      matchPronoun(scan, i, pronoun.gender);
      i++;
      continue;
    }
    if (tok.isCap) {
      i += matchProper(scan, i);
      continue;
    }
    i++;
  }
}

function matchPronoun(scan: Scan, i: number, gender: 'm' | 'f' | 'n' | 'p'): void {
  const tok = scan.toks[i] as Token;
  if (gender === 'n') {
    // "it" only as the subject of a reporting verb ("it said"): "it is raining" names nothing.
    if (tok.lower !== 'it' || scan.quoted[i]) return;
    let k = i + 1;
    let passive = false;
    while (k < scan.toks.length && VERB_FILLERS.has((scan.toks[k] as Token).lower)) {
      if (PASSIVE.has((scan.toks[k] as Token).lower)) passive = true;
      k++;
    }
    const verb = scan.toks[k];
    if (!verb || passive || !REPORTING_VERBS.has(verb.lower)) return;
  }
  emit(scan, { type: 'pronoun', start: tok.start, end: tok.end, name: tok.text, gender, confidence: 0.9 }, i);
}

/**
 * The role title starting at token k of the sentence ("foreign minister", "spokesman"),
 * computed once per token: the phrase matchers ask about the same tokens several times.
 */
function matchRole(scan: Scan, k: number): RoleHit | undefined {
  // Outside the sentence nothing matches (and the cache there belongs to other sentences).
  if (k < 0 || k >= scan.toks.length) return undefined;
  let hit = scan.roleAt[scan.base + k];
  if (hit === undefined) {
    hit = matchTrie(ROLE_TRIE, scan.toks, k) ?? null;
    scan.roleAt[scan.base + k] = hit;
  }
  return hit ?? undefined;
}

/** The gazetteer hit starting at token i, honouring case (acronyms need upper case); computed once per token. */
function matchGazetteer(scan: Scan, i: number): GazetteerHit | undefined {
  if (i < 0 || i >= scan.toks.length) return undefined;
  let hit = scan.gazetteerAt[scan.base + i];
  if (hit === undefined) {
    hit = findGazetteerHit(scan, i) ?? null;
    scan.gazetteerAt[scan.base + i] = hit;
  }
  return hit ?? undefined;
}

function findGazetteerHit(scan: Scan, i: number): GazetteerHit | undefined {
  const tok = scan.toks[i];
  if (!tok?.isCap) return undefined;
  const hit = matchTrie(scan.gaz.trie, scan.toks, i);
  if (!hit) return undefined;
  if (hit[0].acronym && !tok.isUpper) return undefined;
  // Every word of a proper name is capitalised, except joiners ("Department of State").
  for (let k = i + 1; k < i + hit[1]; k++) {
    const next = scan.toks[k] as Token;
    if (next.isWord && !next.isCap && !NAME_JOINERS.has(next.lower) && !ORG_JOINERS.has(next.lower)) {
      if (hit[0].kind !== 'org') return undefined;
    }
  }
  return hit;
}

/**
 * A capitalised run that names an organisation ("Foreign Ministry", "Department of State",
 * "Commonwealth of Independent States"): capitalised words and joiners, holding an
 * organisation head word, stopping before a role head ("... Spokesman").
 */
function matchOrgRun(scan: Scan, i: number, headFrom = i): number {
  const toks = scan.toks;
  let k = i;
  let lastCap = -1;
  let hasHead = false;
  // After a head word, only an "of"-style complement continues the name: "Washington Post"
  // stops before "Trump", "Ministry of Foreign Affairs" goes on.
  let afterHead = false;
  while (k < toks.length && k - i < 10) {
    const tok = toks[k] as Token;
    if (tok.isWord && tok.isCap) {
      if (k > i && matchRole(scan, k)) break;
      if (NON_NAME_WORDS.has(tok.lower) && !ORG_JOINERS.has(tok.lower) && !NAME_ADJECTIVES.has(tok.lower)) break;
      const isHead = ORG_HEADS.has(tok.lower) && k >= headFrom;
      if (afterHead && !isHead) break;
      if (isHead) {
        hasHead = true;
        afterHead = true;
      }
      lastCap = k;
      k++;
      continue;
    }
    if (tok.isWord && ORG_JOINERS.has(tok.lower) && k > i && toks[k + 1]?.isCap) {
      afterHead = false;
      k++;
      continue;
    }
    break;
  }
  return hasHead && lastCap >= i ? lastCap - i + 1 : 0;
}

/** Parses up to four name tokens at i ("Vladimir Putin", "John F. Kerry", "Mohammed bin Salman"). */
function matchName(scan: Scan, i: number, allowTitles = false): number {
  const toks = scan.toks;
  let k = i;
  let words = 0;
  let last = -1;
  while (k < toks.length && words < 4) {
    const tok = toks[k] as Token;
    if (tok.isWord && tok.isCap && !tok.isUpper && !NON_NAME_WORDS.has(tok.lower) && !isCountryCompound(scan, tok)) {
      if (!allowTitles && k === i && (matchRole(scan, k) || isCountryish(scan, k))) break;
      if (!allowTitles && k > i && matchRole(scan, k)) break;
      words++;
      last = k;
      k++;
      // An initial: "F." inside a name.
      if (tok.text.length === 1 && toks[k]?.text === '.') k++;
      continue;
    }
    if (tok.isWord && NAME_JOINERS.has(tok.lower) && k > i && tok.lower !== 'of' && toks[k + 1]?.isCap) {
      k++;
      continue;
    }
    break;
  }
  return last >= i ? last - i + 1 : 0;
}

/** "Russian-speaking", "US-led", "Russia-US": a country word joined to another, never a name. */
function isCountryCompound(scan: Scan, tok: Token): boolean {
  const dash = dashIndex(tok.text);
  return dash > 0 && scan.gaz.codes.has(tok.lower.slice(0, dash));
}

/** Index of the first hyphen or dash (-, ‐, –) in a word, -1 when none. */
function dashIndex(word: string): number {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 45 || code === 0x2010 || code === 0x2013) return i;
  }
  return -1;
}

function isCountryish(scan: Scan, i: number): boolean {
  const hit = matchGazetteer(scan, i);
  return hit !== undefined && hit[0].kind !== 'place';
}

interface OrgModifier {
  readonly mention: Draft;
  readonly org?: string;
}

const NOMINAL_COUNTRIES: string[] = [];
const NOMINAL_ORGS: OrgModifier[] = [];
const NOMINAL_ADJECTIVES: string[] = [];

/**
 * A noun phrase built around a role or organisation: optional determiner or possessor,
 * modifiers (countries, organisations, adjectives, "US-led"), a role head with optional
 * "of" complement and the names it introduces, or an organisation name or description.
 * Returns the number of tokens used, 0 when the words are not such a phrase.
 */
function matchNominal(scan: Scan, i: number): number {
  const toks = scan.toks;
  const text = scan.text;
  let j = i;
  let phraseStart = -1;
  let possessor: number | undefined;
  let definite = false;
  const first = toks[i] as Token;
  // Fast exit for the common lower-case word that can open no such phrase.
  if (!first.isCap && !first.opensPhrase) return 0;
  const pronoun = PRONOUNS.get(first.lower);
  if (first.lower === 'the') {
    definite = true;
    j++;
  } else if (pronoun?.case === 'possessive' && !first.isUpper) {
    const p = emit(
      scan,
      { type: 'pronoun', start: first.start, end: first.end, name: first.text, gender: pronoun.gender, confidence: 0.9 },
      i,
    );
    possessor = p.id;
    phraseStart = first.start;
    definite = true;
    j++;
  }
  // Scratch arrays shared by every call (matchNominal never re-enters itself and keeps
  // none of them): most calls find nothing, and fresh arrays per call fed the GC.
  const countries = NOMINAL_COUNTRIES;
  const orgs = NOMINAL_ORGS;
  const adjectives = NOMINAL_ADJECTIVES;
  if (countries.length !== 0) countries.length = 0;
  if (orgs.length !== 0) orgs.length = 0;
  if (adjectives.length !== 0) adjectives.length = 0;
  let ledBy: string | undefined;
  let modStart = -1;
  let prefixStart = -1;
  while (j < toks.length) {
    const tok = toks[j] as Token;
    if (!tok.isWord) break;
    if (matchRole(scan, j)) break;
    const gaz = matchGazetteer(scan, j);
    if (gaz && gaz[0].kind !== 'place') {
      const [entry, n] = gaz;
      const end = (toks[j + n - 1] as Token).end;
      const possessive = toks[j + n]?.lower === "'s";
      if (entry.kind === 'org') {
        const start = prefixStart >= 0 ? prefixStart : tok.start;
        const country = entry.country ?? countries[countries.length - 1];
        const m = emit(scan, orgDraft(text, start, end, country, entry.org, entry.kbId), j);
        orgs.push({ mention: m, org: entry.org });
        if (modStart < 0) modStart = tok.start;
        j += n + (possessive ? 1 : 0);
        continue;
      }
      if (entry.kind === 'capital' && !possessive) break;
      if (entry.kind === 'demonym' && entry.plural) break;
      countries.push(entry.code);
      if (prefixStart < 0) prefixStart = tok.start;
      if (modStart < 0) modStart = tok.start;
      if (possessive && (entry.kind === 'country' || entry.kind === 'capital')) {
        const m = emit(
          scan,
          {
            type: 'country',
            start: tok.start,
            end,
            name: text.slice(tok.start, end),
            country: entry.code,
            metonym: entry.kind === 'capital',
            confidence: 0.9,
          },
          j,
        );
        if (possessor === undefined) possessor = m.id;
        if (phraseStart < 0) phraseStart = tok.start;
        j += n + 1;
        continue;
      }
      j += n;
      continue;
    }
    if (tok.isCap && possessor === undefined && j === i) {
      // A person possessor: "Putin's spokesman".
      const n = matchName(scan, j);
      if (n > 0 && toks[j + n]?.lower === "'s") {
        const end = (toks[j + n - 1] as Token).end;
        const m = emit(scan, { type: 'person', start: tok.start, end, name: text.slice(tok.start, end), confidence: 0.85 }, j);
        possessor = m.id;
        phraseStart = tok.start;
        definite = true;
        j += n + 1;
        continue;
      }
    }
    if (tok.isCap) {
      const n = matchOrgRun(scan, j);
      if (n > 0) {
        const end = (toks[j + n - 1] as Token).end;
        const start = prefixStart >= 0 ? prefixStart : tok.start;
        const name = text.slice(tok.start, end).toLowerCase();
        const known = KNOWN_ORGS.get(name);
        const org = known?.org ?? orgKindOf(name);
        const m = emit(scan, orgDraft(text, start, end, known?.country ?? countries[countries.length - 1], org, undefined), j);
        orgs.push({ mention: m, org: org || undefined });
        if (modStart < 0) modStart = tok.start;
        j += n + (toks[j + n]?.lower === "'s" ? 1 : 0);
        continue;
      }
    }
    if (tok.isUpper && !NOT_ACRONYMS.has(tok.lower) && matchRole(scan, j + 1)) {
      // An organisation acronym before a title: "NATO Secretary General", "UN envoy".
      const hit = scan.kb ? lookupActors(scan.kb, tok.text)[0] : undefined;
      const country = hit?.country ?? tok.text.replace(/\./g, '');
      const m = emit(scan, orgDraft(text, tok.start, tok.end, country, undefined, hit?.id), j);
      orgs.push({ mention: m, org: undefined });
      if (modStart < 0) modStart = tok.start;
      j++;
      continue;
    }
    const led = tok.lower.endsWith('-led') ? /^(.+)-led$/i.exec(tok.text) : null;
    if (led?.[1]) {
      const code = scan.gaz.codes.get(led[1].toLowerCase());
      if (code) {
        ledBy = code;
        if (modStart < 0) modStart = tok.start;
        j++;
        continue;
      }
    }
    if (ROLE_ADJECTIVES.has(tok.lower)) {
      adjectives.push(tok.lower);
      if (modStart < 0) modStart = tok.start;
      j++;
      continue;
    }
    break;
  }
  const roleHit = matchRole(scan, j);
  const lastTok = toks[j - 1];
  if (roleHit) {
    const [head, n] = roleHit;
    const headTok = toks[j] as Token;
    // A lower-case role with nothing before it ("as president") introduces no one.
    const anchored = definite || countries.length > 0 || orgs.length > 0 || ledBy !== undefined || headTok.isCap || adjectives.length > 0;
    if (!anchored) return 0;
    let end = (toks[j + n - 1] as Token).end;
    j += n;
    // "Rep. Adam Schiff", "Sen. Lindsey Graham": an abbreviated title and its full stop.
    if (toks[j]?.text === '.' && n === 1 && headTok.text.length <= 4 && toks[j + 1]?.isCap) j++;
    // "President of Russia", "Secretary General of NATO", "Presidents of Russia and US".
    if (toks[j]?.lower === 'of') {
      let k = j + 1;
      if (toks[k]?.lower === 'the') k++;
      for (;;) {
        const gaz = matchGazetteer(scan, k);
        if (!gaz || gaz[0].kind === 'place' || gaz[0].kind === 'demonym') break;
        const entry = gaz[0];
        if (entry.kind === 'org') {
          const orgEnd = (toks[k + gaz[1] - 1] as Token).end;
          const m = emit(scan, orgDraft(text, (toks[k] as Token).start, orgEnd, entry.country, entry.org, entry.kbId), k);
          orgs.push({ mention: m, org: entry.org });
          if (entry.country) countries.push(entry.country);
        } else countries.push(entry.code);
        end = (toks[k + gaz[1] - 1] as Token).end;
        k += gaz[1];
        j = k;
        if (head.plural && (toks[k]?.lower === 'and' || toks[k]?.text === ',')) {
          k++;
          continue;
        }
        break;
      }
    }
    const role = makeRole(
      text,
      head,
      phraseStart >= 0 ? phraseStart : modStart >= 0 ? modStart : headTok.start,
      end,
      countries,
      orgs,
      adjectives,
      definite,
    );
    const roleStart = definite && phraseStart < 0 ? first.start : phraseStart >= 0 ? phraseStart : modStart >= 0 ? modStart : headTok.start;
    // The names the role introduces.
    const names: [number, number][] = [];
    let k = j;
    for (;;) {
      const n2 = matchName(scan, k);
      if (n2 === 0) break;
      names.push([k, n2]);
      k += n2;
      if (!head.plural) break;
      if (toks[k]?.lower === 'and' || (toks[k]?.text === ',' && toks[k + 1]?.isCap)) {
        k++;
        continue;
      }
      break;
    }
    if (names.length > 0 && head.isTitle) {
      const roleMention = emit(
        scan,
        {
          type: 'role',
          start: roleStart,
          end,
          name: text.slice(roleStart, end),
          role,
          possessor,
          country: role.country || undefined,
          confidence: 0.9,
        },
        i,
      );
      const ids: number[] = [];
      names.forEach(([at, count], index) => {
        const startTok = toks[at] as Token;
        const endTok = toks[at + count - 1] as Token;
        const ownCountry = head.plural && countries.length === names.length ? countries[index] : role.country;
        const person = emit(
          scan,
          {
            type: 'person',
            start: startTok.start,
            end: endTok.end,
            name: text.slice(startTok.start, endTok.end),
            country: ownCountry || undefined,
            gender: FEMALE_FIRST_NAMES.has(startTok.lower) || WOMAN_END.test(role.text.toLowerCase()) ? ('f' as const) : undefined,
            confidence: 0.95,
          },
          at,
        );
        ids.push(person.id);
      });
      roleMention.attachTo = ids;
      return k - i;
    }
    if (head.plural) return 0;
    if (!definite && countries.length === 0 && orgs.length === 0 && ledBy === undefined) return 0;
    if (head.office === 'counterpart' && possessor === undefined) return 0;
    const description = emit(
      scan,
      {
        type: 'description',
        start: roleStart,
        end,
        name: text.slice(roleStart, end),
        role,
        possessor,
        country: role.country || undefined,
        confidence: 0.8,
      },
      i,
    );
    // Apposition: "Sergei Lavrov, the Russian foreign minister, said"; predicate: "Holt
    // became the new US president".
    const before = toks[i - 1];
    if (before?.text === ',' && definite) {
      const prior = sentenceMentions(scan).find((m) => m.type === 'person' && m.end === toks[i - 2]?.end);
      if (prior) description.attachTo = [prior.id];
    } else if (before && COPULAS.has(before.lower)) {
      let prior: Draft | undefined;
      for (const m of sentenceMentions(scan)) if (m.type === 'person' && m.end <= before.start && !m.inQuote) prior = m;
      if (prior) description.attachTo = [prior.id];
    }
    return j - i;
  }
  // An organisation description: "the ministry", "the US-led bloc", "the Russian government".
  const orgTok = toks[j];
  const orgClass = orgTok
    ? (ORG_DESCRIPTION_HEADS.get(orgTok.lower) ?? (orgTok.lower === 'side' && countries.length > 0 ? 'government' : undefined))
    : undefined;
  if (orgTok && orgClass && (definite || countries.length > 0 || ledBy !== undefined) && orgs.length === 0) {
    if (orgTok.isCap && !definite) return 0;
    const start = definite && phraseStart < 0 ? first.start : phraseStart >= 0 ? phraseStart : modStart;
    const country = countries[countries.length - 1];
    emit(
      scan,
      {
        type: 'description',
        start,
        end: orgTok.end,
        name: text.slice(start, orgTok.end),
        orgClass,
        country: country || undefined,
        ledBy: ledBy || undefined,
        possessor,
        confidence: 0.8,
      },
      i,
    );
    return j + 1 - i;
  }
  // An organisation name with its country words: "the Russian Foreign Ministry".
  const lastOrg = orgs[orgs.length - 1];
  if (lastOrg && lastTok && (lastOrg.mention.end === lastTok.end || toks[j - 1]?.lower === "'s")) return j - i;
  return 0;
}

function orgDraft(
  text: string,
  start: number,
  end: number,
  country: string | undefined,
  org: string | undefined,
  kbId: string | undefined,
): Omit<Draft, 'id' | 'sentence' | 'inQuote' | 'isSpeaker' | 'isMainSpeaker'> {
  return {
    type: 'organization',
    start,
    end,
    name: text.slice(start, end),
    country: country || undefined,
    org: org || undefined,
    kbId: kbId || undefined,
    gender: 'n',
    confidence: 0.9,
  };
}

/** The kind of body a multi-word organisation name denotes, for role attribution. */
function orgKindOf(lowerName: string): string | undefined {
  if (/foreign (?:affairs )?ministry|ministry of foreign affairs|department of state|state department|foreign office/.test(lowerName))
    return 'foreign ministry';
  if (/presiden/.test(lowerName)) return 'presidency';
  if (/government|cabinet/.test(lowerName)) return 'government';
  return undefined;
}

function makeRole(
  text: string,
  head: RoleHead,
  start: number,
  end: number,
  countries: readonly string[],
  orgs: readonly OrgModifier[],
  adjectives: readonly string[],
  definite: boolean,
): RoleInfo {
  let roleText = text.slice(start, end).replace(/^(?:the|his|her|its|their)\s+/i, '');
  if (definite) roleText = roleText.replace(/^the\s+/i, '');
  const orgInfo = orgs[orgs.length - 1];
  let org = orgInfo?.org;
  if (!org && adjectives.includes('presidential')) org = 'presidency';
  let country = countries[countries.length - 1] ?? orgInfo?.mention.country ?? head.country;
  let office = head.office;
  if (office === 'spokesperson') {
    if (org === 'presidency') office = 'press secretary';
    else if (org === 'foreign ministry') office = 'foreign ministry spokesperson';
    else if (org === 'government') office = 'government spokesperson';
    else if (/press secretary/i.test(roleText)) office = 'press secretary';
  }
  if (office === 'head' && orgInfo && orgInfo.mention.country && !countries.length) {
    // "the NATO chief", "UN chief": the head of an international organisation.
    office = 'secretary general';
    country = orgInfo.mention.country;
  }
  return { office, text: roleText, ...(country ? { country } : {}), ...(org ? { org } : {}), ...(head.plural ? { plural: true } : {}) };
}

/**
 * A capitalised word that is not a role phrase: a country, capital, demonym, place,
 * organisation, acronym or person name. Returns the number of tokens used (at least 1).
 */
function matchProper(scan: Scan, i: number): number {
  const toks = scan.toks;
  const text = scan.text;
  const tok = toks[i] as Token;
  if (HONORIFICS.has(tok.lower)) {
    // "Mr. King": whatever follows an honorific is a name, even a word like "King".
    let k = i + 1;
    if (toks[k]?.text === '.') k++;
    const n = matchName(scan, k, true);
    if (n === 0) return 1;
    const nameStart = (toks[k] as Token).start;
    const end = (toks[k + n - 1] as Token).end;
    const gender = HONORIFICS.get(tok.lower);
    emit(
      scan,
      { type: 'person', start: tok.start, end, name: text.slice(nameStart, end), gender: gender || undefined, confidence: 0.9 },
      i,
    );
    return k - i + n;
  }
  if (GROUP_NOUNS.has(tok.lower)) {
    // "Republicans said": a political group speaks as one organisation.
    emit(scan, { type: 'organization', start: tok.start, end: tok.end, name: tok.text, gender: 'p', confidence: 0.7 }, i);
    return 1;
  }
  if (NON_NAME_WORDS.has(tok.lower) && !tok.isUpper) return 1;
  const role = matchRole(scan, i);
  if (role) return role[1];
  const gaz = matchGazetteer(scan, i);
  if (gaz) {
    const [entry, n] = gaz;
    const end = (toks[i + n - 1] as Token).end;
    const orgAfter = entry.kind !== 'org' ? matchOrgRun(scan, i, i + n) : 0;
    if (orgAfter > n) {
      const orgEnd = (toks[i + orgAfter - 1] as Token).end;
      emit(
        scan,
        orgDraft(
          text,
          tok.start,
          orgEnd,
          entry.kind === 'country' || entry.kind === 'demonym' ? entry.code : undefined,
          orgKindOf(text.slice(tok.start, orgEnd).toLowerCase()),
          undefined,
        ),
        i,
      );
      return orgAfter;
    }
    switch (entry.kind) {
      case 'country':
        emit(
          scan,
          { type: 'country', start: tok.start, end, name: text.slice(tok.start, end), country: entry.code, gender: 'n', confidence: 0.95 },
          i,
        );
        return n;
      case 'demonym':
        if (entry.plural)
          emit(
            scan,
            { type: 'country', start: tok.start, end, name: text.slice(tok.start, end), country: entry.code, gender: 'p', confidence: 0.8 },
            i,
          );
        return n;
      case 'capital': {
        const asPlace =
          isLocative(toks, i) ||
          (tok.isUpper && toks[i + n]?.text === ',') ||
          (toks[i + n]?.text === ',' && /^(?:D\.?C|DC)$/.test(toks[i + n + 1]?.text ?? ''));
        emit(
          scan,
          {
            type: asPlace ? 'place' : 'country',
            start: tok.start,
            end,
            name: text.slice(tok.start, end),
            country: asPlace ? undefined : entry.code,
            metonym: asPlace ? undefined : true,
            gender: 'n',
            confidence: asPlace ? 0.85 : 0.75,
          },
          i,
        );
        return n;
      }
      case 'org':
        emit(scan, orgDraft(text, tok.start, end, entry.country, entry.org, entry.kbId), i);
        return n;
      case 'place': {
        const noun = toks[i + n];
        const placeEnd = noun && !noun.isCap && PLACE_NOUNS.has(noun.lower) ? noun.end : end;
        emit(
          scan,
          { type: 'place', start: tok.start, end: placeEnd, name: text.slice(tok.start, placeEnd), gender: 'n', confidence: 0.85 },
          i,
        );
        return n + (placeEnd === end ? 0 : 1);
      }
    }
  }
  if (
    tok.isUpper &&
    tok.text.replace(/\./g, '').length <= 6 &&
    !NOT_ACRONYMS.has(tok.lower) &&
    !NON_NAME_WORDS.has(tok.lower) &&
    !scan.heading &&
    !toks[i - 1]?.isUpper &&
    !toks[i + 1]?.isUpper
  ) {
    const hit = scan.kb ? lookupActors(scan.kb, tok.text)[0] : undefined;
    const isCountry = hit?.type === 'country' && hit.country;
    emit(
      scan,
      {
        type: isCountry ? 'country' : 'organization',
        start: tok.start,
        end: tok.end,
        name: tok.text,
        country: hit?.country || undefined,
        kbId: hit ? hit.id : undefined,
        gender: 'n',
        confidence: hit ? 0.9 : 0.7,
      },
      i,
    );
    return 1;
  }
  const orgLength = matchOrgRun(scan, i);
  if (orgLength > 0) {
    const end = (toks[i + orgLength - 1] as Token).end;
    emit(scan, orgDraft(text, tok.start, end, undefined, orgKindOf(text.slice(tok.start, end).toLowerCase()), undefined), i);
    return orgLength;
  }
  const n = matchName(scan, i);
  if (n === 0) return 1;
  const end = (toks[i + n - 1] as Token).end;
  const name = text.slice(tok.start, end);
  const after = toks[i + n];
  if (after && !after.isCap && PLACE_NOUNS.has(after.lower) && after.lower !== 'state') {
    emit(
      scan,
      { type: 'place', start: tok.start, end: after.end, name: text.slice(tok.start, after.end), gender: 'n', confidence: 0.75 },
      i,
    );
    return n + 1;
  }
  const hit = scan.kb ? lookupActors(scan.kb, name)[0] : undefined;
  if (hit && hit.type !== 'person') {
    const type = hit.type === 'country' ? 'country' : 'organization';
    emit(scan, { type, start: tok.start, end, name, country: hit.country || undefined, kbId: hit.id, gender: 'n', confidence: 0.9 }, i);
    return n;
  }
  const gender = FEMALE_FIRST_NAMES.has(tok.lower) ? 'f' : undefined;
  const lastWord = PLACE_FIRST_WORDS.has(tok.lower) ? 'place' : NON_PERSON_LAST.get((toks[i + n - 1] as Token).lower);
  if (n >= 2 && lastWord) {
    // "Wall Street", "Labor Day", "Clean Power Plan": names, but of no person.
    if (lastWord === 'place') emit(scan, { type: 'place', start: tok.start, end, name, gender: 'n', confidence: 0.7 }, i);
    return n;
  }
  // A title-case heading ("Small Steps to College Savings") names no one unless known.
  if (scan.heading && !hit) return n;
  if (n >= 2) {
    emit(
      scan,
      {
        type: 'person',
        start: tok.start,
        end,
        name,
        gender: gender || undefined,
        kbId: hit ? hit.id : undefined,
        confidence: hit ? 0.95 : 0.8,
      },
      i,
    );
    return n;
  }
  if (hit) {
    emit(scan, { type: 'person', start: tok.start, end, name, kbId: hit.id, confidence: 0.9 }, i);
    return 1;
  }
  if (isLocative(toks, i)) {
    emit(scan, { type: 'place', start: tok.start, end, name, gender: 'n', confidence: 0.6 }, i);
    return 1;
  }
  // A lone capitalised word: kept only if it turns out to be a known name (see finish()).
  const draft = emit(scan, { type: 'person', start: tok.start, end, name, confidence: 0.7 }, i);
  draft.weak = true;
  return 1;
}

/** "in Geneva", "a visit to Sochi": the word after is a place, not an actor. */
function isLocative(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.lower;
  if (!prev) return false;
  if (LOCATIVE_WORDS.has(prev)) return true;
  if ((prev === 'to' || prev === 'from') && MOTION_WORDS.has(toks[i - 2]?.lower ?? '')) return true;
  return false;
}

/**
 * Marks the speakers of the sentence's reporting verbs: the mention right before the verb
 * (adverbs allowed between), right after it ('," said Peskov'), or after "according to".
 * The first speaker of a sentence is its main speaker; one inside a that-clause is not.
 */
/** Words that open a sentence with a phrase before its subject ("During his visit, ..."). */
const FRONTED_OPENERS = new Set([
  'during',
  'after',
  'before',
  'despite',
  'following',
  'upon',
  'on',
  'in',
  'at',
  'since',
  'ahead',
  'prior',
  'while',
  'throughout',
  'in spite',
]);

/**
 * Marks possessives inside an opening phrase ("During his visit to Sochi, US state
 * secretary also met ...") as cataphoric: they point to the subject after the comma.
 */
function markCataphora(scan: Scan, from: number): void {
  const toks = scan.toks;
  const opener = toks[0];
  if (!opener || !FRONTED_OPENERS.has(opener.lower)) return;
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma < 0) return;
  const commaAt = (toks[comma] as Token).start;
  for (let k = from; k < scan.out.length; k++) {
    const m = scan.out[k] as Draft;
    if (m.type === 'pronoun' && m.start < commaAt && (m.name.toLowerCase() === 'his' || m.name.toLowerCase() === 'her')) {
      const before = sentenceMentions(scan).some(
        (o) => o.sentence === m.sentence && o.start < m.start && (o.type === 'person' || o.type === 'description'),
      );
      if (!before) m.cataphoric = true;
    }
  }
}

function markSpeakers(scan: Scan, from: number): void {
  const toks = scan.toks;
  if (scan.out.length === from) return;
  const mentions = scan.out.slice(from);
  const speakers: Draft[] = [];
  // Names inside a title ("Kremlin" in "Kremlin spokesman Dmitry Peskov") never speak.
  const phrases = mentions.filter((m) => m.type === 'role' || m.type === 'description');
  for (const m of mentions) {
    if (m.inQuote || (m.type === 'role' && m.attachTo) || isNestedIn(m, phrases)) continue;
    const endAt = tokenEndingAt(toks, m.end);
    const startAt = tokenStartingAt(toks, m.start);
    let speaker = false;
    if (endAt !== undefined) {
      let k = endAt + 1;
      while (k < toks.length && (VERB_FILLERS.has((toks[k] as Token).lower) || (toks[k] as Token).lower === "'s")) k++;
      if (REPORTING_VERBS.has(toks[k]?.lower ?? '')) speaker = true;
    }
    if (!speaker && startAt !== undefined) {
      const prev = toks[startAt - 1];
      const prev2 = toks[startAt - 2];
      if (prev?.lower === 'to' && prev2?.lower === 'according') speaker = true;
      else if (
        prev &&
        REPORTING_VERBS.has(prev.lower) &&
        prev2 &&
        (prev2.text === ',' || CLOSING_QUOTES.has(prev2.text) || prev2.text === '"')
      )
        speaker = true;
    }
    if (!speaker) continue;
    m.isSpeaker = true;
    speakers.push(m);
  }
  // The role before a speaking name speaks too ("Kremlin spokesman Dmitry Peskov said").
  for (const m of mentions) {
    if (m.type !== 'role' || !m.attachTo) continue;
    const spoken = speakers.find((s) => m.attachTo?.includes(s.id));
    if (spoken) m.isSpeaker = true;
    else {
      const startAt = tokenStartingAt(toks, m.start);
      const prev = startAt === undefined ? undefined : toks[startAt - 1];
      if (prev && REPORTING_VERBS.has(prev.lower)) {
        m.isSpeaker = true;
        for (const id of m.attachTo) {
          const person = mentions.find((p) => p.id === id);
          if (person) {
            person.isSpeaker = true;
            speakers.push(person);
          }
        }
      }
    }
  }
  speakers.sort((a, b) => a.start - b.start);
  const main = speakers[0];
  if (main) {
    main.isMainSpeaker = true;
    for (const m of mentions) if (m.type === 'role' && m.attachTo?.includes(main.id)) m.isMainSpeaker = true;
  }
}

/** Whether m lies strictly inside one of the phrases (a role or description). */
function isNestedIn(m: Draft, phrases: readonly Draft[]): boolean {
  for (const p of phrases) if (p !== m && p.start <= m.start && m.end <= p.end && (p.start < m.start || m.end < p.end)) return true;
  return false;
}

/** Index of the first token whose `key` offset is at least `offset` (tokens are in text order). */
function lowerBound(toks: readonly Token[], offset: number, key: 'start' | 'end'): number {
  // Two loops with fixed property names: a keyed load by a variable name is slower.
  let lo = 0;
  let hi = toks.length;
  if (key === 'start') {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((toks[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Token).end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token starting at `offset`, if one does. */
function tokenStartingAt(toks: readonly Token[], offset: number): number | undefined {
  const k = lowerBound(toks, offset, 'start');
  return toks[k]?.start === offset ? k : undefined;
}

/** Index of the last token ending at `offset`, if one does. */
function tokenEndingAt(toks: readonly Token[], offset: number): number | undefined {
  let k = lowerBound(toks, offset, 'end');
  if (toks[k]?.end !== offset) return undefined;
  while (toks[k + 1]?.end === offset) k++;
  return k;
}

/**
 * Drops lone capitalised words that never proved to be names (a known name word elsewhere
 * in the text, a knowledge-base name or a speaker), and sorts by (start, end).
 */
function finish(out: Draft[]): FoundMention[] {
  const nameWords = new Set<string>();
  for (const m of out) {
    if (m.type !== 'person' || m.weak) continue;
    for (const word of m.name.split(WHITESPACE)) nameWords.add(word.toLowerCase());
  }
  const kept = out.filter((m) => !m.weak || m.isSpeaker || nameWords.has(m.name.toLowerCase()));
  for (const m of kept) {
    if (m.weak) {
      m.confidence = nameWords.has(m.name.toLowerCase()) ? 0.85 : 0.6;
      m.weak = undefined;
    }
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  return kept;
}

/** Pronouns that may refer to a person. */
export function isPersonPronoun(word: string): boolean {
  return PERSON_PRONOUNS.has(word.toLowerCase());
}
