import type { Entity } from '../../core/document.js';
import type { Mention, Quote, Sentence } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import {
  ADJUNCT_OPENERS,
  AUDIENCE_WORDS,
  BETWEEN_SPEAKER_AND_CUE,
  CUES,
  type CueInfo,
  DETERMINERS,
  DISCOURSE_OPENERS,
  NP_STOP,
  PREPOSITIONS,
  SPEAKER_NOUNS,
  SPEAKER_PRONOUNS,
} from './lexicon.js';
import { findParagraphs, findQuoteSegments, type QuoteSegment } from './marks.js';
import { resolveSpeakers } from './speaker.js';
import {
  firstWord,
  hasLetterOrDigit,
  hasWords,
  isJsSpace,
  isLetterOrDigitPair,
  makeWord,
  type Word,
  wordBoundsIn,
  wordsIn,
} from './words.js';

/** A quote before speaker resolution: spans only. */
export interface QuoteDraft {
  start: number;
  end: number;
  kind: Quote['kind'];
  cue: Span | null;
  speaker: Span | null;
  addressee: Span | null;
  /** Items of one interrupted or continued quotation share a group number. */
  group: number | null;
  /** True when the speaker comes from the previous (or next) quotation, not a local mention. */
  inherited: boolean;
  confidence: number;
}

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly para: number;
  readonly segs: readonly QuoteSegment[];
}

/** Closing and opening marks; the straight apostrophe stands for the second half of a '' pair. */
const CLOSE_MARKS = '"”»’\'';
const OPEN_MARKS = '"“„«‘\'';
/** "SOCHI, May 14. /TASS/." and "WASHINGTON (AP) —": the agency dateline is not reported content. */
const DATELINE_RE =
  /^[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?\.?\s*(?:\/[A-Za-z-]+\/\.?|\((?:AP|Reuters|AFP|UPI|Xinhua|IANS)\)\s*[—–-])\s*/;
/** Adverbial tails that news gold leaves out of the reported clause ("..., following a proposal by"). */
const CLAUSE_TAIL_RE =
  /,\s+(?:following|amid|despite|ahead of|in the wake of|days after|hours after|weeks after|shortly after|as tensions)\b/;
/** "recalled the words of X that CLAUSE": the content is the clause. */
const WORDS_OF_RE = /^(?:the\s+)?(?:words|remarks?|statements?|comments?|assertions?|claims?)\s+(?:of|by)\s+[^,.;]*?\bthat\s+/;
/** An adjunct, then "that" (not a relative "that was") or a colon or comma before a quotation. */
const ADJUNCT_THEN_CONTENT_RE =
  /^[^.;!?"“”]{0,160}?(?:\bthat\b(?!\s+(?:was|were|is|are|has|had|have|will|would|could|can|may|might)\b)[\s,]*|[:,]\s*(?=["“]))/;
/** The same, or an infinitive for verbs of appeal ("told his supporters at a rally to ..."). */
const ADJUNCT_THEN_CONTENT_OR_TO_RE =
  /^[^.;!?"“”]{0,160}?(?:\bthat\b(?!\s+(?:was|were|is|are|has|had|have|will|would|could|can|may|might)\b)[\s,]*|[:,]\s*(?=["“])|(?=\bto\s+(?:["“]|[a-z])))/;
const COORDINATED_CUE_RE = /,?\s+and\s+(?:also\s+|then\s+)?([a-z]+)\b/g;
const TIME_ADJUNCT_RE =
  /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|earlier(?:\s+(?:this|last)\s+\w+)?|later|yesterday|today|recently|also|again|repeatedly|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)|publicly|previously)\b[,]?\s*/;
const COLON_SPEAKER_RE = /^((?:[A-Z][\p{L}.’'-]*)(?:\s+(?:[A-Z][\p{L}.’'-]*|of|de|van|von|al-\p{L}+)){0,4}):\s+(?=\S)/u;
const NOT_CONTENT_AFTER_COMMA = new Set([
  'after',
  'before',
  'because',
  'although',
  'though',
  'if',
  'when',
  'while',
  'since',
  'until',
  'as',
  'referring',
  'citing',
  'according',
  'but',
  'and',
  'which',
  'who',
  'where',
  'however',
  'in',
  'at',
]);
const COLON_NOT_SPEAKERS = new Set([
  'note',
  'update',
  'photo',
  'video',
  'watch',
  'read',
  'source',
  'sources',
  'editor',
  'correction',
  'related',
  'see',
  'listen',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'comment',
  'live',
  'q',
  'a',
]);

function isPossessive(word: Word): boolean {
  return /[’']s$/.test(word.lower);
}

/** Checks that a run of words can name a speaker (a name, a pronoun, or a determined noun). */
function isSpeakerPhrase(words: readonly Word[]): boolean {
  const last = words[words.length - 1];
  const first = words[0];
  if (!last || !first) return false;
  if (DETERMINERS.has(last.lower) || isPossessive(last)) return false;
  if (words.length === 1) {
    return SPEAKER_PRONOUNS.has(last.lower) || last.cap || SPEAKER_NOUNS.has(last.lower);
  }
  if (words.length > 12) return false;
  return words.some((w) => w.cap) || DETERMINERS.has(first.lower) || /^\d/.test(first.lower) || SPEAKER_NOUNS.has(last.lower);
}

const PERSON_HEADS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'minister',
  'president',
  'official',
  'leader',
  'chief',
  'head',
  'director',
  'governor',
  'senator',
  'mayor',
  'aide',
  'adviser',
  'advisor',
  'candidate',
  'nominee',
  'campaign',
  'ministry',
  'government',
  'administration',
  'party',
  'group',
  'committee',
  'commission',
  'council',
  'court',
  'agency',
  'department',
  'office',
  'company',
  'union',
  'police',
  'republican',
  'democrat',
  'lawmaker',
  'chairman',
  'businessman',
]);

/** A speaker phrase that can hold a stance: a name, a pronoun, or a person or institution noun. */
function isPersonLike(text: string, span: Span): boolean {
  const words = wordsIn(text, span.start, span.end);
  const last = words[words.length - 1];
  if (!last) return false;
  if (SPEAKER_PRONOUNS.has(last.lower) && last.lower !== 'it') return true;
  return (
    words.slice(1).some((w) => w.cap) || (words.length === 1 && last.cap) || PERSON_HEADS.has(last.lower) || SPEAKER_NOUNS.has(last.lower)
  );
}

const MODALS = new Set(['do', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'to']);

/**
 * A base-form cue ("report", "comment", "claim") is a verb only after a plural subject or
 * a modal ("officials say", "they will claim"); after "a New York Times" it is a noun.
 */
