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
import { codesOfPage } from './char-codes.js';
import { type Gazetteer, type GazetteerValue, gazetteerFor, lookupActors } from './gazetteer.js';
import {
  buildTrie,
  HONORIFICS as LEX_HONORIFICS,
  KNOWN_ORGS as LEX_KNOWN_ORGS,
  NON_PERSON_LAST as LEX_NON_PERSON_LAST,
  ORG_DESCRIPTION_HEADS as LEX_ORG_DESCRIPTION_HEADS,
  PRONOUNS as LEX_PRONOUNS,
  matchTrie,
  ROLE_HEADS,
  type RoleHead,
  WORD_CLASS,
} from './lexicon.js';

// Module-local bindings: hot loops read these thousands of times per document, and some
// loaders (tsx) turn every cross-module constant access into a getter call.
const HONORIFICS = LEX_HONORIFICS;
const NON_PERSON_LAST = LEX_NON_PERSON_LAST;
const KNOWN_ORGS = LEX_KNOWN_ORGS;
const ORG_DESCRIPTION_HEADS = LEX_ORG_DESCRIPTION_HEADS;
const PRONOUNS = LEX_PRONOUNS;
// Word-class bits (see WORD_CLASS): `(tok.classes & X) !== 0` is `LIST.has(tok.lower)`.
const NON_NAME = WORD_CLASS.NON_NAME;
const ORG_JOINER = WORD_CLASS.ORG_JOINER;
const NAME_ADJECTIVE = WORD_CLASS.NAME_ADJECTIVE;
const ORG_HEAD = WORD_CLASS.ORG_HEAD;
const NAME_JOINER = WORD_CLASS.NAME_JOINER;
const ROLE_ADJECTIVE = WORD_CLASS.ROLE_ADJECTIVE;
const VERB_FILLER = WORD_CLASS.VERB_FILLER;
const PASSIVE_AUX = WORD_CLASS.PASSIVE;
const REPORTING_VERB = WORD_CLASS.REPORTING_VERB;
const PRONOUN = WORD_CLASS.PRONOUN;
const NOT_ACRONYM = WORD_CLASS.NOT_ACRONYM;
const FEMALE_FIRST_NAME = WORD_CLASS.FEMALE_FIRST_NAME;
const COPULA = WORD_CLASS.COPULA;
const ORG_DESCRIPTION_HEAD = WORD_CLASS.ORG_DESCRIPTION_HEAD;
const HONORIFIC = WORD_CLASS.HONORIFIC;
const GROUP_NOUN = WORD_CLASS.GROUP_NOUN;
const PLACE_NOUN = WORD_CLASS.PLACE_NOUN;
const PLACE_FIRST_WORD = WORD_CLASS.PLACE_FIRST_WORD;
const NON_PERSON_LAST_WORD = WORD_CLASS.NON_PERSON_LAST;
const LOCATIVE = WORD_CLASS.LOCATIVE;
const MOTION = WORD_CLASS.MOTION;
const FRONTED_OPENER = WORD_CLASS.FRONTED_OPENER;
const ROLE_FIRST_WORD = WORD_CLASS.ROLE_FIRST_WORD;

import { type Token, tokenizeShared } from './tokenize.js';

/** The code units of the text being read (shared with the other page scanners). */
const codesOf = codesOfPage;

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
const CLOSING_QUOTES = new Set(['”', '»', '’']);
const WOMAN_END = /woman$/;
const WHITESPACE = /\s+/;
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

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
  /** Per token of the document: inside quotation marks (index with `base`). */
  quoted: Uint8Array;
  /** Index in the document's tokens of the sentence's first token. */
  base: number;
  /** Per token of the document: the role-title match there (null: none), once computed. */
  readonly roleAt: (RoleHit | null | undefined)[];
  /** Per token of the document: the gazetteer match there (null: none), once computed. */
  readonly gazetteerAt: (GazetteerHit | null | undefined)[];
  /** Per token of the document: matchName there (-1: not yet computed). */
  readonly nameAt: Int32Array;
  /** Per token of the document: matchOrgRun there (-1: not yet computed). */
  readonly orgRunAt: Int32Array;
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
  // Pooled token objects: none of them is kept once the mentions are found.
  const { tokens: allTokens, count: tokenCount } = tokenizeShared(text);
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
    quoted: markQuotes(text, allTokens, tokenCount),
    base: 0,
    // Per-token memos over the whole document (not per sentence), reused across documents.
    roleAt: resetMemo(ROLE_MEMO, tokenCount),
    gazetteerAt: resetMemo(GAZETTEER_MEMO, tokenCount),
    nameAt: resetCounts(0, tokenCount),
    orgRunAt: resetCounts(1, tokenCount),
  };
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Span;
    const sentenceStart = sentence.start;
    const sentenceEnd = sentence.end;
    while (t < tokenCount && (allTokens[t] as Token).start < sentenceStart) t++;
    const from = t;
    while (t < tokenCount && (allTokens[t] as Token).end <= sentenceEnd) t++;
    scan.toks = allTokens.slice(from, t);
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

