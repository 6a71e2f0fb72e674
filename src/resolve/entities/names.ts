/**
 * Name folding for matching spellings within a document: case, diacritics, possessives
 * and the common romanisation variants of Slavic and Persian names (Sergey/Sergei,
 * Dmitry/Dmitri, Aleksey/Alexei, Niinistö/Niinisto) meet on one key.
 */
import { ownString } from '../../core/span.js';

// Each pair folds one spelling choice to the other; applied to both sides of a comparison,
// so folds can only merge spellings. Calibrated on the transliteration pairs the knowledge
// base lists as aliases (Sergey/Sergei, Dmitry/Dmitri/Dmitriy, Alexei/Aleksey, Zelensky/Zelenskyy).
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/['’]s$/, ''],
  [/kh/g, 'h'],
  [/ks/g, 'x'],
  [/(?:iy|yy|ii|ei|ey|y)$/, 'i'],
  [/yu/g, 'iu'],
  [/ya/g, 'ia'],
  [/yo/g, 'io'],
  [/ye/g, 'e'],
  [/([a-z])\1/g, '$1'],
];

/**
 * The folded key of one name word (or a whole name, word by word).
 *
 * @example
 * foldName('Sergei') === foldName('Sergey') // true
 */
export function foldName(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const folded = computeFold(name);
  // Bounded: names repeat across documents, but a long batch must not grow memory forever.
  if (cache.size > 50_000) cache.clear();
  // Copies: a name cut from a page would keep the page alive as long as the memo.
  const owned = ownString(folded);
  cache.set(ownString(name), owned);
  return owned;
}

const cache = new Map<string, string>();

function computeFold(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      let w = word
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9'’]/g, '');
      for (const [re, to] of FOLDS) w = w.replace(re, to);
      return w;
    })
    .join(' ');
}
