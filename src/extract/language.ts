/**
 * Language identification with eld (pure JS, ISO 639-1 codes). Its database takes about
 * half a second to load, so it is loaded once, on first need, by `prepareLanguageDetector`.
 *
 * eld's `detect()` was a third of text-page extraction, most of it spent on bookkeeping
 * rather than on its model: every call builds an object of n-grams (a dictionary-mode
 * object), walks each n-gram's scores with `for...in` over integer keys (a string key per
 * language), sorts all languages to read the top two, and allocates closures for the
 * result. `scoreSample` below computes the same figures, step for step, from eld's own
 * database, separator pattern, byte dictionary and average scores: the n-grams of a sample,
 * the integer score sums per language, the winner and eld's reliability test. Only the
 * bookkeeping differs: an n-gram's scores are packed into an array of small integers the
 * first time the n-gram is met, one cache lookup both dedupes it and finds its scores, and
 * the top two languages are read in one pass. The result is the same as
 * `eld.detect(sample)` with `isReliable()` (language.test.ts compares the two on many
 * texts, so an eld upgrade that changes its algorithm fails there); when eld's files
 * cannot be read (another layout), eld's own `detect` is used.
 */
type Detector = { detect(text: string): { language: string; isReliable(): boolean } };

/** eld's model, as its own modules export it (eld 2.x, `src/`). */
interface EldTables {
  /** N-gram (eld's byte-string form) to `{ languageIndex: score - 53 }`. */
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;
  /** Language index to ISO 639-1 code. */
  readonly codes: readonly string[];
  /** Language index to eld's average score of a right detection (its reliability floor). */
  readonly averages: readonly number[];
  /** UTF-8 byte value to the character eld writes for it. */
  readonly dictionary: readonly string[];
  /** eld's word-separator pattern (non-letter runs, apostrophes kept inside words). */
  readonly separators: RegExp;
}

let detector: Detector | null = null;
let tables: EldTables | null = null;

/** Loads eld's small database; call once before extracting a batch. */
export async function prepareLanguageDetector(): Promise<void> {
  if (detector) return;
  const module = (await import('eld/small')) as unknown as { eld?: Detector; default?: Detector };
  tables = await loadEldTables();
  detector = module.eld ?? module.default ?? null;
}

/**
 * Reads eld's database and helpers from the files `eld/small` itself imports (the same
 * module instances, so nothing is loaded twice). eld's package exports do not list them,
 * so they are imported by URL next to the resolved entry; null when they are not where
 * eld 2.x keeps them or do not have its shape.
 */