/** Memo arrays kept from one document to the next (findMentions never re-enters itself). */
const ROLE_MEMO: (RoleHit | null | undefined)[] = [];
const GAZETTEER_MEMO: (GazetteerHit | null | undefined)[] = [];
const COUNT_MEMOS: Int32Array[] = [new Int32Array(1024), new Int32Array(1024)];
/** Above this many tokens a page gets memos of its own, so that one huge page is not kept. */
const MAX_POOLED_TOKENS = 1 << 15;

/** `memo` with its first `count` entries unknown (undefined), grown when needed and kept packed. */
function resetMemo<T>(memo: (T | null | undefined)[], count: number): (T | null | undefined)[] {
  if (count > MAX_POOLED_TOKENS) return new Array<T | null | undefined>(count).fill(undefined);
  while (memo.length < count) memo.push(undefined);
  memo.fill(undefined, 0, count);
  return memo;
}

/** Count memo `which` with its first `count` entries unknown (-1). */
function resetCounts(which: number, count: number): Int32Array {
  if (count > MAX_POOLED_TOKENS) return new Int32Array(count).fill(-1);
  let memo = COUNT_MEMOS[which] as Int32Array;
  if (memo.length < count) {
    memo = new Int32Array(Math.max(count, memo.length * 2));
    COUNT_MEMOS[which] = memo;
  }
  memo.fill(-1, 0, count);
  return memo;
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
function markQuotes(text: string, toks: readonly Token[], count: number): Uint8Array {
  const codes = codesOf(text);
  // 1 inside quotation marks; the array is reused by the next page (entries past `count` are stale).
  const out = quotedMemo(count);
  let open = false;
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const tok = toks[i] as Token;
    if (tok.start - previousEnd > 1 && hasBlankLine(codes, previousEnd, tok.start)) open = false;
    previousEnd = tok.end;
    if (tok.end - tok.start === 1) {
      // Quotation marks are one-character tokens: compare codes, not strings.
      const code = codes[tok.start] as number;
      if (code === 0x201c || code === 0xab || code === 0x2018 || code === 0x201e) open = true;
      else if (code === 0x201d || code === 0xbb) open = false;
      else if (code === 34) open = !open;
    }
    out[i] = open ? 1 : 0;
  }
  return out;
}

let quotedPool = new Uint8Array(1024);

/** A byte per token, from a pool kept across pages (its own array for a huge page). */
function quotedMemo(count: number): Uint8Array {
  if (count > MAX_POOLED_TOKENS) return new Uint8Array(count);
  if (quotedPool.length < count) quotedPool = new Uint8Array(Math.max(count, quotedPool.length * 2));
  return quotedPool;
}

/** Whether text[from, to) holds "\n\n". */
function hasBlankLine(codes: Uint16Array, from: number, to: number): boolean {
  for (let p = from; p + 1 < to; p++) if (codes[p] === 10 && codes[p + 1] === 10) return true;
  return false;
}

/** The mentions found so far in the current sentence (keeps look-backs linear). */
function sentenceMentions(scan: Scan): Draft[] {
  return scan.out.slice(scan.sentenceFrom);
}

/** Whether token i of the current sentence stands inside quotation marks (false outside the sentence). */
function isQuotedAt(scan: Scan, i: number): boolean {
  return i >= 0 && i < scan.toks.length ? scan.quoted[scan.base + i] === 1 : false;
}

/**
 * The last element of a list, undefined when it is empty. (Reading index -1 of an array
 * is not an element read in V8 but a slow look-up of the property "-1": ~100 ns.)
 */
function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[list.length - 1];
}

/** Token k of the sentence, undefined outside it (without reading a negative index; see lastOf). */
function tokenAt(toks: readonly Token[], k: number): Token | undefined {
  return k >= 0 ? toks[k] : undefined;
}

