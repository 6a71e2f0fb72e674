import {
  type DayRange,
  findTimexes,
  fromDayNumber,
  hasTimexParts,
  isSelfContained,
  monthRange,
  parseDay,
  resolveParts,
  type TimexAnnotation,
  toDayNumber,
  weekdayOf,
  yearRange,
} from '../../annotate/timexes/index.js';
import type { Document, Entity } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { expandOffice, ROLE_INDEX, type RolePhraseParts, splitRolePhrase } from '../kb/roles.js';
import type { KnowledgeBase, OfficeTerm } from '../kb/types.js';

/**
 * A clue about the publication day: a test over day numbers, what it rests on, and how
 * strong it is. Clues are applied strongest first; a clue that would leave no day at all
 * contradicts stronger ones and is set aside (and reported), never forced.
 */
export interface DateClue {
  /** Stable rule name, e.g. `dateline`, `office-term`, `year-mentioned`, `weekday-peg`. */
  readonly rule: string;
  /** What the clue says, for the user ("US Secretary of State John Kerry: 2013-02-01..2017-01-20"). */
  readonly description: string;
  readonly evidence: readonly Span[];
  /** Lower is stronger: 0 stated, 1 page date parts, 2 knowledge base, 3 text, 4 captions, 5 habits of news writing. */
  readonly strength: number;
  /** Set when the clue fixes month and day (dateline, page time): the search then starts from one day a year. */
  readonly monthDay?: { readonly month: number; readonly day: number };
  /** Set when the clue is a union of day ranges: lets the search narrow by intervals first. */
  readonly ranges?: readonly DayRange[];
  /** Set when the clue keeps exactly the days of these weekdays (0 Sunday): lets the search list days by weekday. */
  readonly weekdays?: readonly number[];
  test(day: number): boolean;
}

/**
 * How long after a term starts a holder is still "new" ("new US President Donald Trump"):
 * the customary first hundred days.
 */
const NEW_IN_OFFICE_DAYS = 100;
/** How long before a term a holder is "President-elect": elections precede inaugurations by 2-3 months. */
const ELECT_DAYS = 90;
/** Slack around term dates the data marks approximate (`approx: true`): a month either side. */
const APPROX_SLACK_DAYS = 31;
/** Verbs that report speech: a weekday they govern is the day the news happened (the news peg). */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'stated',
  'announced',
  'noted',
  'added',
  'stressed',
  'emphasized',
  'emphasised',
  'explained',
  'commented',
  'declared',
  'confirmed',
  'reported',
  'wrote',
  'claimed',
  'insisted',
  'warned',
  'urged',
  'remarked',
  'replied',
  'recalled',
  'argued',
  'acknowledged',
  'admitted',
  'asserted',
  'underlined',
  'pointed',
]);
/** Taking office: the day such a sentence tells is the start of a term. */
const TAKE_OFFICE =
  /\b(?:took office|take office|taken office|was sworn in|were sworn in|sworn in|was inaugurated|assumed office|assumed the presidency|came to power|took the oath|taking the oath|became|becomes)\b/i;
