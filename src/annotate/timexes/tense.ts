import { codesOfPage } from '../mentions/char-codes.js';
import type { Tense } from './types.js';

/**
 * Tense from the governing verb: the nearest tense marker before the expression in its
 * sentence ("said on Thursday", "will meet on Thursday"), or failing that the nearest one
 * after it ("On Friday, Lavrov said"). A hand list, not a tagger: news clauses are short
 * and their reporting verbs few; the lists below cover the seed pages and the fictional
 * test sentences, and unknown words simply are not markers.
 */

const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'shall', 'would', 'could', 'may', 'might', 'should', 'can', 'must', 'tomorrow']);
const PAST_WORDS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'has',
  'have',
  'said',
  'told',
  'met',
  'held',
  'took',
  'became',
  'made',
  'spoke',
  'gave',
  'went',
  'came',
  'saw',
  'sent',
  'left',
  'began',
  'won',
  'lost',
  'wrote',
  'met',
  'led',
  'ran',
  'put',
  'set',
  'hit',
  'struck',
  'brought',
  'bought',
  'thought',
  'sought',
  'fought',
  'taught',
  'caught',
  'felt',
  'kept',
  'meant',
  'paid',
  'laid',
  'read',
  'heard',
  'found',
  'stood',
  'understood',
  'knew',
  'grew',
  'drew',
  'threw',
  'flew',
  'shot',
  'broke',
  'chose',
  'rose',
  'fell',
  'got',
  'forgot',
  'sat',
  'stole',
  'swore',
  'tore',
  'wore',
  'woke',
  'withdrew',
  'undertook',
  'overtook',
  'forbade',
  'foresaw',
  'upheld',
  'withheld',
  'reaffirmed',
  'quit',
  'cut',
  'spent',
  'sold',
  'rang',
  'sang',
  'sank',
  'began',
  'dealt',
  'built',
  'sent',
  'lent',
  'bent',
  'lit',
  'fled',
  'bred',
  'fed',
  'sped',
]);
const PRESENT_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'says', 'tells', 'do', 'does', 'remains', 'continues']);
const BE_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** "is scheduled for", "was due to", "are expected to": plans, hence future. */
const SCHEDULE_WORDS: ReadonlySet<string> = new Set([
  'scheduled',
  'expected',
  'slated',
  'set',
  'due',
  'planned',
  'poised',
  'going',
  'supposed',
  'likely',
  'tipped',
]);
/** Words after "to" that make an infinitive ("agreed to meet on Thursday" → future). */
const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'meet',
  'hold',
  'visit',
  'discuss',
  'talk',
  'sign',
  'travel',
  'call',
  'speak',
  'attend',
  'host',
  'begin',
  'start',
  'launch',
  'announce',
  'vote',
  'decide',
  'resume',
  'return',
  'arrive',
  'take',
  'make',
  'have',
  'be',
  'go',
  'come',
  'hold',
  'open',
  'close',
  'end',
  'finish',
  'publish',
  'present',
  'deliver',
  'give',
  'send',
  'receive',
  'convene',
  'gather',
  'address',
  'consider',
  'review',
  'respond',
  'reply',
  'impose',
  'lift',
  'introduce',
  'adopt',
  'pass',
  'unveil',
  'release',
  'join',
  'leave',
  'sit',
  'fly',
  'hand',
  'submit',
  'inaugurate',
  'swear',
  'congratulate',
]);
/** "-ed" words that are not past verbs in news prose. */
const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need',
  'united',
  'red',
  'bed',
  'feed',
  'speed',
  'seed',
  'hundred',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'breed',
  'creed',
  'greed',
  'weed',
  'shed',
  'fled',
  'wed',
  'sled',
  'embed',
  'armed',
  'concerned',
  'based',
  'so-called',
  'alleged',
  'related',
  'detailed',
  'limited',
  'advanced',
  'interested',
  'involved',
  'supposed',
  'unprecedented',
  'unidentified',
  'unnamed',
  'named',
  'elected',
  'tired',
  'scared',
  'skilled',
]);
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'any',
  'no',
]);

