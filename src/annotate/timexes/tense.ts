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

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

interface Token {
  readonly word: string;
  /** True when the word starts with a capital ("May" the month, not "may" the modal). */
  readonly capital: boolean;
  readonly start: number;
  readonly end: number;
}

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const stop = Math.min(m.index + m[0].length, end);
    tokens.push({ word: text.slice(m.index, stop).toLowerCase(), capital: /^[A-Z]/.test(m[0]), start: m.index, end: stop });
  }
  return tokens;
}

/**
 * The tokens of the sentences of the last text read: the stages ask for the tense of every
 * time expression, several to a sentence, and each sentence is tokenized once.
 */
const tokenCache: { text: string | null; bySentence: Map<number, Token[]> } = { text: null, bySentence: new Map() };

function sentenceTokens(text: string, start: number, end: number): Token[] {
  if (tokenCache.text !== text) {
    tokenCache.text = text;
    tokenCache.bySentence.clear();
  }
  const key = start * 0x4000000 + end; // exact for texts under 64 M characters (inputs stop at 25 MB)
  let tokens = tokenCache.bySentence.get(key);
  if (!tokens) {
    tokens = tokenize(text, start, end);
    tokenCache.bySentence.set(key, tokens);
  }
  return tokens;
}

function contractionTense(word: string): Tense | undefined {
  if (/['’]ll$/.test(word)) return 'future';
  if (!/n['’]t$/.test(word)) return undefined;
  const base = word.replace(/n['’]t$/, '');
  if (/^(?:wo|ca|could|would|should|must|might|sha)$/.test(base)) return 'future';
  if (/^(?:did|was|were|had|has|have)$/.test(base)) return 'past';
  if (/^(?:do|does|is|are|ai)$/.test(base)) return 'present';
  return undefined;
}

/** The tense a token at `index` marks, looking at its neighbours; undefined when it is no marker. */
function markerAt(tokens: readonly Token[], index: number): Tense | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const word = token.word;
  const previous = tokens[index - 1]?.word;
  const next = tokens[index + 1]?.word;
  const contracted = contractionTense(word);
  if (contracted) return contracted;
  if (previous === 'to' && INFINITIVE_VERBS.has(word)) return 'future';
  if (FUTURE_WORDS.has(word) && !(word === 'may' && token.capital)) return 'future';
  if (word === 'going' && next === 'to') return 'future';
  if (SCHEDULE_WORDS.has(word) && previous !== undefined && BE_WORDS.has(previous)) return 'future';
  if (BE_WORDS.has(word) && next === 'to' && word !== 'been' && word !== 'being') return 'future';
  if (/^(?:plans?|planning|intends?|intending|aims?|hopes?)$/.test(word) && next === 'to') return 'future';
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

/**
 * Reads the tense governing the span [exprStart, exprEnd) inside the sentence
 * [sentenceStart, sentenceEnd) of `text`: the nearest marker before it within its clause,
 * else the nearest after it.
 *
 * @example
 * readTense('Peskov said on Friday that they will meet on Monday.', 0, 52, 12, 21); // { tense: 'past', governor: 'said' }
 */
export function readTense(text: string, sentenceStart: number, sentenceEnd: number, exprStart: number, exprEnd: number): TenseReading {
  const tokens = sentenceTokens(text, sentenceStart, sentenceEnd);
  let firstAfter = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i]?.start ?? 0) >= exprEnd) {
      firstAfter = i;
      break;
    }
  }
  for (let i = firstAfter - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token || token.end > exprStart) continue;
    // A clause break (semicolon) ends the search backwards.
    if (text.slice(token.end, tokens[i + 1]?.start ?? exprStart).includes(';')) break;
    const tense = markerAt(tokens, i);
    if (tense) return { tense, governor: token.word };
  }
  for (let i = firstAfter; i < tokens.length; i++) {
    const tense = markerAt(tokens, i);
    if (tense) return { tense, governor: tokens[i]?.word ?? '' };
  }
  return { tense: 'unknown' };
}