const ORDINAL_OFFICE =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+((?:[A-Z][\w.'’-]*\s+){0,3}(?:president|vice[- ]president|prime minister|secretary of state|secretary[- ]general|chancellor|foreign minister)s?)\b/gi;
const MODIFIER_WORDS = /\b(former|ex|new|newly|incoming|outgoing|then|late|acting|interim)\b/gi;

const INFINITY = 1_000_000;

function inRanges(day: number, ranges: readonly DayRange[]): boolean {
  for (const [lo, hi] of ranges) if (day >= lo && day <= hi) return true;
  return false;
}

function rangeClue(rule: string, description: string, evidence: readonly Span[], strength: number, ranges: readonly DayRange[]): DateClue {
  // A method, not an arrow in a property: no name is defined on a new function per clue.
  return {
    rule,
    description,
    evidence,
    strength,
    ranges,
    test(day) {
      return inRanges(day, ranges);
    },
  };
}

function termRange(term: OfficeTerm): DayRange | undefined {
  const start = parseDay(term.start);
  if (start === undefined) return undefined;
  const end = term.end ? parseDay(term.end) : undefined;
  const slack = (term as { approx?: boolean }).approx ? APPROX_SLACK_DAYS : 0;
  return [start - slack, end === undefined ? INFINITY : end + slack];
}

/** The paragraph holding a position, or the whole text. */
function paragraphAt(doc: Document, index: number): Span {
  for (const p of doc.layers.paragraphs ?? []) if (p.start <= index && index < p.end) return p;
  return { start: 0, end: doc.text.length };
}

function sentenceAt(doc: Document, index: number): Span {
  for (const s of doc.layers.sentences ?? []) if (s.start <= index && index < s.end) return s;
  return paragraphAt(doc, index);
}

/**
 * The timexes with parts of the last layer read, filtered once: three collectors and the
 * recency habit ask in turn about one document (layers are frozen, so identity is enough).
 */
const timexCache: { layer: object | null; found: readonly TimexAnnotation[] } = { layer: null, found: [] };

function timexesOf(doc: Document): readonly TimexAnnotation[] {
  const layer = doc.layers.timexes;
  if (!layer) return [];
  if (timexCache.layer !== layer) {
    timexCache.found = layer.filter(hasTimexParts);
    timexCache.layer = layer;
  }
  return timexCache.found;
}

function monthDayClue(rule: string, label: string, month: number, day: number, evidence: readonly Span[], strength: number): DateClue {
  return {
    rule,
    description: `${label}: month ${month}, day ${day}`,
    evidence,
    strength,
    monthDay: { month, day },
    test(d) {
      const parts = fromDayNumber(d);
      return parts.month === month && parts.day === day;
    },
  };
}

/** The span of a metadata field's evidence, as a list (empty when none). */
function evidenceOf(doc: Document, key: string): Span[] {
  const span = doc.meta.evidence[key]?.span;
  return span ? [span] : [];
}

/** Clues from the page's own date parts: dateline and page time. */
export function collectPageClues(doc: Document): DateClue[] {
  const clues: DateClue[] = [];
  const time = doc.meta.pageTime;
  if (time?.month && time.day) {
    if (time.year) {
      const d = toDayNumber(time.year, time.month, time.day);
      clues.push(rangeClue('page-time', `page time ${time.text}`, evidenceOf(doc, 'pageTime'), 0, [[d, d]]));
    } else clues.push(monthDayClue('page-time', `page time ${time.text}`, time.month, time.day, evidenceOf(doc, 'pageTime'), 1));
  }
  const line = doc.meta.dateline;
  if (line?.month && line.day) {
    clues.push(monthDayClue('dateline', `dateline ${line.place}`, line.month, line.day, evidenceOf(doc, 'dateline'), 1));
  }
  return clues;
}

/**
 * Clues from time expressions in the body: years told in the past tense put the page after
 * them ("in June 2021", "late in 2021", "since 2014"), in the future tense before them;
 * a weekday stated with its date ("Thursday, May 14") fixes the year; the weekday of the
 * lead's reporting verb ("told journalists on Thursday") is the news day.
 */
export function collectTextClues(doc: Document): DateClue[] {
  const clues: DateClue[] = [];
  const first = doc.layers.paragraphs?.[0];
  let pegged = false;
  for (const timex of timexesOf(doc)) {
    const parts = timex.parts;
    const span: Span = { start: timex.start, end: timex.end };
    const words = doc.text.slice(timex.start, timex.end);
    if (parts.kind === 'calendar' && parts.year !== undefined) {
      const range = isSelfContained(parts) ? resolveParts(parts, null) : parts.boundary === 'since' ? yearRangeOf(parts) : null;
      if (!range) continue;
      if (parts.boundary === 'since') {
        clues.push(rangeClue('year-mentioned', `"${words}": the page is later`, [span], 3, [[range[0], INFINITY]]));
      } else if (parts.tense === 'past') {
        clues.push(rangeClue('year-mentioned', `"${words}" told in the past: the page is later`, [span], 3, [[range[0], INFINITY]]));
      } else if (parts.tense === 'future' && parts.boundary === undefined) {
        clues.push(rangeClue('year-mentioned', `"${words}" told in the future: the page is earlier`, [span], 3, [[-INFINITY, range[1]]]));
      }
      continue;
    }
    if (parts.kind === 'calendar' && parts.month !== undefined && parts.day !== undefined && parts.weekday !== undefined) {
      const weekday = parts.weekday;
      clues.push({
        rule: 'weekday-date',
        description: `"${words}": the weekday fixes the year`,
        evidence: [span],
        strength: 3,
        test(d) {
          const r = resolveParts(parts, d);
          return r !== null && weekdayOf(r[0]) === weekday;
        },
      });
      continue;
    }
    if (
      !pegged &&
      parts.kind === 'weekday' &&
      parts.relation === undefined &&
      parts.governor &&
      REPORTING_VERBS.has(parts.governor) &&
      parts.tense !== 'future'
    ) {
      pegged = true;
      // Agencies date the lead by the day of the news: in the dateline paragraph the weekday is the
      // page's own day. Elsewhere the page may follow a day later (overnight, other time zones).
      const inDateline = doc.meta.dateline !== null && first !== undefined && timex.start >= first.start && timex.end <= first.end;
      const weekday = parts.weekday ?? 0;
      clues.push({
        rule: 'weekday-peg',
        description: `"${words}" (${parts.governor}): the news day; the page is ${inDateline ? 'that day' : 'that day or the next'}`,
        evidence: [span],
        strength: 5,
        weekdays: inDateline ? [weekday] : [weekday, (weekday + 1) % 7],
        test: inDateline ? (d) => weekdayOf(d) === weekday : (d) => weekdayOf(d) === weekday || weekdayOf(d - 1) === weekday,
      });
    }
  }
  return clues;
}

function yearRangeOf(parts: { year?: number; month?: number }): DayRange | null {
  if (parts.year === undefined) return null;
  return parts.month !== undefined ? monthRange(parts.year, parts.month) : yearRange(parts.year);
}

/** Photo captions: a dated photo was taken before the page (old file photos are common, so only a lower bound). */
export function collectCaptionClues(doc: Document): DateClue[] {
  const clues: DateClue[] = [];
  for (const block of doc.layers.furniture ?? []) {
    if (block.class !== 'caption') continue;
    for (const found of findTimexes(doc.source, block.start, block.end)) {
      const parts = { ...found.parts, tense: 'unknown' as const };
      if (!isSelfContained(parts) || parts.kind !== 'calendar') continue;
      const range = resolveParts(parts, null);
      if (!range) continue;
      const words = doc.source.slice(found.start, found.end);
      clues.push(
        rangeClue(
          'caption-date',
          `caption dated "${words}": the page is not earlier`,
          [{ start: found.start, end: found.end, in: 'source' }],
          4,
          [[range[0], INFINITY]],
        ),
      );
    }
  }
  return clues;
}

/** Last words of every role phrase ("president", "spokesman", "state"): a run ending otherwise holds no title. */
const ROLE_LAST_WORDS: ReadonlySet<string> = new Set([...ROLE_INDEX.keys()].map((k) => k.split(' ').at(-1) ?? k));
const WORD_CHAR = /[\p{L}'’.-]/u;

/**
 * The run of up to seven words (letters, apostrophes, dots, hyphens) that ends, followed by
 * spaces, right at `end`; undefined when punctuation comes first. A backward scan: an
 * end-anchored regular expression would retry from every position of the window.
 */
function wordRunBefore(text: string, end: number, limit: number): string | undefined {
  let i = end;
  let words = 0;
  let start = end;
  while (i > limit && words < 7) {
    let j = i;
    while (j > limit && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    if (j === i) break;
    let k = j;
    while (k > limit && WORD_CHAR.test(text[k - 1] ?? '')) k--;
    if (k === j) break;
    words++;
    start = k;
    i = k;
  }
  return words > 0 ? text.slice(start, end) : undefined;
}

/** Memo of role look-ups: pages repeat the same titles; bounded so a long batch cannot grow it without end. */
const ROLE_MEMO = new Map<string, RolePhraseParts | undefined>();
const ROLE_MEMO_MAX = 4096;

/** splitRolePhrase behind a cheap test of the last word (or an "of" form) and a memo. */
function readRole(words: string): RolePhraseParts | undefined {
  const last = (
    words
      .trimEnd()
      .split(/[\s.-]+/)
      .at(-1) ?? ''
  ).toLowerCase();
  if (!ROLE_LAST_WORDS.has(last) && !/\bof\b/i.test(words)) return undefined;
  if (ROLE_MEMO.has(words)) return ROLE_MEMO.get(words);
  if (ROLE_MEMO.size >= ROLE_MEMO_MAX) ROLE_MEMO.clear();
  const split = splitRolePhrase(words);
  ROLE_MEMO.set(words, split);
  return split;
}

/** The title written right before or after a mention: "US Secretary of State John Kerry", "Ned Price, State Department spokesman". */
function titleNear(text: string, mention: Span, boundary: Span): { title: string; qualifier: string; span: Span } | undefined {
  // The run of words right before the name, up to seven, not crossing punctuation.
  const run = wordRunBefore(text, mention.start, Math.max(boundary.start, mention.start - 90));
  if (run) {
    const split = readRole(run.replace(/-elect\b/i, ''));
    if (split) {
      // Keep the role and up to two words before it ("new US President"), as written.
      const words = [...run.matchAll(/\S+/g)];
      // Title words before the role: capitalised ("US", "Kremlin") or modifiers ("new", "former"), up to three.
      let keep = split.phrase.split(' ').length;
      for (let i = words.length - keep - 1; i >= 0 && keep < split.phrase.split(' ').length + 3; i--) {
        const word = words[i]?.[0] ?? '';
        if (!/^[A-Z]/.test(word) && !/^(?:new|newly|former|ex|incoming|outgoing|then|late|acting|interim|presidential)$/i.test(word)) break;
        keep++;
      }
      const firstWord = words[Math.max(0, words.length - keep)];
      const start = mention.start - run.length + (firstWord?.index ?? 0);
      const end = mention.start - (run.length - run.trimEnd().length);
      return { title: run.slice(start - (mention.start - run.length)).trim(), qualifier: split.qualifier, span: { start, end } };
    }
  }
  const after = /^,\s+(?:the\s+)?((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)(?=\s*[,.;)]|\s+(?:said|told|says|added|noted)\b)/u.exec(
    text.slice(mention.end, Math.min(boundary.end, mention.end + 90)),
  );
  const title = after?.[1];
  const split = title ? readRole(title) : undefined;
  if (after && title && split) {
    const start = mention.end + (after[0].length - title.length);
    return { title, qualifier: split.qualifier, span: { start, end: mention.end + after[0].length } };
  }
  return undefined;
}

/** Modifiers among the last words before the role ("new US President", "former President"). */
function modifiersOf(qualifier: string, title: string): Set<string> {
  const out = new Set<string>();
  const near = qualifier.split(' ').slice(-3).join(' ');
  for (const m of near.matchAll(MODIFIER_WORDS)) out.add((m[1] ?? '').toLowerCase());
  if (/-elect\b|\belect\b/i.test(title)) out.add('elect');
  return out;
}

function matchingTerms(kb: KnowledgeBase, entity: Entity, title: string): OfficeTerm[] {
  const split = splitRolePhrase(title.replace(/-elect\b/i, ''));
  if (!entity.kb || !split) return [];
  const offices = new Set(expandOffice(split.role.office));
  return kb.terms(entity.kb).filter((t) => offices.has(t.office) && (!split.role.country || split.role.country === t.country));
}

/**
 * Clues from who held which office when: a person introduced with a title held that
 * office on the page's day ("US Secretary of State John Kerry"), just after a term began
 * ("new US President Donald Trump"), after it ended ("former President Barack Obama"),
 * or just before it ("President-elect"). Only titles the knowledge base knows for that
 * person count: a wrong title is ignored, not trusted.
 */
export function collectOfficeClues(doc: Document, kb: KnowledgeBase): DateClue[] {
  const clues: DateClue[] = [];
  const seen = new Set<string>();
  for (const entity of doc.entities) {
    if (!entity.kb || entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      if (mention.in === 'source') continue;
      const found = titleNear(doc.text, mention, paragraphAt(doc, mention.start));
      if (!found) continue;
      const terms = matchingTerms(kb, entity, found.title);
      if (terms.length === 0) continue;
      const modifiers = modifiersOf(found.qualifier, found.title);
      if (modifiers.has('then') || modifiers.has('late')) continue;
      const ranges: DayRange[] = [];
      let how = 'in office';
      for (const term of terms) {
        const r = termRange(term);
        if (!r) continue;
        if (modifiers.has('former') || modifiers.has('ex') || modifiers.has('outgoing')) {
          how = 'after the term';
          if (modifiers.has('outgoing')) ranges.push([r[1] - NEW_IN_OFFICE_DAYS, r[1]]);
          else if (r[1] < INFINITY) ranges.push([r[1], INFINITY]);
        } else if (modifiers.has('elect')) {
          how = 'before the term';
          ranges.push([r[0] - ELECT_DAYS, r[0]]);
        } else if (modifiers.has('new') || modifiers.has('newly') || modifiers.has('incoming')) {
          how = 'new in office';
          ranges.push([r[0], Math.min(r[1], r[0] + NEW_IN_OFFICE_DAYS)]);
        } else ranges.push(r);
      }
      if (ranges.length === 0) continue;
      const key = `${entity.id}|${how}|${ranges.map((r) => r.join('-')).join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const spans = terms.map((t) => `${t.start}..${t.end ?? 'now'}`).join(', ');
      clues.push(
        rangeClue(
          'office-term',
          `${found.title.trim()} ${entity.name} (${how}; terms ${spans})`,
          [found.span, { start: mention.start, end: mention.end }],
          2,
          ranges,
        ),
      );
    }
  }
  return clues;
}

/** The optional look-ups of the shipped knowledge base that ordinals need (duck-typed: the interface lacks them). */
interface ListingKnowledgeBase {
  readonly actors?: readonly { readonly name: string; readonly offices: readonly OfficeTerm[] }[];
  countryCode?(reference: string): string | undefined;
}

/**
 * Holders of the n-th term of an office, found without a name: in the country the title
 * names ("US", "Russian") when the knowledge base can read it, and only when exactly one
 * term fits, so a count shared by two countries' offices binds nothing.
 */
function holdersByOrdinal(
  kb: KnowledgeBase,
  ordinal: number,
  offices: ReadonlySet<string>,
  countryWords: string,
): { name: string; term: OfficeTerm }[] {
  const listing = kb as KnowledgeBase & ListingKnowledgeBase;
  if (!listing.actors) return [];
  const words = countryWords.split(' ').filter(Boolean);
  const country = /^[A-Z]{2,4}$/.test(countryWords) ? countryWords : words.length ? listing.countryCode?.(words.at(-1) ?? '') : undefined;
  const found: { name: string; term: OfficeTerm }[] = [];
  for (const actor of listing.actors) {
    for (const term of actor.offices) {
      if (term.ordinal === ordinal && offices.has(term.office) && (!country || term.country === country))
        found.push({ name: actor.name, term });
    }
  }
  return found.length === 1 ? found : [];
}

/** The day range a timex pins an event of known date to: "on Friday" after a Friday start means the page lies in the following week. */
function anchorRanges(timex: TimexAnnotation | undefined, eventDay: number): DayRange | undefined {
  if (!timex) return [eventDay, INFINITY];
  const p = timex.parts;
  if (p.kind === 'weekday' && p.relation === undefined) return weekdayOf(eventDay) === p.weekday ? [eventDay, eventDay + 6] : undefined;
  if (p.kind === 'day-offset') return [eventDay - (p.offset ?? 0), eventDay - (p.offset ?? 0)];
  if (p.kind === 'calendar' && p.year === undefined && p.month !== undefined) {
    const { month, day } = fromDayNumber(eventDay);
    if (p.month !== month || (p.day !== undefined && p.day !== day)) return undefined;
    // A month or date told without a year is the latest one before the page: within the same year
    // for a bare month (news names the year otherwise), within a year for a month and day.
    return p.day === undefined ? [eventDay, yearRange(fromDayNumber(eventDay).year)[1]] : [eventDay, eventDay + 365];
  }
  if (p.kind === 'calendar' && p.year !== undefined) return [eventDay, INFINITY];
  return [eventDay, INFINITY];
}

/** True when a timex from index `first` on lies in the sentence and is not a period or century (as timexIn asks). */
function hasDatingTimex(timexes: readonly TimexAnnotation[], first: number, sentence: Span): boolean {
  for (let k = first; k < timexes.length; k++) {
    const t = timexes[k];
    if (!t || t.start >= sentence.end) break;
    if (t.end <= sentence.end && t.parts.kind !== 'period' && t.parts.kind !== 'century') return true;
  }
  return false;
}

/** The persons with a mention (in the text) inside the sentence. */
function personsIn(persons: readonly Entity[], sentence: Span): Entity[] {
  return persons.filter((e) => e.mentions.some((m) => m.in !== 'source' && m.start >= sentence.start && m.end <= sentence.end));
}

/** The first timex in the sentence from `after` on that is not a period or century. */
function timexIn(timexes: readonly TimexAnnotation[], sentence: Span, after: number): TimexAnnotation | undefined {
  return timexes.find(
    (t) =>
      t.start >= sentence.start && t.end <= sentence.end && t.start >= after && t.parts.kind !== 'period' && t.parts.kind !== 'century',
  );
}

/**
 * Clues from the start of a term told in the text: "Trump became the 45th US president on
 * Friday" (the ordinal names the term; the term's first day was that Friday, so the page
 * follows within the week) and "since Biden took office in January" (a term that began in
 * a January of the page's year).
 */
export function collectTermStartClues(doc: Document, kb: KnowledgeBase): DateClue[] {
  const clues: DateClue[] = [];
  const timexes = timexesOf(doc);
  const persons = doc.entities.filter((e) => e.kb && e.type === 'person');
  const handled = new Set<number>();
  ORDINAL_OFFICE.lastIndex = 0;
  for (const m of doc.text.matchAll(ORDINAL_OFFICE)) {
    const ordinal = Number(m[1]);
    const split = splitRolePhrase(m[2] ?? '');
    if (!split) continue;
    const offices = new Set(expandOffice(split.role.office));
    const sentence = sentenceAt(doc, m.index);
    handled.add(sentence.start);
    const before = doc.text.slice(sentence.start, m.index);
    const takes = TAKE_OFFICE.test(before.slice(-60));
    const holders: { name: string; term: OfficeTerm }[] = [];
    for (const entity of personsIn(persons, sentence)) {
      for (const term of kb.terms(entity.kb ?? ''))
        if (term.ordinal === ordinal && offices.has(term.office)) holders.push({ name: entity.name, term });
    }
    // "He became the 46th US president": no name in the sentence; look the ordinal up.
    if (holders.length === 0) holders.push(...holdersByOrdinal(kb, ordinal, offices, split.role.country ?? split.qualifier));
    for (const { name, term } of holders) {
      const r = termRange(term);
      if (!r) continue;
      const evidence: Span[] = [{ start: m.index, end: m.index + m[0].length }];
      if (takes) {
        const timex = timexIn(timexes, sentence, m.index);
        const range = anchorRanges(timex, r[0]);
        if (!range) continue;
        if (timex) evidence.push({ start: timex.start, end: timex.end });
        clues.push(rangeClue('office-ordinal', `${name} became ${m[0]} on ${term.start}`, evidence, 2, [range]));
      } else clues.push(rangeClue('office-ordinal', `${name}, ${m[0]}: ${term.start}..${term.end ?? 'now'}`, evidence, 2, [r]));
    }
  }
  // A term start needs a known person named before its verb and a time expression after it:
  // a sentence lacking either is not read. Sentences, mentions and timexes are sorted, so a
  // pointer into each finds the candidates.
  const mentions = persons
    .flatMap((e) => e.mentions.filter((m) => m.in !== 'source'))
    .map((m) => m.start)
    .sort((a, b) => a - b);
  let firstTimex = 0;
  let firstMention = 0;
  for (const sentence of mentions.length > 0 ? (doc.layers.sentences ?? []) : []) {
    if (handled.has(sentence.start)) continue;
    while (firstMention < mentions.length && (mentions[firstMention] ?? 0) < sentence.start) firstMention++;
    if (firstMention >= mentions.length || (mentions[firstMention] ?? 0) >= sentence.end) continue;
    while (firstTimex < timexes.length && (timexes[firstTimex]?.start ?? 0) < sentence.start) firstTimex++;
    if (!hasDatingTimex(timexes, firstTimex, sentence)) continue;
    const words = doc.text.slice(sentence.start, sentence.end);
    const take = TAKE_OFFICE.exec(words);
    if (!take || /^becomes?$|^became$/i.test(take[0])) continue;
    const verbAt = sentence.start + take.index;
    const timex = timexIn(timexes, sentence, verbAt);
    if (!timex) continue;
    for (const entity of personsIn(persons, { start: sentence.start, end: verbAt })) {
      const nearest = Math.max(...entity.mentions.filter((s) => s.end <= verbAt && s.start >= sentence.start).map((s) => s.end));
      if (verbAt - nearest > 40) continue;
      const ranges: DayRange[] = [];
      for (const term of kb.terms(entity.kb ?? '')) {
        const r = termRange(term);
        if (!r || (term as { acting?: boolean }).acting) continue;
        const range = anchorRanges(timex, r[0]);
        if (range) ranges.push(range);
      }
      if (ranges.length === 0) continue;
      const words2 = doc.text.slice(timex.start, timex.end);
      clues.push(
        rangeClue(
          'term-start',
          `${entity.name} took office "${words2}"`,
          [
            { start: verbAt, end: verbAt + take[0].length },
            { start: timex.start, end: timex.end },
          ],
          2,
          ranges,
        ),
      );
    }
  }
  return clues;
}

/**
 * The habit of news writing that background years are recent: the latest year a page
 * states to the month or part of year ("in June 2021", "late in 2021") is, on news pages,
 * the page's year or the year before. Used only to choose among dates the firm clues
 * leave open, and named in the answer's evidence.
 */
export function recencyClue(doc: Document): DateClue | undefined {
  let latest: TimexAnnotation | undefined;
  for (const timex of timexesOf(doc)) {
    const p = timex.parts;
    if (p.kind !== 'calendar' || p.year === undefined || p.boundary !== undefined || p.endYear !== undefined) continue;
    if (p.month === undefined && p.part === undefined) continue;
    if (p.tense !== 'past') continue;
    if (!latest || (latest.parts.year ?? 0) < p.year) latest = timex;
  }
  const year = latest?.parts.year;
  if (!latest || year === undefined) return undefined;
  const limit = yearRange(year + 1)[1];
  return rangeClue(
    'recent-years',
    `latest month-dated past event in ${year}: pages tell such background within a year`,
    [{ start: latest.start, end: latest.end }],
    6,
    [[-INFINITY, limit]],
  );
}