const FUTURE_BASES: ReadonlySet<string> = new Set(['wo', 'ca', 'could', 'would', 'should', 'must', 'might', 'sha']);
const PAST_BASES: ReadonlySet<string> = new Set(['did', 'was', 'were', 'had', 'has', 'have']);
const PRESENT_BASES: ReadonlySet<string> = new Set(['do', 'does', 'is', 'are', 'ai']);
const PLAN_WORDS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'planning',
  'intend',
  'intends',
  'intending',
  'aim',
  'aims',
  'hope',
  'hopes',
]);

/** The governing marker found for an expression. */
export interface TenseReading {
  readonly tense: Tense;
  readonly governor?: string;
}

/** The code units of the text being read (shared with the other page scanners). */
const codesOf = codesOfPage;

// Word classes: which of the lists above a lower-case word is in, as bits (one look-up
// per word instead of a slice, a lower-casing and a set look-up per list).
const C_FUTURE = 1 << 0;
const C_PAST = 1 << 1;
const C_PRESENT = 1 << 2;
const C_BE = 1 << 3;
const C_SCHEDULE = 1 << 4;
const C_INFINITIVE = 1 << 5;
const C_NOT_PAST_ED = 1 << 6;
const C_DETERMINER = 1 << 7;
const C_PLAN = 1 << 8;
const C_FUTURE_BASE = 1 << 9;
const C_PAST_BASE = 1 << 10;
const C_PRESENT_BASE = 1 << 11;
/** The words markerAt compares with one by one. */
const C_TO = 1 << 12;
const C_MAY = 1 << 13;
const C_GOING = 1 << 14;
const C_BEEN_OR_BEING = 1 << 15;
const C_BE_ITSELF = 1 << 16;

/** Slots of the word table (a power of two, at least four times the words it holds). */
const CLASS_SLOTS = 1024;
const CLASS_MASK = CLASS_SLOTS - 1;
/** Per slot: the word (undefined: empty), its hash and its class bits. */
const classWords: (string | undefined)[] = new Array<string | undefined>(CLASS_SLOTS).fill(undefined);
const classHashes = new Int32Array(CLASS_SLOTS);
const classBits = new Int32Array(CLASS_SLOTS);
/** Longest word of the lists plus one. */
const CLASS_WORD_CHARS = 16;
/** Per slot: the word's length, and its characters at slot * CLASS_WORD_CHARS (compared without reading the string). */
const classLengths = new Int32Array(CLASS_SLOTS);
const classChars = new Uint16Array(CLASS_SLOTS * CLASS_WORD_CHARS);

/** ASCII lower case of a code unit (letters only change). */
function lowerUnit(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** FNV-1a over the lower-cased code units codes[start, end). */
function hashLower(codes: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerUnit(codes[k] as number), 16777619);
  return h;
}

