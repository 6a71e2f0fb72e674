/**
 * Scores one extraction against a seed page's gold (../shared/gold/README.md): title,
 * standfirst, outlet, dateline, the starts and ends of the first and last body paragraphs,
 * the paragraph count, the in-body headings, and that no excluded line stands in the body.
 */
import type { ExtractResult } from '../../extract/types.js';
import type { GoldPage } from './gold.js';

/** The extraction fields scored per page, in report order. */
export const EXTRACTION_FIELDS = [
  'title',
  'standfirst',
  'outlet',
  'dateline',
  'bodyFirst',
  'bodyLast',
  'paragraphs',
  'headings',
  'noExcluded',
] as const;

/** One scored extraction field. */
export type ExtractionField = (typeof EXTRACTION_FIELDS)[number];

/** Per-field results for one page, the number right, and a note for each field that is wrong. */
export interface ExtractionScore {
  readonly file: string;
  readonly fields: Readonly<Record<ExtractionField, boolean>>;
  readonly right: number;
  readonly total: number;
  /** "field: expected X, found Y" for every wrong field. */
  readonly misses: readonly string[];
}

/** Collapses whitespace (NBSP included) to single spaces and trims, as the gold comparison asks. */
export function normaliseForGold(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Scores an extraction result against a gold page. A refused page gets every body field
 * wrong; metadata fields are still compared (a refusal may carry a title).
 *
 * @example
 * const score = scoreSeedExtraction(gold.pages[0], extractTextPage(source));
 * console.log(`${score.right}/${score.total}`, score.misses);
 */
export function scoreSeedExtraction(gold: GoldPage, result: ExtractResult): ExtractionScore {
  const meta = result.meta;
  const misses: string[] = [];
  const paragraphs = result.kind === 'article' ? result.paragraphs.map((p) => normaliseForGold(result.text.slice(p.start, p.end))) : [];
  const headings =
    result.kind === 'article'
      ? result.paragraphs.filter((p) => p.kind === 'heading').map((p) => normaliseForGold(result.text.slice(p.start, p.end)))
      : [];
  const body = normaliseForGold(paragraphs.join(' '));
  const first = paragraphs[0] ?? '';
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const goldDateline = gold.dateline;
  const dateline = meta.dateline;
  const fields: Record<ExtractionField, boolean> = {
    title: normaliseForGold(meta.title) === normaliseForGold(gold.title),
    standfirst: normaliseForGold(meta.standfirst) === normaliseForGold(gold.standfirst),
    outlet: normaliseForGold(meta.outlet).toLowerCase() === normaliseForGold(gold.outlet).toLowerCase(),
    dateline:
      goldDateline === null
        ? dateline === null
        : dateline !== null &&
          normaliseForGold(dateline.place) === normaliseForGold(goldDateline.place) &&
          dateline.month === goldDateline.month &&
          dateline.day === goldDateline.day,
    bodyFirst: result.kind === 'article' && first.startsWith(normaliseForGold(gold.body.first)),
    bodyLast: result.kind === 'article' && last.endsWith(normaliseForGold(gold.body.last)),
    paragraphs: result.kind === 'article' && paragraphs.length === gold.body.paragraphs,
    headings: result.kind === 'article' && JSON.stringify(headings) === JSON.stringify(gold.body.headings.map((h) => normaliseForGold(h))),
    noExcluded: result.kind === 'article' && gold.body.excluded.every((line) => !body.includes(normaliseForGold(line))),
  };
  const found: Record<ExtractionField, unknown> = {
    title: meta.title,
    standfirst: meta.standfirst,
    outlet: meta.outlet,
    dateline,
    bodyFirst: first.slice(0, 80),
    bodyLast: last.slice(-80),
    paragraphs: paragraphs.length,
    headings,
    noExcluded: gold.body.excluded.filter((line) => body.includes(normaliseForGold(line))),
  };
  const expected: Record<ExtractionField, unknown> = {
    title: gold.title,
    standfirst: gold.standfirst,
    outlet: gold.outlet,
    dateline: goldDateline,
    bodyFirst: gold.body.first,
    bodyLast: gold.body.last,
    paragraphs: gold.body.paragraphs,
    headings: gold.body.headings,
    noExcluded: [],
  };
  for (const field of EXTRACTION_FIELDS) {
    if (!fields[field]) misses.push(`${field}: expected ${JSON.stringify(expected[field])}, found ${JSON.stringify(found[field])}`);
  }
  const right = EXTRACTION_FIELDS.filter((f) => fields[f]).length;
  return { file: gold.file, fields, right, total: EXTRACTION_FIELDS.length, misses };
}
