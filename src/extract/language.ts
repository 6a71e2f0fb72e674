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
 * The ISO 639-1 language of a text, or null when the detector is not loaded or the text
 * is too short or mixed to tell (eld's own reliability flag).
 */
export function detectLanguage(text: string): string | null {
  if (!detector) return null;
  const sample = text.slice(0, 3000);
  if (sample.trim().length < 20) return null;
  const result = detector.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