/**
 * A new mention with every field (absent ones undefined, set by the caller after), pushed
 * to the output. Callers pass the common fields directly rather than a draft literal: the
 * literals came in many shapes, which made every field read of `emit` a slow generic one.
 */
function emitMention(
  scan: Scan,
  type: MentionType,
  start: number,
  end: number,
  name: string,
  confidence: number,
  tokenIndex: number,
): Draft {
  const mention: Draft = {
    start,
    end,
    id: scan.nextId++,
    type,
    sentence: scan.sentence,
    inQuote: isQuotedAt(scan, tokenIndex),
    name,
    country: undefined,
    role: undefined,
    attachTo: undefined,
    possessor: undefined,
    orgClass: undefined,
    ledBy: undefined,
    org: undefined,
    kbId: undefined,
    gender: undefined,
    isSpeaker: false,
    isMainSpeaker: false,
    metonym: undefined,
    cataphoric: undefined,
    confidence,
    weak: undefined,
  };
  scan.out.push(mention);
  return mention;
}

/** An organisation mention (see {@link emitMention}). */
function emitOrg(
  scan: Scan,
  start: number,
  end: number,
  country: string | undefined,
  org: string | undefined,
  kbId: string | undefined,
  tokenIndex: number,
): Draft {
  const m = emitMention(scan, 'organization', start, end, scan.text.slice(start, end), 0.9, tokenIndex);
  m.country = country || undefined;
  m.org = org || undefined;
  m.kbId = kbId || undefined;
  m.gender = 'n';
  return m;
}

/**
 * A heading or shouted line rather than a sentence: no closing punctuation and mostly
 * capitalised words (calibrated on in-body subheadings of news pages: a real sentence
 * of five or more words rarely has 70% of them capitalised).
 */
/** Characters that end a sentence (a one-character token among them: the old /^[.!?"”’)]$/). */
const CLOSING_PUNCTUATION = '.!?"”’)';

function isHeadingLike(toks: readonly Token[]): boolean {
  const last = lastOf(toks);
  if (!last) return false;
  const punctuated = last.text.length === 1 && CLOSING_PUNCTUATION.includes(last.text);
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
    const pronoun = (tok.classes & PRONOUN) !== 0 ? PRONOUNS.get(tok.lower) : undefined;
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
    if (tok.lower !== 'it' || isQuotedAt(scan, i)) return;
    let k = i + 1;
    let passive = false;
    while (k < scan.toks.length && ((scan.toks[k] as Token).classes & VERB_FILLER) !== 0) {
      if (((scan.toks[k] as Token).classes & PASSIVE_AUX) !== 0) passive = true;
      k++;
    }
    const verb = scan.toks[k];
    if (!verb || passive || (verb.classes & REPORTING_VERB) === 0) return;
  }
  emitMention(scan, 'pronoun', tok.start, tok.end, tok.text, 0.9, i).gender = gender;
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
    // Only a role head's first word can start one: no trie walk from other words.
    hit = ((scan.toks[k] as Token).classes & ROLE_FIRST_WORD) !== 0 ? (matchTrie(ROLE_TRIE, scan.toks, k) ?? null) : null;
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
    if (next.isWord && !next.isCap && (next.classes & (NAME_JOINER | ORG_JOINER)) === 0) {
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
      if ((tok.classes & NON_NAME) !== 0 && (tok.classes & (ORG_JOINER | NAME_ADJECTIVE)) === 0) break;
      const isHead = (tok.classes & ORG_HEAD) !== 0 && k >= headFrom;
      if (afterHead && !isHead) break;
      if (isHead) {
        hasHead = true;
        afterHead = true;
      }
      lastCap = k;
      k++;
      continue;
    }
    if (tok.isWord && (tok.classes & ORG_JOINER) !== 0 && k > i && toks[k + 1]?.isCap) {
      afterHead = false;
      k++;
      continue;
    }
    break;
  }
  return hasHead && lastCap >= i ? lastCap - i + 1 : 0;
}

/**
 * matchName(scan, i) computed once per token: the phrase matcher and the proper-name
 * matcher both ask at the same capitalised words.
 */
function nameLengthAt(scan: Scan, i: number): number {
  if (i < 0 || i >= scan.toks.length) return matchName(scan, i);
  const at = scan.base + i;
  let n = scan.nameAt[at] as number;
  if (n < 0) {
    n = matchName(scan, i);
    scan.nameAt[at] = n;
  }
  return n;
}