/** FNV-1a over a (lower-case) word, as hashLower computes it for the same code units. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
  return h;
}

function addClass(word: string, bits: number): void {
  const h = hashWord(word);
  let slot = h & CLASS_MASK;
  for (;;) {
    const known = classWords[slot];
    if (known === undefined) {
      if (word.length >= CLASS_WORD_CHARS) throw new Error(`tense word too long: ${word}`);
      classWords[slot] = word;
      classHashes[slot] = h;
      classBits[slot] = bits;
      classLengths[slot] = word.length;
      for (let k = 0; k < word.length; k++) classChars[slot * CLASS_WORD_CHARS + k] = word.charCodeAt(k);
      return;
    }
    if (known === word) {
      classBits[slot] = (classBits[slot] as number) | bits;
      return;
    }
    slot = (slot + 1) & CLASS_MASK;
  }
}

for (const [words, bits] of [
  [FUTURE_WORDS, C_FUTURE],
  [PAST_WORDS, C_PAST],
  [PRESENT_WORDS, C_PRESENT],
  [BE_WORDS, C_BE],
  [SCHEDULE_WORDS, C_SCHEDULE],
  [INFINITIVE_VERBS, C_INFINITIVE],
  [NOT_PAST_ED, C_NOT_PAST_ED],
  [DETERMINERS, C_DETERMINER],
  [PLAN_WORDS, C_PLAN],
  [FUTURE_BASES, C_FUTURE_BASE],
  [PAST_BASES, C_PAST_BASE],
  [PRESENT_BASES, C_PRESENT_BASE],
  [new Set(['to']), C_TO],
  [new Set(['may']), C_MAY],
  [new Set(['going']), C_GOING],
  [new Set(['been', 'being']), C_BEEN_OR_BEING],
  [new Set(['be']), C_BE_ITSELF],
] as const) {
  for (const word of words) addClass(word, bits);
}

/**
 * Slot of the lower-cased codes[start, end) in the word table, -1 when it is in none of
 * the lists.
 */
function classSlotOf(codes: Uint16Array, start: number, end: number): number {
  const h = hashLower(codes, start, end);
  const length = end - start;
  let slot = h & CLASS_MASK;
  for (;;) {
    const known = classLengths[slot] as number;
    if (known === 0) return -1;
    if (classHashes[slot] === h && known === length) {
      const at = slot * CLASS_WORD_CHARS;
      let k = 0;
      while (k < length && lowerUnit(codes[start + k] as number) === classChars[at + k]) k++;
      if (k === length) return slot;
    }
    slot = (slot + 1) & CLASS_MASK;
  }
}

/**
 * The words of one sentence: a letter, then letters, apostrophes and hyphens; a word that
 * runs past the sentence's end is cut there. Words are found from the left only as far as
 * a reading needs them, and each word's classes and the tense marker it makes are read
 * only when asked for: the search for a governor stops at the nearest marker, so the end
 * of a long sentence is often never tokenized.
 *
 * One sentence is held at a time, in arrays reused from one sentence to the next
 * (expressions come in text order, so most ask for the sentence the last one asked for;
 * another sentence is tokenized afresh, with the same words).
 */
let sentenceText: string | null = null;
let sentenceStart = -1;
let sentenceEnd = -1;
/** Where tokenizing goes on from; `sentenceEnd` or past it once every word is found. */
let scanAt = 0;
/** Words found so far. */
let count = 0;
let starts = new Int32Array(256);
let ends = new Int32Array(256);
/** Per word: its class bits, -1 while not read yet. */
let wordClasses = new Int32Array(256);
/** Per word: the tense it marks (MARK_*), MARK_UNREAD while not read yet. */
let marks = new Int8Array(256);
/** The code units of `sentenceText`. */
let codes: Uint16Array = new Uint16Array(0);

const MARK_UNREAD = -1;
const MARK_NONE = 0;
const MARK_PAST = 1;
const MARK_PRESENT = 2;
const MARK_FUTURE = 3;
const TENSE_OF_MARK: readonly (Tense | undefined)[] = [undefined, 'past', 'present', 'future'];