async function loadEldTables(): Promise<EldTables | null> {
  try {
    const entry = import.meta.resolve('eld/small');
    const load = async (file: string): Promise<Record<string, unknown>> =>
      (await import(new URL(file, entry).href)) as Record<string, unknown>;
    const [data, dictionaryModule, patterns, averageModule] = await Promise.all([
      load('../ngrams/small.js'),
      load('../dictionary.js'),
      load('../regexPatterns.js'),
      load('../avgScore.js'),
    ]);
    const ngramsData = data.ngramsData as { languages?: Record<string, string>; ngrams?: EldTables['ngrams'] } | undefined;
    const dictionary = dictionaryModule.dictionary;
    const separators = patterns.separators;
    const averageScores = averageModule.avgScore as Record<string, number> | undefined;
    if (!ngramsData?.languages || !ngramsData.ngrams || !Array.isArray(dictionary) || dictionary.length !== 256) return null;
    if (!(separators instanceof RegExp) || !averageScores) return null;
    const codes: string[] = [];
    for (let i = 0; ngramsData.languages[i] !== undefined; i++) codes.push(ngramsData.languages[i] as string);
    if (codes.length === 0 || codes.length !== Object.keys(ngramsData.languages).length || codes.length > MAX_LANGUAGES) return null;
    return {
      ngrams: ngramsData.ngrams,
      codes,
      averages: codes.map((code) => averageScores[code] ?? Number.NaN),
      dictionary: dictionary as string[],
      separators,
    };
  } catch (error) {
    // Only eld's files not being where eld 2.x keeps them means "use eld's own detect";
    // any other failure is a real one and is not hidden.
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/**
 * eld reads at most the first 1,000 characters and its cost grows with the distinct n-grams
 * it meets (it was half of text-page extraction at 1,000). Its accuracy is flat past a few
 * hundred characters for the languages of news pages (its own benchmarks: about 99% on
 * sentences of about 100 characters), so it first reads 200 characters, cut at a word
 * boundary, and reads 800 only when eld calls the short sample unreliable (mixed scripts,
 * names, numbers). Every test page and seed keeps its language.
 */
const FIRST_SAMPLE_CHARS = 200;
const SECOND_SAMPLE_CHARS = 800;

function sampleOf(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > chars / 2 ? cut : chars);
}

/**
 * The ISO 639-1 language of a text, or null when the detector is not loaded or the text
 * is too short or mixed to tell (eld's own reliability flag).
 */
export function detectLanguage(text: string): string | null {
  if (!detector) return null;
  const first = sampleOf(text, FIRST_SAMPLE_CHARS);
  if (first.trim().length < 20) return null;
  const quick = detectReliable(first);
  if (quick) return quick;
  if (text.length <= first.length) return null;
  return detectReliable(sampleOf(text, SECOND_SAMPLE_CHARS));
}

/** eld's verdict on one sample: its language when eld calls it reliable, else null. */
function detectReliable(sample: string): string | null {
  if (tables) return scoreSample(tables, sample);
  const result = detector?.detect(sample);
  return result?.language && result.isReliable() ? result.language : null;
}

/**
 * The same as `eld.detect(sample)` followed by `isReliable()` (eld 2.1, `src/languageDetector.js`
 * and `src/LanguageResult.js`), with eld's constants.
 */
export function detectWithEldTables(sample: string): string | null {
  return tables ? scoreSample(tables, sample) : null;
}

/** True when eld's own files were read, so `detectLanguage` uses the fast scorer. */
export function usesEldTables(): boolean {
  return tables !== null;
}

// eld's constants (src/languageDetector.js, src/LanguageResult.js).
/** eld reads the first 1,000 characters of a text. */
const ELD_MAX_CHARS = 1000;
/** eld stops at the first space after 350 bytes of UTF-8, and anywhere after 380. */
const ELD_CUT_AFTER_BYTES = 350;
const ELD_ENFORCE_CUT_BYTES = 380;
/** Words are read up to 70 bytes; n-grams are 4 bytes long, taken every 3 bytes. */
const ELD_MAX_WORD_BYTES = 70;
/** eld's database stores each score minus 53 (its minimum) to save space. */
const ELD_BASE_NGRAM_SCORE = 53;
/** eld's scale of raw scores to 0-1, and the share of the average score a reliable result needs. */
const ELD_SCALE = 25;
const ELD_RELIABLE_RATIO = 0.75;
/** The most languages a packed score holds (index in the high bits, score in the low 10). */
const MAX_LANGUAGES = 1 << 20;
const SCORE_BITS = 10;
const SCORE_MASK = (1 << SCORE_BITS) - 1;

/** One n-gram met in some sample: its packed scores, or null when eld's database lacks it. */
interface NgramEntry {
  readonly scores: readonly number[] | null;
  /** The sample that last counted it (each n-gram counts once per sample). */
  seen: number;
}

/**
 * N-grams met so far, found in eld's database or not. News text reuses a small part of
 * eld's 81k n-grams (the cache holds about 2 MB after the 1,497 WCXB pages); it is emptied
 * past this many entries so pages of random strings cannot grow it without bound (only
 * speed depends on it).
 */
const NGRAM_CACHE_MAX = 100_000;
const ngramCache = new Map<string, NgramEntry>();
let sampleCount = 0;
let distinctNgrams = 0;
let languageScores = new Int32Array(0);

/** eld's n-gram scores as `languageIndex << SCORE_BITS | (score + 53)` (max score + 53 is 260, < 1024). */
function packScores(entry: Readonly<Record<string, number>> | undefined): number[] | null {
  if (!entry || typeof entry !== 'object') return null;
  const packed: number[] = [];
  for (const language in entry) packed.push((Number(language) << SCORE_BITS) | ((entry[language] ?? 0) + ELD_BASE_NGRAM_SCORE));
  return packed;
}

function countNgram(ngrams: EldTables['ngrams'], ngram: string): void {
  let entry = ngramCache.get(ngram);
  if (entry === undefined) {
    entry = { scores: packScores(ngrams[ngram]), seen: 0 };
    ngramCache.set(ngram, entry);
  }
  if (entry.seen === sampleCount) return;
  entry.seen = sampleCount;
  distinctNgrams++;
  const scores = entry.scores;
  if (scores === null) return;
  for (let k = 0; k < scores.length; k++) {
    const packed = scores[k] as number;
    const language = packed >> SCORE_BITS;
    languageScores[language] = (languageScores[language] as number) + (packed & SCORE_MASK);
  }
}

/** eld's `getByteNgrams` for one word. */
function countWord(ngrams: EldTables['ngrams'], word: string): void {
  let len = word.length;
  if (len > ELD_MAX_WORD_BYTES) len = ELD_MAX_WORD_BYTES;
  let j = 0;
  for (; j + 4 < len; j += 3) countNgram(ngrams, (j === 0 ? ' ' : '') + word.substring(j, j + 4));
  countNgram(ngrams, `${j === 0 ? ' ' : ''}${word.substring(len !== 3 ? len - 4 : 0)} `);
}

/**
 * eld's `textProcessor` + `strToUtf8Bytes` + `getByteNgrams` + `calculateScores` +
 * `getMaxLang` + `isReliable`. Words are eld's byte strings; a word of plain ASCII is a
 * slice of the text (eld copies it character by character, to the same string).
 */
function scoreSample(eld: EldTables, sample: string): string | null {
  const { ngrams, dictionary } = eld;
  const text = sample.substring(0, ELD_MAX_CHARS).replace(eld.separators, ' ').trim().toLowerCase();
  // Emptied between samples only: an n-gram met twice in one sample must find its stamp.
  if (ngramCache.size >= NGRAM_CACHE_MAX) ngramCache.clear();
  sampleCount++;
  distinctNgrams = 0;
  if (languageScores.length !== eld.codes.length) languageScores = new Int32Array(eld.codes.length);
  else languageScores.fill(0);

  let wordStart = -1;
  let wordEnd = -1;
  let encoded: string | null = null;
  let countBytes = 0;
  for (let ii = 0; ii < text.length; ii++) {
    let charCode = text.charCodeAt(ii);
    if (charCode < 0x80) {
      if (charCode === 32) {
        if (encoded !== null) countWord(ngrams, encoded);
        else if (wordStart >= 0) countWord(ngrams, text.slice(wordStart, wordEnd));
        wordStart = -1;
        encoded = null;
        if (countBytes > ELD_CUT_AFTER_BYTES) break;
      } else if (encoded !== null) {
        encoded += text[ii];
      } else {
        if (wordStart < 0) wordStart = ii;
        wordEnd = ii + 1;
      }
      countBytes++;
    } else {
      if (encoded === null) encoded = wordStart >= 0 ? text.slice(wordStart, wordEnd) : '';
      if (charCode < 0x800) {
        encoded += (dictionary[0xc0 | (charCode >> 6)] as string) + dictionary[0x80 | (charCode & 0x3f)];
        countBytes += 2;
      } else if (charCode < 0xd800 || charCode >= 0xe000) {
        encoded +=
          (dictionary[0xe0 | (charCode >> 12)] as string) +
          dictionary[0x80 | ((charCode >> 6) & 0x3f)] +
          dictionary[0x80 | (charCode & 0x3f)];
        countBytes += 3;
      } else {
        // A surrogate pair (eld reads the next unit whatever it is).
        ii++;
        charCode = 0x10000 + (((charCode & 0x3ff) << 10) | (text.charCodeAt(ii) & 0x3ff));
        encoded +=
          (dictionary[0xf0 | (charCode >> 18)] as string) +
          dictionary[0x80 | ((charCode >> 12) & 0x3f)] +
          dictionary[0x80 | ((charCode >> 6) & 0x3f)] +
          dictionary[0x80 | (charCode & 0x3f)];
        countBytes += 4;
      }
    }
    if (countBytes > ELD_ENFORCE_CUT_BYTES) break;
  }
  if (encoded !== null) {
    if (encoded !== '') countWord(ngrams, encoded);
  } else if (wordStart >= 0) countWord(ngrams, text.slice(wordStart, wordEnd));

  // getMaxLang: the first language with the highest positive score.
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < languageScores.length; i++) {
    const score = languageScores[i] as number;
    if (score > 0 && score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0 || distinctNgrams < 3) return null;
  // isReliable: eld sorts the languages with a positive score by scaled score (stable,
  // ties in index order) and compares the top scaled score with the language's average
  // score, and with the *index* of the runner-up (sic, eld 2.1: `results[1][0]`), or 0.
  let top = -1;
  let topScaled = 0;
  let second = -1;
  let secondScaled = 0;
  for (let i = 0; i < languageScores.length; i++) {
    const score = languageScores[i] as number;
    if (score <= 0) continue;
    const ngramScore = score / distinctNgrams;
    const scaled = ngramScore / (ngramScore + ELD_SCALE);
    if (top < 0 || scaled > topScaled) {
      second = top;
      secondScaled = topScaled;
      top = i;
      topScaled = scaled;
    } else if (second < 0 || scaled > secondScaled) {
      second = i;
      secondScaled = scaled;
    }
  }
  const nextScore = Math.max(second, 0);
  const floor = (eld.averages[best] as number) * ELD_RELIABLE_RATIO;
  if (floor > topScaled || 0.01 > Math.abs(topScaled - nextScore)) return null;
  return eld.codes[best] ?? null;
}
