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

/** The governing marker found for an expression. */
export interface TenseReading {
  readonly tense: Tense;
  readonly governor?: string;
}

/**
 * The words of one sentence: a letter, then letters, apostrophes and hyphens; a word that
 * runs past the sentence's end is cut there. Words are found from the left only as far as
 * a reading needs them, and each word's lower-case text and the tense marker it makes are
 * read only when asked for: the search for a governor stops at the nearest marker, so the
 * end of a long sentence is often never tokenized.
 */
interface SentenceTokens {
  readonly text: string;
  readonly end: number;
  /** Where tokenizing goes on from; `end` or past it once every word is found. */
  scanAt: number;
  readonly starts: number[];
  readonly ends: number[];
  /** Per token: the lower-case word, undefined while not read yet. */
  readonly words: (string | undefined)[];
  /** Per token: the tense it marks, null when none, undefined while not read yet. */
  readonly markers: (Tense | null | undefined)[];
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Letters, apostrophes (' and ’) and hyphens: the characters a word may go on with. */
function isWordTailCode(c: number): boolean {
  return isLetterCode(c) || c === 39 || c === 0x2019 || c === 45;
}

/** Finds the next word of the sentence; false when there is none left. */
function tokenizeNext(sentence: SentenceTokens): boolean {
  const { text, end } = sentence;
  let i = sentence.scanAt;
  while (i < end && !isLetterCode(text.charCodeAt(i))) i++;
  if (i >= end) {
    sentence.scanAt = end;
    return false;
  }
  let j = i + 1;
  while (j < text.length && isWordTailCode(text.charCodeAt(j))) j++;
  sentence.starts.push(i);
  sentence.ends.push(Math.min(j, end));
  sentence.words.push(undefined);
  sentence.markers.push(undefined);
  sentence.scanAt = j;
  return true;
}

/** True when the sentence has a token at `index` (tokenizing as far as needed). */
function hasToken(sentence: SentenceTokens, index: number): boolean {
  while (sentence.starts.length <= index) if (!tokenizeNext(sentence)) return false;
  return true;
}

/** The lower-case word at `index`, or undefined past either end of the sentence. */
function wordAt(sentence: SentenceTokens, index: number): string | undefined {
  if (index < 0 || !hasToken(sentence, index)) return undefined;
  let word = sentence.words[index];
  if (word === undefined) {
    word = sentence.text.slice(sentence.starts[index], sentence.ends[index]).toLowerCase();
    sentence.words[index] = word;
  }
  return word;
}

/** True when the word starts with a capital ("May" the month, not "may" the modal). */
function isCapitalAt(sentence: SentenceTokens, index: number): boolean {
  const c = sentence.text.charCodeAt(sentence.starts[index] ?? 0);
  return c >= 65 && c <= 90;
}

/**
 * The tokens of the sentences of the last text read: the stages ask for the tense of every
 * time expression, several to a sentence, and each sentence is tokenized once.
 */
const tokenCache: { text: string | null; bySentence: Map<number, SentenceTokens> } = { text: null, bySentence: new Map() };

function sentenceTokens(text: string, start: number, end: number): SentenceTokens {
  // Expressions come in text order: most ask for the sentence the last one asked for.
  if (lastTokens.text === text && lastTokens.start === start && lastTokens.end === end && lastTokens.tokens) return lastTokens.tokens;
  if (tokenCache.text !== text) {
    tokenCache.text = text;
    tokenCache.bySentence.clear();
  }
  const key = start * 0x4000000 + end; // exact for texts under 64 M characters (inputs stop at 25 MB)
  let sentence = tokenCache.bySentence.get(key);
  if (!sentence) {
    sentence = { text, end, scanAt: start, starts: [], ends: [], words: [], markers: [] };
    tokenCache.bySentence.set(key, sentence);
  }
  lastTokens.text = text;
  lastTokens.start = start;
  lastTokens.end = end;
  lastTokens.tokens = sentence;
  return sentence;
}

/** The sentence `sentenceTokens` returned last (the same entry as in `tokenCache`). */
const lastTokens: { text: string | null; start: number; end: number; tokens: SentenceTokens | null } = {
  text: null,
  start: 0,
  end: 0,
  tokens: null,
};

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

function isQuoteCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function contractionTense(word: string): Tense | undefined {
  const n = word.length;
  if (n < 3) return undefined;
  const last = word.charCodeAt(n - 1);
  // 'll (108 'l') and n't (116 't'), with either apostrophe.
  if (last === 108) return word.charCodeAt(n - 2) === 108 && isQuoteCode(word.charCodeAt(n - 3)) ? 'future' : undefined;
  if (last !== 116 || !isQuoteCode(word.charCodeAt(n - 2)) || word.charCodeAt(n - 3) !== 110) return undefined;
  const base = word.slice(0, n - 3);
  if (FUTURE_BASES.has(base)) return 'future';
  if (PAST_BASES.has(base)) return 'past';
  if (PRESENT_BASES.has(base)) return 'present';
  return undefined;
}

/** The tense the token at `index` marks, looking at its neighbours; undefined when it is no marker. */
function markerAt(sentence: SentenceTokens, index: number): Tense | undefined {
  const word = wordAt(sentence, index);
  if (word === undefined) return undefined;
  const contracted = contractionTense(word);
  if (contracted) return contracted;
  const previous = wordAt(sentence, index - 1);
  if (previous === 'to' && INFINITIVE_VERBS.has(word)) return 'future';
  if (FUTURE_WORDS.has(word) && !(word === 'may' && isCapitalAt(sentence, index))) return 'future';
  if (word === 'going' && wordAt(sentence, index + 1) === 'to') return 'future';
  if (SCHEDULE_WORDS.has(word) && previous !== undefined && BE_WORDS.has(previous)) return 'future';
  if (BE_WORDS.has(word) && word !== 'been' && word !== 'being' && wordAt(sentence, index + 1) === 'to') return 'future';
  if (PLAN_WORDS.has(word) && wordAt(sentence, index + 1) === 'to') return 'future';
  if (PAST_WORDS.has(word)) return 'past';
  if (PRESENT_WORDS.has(word)) return 'present';
  if (word.length > 3 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) {
    if (previous !== undefined && DETERMINERS.has(previous)) return undefined;
    // "will be agreed", "to be held": a passive after "be" follows a modal or "to".
    if (previous === 'be') return 'future';
    return 'past';
  }
  return undefined;
}

/** markerAt, read once per token of a sentence (a sentence with several expressions asks again). */
function cachedMarkerAt(sentence: SentenceTokens, index: number): Tense | undefined {
  let marker = sentence.markers[index];
  if (marker === undefined) {
    marker = markerAt(sentence, index) ?? null;
    sentence.markers[index] = marker;
  }
  return marker ?? undefined;
}

function hasSemicolon(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 59) return true;
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
  const sentence = sentenceTokens(text, sentenceStart, sentenceEnd);
  const { starts, ends } = sentence;
  // Tokenize up to the first token starting at or after the expression's end (or the end).
  while ((starts.length === 0 || (starts[starts.length - 1] ?? 0) < exprEnd) && tokenizeNext(sentence));
  // The first token starting at or after the expression's end (token starts increase).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) >= exprEnd) high = middle;
    else low = middle + 1;
  }
  const firstAfter = low;
  for (let i = firstAfter - 1; i >= 0; i--) {
    const end = ends[i] ?? 0;
    if (end > exprStart) continue;
    // A clause break (semicolon) ends the search backwards.
    if (hasSemicolon(text, end, starts[i + 1] ?? exprStart)) break;
    const tense = cachedMarkerAt(sentence, i);
    if (tense) return { tense, governor: wordAt(sentence, i) ?? '' };
  }
  for (let i = firstAfter; hasToken(sentence, i); i++) {
    const tense = cachedMarkerAt(sentence, i);
    if (tense) return { tense, governor: wordAt(sentence, i) ?? '' };
  }
  return { tense: 'unknown' };
}