/** matchOrgRun(scan, i) (a head word anywhere), computed once per token like {@link nameLengthAt}. */
function orgRunAt(scan: Scan, i: number): number {
  if (i < 0 || i >= scan.toks.length) return matchOrgRun(scan, i);
  const at = scan.base + i;
  let n = scan.orgRunAt[at] as number;
  if (n < 0) {
    n = matchOrgRun(scan, i);
    scan.orgRunAt[at] = n;
  }
  return n;
}

/** Parses up to four name tokens at i ("Vladimir Putin", "John F. Kerry", "Mohammed bin Salman"). */
function matchName(scan: Scan, i: number, allowTitles = false): number {
  const toks = scan.toks;
  let k = i;
  let words = 0;
  let last = -1;
  while (k < toks.length && words < 4) {
    const tok = toks[k] as Token;
    if (tok.isWord && tok.isCap && !tok.isUpper && (tok.classes & NON_NAME) === 0 && !isCountryCompound(scan, tok)) {
      if (!allowTitles && k === i && (matchRole(scan, k) || isCountryish(scan, k))) break;
      if (!allowTitles && k > i && matchRole(scan, k)) break;
      words++;
      last = k;
      k++;
      // An initial: "F." inside a name.
      if (tok.text.length === 1 && toks[k]?.text === '.') k++;
      continue;
    }
    if (tok.isWord && (tok.classes & NAME_JOINER) !== 0 && k > i && tok.lower !== 'of' && toks[k + 1]?.isCap) {
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
  if (first.lower === 'the') {
    // "the" before a word that can neither open nor continue a phrase (most of them): the
    // steps below would stop at that word and find nothing. Lower-case role adjectives and
    // hyphenated words open phrases; role heads, organisation heads and "side" end them.
    const next = toks[i + 1];
    if (
      next === undefined ||
      (!next.isCap && !next.opensPhrase && (next.classes & (ROLE_FIRST_WORD | ORG_DESCRIPTION_HEAD)) === 0 && next.lower !== 'side')
    )
      return 0;
  }
  const pronoun = (first.classes & PRONOUN) !== 0 ? PRONOUNS.get(first.lower) : undefined;
  if (first.lower === 'the') {
    definite = true;
    j++;
  } else if (pronoun?.case === 'possessive' && !first.isUpper) {
    const p = emitMention(scan, 'pronoun', first.start, first.end, first.text, 0.9, i);
    p.gender = pronoun.gender;
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
        const country = entry.country ?? lastOf(countries);
        const m = emitOrg(scan, start, end, country, entry.org, entry.kbId, j);
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
        const m = emitMention(scan, 'country', tok.start, end, text.slice(tok.start, end), 0.9, j);
        m.country = entry.code;
        m.metonym = entry.kind === 'capital';
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
      const n = nameLengthAt(scan, j);
      if (n > 0 && toks[j + n]?.lower === "'s") {
        const end = (toks[j + n - 1] as Token).end;
        const m = emitMention(scan, 'person', tok.start, end, text.slice(tok.start, end), 0.85, j);
        possessor = m.id;
        phraseStart = tok.start;
        definite = true;
        j += n + 1;
        continue;
      }
    }
    if (tok.isCap) {
      const n = orgRunAt(scan, j);
      if (n > 0) {
        const end = (toks[j + n - 1] as Token).end;
        const start = prefixStart >= 0 ? prefixStart : tok.start;
        const name = text.slice(tok.start, end).toLowerCase();
        const known = KNOWN_ORGS.get(name);
        const org = known?.org ?? orgKindOf(name);
        const m = emitOrg(scan, start, end, known?.country ?? lastOf(countries), org, undefined, j);
        orgs.push({ mention: m, org: org || undefined });
        if (modStart < 0) modStart = tok.start;
        j += n + (toks[j + n]?.lower === "'s" ? 1 : 0);
        continue;
      }
    }
    if (tok.isUpper && (tok.classes & NOT_ACRONYM) === 0 && matchRole(scan, j + 1)) {
      // An organisation acronym before a title: "NATO Secretary General", "UN envoy".
      const hit = scan.kb ? lookupActors(scan.kb, tok.text)[0] : undefined;
      const country = hit?.country ?? tok.text.replace(/\./g, '');
      const m = emitOrg(scan, tok.start, tok.end, country, undefined, hit?.id, j);
      orgs.push({ mention: m, org: undefined });
      if (modStart < 0) modStart = tok.start;
      j++;
      continue;
    }
    // A word ending in "-led" holds a hyphen, so it opens a phrase (a flag read before the string).
    const led = tok.opensPhrase && tok.lower.endsWith('-led') ? /^(.+)-led$/i.exec(tok.text) : null;
    if (led?.[1]) {
      const code = scan.gaz.codes.get(led[1].toLowerCase());
      if (code) {
        ledBy = code;
        if (modStart < 0) modStart = tok.start;
        j++;
        continue;
      }
    }
    if ((tok.classes & ROLE_ADJECTIVE) !== 0) {
      adjectives.push(tok.lower);
      if (modStart < 0) modStart = tok.start;
      j++;
      continue;
    }
    break;
  }
  const roleHit = matchRole(scan, j);
  const lastTok = tokenAt(toks, j - 1);
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
          const m = emitOrg(scan, (toks[k] as Token).start, orgEnd, entry.country, entry.org, entry.kbId, k);
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
      const n2 = nameLengthAt(scan, k);
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
      const roleMention = emitMention(scan, 'role', roleStart, end, text.slice(roleStart, end), 0.9, i);
      roleMention.country = role.country || undefined;
      roleMention.role = role;
      roleMention.possessor = possessor;
      const ids: number[] = [];
      names.forEach(([at, count], index) => {
        const startTok = toks[at] as Token;
        const endTok = toks[at + count - 1] as Token;
        const ownCountry = head.plural && countries.length === names.length ? countries[index] : role.country;
        const gender = (startTok.classes & FEMALE_FIRST_NAME) !== 0 || WOMAN_END.test(role.text.toLowerCase()) ? ('f' as const) : undefined;
        const person = emitMention(scan, 'person', startTok.start, endTok.end, text.slice(startTok.start, endTok.end), 0.95, at);
        person.country = ownCountry || undefined;
        person.gender = gender;
        ids.push(person.id);
      });
      roleMention.attachTo = ids;
      return k - i;
    }
    if (head.plural) return 0;
    if (!definite && countries.length === 0 && orgs.length === 0 && ledBy === undefined) return 0;
    if (head.office === 'counterpart' && possessor === undefined) return 0;
    const description = emitMention(scan, 'description', roleStart, end, text.slice(roleStart, end), 0.8, i);
    description.country = role.country || undefined;
    description.role = role;
    description.possessor = possessor;
    // Apposition: "Sergei Lavrov, the Russian foreign minister, said"; predicate: "Holt
    // became the new US president".
    const before = tokenAt(toks, i - 1);
    if (before?.text === ',' && definite) {
      const prior = sentenceMentions(scan).find((m) => m.type === 'person' && m.end === tokenAt(toks, i - 2)?.end);
      if (prior) description.attachTo = [prior.id];
    } else if (before && (before.classes & COPULA) !== 0) {
      let prior: Draft | undefined;
      for (const m of sentenceMentions(scan)) if (m.type === 'person' && m.end <= before.start && !m.inQuote) prior = m;
      if (prior) description.attachTo = [prior.id];
    }
    return j - i;
  }
  // An organisation description: "the ministry", "the US-led bloc", "the Russian government".
  const orgTok = toks[j];
  const orgClass = orgTok
    ? (((orgTok.classes & ORG_DESCRIPTION_HEAD) !== 0 ? ORG_DESCRIPTION_HEADS.get(orgTok.lower) : undefined) ??
      (orgTok.lower === 'side' && countries.length > 0 ? 'government' : undefined))
    : undefined;
  if (orgTok && orgClass && (definite || countries.length > 0 || ledBy !== undefined) && orgs.length === 0) {
    if (orgTok.isCap && !definite) return 0;
    const start = definite && phraseStart < 0 ? first.start : phraseStart >= 0 ? phraseStart : modStart;
    const country = lastOf(countries);
    const description = emitMention(scan, 'description', start, orgTok.end, text.slice(start, orgTok.end), 0.8, i);
    description.country = country || undefined;
    description.possessor = possessor;
    description.orgClass = orgClass;
    description.ledBy = ledBy || undefined;
    return j + 1 - i;
  }
  // An organisation name with its country words: "the Russian Foreign Ministry".
  const lastOrg = lastOf(orgs);
  if (lastOrg && lastTok && (lastOrg.mention.end === lastTok.end || tokenAt(toks, j - 1)?.lower === "'s")) return j - i;
  return 0;
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
  let roleText = text.slice(start, end);
  // The determiners all start with t, h or i (ASCII, either case): other texts skip the regexes.
  const first = roleText.charCodeAt(0) | 32;
  if (first === 116 || first === 104 || first === 105) {
    roleText = roleText.replace(/^(?:the|his|her|its|their)\s+/i, '');
    if (definite) roleText = roleText.replace(/^the\s+/i, '');
  }
  const orgInfo = lastOf(orgs);
  let org = orgInfo?.org;
  if (!org && adjectives.includes('presidential')) org = 'presidency';
  let country = lastOf(countries) ?? orgInfo?.mention.country ?? head.country;
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
  if ((tok.classes & HONORIFIC) !== 0) {
    // "Mr. King": whatever follows an honorific is a name, even a word like "King".
    let k = i + 1;
    if (toks[k]?.text === '.') k++;
    const n = matchName(scan, k, true);
    if (n === 0) return 1;
    const nameStart = (toks[k] as Token).start;
    const end = (toks[k + n - 1] as Token).end;
    const gender = HONORIFICS.get(tok.lower);
    emitMention(scan, 'person', tok.start, end, text.slice(nameStart, end), 0.9, i).gender = gender || undefined;
    return k - i + n;
  }
  if ((tok.classes & GROUP_NOUN) !== 0) {
    // "Republicans said": a political group speaks as one organisation.
    emitMention(scan, 'organization', tok.start, tok.end, tok.text, 0.7, i).gender = 'p';
    return 1;
  }
  if ((tok.classes & NON_NAME) !== 0 && !tok.isUpper) return 1;
  const role = matchRole(scan, i);
  if (role) return role[1];
  const gaz = matchGazetteer(scan, i);
  if (gaz) {
    const [entry, n] = gaz;
    const end = (toks[i + n - 1] as Token).end;
    const orgAfter = entry.kind !== 'org' ? matchOrgRun(scan, i, i + n) : 0;
    if (orgAfter > n) {
      const orgEnd = (toks[i + orgAfter - 1] as Token).end;
      emitOrg(
        scan,
        tok.start,
        orgEnd,
        entry.kind === 'country' || entry.kind === 'demonym' ? entry.code : undefined,
        orgKindOf(text.slice(tok.start, orgEnd).toLowerCase()),
        undefined,
        i,
      );
      return orgAfter;
    }
    switch (entry.kind) {
      case 'country':
        {
          const m = emitMention(scan, 'country', tok.start, end, text.slice(tok.start, end), 0.95, i);
          m.country = entry.code;
          m.gender = 'n';
        }
        return n;
      case 'demonym':
        if (entry.plural) {
          const m = emitMention(scan, 'country', tok.start, end, text.slice(tok.start, end), 0.8, i);
          m.country = entry.code;
          m.gender = 'p';
        }
        return n;
      case 'capital': {
        const asPlace =
          isLocative(toks, i) ||
          (tok.isUpper && toks[i + n]?.text === ',') ||
          (toks[i + n]?.text === ',' && /^(?:D\.?C|DC)$/.test(toks[i + n + 1]?.text ?? ''));
        const m = emitMention(scan, asPlace ? 'place' : 'country', tok.start, end, text.slice(tok.start, end), asPlace ? 0.85 : 0.75, i);
        m.country = asPlace ? undefined : entry.code;
        m.gender = 'n';
        m.metonym = asPlace ? undefined : true;
        return n;
      }
      case 'org':
        emitOrg(scan, tok.start, end, entry.country, entry.org, entry.kbId, i);
        return n;
      case 'place': {
        const noun = toks[i + n];
        const placeEnd = noun && !noun.isCap && (noun.classes & PLACE_NOUN) !== 0 ? noun.end : end;
        emitMention(scan, 'place', tok.start, placeEnd, text.slice(tok.start, placeEnd), 0.85, i).gender = 'n';
        return n + (placeEnd === end ? 0 : 1);
      }
    }
  }
  if (
    tok.isUpper &&
    tok.text.replace(/\./g, '').length <= 6 &&
    (tok.classes & (NOT_ACRONYM | NON_NAME)) === 0 &&
    !scan.heading &&
    !tokenAt(toks, i - 1)?.isUpper &&
    !toks[i + 1]?.isUpper
  ) {
    const hit = scan.kb ? lookupActors(scan.kb, tok.text)[0] : undefined;
    const isCountry = hit?.type === 'country' && hit.country;
    const m = emitMention(scan, isCountry ? 'country' : 'organization', tok.start, tok.end, tok.text, hit ? 0.9 : 0.7, i);
    m.country = hit?.country || undefined;
    m.kbId = hit ? hit.id : undefined;
    m.gender = 'n';
    return 1;
  }
  const orgLength = orgRunAt(scan, i);
  if (orgLength > 0) {
    const end = (toks[i + orgLength - 1] as Token).end;
    emitOrg(scan, tok.start, end, undefined, orgKindOf(text.slice(tok.start, end).toLowerCase()), undefined, i);
    return orgLength;
  }
  const n = nameLengthAt(scan, i);
  if (n === 0) return 1;
  const end = (toks[i + n - 1] as Token).end;
  // One word: the token's own (shared) string, whose hash the memo look-ups reuse.
  const name = n === 1 ? tok.text : text.slice(tok.start, end);
  const after = toks[i + n];
  if (after && !after.isCap && (after.classes & PLACE_NOUN) !== 0 && after.lower !== 'state') {
    emitMention(scan, 'place', tok.start, after.end, text.slice(tok.start, after.end), 0.75, i).gender = 'n';
    return n + 1;
  }
  const hit = scan.kb ? lookupActors(scan.kb, name)[0] : undefined;
  if (hit && hit.type !== 'person') {
    const type = hit.type === 'country' ? 'country' : 'organization';
    const m = emitMention(scan, type, tok.start, end, name, 0.9, i);
    m.country = hit.country || undefined;
    m.kbId = hit.id;
    m.gender = 'n';
    return n;
  }
  const gender = (tok.classes & FEMALE_FIRST_NAME) !== 0 ? 'f' : undefined;
  const lastTok = toks[i + n - 1] as Token;
  const lastWord =
    (tok.classes & PLACE_FIRST_WORD) !== 0
      ? 'place'
      : (lastTok.classes & NON_PERSON_LAST_WORD) !== 0
        ? NON_PERSON_LAST.get(lastTok.lower)
        : undefined;
  if (n >= 2 && lastWord) {
    // "Wall Street", "Labor Day", "Clean Power Plan": names, but of no person.
    if (lastWord === 'place') emitMention(scan, 'place', tok.start, end, name, 0.7, i).gender = 'n';
    return n;
  }
  // A title-case heading ("Small Steps to College Savings") names no one unless known.
  if (scan.heading && !hit) return n;
  if (n >= 2) {
    const m = emitMention(scan, 'person', tok.start, end, name, hit ? 0.95 : 0.8, i);
    m.kbId = hit ? hit.id : undefined;
    m.gender = gender || undefined;
    return n;
  }
  if (hit) {
    emitMention(scan, 'person', tok.start, end, name, 0.9, i).kbId = hit.id;
    return 1;
  }
  if (isLocative(toks, i)) {
    emitMention(scan, 'place', tok.start, end, name, 0.6, i).gender = 'n';
    return 1;
  }
  // A lone capitalised word: kept only if it turns out to be a known name (see finish()).
  const draft = emitMention(scan, 'person', tok.start, end, name, 0.7, i);
  draft.weak = true;
  return 1;
}