/** Makes text[start, end) the sentence read, keeping its words when it already is. */
function useSentence(text: string, start: number, end: number): void {
  if (text === sentenceText && start === sentenceStart && end === sentenceEnd) {
    codes = codesOf(text);
    return;
  }
  sentenceText = text;
  sentenceStart = start;
  sentenceEnd = end;
  scanAt = start;
  count = 0;
  codes = codesOf(text);
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Letters, apostrophes (' and ’) and hyphens: the characters a word may go on with. */
function isWordTailCode(c: number): boolean {
  return isLetterCode(c) || c === 39 || c === 0x2019 || c === 45;
}

/** Finds the next word of the sentence; false when there is none left. */
function tokenizeNext(): boolean {
  const end = sentenceEnd;
  let i = scanAt;
  while (i < end && !isLetterCode(codes[i] as number)) i++;
  if (i >= end) {
    scanAt = end;
    return false;
  }
  const length = (sentenceText as string).length;
  let j = i + 1;
  while (j < length && isWordTailCode(codes[j] as number)) j++;
  if (count === starts.length) growWords();
  starts[count] = i;
  ends[count] = Math.min(j, end);
  wordClasses[count] = -1;
  marks[count] = MARK_UNREAD;
  count++;
  scanAt = j;
  return true;
}

function growWords(): void {
  const size = starts.length * 2;
  const grow = <T extends Int32Array | Int8Array>(old: T, made: T): T => {
    made.set(old);
    return made;
  };
  starts = grow(starts, new Int32Array(size));
  ends = grow(ends, new Int32Array(size));
  wordClasses = grow(wordClasses, new Int32Array(size));
  marks = grow(marks, new Int8Array(size));
}

/** True when the sentence has a word at `index` (tokenizing as far as needed). */
function hasToken(index: number): boolean {
  while (count <= index) if (!tokenizeNext()) return false;
  return true;
}

/** The class bits of the word at `index` (0: in no list), -1 past either end of the sentence. */
function classesAt(index: number): number {
  if (index < 0 || !hasToken(index)) return -1;
  let bits = wordClasses[index] as number;
  if (bits < 0) {
    const slot = classSlotOf(codes, starts[index] as number, ends[index] as number);
    bits = slot < 0 ? 0 : (classBits[slot] as number);
    wordClasses[index] = bits;
  }
  return bits;
}

/** The lower-case word at `index` (a word of the lists is the list's own string). */
function wordAt(index: number): string {
  const start = starts[index] as number;
  const end = ends[index] as number;
  const slot = classSlotOf(codes, start, end);
  return slot >= 0 ? (classWords[slot] as string) : (sentenceText as string).slice(start, end).toLowerCase();
}

/** True when the word starts with a capital ("May" the month, not "may" the modal). */
function isCapitalAt(index: number): boolean {
  const c = codes[starts[index] as number] as number;
  return c >= 65 && c <= 90;
}

function isQuoteCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** The tense a contraction marks ("won't", "didn't", "they'll"), MARK_NONE when the word is none. */
function contractionMark(index: number): number {
  const start = starts[index] as number;
  const end = ends[index] as number;
  const n = end - start;
  if (n < 3) return MARK_NONE;
  const last = lowerUnit(codes[end - 1] as number);
  // 'll (108 'l') and n't (116 't'), with either apostrophe.
  if (last === 108) return lowerUnit(codes[end - 2] as number) === 108 && isQuoteCode(codes[end - 3] as number) ? MARK_FUTURE : MARK_NONE;
  if (last !== 116 || !isQuoteCode(codes[end - 2] as number) || lowerUnit(codes[end - 3] as number) !== 110) return MARK_NONE;
  const slot = classSlotOf(codes, start, end - 3);
  const bits = slot < 0 ? 0 : (classBits[slot] as number);
  if ((bits & C_FUTURE_BASE) !== 0) return MARK_FUTURE;
  if ((bits & C_PAST_BASE) !== 0) return MARK_PAST;
  if ((bits & C_PRESENT_BASE) !== 0) return MARK_PRESENT;
  return MARK_NONE;
}

/** Whether the word at `index` ends in "ed" and is longer than three characters. */
function isEdWord(index: number): boolean {
  const start = starts[index] as number;
  const end = ends[index] as number;
  return end - start > 3 && lowerUnit(codes[end - 1] as number) === 100 && lowerUnit(codes[end - 2] as number) === 101;
}

/** The tense the word at `index` marks, looking at its neighbours (MARK_NONE when it is no marker). */
function markerAt(index: number): number {
  const bits = classesAt(index);
  if (bits < 0) return MARK_NONE;
  const contracted = contractionMark(index);
  if (contracted !== MARK_NONE) return contracted;
  const previous = classesAt(index - 1);
  if ((bits & C_INFINITIVE) !== 0 && previous >= 0 && (previous & C_TO) !== 0) return MARK_FUTURE;
  if ((bits & C_FUTURE) !== 0 && !((bits & C_MAY) !== 0 && isCapitalAt(index))) return MARK_FUTURE;
  if ((bits & C_GOING) !== 0 && isToAt(index + 1)) return MARK_FUTURE;
  if ((bits & C_SCHEDULE) !== 0 && previous >= 0 && (previous & C_BE) !== 0) return MARK_FUTURE;
  if ((bits & C_BE) !== 0 && (bits & C_BEEN_OR_BEING) === 0 && isToAt(index + 1)) return MARK_FUTURE;
  if ((bits & C_PLAN) !== 0 && isToAt(index + 1)) return MARK_FUTURE;
  if ((bits & C_PAST) !== 0) return MARK_PAST;
  if ((bits & C_PRESENT) !== 0) return MARK_PRESENT;
  if ((bits & C_NOT_PAST_ED) === 0 && isEdWord(index)) {
    if (previous >= 0 && (previous & C_DETERMINER) !== 0) return MARK_NONE;
    // "will be agreed", "to be held": a passive after "be" follows a modal or "to".
    if (previous >= 0 && (previous & C_BE_ITSELF) !== 0) return MARK_FUTURE;
    return MARK_PAST;
  }
  return MARK_NONE;
}

/** Whether the word at `index` is "to". */
function isToAt(index: number): boolean {
  const bits = classesAt(index);
  return bits >= 0 && (bits & C_TO) !== 0;
}

/** markerAt, read once per word of a sentence (a sentence with several expressions asks again). */
function cachedMarkerAt(index: number): number {
  let mark = marks[index] as number;
  if (mark === MARK_UNREAD) {
    mark = markerAt(index);
    marks[index] = mark;
  }
  return mark;
}

function hasSemicolon(start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (codes[i] === 59) return true;
  return false;
}

/**
 * Reads the tense governing the span [exprStart, exprEnd) inside the sentence
 * [sentenceStart, sentenceEnd) of `text`: the nearest marker before it within its clause,
 * else the nearest after it.
 *
 * @example
 * readTense('Peskov said on Friday that they will meet on Monday.', 0, 52, 12, 21); // { tense: 'past', governor: 'said' }
 */
export function readTense(text: string, sentenceStart: number, sentenceEnd: number, exprStart: number, exprEnd: number): TenseReading {
  useSentence(text, sentenceStart, sentenceEnd);
  // Tokenize up to the first word starting at or after the expression's end (or the end).
  while ((count === 0 || (starts[count - 1] as number) < exprEnd) && tokenizeNext());
  // The first word starting at or after the expression's end (word starts increase).
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) >= exprEnd) high = middle;
    else low = middle + 1;
  }
  const firstAfter = low;
  for (let i = firstAfter - 1; i >= 0; i--) {
    const end = ends[i] as number;
    if (end > exprStart) continue;
    // A clause break (semicolon) ends the search backwards.
    if (hasSemicolon(end, i + 1 < count ? (starts[i + 1] as number) : exprStart)) break;
    const mark = cachedMarkerAt(i);
    if (mark !== MARK_NONE) return { tense: TENSE_OF_MARK[mark] as Tense, governor: wordAt(i) };
  }
  for (let i = firstAfter; hasToken(i); i++) {
    const mark = cachedMarkerAt(i);
    if (mark !== MARK_NONE) return { tense: TENSE_OF_MARK[mark] as Tense, governor: wordAt(i) };
  }
  return { tense: 'unknown' };
}
