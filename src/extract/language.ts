/**
 * Language identification with eld (pure JS, ISO 639-1 codes). Its database takes about
 * half a second to load, so it is loaded once, on first need, by `prepareLanguageDetector`.
 */
type Detector = { detect(text: string): { language: string; isReliable(): boolean } };

let detector: Detector | null = null;

/** Loads eld's small database; call once before extracting a batch. */
export async function prepareLanguageDetector(): Promise<void> {
  if (detector) return;
  const module = (await import('eld/small')) as unknown as { eld?: Detector; default?: Detector };
  detector = module.eld ?? module.default ?? null;
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
  const quick = detector.detect(first);
  if (quick.language && quick.isReliable()) return quick.language;
  if (text.length <= first.length) return null;
  const result = detector.detect(sampleOf(text, SECOND_SAMPLE_CHARS));
  return result.language && result.isReliable() ? result.language : null;
}
