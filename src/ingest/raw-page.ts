import type { Origin } from '../core/document.js';

/** A page after decoding, before extraction. */
export interface RawPage {
  readonly origin: Origin;
  /** The decoded page as received (line endings normalised to "\n"). */
  readonly source: string;
  readonly encoding: string;
  /** `html`, a plain-text dump of a scraped page (`text`), or already clean article text (`clean`). */
  readonly format: 'html' | 'text' | 'clean';
  readonly byteLength: number;
  readonly url?: string;
  /** A publication date the user supplied (JSONL `published` or `--published`). */
  readonly published?: string;
}

/** One item of an input stream: a page, or a failure that names its input. */
export type InputItem =
  | { readonly ok: true; readonly page: RawPage }
  | { readonly ok: false; readonly origin: Origin; readonly error: import('../core/errors.js').DatelineError };

/** Guesses whether decoded text is HTML (rather than a plain-text dump). */
export function looksLikeHtml(text: string, name = ''): boolean {
  if (/\.(x?html?|php|aspx?)(\.gz)?$/i.test(name)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|body|head|script|meta|br|li|table)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}