function isPluralSubject(text: string, span: Span, between: readonly string[]): boolean {
  if (between.some((w) => MODALS.has(w))) return true;
  const words = wordsIn(text, span.start, span.end);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return false;
  if (first.lower === 'a' || first.lower === 'an') return false;
  if (words.length === 1 && ['they', 'we', 'i', 'you'].includes(last.lower)) return true;
  if (words.some((w) => w.lower === 'and')) return true;
  if (/[^s’']s$/.test(last.lower) && !isPossessive(last)) return !last.cap || words.length <= 2;
  return SPEAKER_NOUNS.has(last.lower) || last.lower === 'police' || last.lower === 'people';
}

/** Spaces between a quotation and its cue: \s without the rare separators, plus the zero-width space. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 10 ||
    code === 9 ||
    code === 13 ||
    code === 160 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x3000
  );
}

/** The char before `pos` after skipping spaces, or '' at `floor`. */
function charBefore(text: string, pos: number, floor: number): { ch: string; at: number } {
  let i = pos - 1;
  while (i >= floor && isSpaceCode(text.charCodeAt(i))) i--;
  return i < floor ? { ch: '', at: floor } : { ch: text[i] ?? '', at: i };
}

function charAfter(text: string, pos: number, ceil: number): { ch: string; at: number } {
  let i = pos;
  while (i < ceil && isSpaceCode(text.charCodeAt(i))) i++;
  return i >= ceil ? { ch: '', at: ceil } : { ch: text[i] ?? '', at: i };
}

interface SpeakerBefore {
  readonly span: Span | null;
  /** Words between the speaker and the cue ("has", "also"). */
  readonly between: readonly string[];
  /** The word just before the speaker phrase (or cue), lower-cased, when the phrase is empty. */
  readonly stopWord: string | null;
}

/** "Rep. Gwen Moore (D-Wis.) said", "Smith, 45, said": a short parenthetical or an age before the cue. */
const PAREN_BEFORE_CUE_RE = /(?:\s*\([^()]{1,30}\)|,\s*\d{1,3},)\s*$/;

/** Cheap gate for PAREN_BEFORE_CUE_RE: the last non-space character of text[start, end) is ")" or ",". */
function endsWithParenOrAge(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isJsSpace(text.charCodeAt(i))) i--;
  if (i < start) return false;
  const code = text.charCodeAt(i);
  return code === 41 || code === 44;
}

/** , ; : ( ) — – ― " “ ” « »: where a speaker phrase cannot reach across. */
function isPhraseBoundary(code: number): boolean {
  return (
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 40 ||
    code === 41 ||
    code === 34 ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2015 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0xab ||
    code === 0xbb
  );
}

/** , ; : — – " “ ”: the start of an appositive name ("The chairman, Phil Lovas, said"). */
function isAppositiveBoundary(code: number): boolean {
  return (
    code === 44 || code === 59 || code === 58 || code === 34 || code === 0x2014 || code === 0x2013 || code === 0x201c || code === 0x201d
  );
}

/** Word offsets of findSpeakerBefore's window (start, end pairs), reused from call to call. */
const WINDOW_BOUNDS: number[] = [];

/**
 * Makes words[k..made) from WINDOW_BOUNDS (word `k` of the list is window word `k + skip`)
 * and returns the new `made`; nothing for k < 0.
 */
function makeWordsDownTo(text: string, words: Word[], made: number, k: number, skip: number): number {
  let low = made;
  while (k >= 0 && low > k) {
    low--;
    const b = 2 * (low + skip);
    words[low] = makeWord(text, WINDOW_BOUNDS[b] as number, WINDOW_BOUNDS[b + 1] as number);
  }
  return low;
}

/** The speaker noun phrase that ends just before a cue ("Russian presidential spokesman Dmitry Peskov said"). */
function findSpeakerBefore(text: string, floor: number, cueStartRaw: number): SpeakerBefore {
  let boundary = floor;
  // "Rep. Gwen Moore (D-Wis.) said": skip a short parenthetical between the name and the cue.
  const paren = endsWithParenOrAge(text, Math.max(floor, cueStartRaw - 40), cueStartRaw)
    ? PAREN_BEFORE_CUE_RE.exec(text.slice(Math.max(floor, cueStartRaw - 40), cueStartRaw))
    : null;
  const cueStart = paren ? cueStartRaw - paren[0].length : cueStartRaw;
  for (let i = cueStart - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (isPhraseBoundary(code) || (code === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32)) {
      boundary = i + 1;
      break;
    }
  }
  // A speaker phrase has at most a dozen words: look no further back than 120 characters.
  // The words are found as offsets; word objects are made from the end back, only as far as
  // the reading below goes (`made`: words[made..] exist).
  const count = wordBoundsIn(text, Math.max(boundary, cueStart - 120), cueStart, WINDOW_BOUNDS);
  const skip = boundary < cueStart - 120 && count > 0 ? 1 : 0;
  let words: Word[] = new Array(count - skip);
  let made = words.length;
  // "The state’s campaign chairman, Phil Lovas, said": the name between two commas.
  if (words.length === 0 && boundary > floor && text[boundary - 1] === ',') {
    let prev = floor;
    for (let i = boundary - 2; i >= floor; i--) {
      if (isAppositiveBoundary(text.charCodeAt(i))) {
        prev = i + 1;
        break;
      }
    }
    const inner = wordsIn(text, prev, boundary - 1);
    if (
      inner.length > 0 &&
      inner.length <= 8 &&
      isSpeakerPhrase(inner) &&
      !NP_STOP.has((inner[0] as Word).lower) &&
      inner.every((w) => w.cap)
    ) {
      words = inner;
      made = 0;
    } else if (inner.length > 0 && inner.length <= 20 && prev > floor && text[prev - 1] === ',') {
      // "Richard Revesz, director of the institute, said": the name before the appositive.
      const name = findSpeakerBefore(text, floor, prev - 1);
      if (name.span && /\p{Lu}/u.test(text.slice(name.span.start, name.span.end))) {
        return { span: { start: name.span.start, end: boundary - 1 }, between: [], stopWord: name.stopWord };
      }
    }
  }
  const between: string[] = [];
  made = makeWordsDownTo(text, words, made, words.length - 1, skip);
  const lastWord = words[words.length - 1];
  const contraction = lastWord ? /^(he|she|it|they|we|i|you)[’'](?:s|re|ve|d|ll)$/.exec(lastWord.lower) : null;
  if (lastWord && contraction?.[1]) {
    // "He’s claiming": the pronoun is the speaker, the contracted auxiliary stands between.
    const span = { start: lastWord.start, end: lastWord.start + contraction[1].length };
    return { span, between: ['is'], stopWord: null };
  }
  let i = words.length - 1;
  while (i >= 0) {
    made = makeWordsDownTo(text, words, made, i, skip);
    const w = words[i] as Word;
    if (!(BETWEEN_SPEAKER_AND_CUE.has(w.lower) || (w.lower.endsWith('ly') && !w.cap && w.lower.length > 4))) break;
    between.unshift(w.lower);
    i--;
  }
  const end = i;
  while (i >= 0) {
    made = makeWordsDownTo(text, words, made, i, skip);
    const w = words[i] as Word;
    if (NP_STOP.has(w.lower)) {
      // "Lavrov and Kerry said": "and" between two capitalised words joins names.
      made = makeWordsDownTo(text, words, made, i - 1, skip);
      const prev = words[i - 1];
      const next = words[i + 1];
      if (w.lower === 'and' && prev?.cap && next?.cap && i - 1 >= 0) {
        i--;
        continue;
      }
      break;
    }
    if (end - i >= 12) break;
    i--;
  }
  let first = i + 1;
  while (first <= end && DISCOURSE_OPENERS.has((words[first] as Word).lower)) first++;
  const phrase = words.slice(first, end + 1);
  const relative = words[i];
  if (phrase.length === 0 && relative && (relative.lower === 'who' || relative.lower === 'which') && i === end) {
    // "an architect who said": the relative pronoun with its antecedent is the speaker.
    const antecedent = findSpeakerBefore(text, floor, relative.start);
    const start = antecedent.span && antecedent.between.length === 0 ? antecedent.span.start : relative.start;
    return { span: { start, end: relative.end }, between, stopWord: antecedent.stopWord };
  }
  const stopWord = i >= 0 ? (words[i] as Word).lower : null;
  if (!isSpeakerPhrase(phrase)) return { span: null, between, stopWord: phrase.length === 0 ? stopWord : '?' };
  return {
    span: { start: (phrase[0] as Word).start, end: (phrase[phrase.length - 1] as Word).end },
    between,
    stopWord,
  };
}

/** The speaker noun phrase just after a cue ("said Kremlin spokesman Dmitry Peskov on Saturday"). */
function findSpeakerAfter(text: string, cueEnd: number, ceil: number): Span | null {
  let stop = ceil;
  for (let i = cueEnd; i < ceil; i++) {
    if (
      ',.;:()—–―"“”'.includes(text[i] ?? '') &&
      !(text[i] === '.' && ((/[A-Z]/.test(text[i - 1] ?? '') && text[i - 2] === ' ') || TITLE_AT_END_RE.test(text.slice(i - 5, i + 1))))
    ) {
      stop = i;
      break;
    }
  }
  const words = wordsIn(text, cueEnd, stop);
  const phrase: Word[] = [];
  for (const w of words) {
    if (NP_STOP.has(w.lower) && !(w.lower === 'and' && phrase.length > 0)) break;
    if (ADJUNCT_OPENERS.has(w.lower) && !w.cap && phrase.length > 0) break;
    phrase.push(w);
    if (phrase.length >= 12) break;
  }
  while (phrase.length > 0 && (phrase[phrase.length - 1] as Word).lower === 'and') phrase.pop();
  if (!isSpeakerPhrase(phrase)) return null;
  return { start: (phrase[0] as Word).start, end: (phrase[phrase.length - 1] as Word).end };
}

/** The subject at the start of a clause, for coordinated cues ("Biden described ... and said"). */
function findClauseSubject(text: string, start: number, end: number, strict: boolean): Span | null {
  const words = wordsIn(text, start, Math.min(end, start + 160));
  let i = 0;
  while (i < words.length && DISCOURSE_OPENERS.has((words[i] as Word).lower)) i++;
  const phrase: Word[] = [];
  let lowercaseAfterDeterminer = 0;
  for (; i < words.length; i++) {
    const w = words[i] as Word;
    if (phrase.length === 0 && SPEAKER_PRONOUNS.has(w.lower)) return { start: w.start, end: w.end };
    if (phrase.length > 0 && /[,;:]/.test(text.slice((phrase[phrase.length - 1] as Word).end, w.start))) break;
    if (w.cap || (phrase.length === 0 && DETERMINERS.has(w.lower)) || ((w.lower === 'of' || w.lower === 'for') && phrase.length > 0)) {
      phrase.push(w);
    } else if (
      phrase.length > 0 &&
      DETERMINERS.has((phrase[0] as Word).lower) &&
      lowercaseAfterDeterminer < 2 &&
      !NP_STOP.has(w.lower) &&
      !CUES.has(w.lower)
    ) {
      phrase.push(w);
      lowercaseAfterDeterminer++;
    } else break;
  }
  if (!isSpeakerPhrase(phrase)) return null;
  // A coordinated report needs a person-like subject: a name past the first word, or a speaker noun.
  if (strict && phrase.length > 1 && !phrase.slice(1).some((w) => w.cap) && !SPEAKER_NOUNS.has((phrase[phrase.length - 1] as Word).lower))
    return null;
  return { start: (phrase[0] as Word).start, end: (phrase[phrase.length - 1] as Word).end };
}

interface ContentAfter {
  readonly start: number;
  readonly viaComma: boolean;
  readonly addressee: Span | null;
  /** True when an adjunct stood between the cue and "that" ("told reporters after the meeting that"). */
  readonly viaAdjunct?: boolean;
  /** True when the content follows the cue with no "that", colon or quotation mark. */
  readonly bare?: boolean;
}

function isParticipleCueAt(text: string, pos: number, ceil: number): boolean {
  const w = firstWord(text, pos, ceil);
  return w !== null && (CUES.get(w.lower)?.participle ?? false);
}

/** Where the reported content starts after a cue, skipping the addressee, adjuncts and "that". */
/**
 * True when a lower-case participle opens the text at `at`: "..., their offices announced on
 * Monday, ending months of tension" goes on with an adjunct of the report, not with what was
 * reported.
 */
function opensParticiple(text: string, at: number, ceil: number): boolean {
  const word = firstWord(text, at, ceil);
  return word !== null && word.lower.length > 5 && word.lower.endsWith('ing') && !word.cap;
}

function findContentAfter(text: string, cueEnd: number, ceil: number, info: CueInfo | undefined, interposed: boolean): ContentAfter | null {
  let pos = cueEnd;
  let addressee: Span | null = null;
  if (info?.lemma === 'call') {
    // "called for a ceasefire", "called on police to release the video", "called X a liar".
    const w = firstWord(text, charAfter(text, pos, ceil).at, ceil);
    if (w && (w.lower === 'for' || w.lower === 'on')) {
      const after = charAfter(text, w.end, ceil);
      return after.ch === '' ? null : { start: after.at, viaComma: false, addressee };
    }
  } else if (info?.addressee) {
    const words = wordsIn(text, pos, Math.min(ceil, pos + 60));
    const phrase: Word[] = [];
    for (const w of words) {
      if (/[,;:.!?"“”]/.test(text.slice(phrase.length > 0 ? (phrase[phrase.length - 1] as Word).end : pos, w.start))) break;
      if (NP_STOP.has(w.lower) || (ADJUNCT_OPENERS.has(w.lower) && !DETERMINERS.has(w.lower))) break;
      phrase.push(w);
      if (AUDIENCE_WORDS.has(w.lower) || phrase.length >= 6) break;
      if (w.cap && words[words.indexOf(w) + 1] && !(words[words.indexOf(w) + 1] as Word).cap) break;
    }
    if (phrase.length > 0) {
      addressee = { start: (phrase[0] as Word).start, end: (phrase[phrase.length - 1] as Word).end };
      pos = addressee.end;
    }
  }
  for (let guard = 0; guard < 6; guard++) {
    const next = charAfter(text, pos, ceil);
    if (next.ch === '') return null;
    if (info?.needsThat) {
      const that = /^(?:[^.;!?"“”]{0,40}?\s)?that\s+/.exec(text.slice(next.at, ceil));
      return that ? { start: next.at + that[0].length, viaComma: false, addressee } : null;
    }
    if (next.ch === ',' || next.ch === ':') {
      const after = charAfter(text, next.at + 1, ceil);
      if (after.ch === '' || isParticipleCueAt(text, after.at, ceil)) return null;
      if (next.ch === ',' && !OPEN_MARKS.includes(after.ch)) {
        // '"...," he said, but "..."': the conjunction joins a second stretch of the quotation.
        const head = firstWord(text, after.at, ceil)?.lower ?? '';
        const joined = head === 'but' || head === 'and' ? charAfter(text, after.at + head.length, ceil) : null;
        if (joined && OPEN_MARKS.includes(joined.ch)) return { start: joined.at, viaComma: true, addressee };
        // "said, adding" is handled by the participle; ", after he admitted" and similar are not content.
        if (!hasWords(text, after.at, ceil, 3) || PREPOSITIONS.has(head) || NOT_CONTENT_AFTER_COMMA.has(head)) return null;
        if (opensParticiple(text, after.at, ceil)) return null;
      }
      return { start: after.at, viaComma: next.ch === ',', addressee };
    }
    if (OPEN_MARKS.includes(next.ch)) return { start: next.at, viaComma: false, addressee };
    const word = firstWord(text, next.at, ceil);
    if (!word) return null;
    if (word.lower === 'that') {
      const after = charAfter(text, word.end, ceil);
      return after.ch === '' ? null : { start: after.at, viaComma: false, addressee };
    }
    const rest = text.slice(next.at, ceil);
    const time = TIME_ADJUNCT_RE.exec(rest);
    if (time && time[0].length > 0) {
      pos = next.at + time[0].length;
      continue;
    }
    if (word.lower === 'to' && info?.infinitive) return { start: next.at, viaComma: false, addressee };
    if (ADJUNCT_OPENERS.has(word.lower) || PREPOSITIONS.has(word.lower)) {
      // An adjunct ("in an interview with the BBC"): the content needs a "that" or a colon after it.
      const m = (info?.infinitive ? ADJUNCT_THEN_CONTENT_OR_TO_RE : ADJUNCT_THEN_CONTENT_RE).exec(rest);
      if (!m) {
        // "These employees, Stumpf explained earlier in the hearing, were ...": the clause resumes after the comma.
        const resume = interposed ? /^[^.;!?"“”,]{0,80},\s*/.exec(rest) : null;
        if (resume && hasWords(text, next.at + resume[0].length, ceil, 2))
          return { start: next.at + resume[0].length, viaComma: true, addressee };
        return null;
      }
      const between = rest.slice(0, m.index + m[0].length);
      if (/\b(?:which|who|where)\b/.test(between)) return null;
      const start = next.at + m[0].length;
      if (/,\s*$/.test(m[0]) && opensParticiple(text, start, ceil)) return null;
      // "said during a rally, "...": an adjunct, then the quotation goes on.
      if (OPEN_MARKS.includes(text[start] ?? '') && /[:,]\s*$/.test(m[0])) return { start, viaComma: true, addressee };
      return { start, viaComma: false, addressee, viaAdjunct: true };
    }
    if (
      NP_STOP.has(word.lower) &&
      !SPEAKER_PRONOUNS.has(word.lower) &&
      word.lower !== 'there' &&
      word.lower !== 'this' &&
      word.lower !== 'these' &&
      word.lower !== 'all'
    )
      return null;
    if (CUES.get(word.lower)?.participle) return null;
    if (opensParticiple(text, next.at, ceil) && /,\s*$/.test(text.slice(Math.max(cueEnd, next.at - 3), next.at))) return null;
    if (!hasWords(text, next.at, ceil, 3)) return null;
    const wordsOf = WORDS_OF_RE.exec(rest);
    if (wordsOf) return { start: next.at + wordsOf[0].length, viaComma: false, addressee };
    return { start: next.at, viaComma: false, addressee, bare: true };
  }
  return null;
}

/** Trims spaces and the sentence's final stop from a content span; keeps closing marks and inner punctuation. */
function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /[\s.;,:—–-]/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** Cheap gate for DATELINE_RE: text[start, end) opens with a capital and then [A-Z .'-]. */
function mayOpenWithDateline(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return first >= 65 && first <= 90 && ((second >= 65 && second <= 90) || second === 32 || second === 46 || second === 39 || second === 45);
}

/** Moves a content start past an agency dateline and discourse openers ("However, "). */
function skipLead(text: string, start: number, end: number): number {
  let s = start;
  const dl = mayOpenWithDateline(text, s, Math.min(end, s + 120)) ? DATELINE_RE.exec(text.slice(s, Math.min(end, s + 120))) : null;
  if (dl) s += dl[0].length;
  for (let guard = 0; guard < 3; guard++) {
    const w = firstWord(text, s, end);
    // An opener is followed by a comma ("However, "); the comma is the cheaper test.
    if (!w || text.charCodeAt(w.end) !== 44 || !DISCOURSE_OPENERS.has(w.lower)) break;
    s = charAfter(text, w.end + 1, end).at;
  }
  return s;
}

function segmentsIn(segs: readonly QuoteSegment[], start: number, end: number): QuoteSegment[] {
  return segs.filter((g) => g.open < end && g.close > start);
}

/** Classifies a content span by the quotation marks it holds and tightens a direct quote to the words inside. */
/** A draft from shaped content, its cue and speaker (never grouped yet: grouping comes later). */
function draftOf(
  shaped: { span: Span; kind: Quote['kind'] },
  cue: Span,
  speaker: Span | null,
  fields: { addressee: Span | null; inherited: boolean; confidence: number },
): QuoteDraft {
  return makeDraft(shaped.span, {
    kind: shaped.kind,
    cue,
    speaker,
    addressee: fields.addressee,
    group: null,
    inherited: fields.inherited,
    confidence: fields.confidence,
  });
}

/**
 * Builds every draft with the same property order, so all drafts share one hidden class
 * (spread-built drafts took several shapes and made each later read of a draft slow).
 */
function makeDraft(span: Span, fields: Omit<QuoteDraft, 'start' | 'end'>): QuoteDraft {
  return {
    start: span.start,
    end: span.end,
    kind: fields.kind,
    cue: fields.cue,
    speaker: fields.speaker,
    addressee: fields.addressee,
    group: fields.group,
    inherited: fields.inherited,
    confidence: fields.confidence,
  };
}

function shapeContent(text: string, span: Span, segs: readonly QuoteSegment[]): { span: Span; kind: Quote['kind'] } {
  const inside = segmentsIn(segs, span.start, span.end);
  if (inside.length === 0) return { span, kind: 'indirect' };
  const only = inside.length === 1 ? (inside[0] as QuoteSegment) : null;
  if (only && only.open <= span.start + 1 && only.close >= span.end - 1) return { span: only.inner, kind: 'direct' };
  // A lone segment plus only punctuation around it is direct too.
  if (only) {
    const outside = text.slice(span.start, only.open) + text.slice(only.close, span.end);
    if (!/[\p{L}\p{N}]/u.test(outside)) return { span: only.inner, kind: 'direct' };
  }
  return { span, kind: 'mixed' };
}

/** Splits the text into units: sentences, merged where a quotation runs across a sentence break. */
function buildUnits(text: string, sentences: readonly Span[], paragraphs: readonly Span[], segs: readonly QuoteSegment[]): Unit[] {
  const units: Unit[] = [];
  let p = 0;
  let g = 0;
  let cur: { start: number; end: number; para: number } | null = null;
  const flush = () => {
    if (!cur) return;
    while (g < segs.length && (segs[g] as QuoteSegment).close <= cur.start) g++;
    const inside: QuoteSegment[] = [];
    for (let k = g; k < segs.length && (segs[k] as QuoteSegment).open < cur.end; k++) inside.push(segs[k] as QuoteSegment);
    units.push({ start: cur.start, end: cur.end, para: cur.para, segs: inside });
    cur = null;
  };
  let s = 0;
  for (const sentence of sentences) {
    while (p < paragraphs.length - 1 && (paragraphs[p] as Span).end <= sentence.start) p++;
    while (s < segs.length && (segs[s] as QuoteSegment).close <= sentence.start) s++;
    if (
      cur &&
      cur.para === p &&
      (isDashCode(text.charCodeAt(sentence.start)) ||
        isAttributionAfterQuestion(text, cur.end, sentence) ||
        (text.charCodeAt(cur.end - 1) === 46 && TITLE_AT_END_RE.test(text.slice(cur.end - 6, cur.end))))
    ) {
      cur.end = sentence.end;
      continue;
    }
    if (cur && cur.para === p) {
      // Merge when an open quotation of the current unit covers this sentence's start.
      let covered = false;
      for (let k = s; k < segs.length && (segs[k] as QuoteSegment).open < sentence.start; k++) {
        const seg = segs[k] as QuoteSegment;
        if (seg.open < sentence.start && seg.close > sentence.start) covered = true;
      }
      if (covered) {
        cur.end = sentence.end;
        continue;
      }
    }
    flush();
    cur = { start: sentence.start, end: sentence.end, para: p };
  }
  flush();
  return units;
}

/** — – ―: a sentence opening with a dash continues the previous one. */
function isDashCode(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 0x2015;
}

/** Titles after which the sentence splitter breaks wrongly ("said the Rev. Peter Wherry"). */
const TITLE_AT_END_RE = /\b(?:Rev|Fr|Hon|Msgr|Sgt|Adm|Cmdr|Supt|Insp|Gov|Sen|Rep|Gen|Lt|Col|Capt|Dr|Mr|Mrs|Ms|Prof)\.$/;

/** '"Who will pay?" Edde asked.': the splitter breaks after "?"; a short attribution joins the quotation again. */
function isAttributionAfterQuestion(text: string, previousEnd: number, sentence: Span): boolean {
  // Gate: the regex needs a closing mark as the last character.
  const last = text.charCodeAt(previousEnd - 1);
  if (last !== 34 && last !== 0x201d && last !== 0xbb) return false;
  if (!/[?!]["”»]$/.test(text.slice(previousEnd - 2, previousEnd))) return false;
  const probe: Unit = { start: sentence.start, end: sentence.end, para: 0, segs: [] };
  const first = cuesIn(text, probe)[0];
  // The cue must come within the first few words ("she said, but ..."), so a new sentence that merely holds a cue stays apart.
  return first !== undefined && cueInfoOf(first.form)?.speech === true && !hasWords(text, sentence.start, first.start, 7);
}

interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly form: string;
}

const WENT_ON_RE = /^\s+on\s+to\s+(say|note|add|stress|explain|emphasize|warn|argue|insist)\b/;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Size of the cue-word hash table (a power of two; about 300 forms fill under 2% of it). */
const CUE_HASH_SIZE = 1 << 14;

/** The running hash of a word, one char code at a time (the same sum `cuesIn` keeps while scanning). */
function stepHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/**
 * Marks the hash of every lower-case cue form and of the phrase cues' first words
 * ("according", "went", "goes"): most words of a page miss this table, so they are never
 * sliced nor looked up in the cue table. Forms with other characters can never equal a
 * run of ASCII letters; "point..." phrases are tested by prefix.
 */
const CUE_HASHES = buildCueHashes([...CUES.keys(), 'according', 'went', 'goes']);

function buildCueHashes(forms: readonly string[]): Uint8Array {
  const table = new Uint8Array(CUE_HASH_SIZE);
  for (const form of forms) {
    if (!/^[a-z]+$/.test(form)) continue;
    let hash = 0;
    for (let i = 0; i < form.length; i++) hash = stepHash(hash, form.charCodeAt(i));
    table[hash & (CUE_HASH_SIZE - 1)] = 1;
  }
  return table;
}

/**
 * The cue words starting in text[from, to), wherever they end and whatever quotation holds
 * them. Scans runs of ASCII letters and looks each up in the cue table (one regex
 * alternation of every form was ten times slower on 5 KB pages); the length and a hash
 * table of cue words turn most words away before any slice.
 */
function scanCues(text: string, from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  const length = text.length;
  let i = from;
  while (i < to) {
    const first = text.charCodeAt(i);
    if (!isAsciiLetter(first)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    if (first < 97) {
      // A capitalised word: only "According" can be a cue, so no hash is kept.
      while (i < length && isAsciiLetter(text.charCodeAt(i))) i++;
      if (!(i - start === 9 && text.startsWith('According', start))) continue;
    }
    let hash = 0;
    let hasUpper = first < 97;
    if (first >= 97) {
      hash = stepHash(0, first);
      // A word runs on past the unit's end (such a cue is then dropped by cuesIn).
      for (let code = text.charCodeAt(i); i < length && isAsciiLetter(code); code = text.charCodeAt(++i)) {
        hash = stepHash(hash, code);
        if (code < 97) hasUpper = true;
      }
    }
    const wordLength = i - start;
    // Cheap rejections before the table look-up: cues are lower-case ("According" aside) and 3-16 letters long.
    if (wordLength < 3 || wordLength > 16) continue;
    if (first < 97) {
      if (!(wordLength === 9 && text.startsWith('According', start))) continue;
    } else if (!hasUpper && CUE_HASHES[hash & (CUE_HASH_SIZE - 1)] === 0 && (first !== 112 || !text.startsWith('point', start))) continue;
    const word = text.slice(start, i);
    let end = i;
    let form: string | null = null;
    if (word === 'according' || word === 'According') {
      if (/^\s+to\b/.test(text.slice(end, end + 4))) {
        form = 'according to';
        end = text.indexOf('to', end) + 2;
      }
    } else if (word === 'went' || word === 'goes' || word === 'go') {
      const went = WENT_ON_RE.exec(text.slice(end, end + 30));
      if (went) {
        form = `${word} on to ${went[1]}`;
        end += went[0].length;
      }
    } else if (word.startsWith('point') && /^\s+out\b/.test(text.slice(end, end + 5))) {
      form = `${word} out`;
      end = text.indexOf('out', end) + 3;
    } else if (CUES.has(word)) {
      form = word;
    }
    if (form === null) continue;
    out.push({ start, end, form });
  }
  return out;
}

/** The text whose cue words `textCues` holds (the page being read), and those words. */
let cuesText: string | null = null;
let textCues: CueHit[] = [];

/**
 * The cues of a unit outside its quotations, taken from one scan of the whole text: units,
 * probes inside quotations and introductions ask about the same words again. Word starts
 * depend only on the text, so the words starting in the unit are those a scan of the unit
 * finds; a unit starting inside a word is scanned on its own.
 */
function cuesIn(text: string, unit: Unit): CueHit[] {
  let hits: CueHit[];
  let k = 0;
  if (unit.start > 0 && isAsciiLetter(text.charCodeAt(unit.start - 1))) hits = scanCues(text, unit.start, unit.end);
  else {
    if (cuesText !== text) {
      textCues = scanCues(text, 0, text.length);
      cuesText = text;
    }
    hits = textCues;
    let hi = hits.length;
    while (k < hi) {
      const mid = (k + hi) >> 1;
      if ((hits[mid] as CueHit).start < unit.start) k = mid + 1;
      else hi = mid;
    }
  }
  const out: CueHit[] = [];
  for (; k < hits.length; k++) {
    const hit = hits[k] as CueHit;
    if (hit.start >= unit.end) break;
    if (hit.end > unit.end || isInSegment(unit.segs, hit.start, hit.end)) continue;
    out.push(hit);
  }
  return out;
}

/** True when a quotation segment overlaps [start, end). */
function isInSegment(segs: readonly QuoteSegment[], start: number, end: number): boolean {
  for (const g of segs) if (g.open < end && g.close > start) return true;
  return false;
}

const PHRASE_CUE: CueInfo = {
  speech: true,
  participle: false,
  addressee: false,
  needsThat: false,
  infinitive: false,
  stance: false,
  lemma: 'say',
};

function cueInfoOf(form: string): CueInfo | undefined {
  if (form.startsWith('according') || /^(?:went|goes|go) on to/.test(form)) return PHRASE_CUE;
  return CUES.get(form);
}

/** Cheap gate for "n't" before a cue: the last non-space character of text[start, end) is "t". */
function endsWithT(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isJsSpace(text.charCodeAt(i))) i--;
  return i >= start && text.charCodeAt(i) === 116;
}

const RELATIVE_AT_END_RE = /\b(?:who|which)$/;

/** True when a speaker span ends with "who" or "which" ("an architect who"); the last letter gates the regex. */
function endsWithRelative(text: string, span: Span): boolean {
  const last = text.charCodeAt(span.end - 1);
  return (last === 111 || last === 104) && RELATIVE_AT_END_RE.test(text.slice(span.start, span.end));
}

/** The last colon look-up (text, from, found): units ask in text order, mostly past the last colon. */
let colonText: string | null = null;
let colonAskedFrom = 0;
let colonFound = -1;

/**
 * `text.indexOf(':', from)`, remembered: with no colon left in the text, each unit would
 * read on to the end of the page. The answer from an earlier `from` holds for a later one
 * up to the colon found (or for all when none was found).
 */
function colonFrom(text: string, from: number): number {
  if (colonText === text && from >= colonAskedFrom && (colonFound < 0 || colonFound >= from)) return colonFound;
  colonText = text;
  colonAskedFrom = from;
  colonFound = text.indexOf(':', from);
  return colonFound;
}

/** Auxiliaries before a participle cue ("is adding", "he’s claiming"). */
const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', '’s', "'s"]);
/** Auxiliaries of a passive report ("it was noted"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been']);
/** Words between speaker and cue that rule out a report nested in a quotation. */
const NOT_NESTED_BETWEEN: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'not', 'never']);

/** Finds the quotations of one unit. */
function findInUnit(text: string, unit: Unit, nextGroup: () => number): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  const cues = cuesIn(text, unit);
  let consumed = unit.start;
  for (const cue of cues) {
    const info = cueInfoOf(cue.form);
    if (!info) continue;
    const lastDraft = drafts[drafts.length - 1];
    const insidePrevious = lastDraft !== undefined && cue.start < lastDraft.end;

    if (cue.form.startsWith('according')) {
      const speaker = findSpeakerAfter(text, cue.end, unit.end);
      if (!speaker) continue;
      const before = charBefore(text, cue.start, unit.start);
      if (before.ch === '' || cue.start <= skipLead(text, unit.start, unit.end)) {
        const after = charAfter(text, speaker.end, unit.end);
        if (after.ch !== ',') continue;
        const content = trimContent(text, after.at + 1, unit.end);
        if (!hasWords(text, content.start, content.end, 3)) continue;
        const shaped = shapeContent(text, content, unit.segs);
        drafts.push(draftOf(shaped, { start: cue.start, end: cue.end }, speaker, { addressee: null, inherited: false, confidence: 0.8 }));
      } else {
        // "Varga proposed the meeting on Tuesday, according to officials": the draft of the
        // stance verb ran over the attribution; the whole clause is what the officials say.
        let from = Math.max(consumed, unit.start);
        const swallowed =
          lastDraft?.cue && lastDraft.end > cue.start ? cueInfoOf(text.slice(lastDraft.cue.start, lastDraft.cue.end)) : null;
        if (swallowed?.stance) {
          drafts.pop();
          from = unit.start;
        }
        const content = trimContent(text, skipLead(text, from, unit.end), before.ch === ',' ? before.at : cue.start);
        if (!hasWords(text, content.start, content.end, 3)) continue;
        const shaped = shapeContent(text, content, unit.segs);
        drafts.push(draftOf(shaped, { start: cue.start, end: cue.end }, speaker, { addressee: null, inherited: false, confidence: 0.8 }));
      }
      consumed = speaker.end;
      continue;
    }

    const floor = Math.max(unit.start, insidePrevious ? unit.start : consumed);
    const before = findSpeakerBefore(text, floor, cue.start);
    const negated =
      before.between.some((w) => w === 'not' || w === 'never') ||
      (endsWithT(text, Math.max(0, cue.start - 6), cue.start) && /n[’']t\s*$/.test(text.slice(Math.max(0, cue.start - 6), cue.start)));
    if (negated) continue;
    if (info.stance && before.span && !isPersonLike(text, before.span)) continue;
    if (cue.form === info.lemma && before.span && !isPluralSubject(text, before.span, before.between)) continue;
    if (info.participle && before.span && !before.between.some((w) => PARTICIPLE_AUXILIARIES.has(w))) continue;
    const passive = before.between.some((w) => PASSIVE_AUXILIARIES.has(w)) && !info.participle;
    let speaker: Span | null = before.span;
    let inheritedFromClause = false;
    if (passive) {
      // "it was noted that": an impersonal passive reports without a named speaker.
      const subject = speaker ? text.slice(speaker.start, speaker.end).toLowerCase() : '';
      if (subject !== 'it') continue;
    }
    if (speaker && !inheritedFromClause) {
      // '"...?" a narrator in the ad asks': the phrase runs back to the closing mark.
      const markAt = charBefore(text, speaker.start, unit.start);
      if (!CLOSE_MARKS.includes(markAt.ch) && markAt.ch !== ',') {
        const seg = unit.segs.find(
          (g) =>
            g.close <= speaker!.start && !hasWords(text, g.close, speaker!.start, 4) && !/[,;:]/.test(text.slice(g.close, speaker!.start)),
        );
        if (seg) speaker = { start: charAfter(text, seg.close, speaker.start).at, end: speaker.end };
      }
    }
    const boundaryBeforeSpeaker = speaker ? charBefore(text, speaker.start, unit.start) : charBefore(text, cue.start, unit.start);
    let inverted = false;
    if (!speaker) {
      const prevChar = charBefore(text, cue.start, unit.start);
      const directlyAfterAnd =
        /\band\s*$/.test(text.slice(Math.max(unit.start, cue.start - 5), cue.start)) &&
        !/\btime and again\s*$/.test(text.slice(Math.max(unit.start, cue.start - 20), cue.start));
      if (
        info.participle &&
        (prevChar.ch === ',' || directlyAfterAnd || (lastDraft && CLOSE_MARKS.includes(prevChar.ch) === false && before.stopWord === null))
      ) {
        // "..., adding that": the participle reports for the main clause's speaker.
        speaker = lastDraft?.speaker ?? findClauseSubject(text, unit.start, cue.start, true);
        inheritedFromClause = true;
        if (!speaker) continue;
      } else if (
        directlyAfterAnd ||
        (before.stopWord === 'and' &&
          before.between.length > 0 &&
          !/\btime and again\b/.test(text.slice(Math.max(unit.start, cue.start - 40), cue.start)))
      ) {
        // "Biden described ... and said": a coordinated report of the clause's subject.
        speaker = lastDraft?.speaker ?? findClauseSubject(text, unit.start, cue.start, true);
        inheritedFromClause = true;
        if (!speaker) continue;
      } else if (info.speech && (prevChar.ch === ',' || CLOSE_MARKS.includes(prevChar.ch) || '—–―'.includes(prevChar.ch))) {
        speaker = findSpeakerAfter(text, cue.end, unit.end);
        inverted = true;
        if (!speaker) continue;
      } else continue;
    } else if (insidePrevious && !info.participle) {
      continue; // a nested report inside the previous content
    }

    // Content after the cue (leading attribution).
    const afterFrom = inverted && speaker ? speaker.end : cue.end;
    const after = inverted ? null : findContentAfter(text, afterFrom, unit.end, info, boundaryBeforeSpeaker.ch === ',');
    // Content before the speaker (trailing or interposed attribution).
    const leftEdge = inverted ? charBefore(text, cue.start, unit.start) : boundaryBeforeSpeaker;
    const leftIsBoundary = leftEdge.ch !== '' && (',—–―:'.includes(leftEdge.ch) || CLOSE_MARKS.includes(leftEdge.ch));
    let left: Span | null = null;
    const relativeSpeaker = speaker !== null && endsWithRelative(text, speaker);
    if (leftIsBoundary && info.speech && !inheritedFromClause && !relativeSpeaker) {
      const from = skipLead(text, Math.max(consumed, unit.start), unit.end);
      const to = leftEdge.ch === ',' || '—–―:'.includes(leftEdge.ch) ? leftEdge.at : leftEdge.at + 1;
      const span = trimContent(text, from, to);
      if (hasWords(text, span.start, span.end, 2)) left = span;
    }

    const cueSpan = { start: cue.start, end: cue.end };
    const confidence = inheritedFromClause ? 0.7 : 0.85;
    if (after && left && (after.viaAdjunct || after.bare) && shapeContent(text, left, unit.segs).kind === 'direct') {
      // '"...," X told reporters after the meeting that was held ...': the quotation is the content.
      const shaped = shapeContent(text, left, unit.segs);
      drafts.push(draftOf(shaped, cueSpan, speaker, { addressee: after.addressee, inherited: false, confidence: confidence }));
      consumed = unit.end;
      continue;
    }
    if (after && left) {
      const rightEnd = trimContent(text, after.start, unit.end).end;
      const leftSegs = segmentsIn(unit.segs, left.start, left.end);
      const leftShape = shapeContent(text, left, unit.segs);
      const rightStartsQuote = OPEN_MARKS.includes(text[after.start] ?? '');
      if (leftShape.kind === 'direct' && rightStartsQuote) {
        const right = shapeContent(text, { start: after.start, end: rightEnd }, unit.segs);
        const group = nextGroup();
        drafts.push(
          makeDraft(leftShape.span, {
            kind: 'direct',
            cue: cueSpan,
            speaker,
            addressee: after.addressee,
            group,
            inherited: false,
            confidence,
          }),
        );
        drafts.push(
          makeDraft(right.span, {
            kind: right.kind,
            cue: cueSpan,
            speaker,
            addressee: after.addressee,
            group,
            inherited: false,
            confidence,
          }),
        );
        consumed = unit.end;
        continue;
      }
      const leftHead = wordsIn(text, left.start, Math.min(left.end, left.start + 40))[0]?.lower ?? '';
      // "Asked about the device, O'Neill said, "...": a participial or prepositional opener is not reported content.
      const leftOpensAdverbial =
        PREPOSITIONS.has(leftHead) ||
        NOT_CONTENT_AFTER_COMMA.has(leftHead) ||
        /^(?:asked|pressed|speaking|responding|referring|writing|commenting|addressing)$/.test(leftHead);
      if ((after.viaComma && !leftOpensAdverbial && boundaryBeforeSpeaker.ch === ',') || leftSegs.length > 0) {
        const whole = shapeContent(text, { start: left.start, end: rightEnd }, unit.segs);
        drafts.push(
          makeDraft(whole.span, {
            kind: whole.kind === 'direct' ? 'mixed' : whole.kind,
            cue: cueSpan,
            speaker,
            addressee: after.addressee,
            group: null,
            inherited: false,
            confidence: confidence - 0.1,
          }),
        );
        consumed = unit.end;
        continue;
      }
    }
    if (after) {
      let end = trimContent(text, after.start, unit.end).end;
      const tail = CLAUSE_TAIL_RE.exec(text.slice(after.start, end));
      if (
        tail &&
        hasWords(text, after.start, after.start + tail.index, 4) &&
        !segmentsIn(unit.segs, after.start + tail.index, end).length
      ) {
        end = after.start + tail.index;
      }
      // Mixed content ends at the quotation when a subordinate clause follows it ('"a disgrace" after she ...').
      const lastSeg = segmentsIn(unit.segs, after.start, end).pop();
      if (lastSeg && lastSeg.close < end && lastSeg.open > after.start) {
        const sub = /^[\s,]*(?:after|before|when|while|because|since|despite|although|though|amid|during)\b/.exec(
          text.slice(lastSeg.close, end),
        );
        if (sub) end = lastSeg.close;
      }
      // A coordinated verb of report ends the clause ("said it was opposed and warned ...").
      // Gate: the regex needs an "and" inside the clause.
      const andAt = text.indexOf('and', after.start);
      const coordinations = andAt >= 0 && andAt + 3 <= end ? text.slice(after.start, end).matchAll(COORDINATED_CUE_RE) : [];
      for (const coordinated of coordinations) {
        if (CUES.has(coordinated[1] ?? '') && hasWords(text, after.start, after.start + coordinated.index, 3)) {
          end = after.start + coordinated.index;
          break;
        }
      }
      // A relative clause ("The Kremlin, which has denied X, described ...") ends at its comma.
      if (speaker && endsWithRelative(text, speaker)) {
        const comma = text.indexOf(',', after.start);
        if (comma > after.start && comma < end) end = comma;
      }
      const shaped = shapeContent(text, trimContent(text, after.start, end), unit.segs);
      if (shaped.kind !== 'direct' && !hasWords(text, shaped.span.start, shaped.span.end, 2)) continue;
      if (lastDraft && insidePrevious) {
        // Coordinated or participial report: cut the previous content before this cue.
        const cut = trimContent(
          text,
          lastDraft.start,
          charBefore(text, speaker && !inheritedFromClause ? speaker.start : cue.start, lastDraft.start).at + 1,
        );
        const cutEnd = /\s(?:and|but)$/.test(text.slice(cut.start, cut.end)) ? cut.end - 4 : cut.end;
        const recut = shapeContent(text, trimContent(text, cut.start, cutEnd), unit.segs);
        drafts[drafts.length - 1] = makeDraft(recut.span, { ...lastDraft, kind: recut.kind });
      }
      drafts.push(
        draftOf(shaped, cueSpan, speaker, { addressee: after.addressee, inherited: inheritedFromClause, confidence: confidence }),
      );
      consumed = cue.end;
      continue;
    }
    if (left) {
      const shaped = shapeContent(text, left, unit.segs);
      drafts.push(draftOf(shaped, cueSpan, speaker, { addressee: null, inherited: false, confidence }));
      consumed = Math.max(cue.end, speaker?.end ?? cue.end);
    }
  }
  // "Name: words" (colon attribution) and '"words" — Name' (dash attribution), with no verb.
  if (drafts.length === 0) {
    const lead = skipLead(text, unit.start, unit.end);
    const colon =
      colonFrom(text, lead) < Math.min(unit.end, lead + 80) && colonFrom(text, lead) >= 0
        ? COLON_SPEAKER_RE.exec(text.slice(lead, Math.min(unit.end, lead + 80)))
        : null;
    if (colon?.[1] && !COLON_NOT_SPEAKERS.has(colon[1].toLowerCase()) && !/^(?:[A-Z][a-z]+day|[A-Z][a-z]+ \d)/.test(colon[1])) {
      const speaker = { start: lead, end: lead + colon[1].length };
      const content = trimContent(text, lead + colon[0].length, unit.end);
      if (hasWords(text, content.start, content.end, 3)) {
        const shaped = shapeContent(text, content, unit.segs);
        drafts.push(
          draftOf(shaped, { start: speaker.end, end: speaker.end + 1 }, speaker, { addressee: null, inherited: false, confidence: 0.6 }),
        );
      }
    }
    const lastSeg = unit.segs[unit.segs.length - 1];
    if (drafts.length === 0 && lastSeg && lastSeg.close < unit.end) {
      const dash = /^\s*[,.]?\s*([—–―]|-{1,2})\s*/.exec(text.slice(lastSeg.close, unit.end));
      if (dash) {
        const phrase = findSpeakerAfter(text, lastSeg.close + dash[0].length, unit.end);
        const speaker = phrase && /^[\s.]*$/.test(text.slice(phrase.end, unit.end)) ? nameInDashPhrase(text, phrase) : null;
        if (speaker) {
          const content = trimContent(text, skipLead(text, unit.start, unit.end), lastSeg.close);
          const shaped = shapeContent(text, content, unit.segs);
          const dashAt = lastSeg.close + dash[0].indexOf(dash[1] ?? '—');
          drafts.push(
            draftOf(shaped, { start: dashAt, end: dashAt + (dash[1]?.length ?? 1) }, speaker, {
              addressee: null,
              inherited: false,
              confidence: 0.7,
            }),
          );
        }
      }
    }
  }
  return drafts;
}

/**
 * The name in a dash attribution that opens with a word of another kind: '«...», — сказал
 * Халлоран журналистам' (a verb this lexicon does not know, the name, its addressee) gives
 * "Халлоран". A phrase opening with a capital or a determiner ("— the minister") is kept.
 */
function nameInDashPhrase(text: string, phrase: Span): Span {
  const words = wordsIn(text, phrase.start, phrase.end);
  const first = words[0];
  if (!first || first.cap || DETERMINERS.has(first.lower)) return phrase;
  const from = words.findIndex((w) => w.cap);
  if (from < 0) return phrase;
  let to = from;
  while (to + 1 < words.length && (words[to + 1] as Word).cap) to++;
  return { start: (words[from] as Word).start, end: (words[to] as Word).end };
}

/** A unit ending "NP CUE:" (or "NP CUE as follows:") that introduces the quotation of the next unit. */
function findIntroduction(text: string, unit: Unit, index: number): { unit: number; speaker: Span; cue: Span } | null {
  if (!/:\s*$/.test(text.slice(unit.end - 3, unit.end))) return null;
  const cues = cuesIn(text, unit);
  const cue = cues[cues.length - 1];
  if (!cue || !/^(?:\s+(?:as follows|in a statement|in an? \w+|on \w+|\w+ly))?\s*:\s*$/.test(text.slice(cue.end, unit.end))) return null;
  const before = findSpeakerBefore(text, unit.start, cue.start);
  if (!before.span) return null;
  return { unit: index, speaker: before.span, cue: { start: cue.start, end: cue.end } };
}

/**
 * A report inside a direct quotation: '"Minister Varr stressed that the port is open," it
 * said' holds the minister's own statement. Only a named speaker (not "I" or "we") with a
 * speech verb and "that" counts, so ordinary first-person talk inside quotes stays whole.
 */
function findNested(text: string, outer: QuoteDraft): QuoteDraft[] {
  if (outer.kind !== 'direct' || !hasWords(text, outer.start, outer.end, 6)) return [];
  // A nested report needs "that" inside the quotation (checked below per cue): most have none.
  const thatAt = text.indexOf('that', outer.start);
  if (thatAt < 0 || thatAt + 4 > outer.end) return [];
  const probe: Unit = { start: outer.start, end: outer.end, para: 0, segs: [] };
  const out: QuoteDraft[] = [];
  for (const cue of cuesIn(text, probe)) {
    const info = cueInfoOf(cue.form);
    if (!info?.speech || info.participle) continue;
    const before = findSpeakerBefore(text, outer.start, cue.start);
    if (!before.span || before.between.some((w) => NOT_NESTED_BETWEEN.has(w))) continue;
    const words = wordsIn(text, before.span.start, before.span.end);
    if (!words.some((w) => w.cap && !SPEAKER_PRONOUNS.has(w.lower) && !DETERMINERS.has(w.lower))) continue;
    const after = findContentAfter(text, cue.end, outer.end, info, false);
    if (!after || !/\bthat\b/.test(text.slice(cue.end, after.start))) continue;
    const content = trimContent(text, after.start, outer.end);
    if (!hasWords(text, content.start, content.end, 3)) continue;
    out.push(
      makeDraft(content, {
        kind: 'indirect',
        cue: { start: cue.start, end: cue.end },
        speaker: before.span,
        addressee: null,
        group: null,
        inherited: false,
        confidence: 0.6,
      }),
    );
    break;
  }
  return out;
}

/** True when a unit is nothing but quotations and punctuation. */
function isQuoteOnly(text: string, unit: Unit): boolean {
  if (unit.segs.length === 0) return false;
  // The stretches outside the quotations, read in place (no joined string); `lastCode` is
  // the last code unit read, so a surrogate pair split across two stretches still counts.
  // (Inline, not a closure: one fewer function made per unit.)
  let lastCode = -1;
  let pos = unit.start;
  for (const seg of unit.segs) {
    const end = Math.max(pos, seg.open);
    if (end > pos) {
      if (isLetterOrDigitPair(lastCode, text.charCodeAt(pos)) || hasLetterOrDigit(text, pos, end)) return false;
      lastCode = text.charCodeAt(end - 1);
    }
    pos = Math.max(pos, seg.close);
  }
  return !(unit.end > pos && (isLetterOrDigitPair(lastCode, text.charCodeAt(pos)) || hasLetterOrDigit(text, pos, unit.end)));
}

/**
 * Finds the quotations of a text and their local speaker spans (no resolution). Works per
 * unit (a sentence, or sentences joined by a quotation that runs across them); a unit
 * made only of a quotation continues the previous quotation (same speaker, same group)
 * when the previous unit held one, or takes the speaker of the next attributed quotation
 * of the same paragraph. Quotation marks with no reporting speaker (scare quotes, titles)
 * yield nothing.
 */
export function findQuoteDrafts(text: string, sentences: readonly Span[]): QuoteDraft[] {
  const paragraphs = findParagraphs(text);
  const segs = findQuoteSegments(text, paragraphs);
  const units = buildUnits(text, sentences, paragraphs, segs);
  const out: QuoteDraft[] = [];
  let groupCounter = 0;
  const nextGroup = () => ++groupCounter;
  let lastUnitWithQuote = -10;
  let pending: { draft: QuoteDraft; para: number; runsOn: boolean }[] = [];
  let introduced: { unit: number; speaker: Span; cue: Span } | null = null;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    const previousUnit = units[u - 1];
    const previousRunsOn = previousUnit?.segs.some((g) => g.runsOn) ?? false;
    const quoteOnly = isQuoteOnly(text, unit);
    if (quoteOnly && introduced && introduced.unit === u - 1) {
      // "Caddell continued:" closing the previous paragraph introduces this quotation.
      const group = nextGroup();
      for (const seg of unit.segs) {
        out.push(
          makeDraft(seg.inner, {
            kind: 'direct',
            cue: introduced.cue,
            speaker: introduced.speaker,
            addressee: null,
            group,
            inherited: false,
            confidence: 0.8,
          }),
        );
      }
      lastUnitWithQuote = u;
      introduced = null;
      continue;
    }
    if (quoteOnly) {
      const last = out[out.length - 1];
      for (const seg of unit.segs) {
        const draft = makeDraft(seg.inner, {
          kind: 'direct',
          cue: null,
          speaker: null,
          addressee: null,
          group: null,
          inherited: true,
          confidence: 0.7,
        });
        if (
          last &&
          lastUnitWithQuote === u - 1 &&
          (previousUnit?.para === unit.para || previousRunsOn || unit.para === (previousUnit?.para ?? -1) + 1)
        ) {
          if (last.group === null) last.group = nextGroup();
          draft.group = last.group;
          draft.speaker = last.speaker;
          out.push(draft);
          lastUnitWithQuote = u;
        } else {
          pending.push({ draft, para: unit.para, runsOn: seg.runsOn });
        }
      }
      continue;
    }
    const found = findInUnit(text, unit, nextGroup);
    if (pending.length > 0) {
      const head = found[0];
      const linked = pending.filter((p) => p.para === unit.para || (p.runsOn && p.para === unit.para - 1));
      if (
        head &&
        linked.length > 0 &&
        head.kind === 'direct' &&
        unit.segs.length > 0 &&
        unit.segs[0]?.open === skipLead(text, unit.start, unit.end)
      ) {
        if (head.group === null) head.group = nextGroup();
        for (const p of linked) {
          p.draft.group = head.group;
          p.draft.speaker = head.speaker;
          out.push(p.draft);
        }
      }
      pending = [];
    }
    if (found.length > 0) {
      out.push(...found);
      lastUnitWithQuote = u;
    } else {
      introduced = findIntroduction(text, unit, u);
    }
  }
  const nested = out.flatMap((d) => findNested(text, d));
  out.push(...nested);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Finds the quotations of a text with their speakers resolved to entities.
 *
 * `mentions` and `entities` come from entity resolution; where no mention covers a local
 * speaker span, the speaker is resolved by surname against the entities, a pronoun by the
 * previous quotation's speaker (or the latest person named), and a description ("the
 * ministry") by the latest entity whose name holds its head noun.
 *
 * @example
 * const quotes = findQuotes(text, sentences, doc.layers.mentions ?? [], doc.entities);
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[] | readonly Span[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
): Quote[] {
  const drafts = findQuoteDrafts(text, sentences);
  return resolveSpeakers(text, drafts, mentions, entities);
}