/** "in Geneva", "a visit to Sochi": the word after is a place, not an actor. */
function isLocative(toks: readonly Token[], i: number): boolean {
  const before = tokenAt(toks, i - 1);
  if (!before) return false;
  if ((before.classes & LOCATIVE) !== 0) return true;
  const prev = before.lower;
  if ((prev === 'to' || prev === 'from') && ((tokenAt(toks, i - 2)?.classes ?? 0) & MOTION) !== 0) return true;
  return false;
}

/**
 * Marks possessives inside an opening phrase ("During his visit to Sochi, US state
 * secretary also met ...") as cataphoric: they point to the subject after the comma.
 */
function markCataphora(scan: Scan, from: number): void {
  const toks = scan.toks;
  const opener = toks[0];
  if (!opener || (opener.classes & FRONTED_OPENER) === 0) return;
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

/**
 * Marks the speakers of the sentence's reporting verbs: the mention right before the verb
 * (adverbs allowed between), right after it ('," said Peskov'), or after "according to".
 * The first speaker of a sentence is its main speaker; one inside a that-clause is not.
 */
function markSpeakers(scan: Scan, from: number): void {
  const toks = scan.toks;
  if (scan.out.length === from) return;
  // Every rule below needs a reporting verb or "according (to)" in the sentence.
  let reports = false;
  for (let k = 0; k < toks.length && !reports; k++) {
    const tok = toks[k] as Token;
    reports = (tok.classes & REPORTING_VERB) !== 0 || tok.lower === 'according';
  }
  if (!reports) return;
  // The sentence's mentions are out[from..] (read in place, not copied).
  const out = scan.out;
  const speakers: Draft[] = [];
  // Names inside a title ("Kremlin" in "Kremlin spokesman Dmitry Peskov") never speak.
  for (let q = from; q < out.length; q++) {
    const m = out[q] as Draft;
    if (m.inQuote || (m.type === 'role' && m.attachTo) || isNestedIn(m, out, from)) continue;
    const endAt = tokenEndingAt(toks, m.end);
    const startAt = tokenStartingAt(toks, m.start);
    let speaker = false;
    if (endAt !== undefined) {
      let k = endAt + 1;
      while (k < toks.length && (((toks[k] as Token).classes & VERB_FILLER) !== 0 || (toks[k] as Token).lower === "'s")) k++;
      if (((toks[k]?.classes ?? 0) & REPORTING_VERB) !== 0) speaker = true;
    }
    if (!speaker && startAt !== undefined) {
      const prev = tokenAt(toks, startAt - 1);
      const prev2 = tokenAt(toks, startAt - 2);
      if (prev?.lower === 'to' && prev2?.lower === 'according') speaker = true;
      else if (
        prev &&
        (prev.classes & REPORTING_VERB) !== 0 &&
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
  for (let q = from; q < out.length; q++) {
    const m = out[q] as Draft;
    if (m.type !== 'role' || !m.attachTo) continue;
    const spoken = speakers.find((s) => m.attachTo?.includes(s.id));
    if (spoken) m.isSpeaker = true;
    else {
      const startAt = tokenStartingAt(toks, m.start);
      const prev = startAt === undefined ? undefined : tokenAt(toks, startAt - 1);
      if (prev && (prev.classes & REPORTING_VERB) !== 0) {
        m.isSpeaker = true;
        for (const id of m.attachTo) {
          const person = mentionById(out, from, id);
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
    for (let q = from; q < out.length; q++) {
      const m = out[q] as Draft;
      if (m.type === 'role' && m.attachTo?.includes(main.id)) m.isMainSpeaker = true;
    }
  }
}

/** The first of mentions[from..] with this id, if any. */
function mentionById(mentions: readonly Draft[], from: number, id: number): Draft | undefined {
  for (let q = from; q < mentions.length; q++) if ((mentions[q] as Draft).id === id) return mentions[q];
  return undefined;
}

/** Whether m lies strictly inside one of the phrases (a role or description) among mentions[from..]. */
function isNestedIn(m: Draft, mentions: readonly Draft[], from: number): boolean {
  for (let q = from; q < mentions.length; q++) {
    const p = mentions[q] as Draft;
    if (p.type !== 'role' && p.type !== 'description') continue;
    if (p !== m && p.start <= m.start && m.end <= p.end && (p.start < m.start || m.end < p.end)) return true;
  }
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
  let weak = false;
  for (let k = 0; k < out.length && !weak; k++) weak = (out[k] as Draft).weak === true;
  if (!weak) {
    // Nothing to drop: sort in place (the same order as sorting a filtered copy).
    out.sort(compareMentions);
    return out;
  }
  const nameWords = new Set<string>();
  const namesDone = new Set<string>();
  for (const m of out) {
    if (m.type !== 'person' || m.weak) continue;
    // A name seen before adds no new words (names repeat within a page).
    if (namesDone.has(m.name)) continue;
    namesDone.add(m.name);
    for (const word of m.name.split(WHITESPACE)) nameWords.add(word.toLowerCase());
  }
  const kept = out.filter((m) => !m.weak || m.isSpeaker || nameWords.has(m.name.toLowerCase()));
  for (const m of kept) {
    if (m.weak) {
      m.confidence = nameWords.has(m.name.toLowerCase()) ? 0.85 : 0.6;
      m.weak = undefined;
    }
  }
  kept.sort(compareMentions);
  return kept;
}

function compareMentions(a: Draft, b: Draft): number {
  return a.start - b.start || a.end - b.end || a.id - b.id;
}

/** Pronouns that may refer to a person. */
export function isPersonPronoun(word: string): boolean {
  return PERSON_PRONOUNS.has(word.toLowerCase());
}
