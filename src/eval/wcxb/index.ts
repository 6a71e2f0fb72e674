import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../../extract/html/charset.js';
import { extractHtmlWithTrace } from '../../extract/html/index.js';
import { prepareLanguageDetector } from '../../extract/language.js';
import { sharedDir } from '../shared-dir.js';
import { aggregateShingles, countShingles, meanPrf, normaliseSpace, type Prf, type ShingleCounts, scoreBagOfWords } from './scoring.js';

export * from './scoring.js';

/** One WCXB page with its ground truth, decoded. */
export interface WcxbPage {
  readonly fileId: string;
  readonly url: string;
  readonly pageType: string;
  readonly html: string;
  readonly encoding: string;
  readonly truth: {
    readonly title: string | null;
    readonly author: string | null;
    readonly publishDate: string | null;
    readonly mainContent: string;
    readonly with: readonly string[];
    readonly without: readonly string[];
  };
}

/** The figures of one WCXB run (see ../shared/datasets/README.md for the rules). */
export interface WcxbMetrics {
  readonly pages: number;
  readonly articles: number;
  readonly nonArticles: number;
  /** Rule 1 on article pages: plain means of per-page P, R, F1. */
  readonly bagOfWords: Prf;
  /** Rule 2 on article pages. */
  readonly shingle: Prf;
  readonly titleExact: number;
  /** Day accuracy on article pages whose truth has a publish date. */
  readonly dateDay: number;
  readonly datedArticles: number;
  readonly withHitRate: number;
  readonly withoutLeakRate: number;
  /** Share of non-article pages refused. */
  readonly nonArticlesRefused: number;
  /** Share of article pages refused. */
  readonly articlesWronglyRefused: number;
  readonly refusedByType: Readonly<Record<string, { readonly pages: number; readonly refused: number }>>;
  readonly msPerPageMedian: number;
}

/** Per-page outcome, for error analysis (`runWcxbEval({ onPage })`). */
export interface WcxbPageResult {
  readonly page: WcxbPage;
  readonly refused: boolean;
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly modified: string | null;
  readonly evidence: unknown;
  readonly bagOfWords: Prf;
  readonly ms: number;
  readonly trace: unknown;
}

/** The data set folder. */
export function wcxbDir(): string {
  return path.join(sharedDir(), 'datasets', 'wcxb-dev');
}

/**
 * Reads the WCXB pages with their ground truth, decoding each page with the charset its
 * bytes declare. `limit` keeps the first N pages (file order).
 */
export function loadWcxbPages(options: { limit?: number; dir?: string } = {}): WcxbPage[] {
  const dir = options.dir ?? wcxbDir();
  const lines = gunzipSync(readFileSync(path.join(dir, 'ground-truth.jsonl.gz')))
    .toString('utf8')
    .split('\n');
  const pages: WcxbPage[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (options.limit !== undefined && pages.length >= options.limit) break;
    const row = JSON.parse(line) as {
      url: string;
      file_id: string;
      _internal?: { page_type?: { primary?: string } };
      ground_truth: {
        title?: string | null;
        author?: string | null;
        publish_date?: string | null;
        main_content?: string;
        with?: string[];
        without?: string[];
      };
    };
    const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${row.file_id}.html.gz`)));
    const decoded = decodeHtmlBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const gt = row.ground_truth;
    pages.push({
      fileId: row.file_id,
      url: row.url,
      pageType: row._internal?.page_type?.primary ?? 'unknown',
      html: decoded.text,
      encoding: decoded.encoding,
      truth: {
        title: gt.title ?? null,
        author: gt.author ?? null,
        publishDate: gt.publish_date ?? null,
        mainContent: gt.main_content ?? '',
        with: gt.with ?? [],
        without: gt.without ?? [],
      },
    });
  }
  return pages;
}

/**
 * Runs `extractHtml` over the WCXB development pages and scores it with both rules of
 * the data set README, plus title, date, snippet and refusal figures.
 *
 * @example
 * const metrics = await runWcxbEval({ limit: 100 });
 * console.log(formatWcxbMetrics(metrics));
 */
export async function runWcxbEval(
  options: { limit?: number; dir?: string; onPage?: (r: WcxbPageResult) => void } = {},
): Promise<WcxbMetrics> {
  const pages = loadWcxbPages(options);
  // Pages are extracted as a run extracts them: with the language detector loaded.
  await prepareLanguageDetector();
  return scorePages(pages, options.onPage);
}

/** Scores already-loaded pages (the eval loop without reading the files again). */
export function scorePages(pages: readonly WcxbPage[], onPage?: (r: WcxbPageResult) => void): WcxbMetrics {
  const bow: Prf[] = [];
  const shingleCounts: ShingleCounts[] = [];
  let articles = 0;
  let titleHits = 0;
  let dated = 0;
  let dateHits = 0;
  let withTotal = 0;
  let withHits = 0;
  let withoutTotal = 0;
  let withoutLeaks = 0;
  let wronglyRefused = 0;
  let nonArticles = 0;
  let nonRefused = 0;
  const byType: Record<string, { pages: number; refused: number }> = {};
  const times: number[] = [];
  for (const page of pages) {
    const t0 = performance.now();
    const { result, trace } = extractHtmlWithTrace(page.html, { url: page.url });
    const ms = performance.now() - t0;
    times.push(ms);
    const refused = result.kind === 'refused';
    const text = result.kind === 'article' ? result.text : '';
    const entry = byType[page.pageType] ?? { pages: 0, refused: 0 };
    entry.pages++;
    if (refused) entry.refused++;
    byType[page.pageType] = entry;
    const title = result.meta.title;
    const published = result.meta.published?.start ?? null;
    const pageBow = scoreBagOfWords(text, page.truth.mainContent);
    if (page.pageType === 'article') {
      articles++;
      bow.push(pageBow);
      shingleCounts.push(countShingles(text, page.truth.mainContent));
      if (refused) wronglyRefused++;
      if (page.truth.title && title && normaliseSpace(title) === normaliseSpace(page.truth.title)) titleHits++;
      if (page.truth.publishDate) {
        dated++;
        if (published === page.truth.publishDate.slice(0, 10)) dateHits++;
      }
      const normalisedText = normaliseSpace(text).toLowerCase();
      for (const s of page.truth.with) {
        withTotal++;
        const ns = normaliseSpace(s).toLowerCase();
        if (ns && normalisedText.includes(ns)) withHits++;
      }
      for (const s of page.truth.without) {
        withoutTotal++;
        const ns = normaliseSpace(s).toLowerCase();
        if (ns && normalisedText.includes(ns)) withoutLeaks++;
      }
    } else {
      nonArticles++;
      if (refused) nonRefused++;
    }
    onPage?.({
      page,
      refused,
      text,
      title,
      published,
      modified: result.meta.modified?.start ?? null,
      evidence: result.meta.evidence,
      bagOfWords: pageBow,
      ms,
      trace,
    });
  }
  times.sort((a, b) => a - b);
  return {
    pages: pages.length,
    articles,
    nonArticles,
    bagOfWords: meanPrf(bow),
    shingle: aggregateShingles(shingleCounts),
    titleExact: ratio(titleHits, articles),
    dateDay: ratio(dateHits, dated),
    datedArticles: dated,
    withHitRate: ratio(withHits, withTotal),
    withoutLeakRate: ratio(withoutLeaks, withoutTotal),
    nonArticlesRefused: ratio(nonRefused, nonArticles),
    articlesWronglyRefused: ratio(wronglyRefused, articles),
    refusedByType: byType,
    msPerPageMedian: times.length > 0 ? (times[Math.floor(times.length / 2)] as number) : 0,
  };
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** The metrics as a human-readable table (targets from issue 3 beside each figure). */
export function formatWcxbMetrics(m: WcxbMetrics): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const f3 = (x: number): string => x.toFixed(3);
  const rows: [string, string, string][] = [
    ['pages (articles / other)', `${m.pages} (${m.articles} / ${m.nonArticles})`, ''],
    ['bag-of-words P / R / F1', `${f3(m.bagOfWords.precision)} / ${f3(m.bagOfWords.recall)} / ${f3(m.bagOfWords.f1)}`, 'F1 >= 0.940'],
    ['shingle P / R / F1', `${f3(m.shingle.precision)} / ${f3(m.shingle.recall)} / ${f3(m.shingle.f1)}`, 'F1 >= 0.950'],
    ['title exact', pct(m.titleExact), '>= 85%'],
    [`publication day (${m.datedArticles} dated)`, pct(m.dateDay), '>= 90%'],
    ['`with` hit rate', pct(m.withHitRate), ''],
    ['`without` leak rate', pct(m.withoutLeakRate), ''],
    ['non-articles refused', pct(m.nonArticlesRefused), '>= 80%'],
    ['articles wrongly refused', pct(m.articlesWronglyRefused), '<= 2%'],
    ['median ms per page', m.msPerPageMedian.toFixed(2), ''],
  ];
  for (const [type, v] of Object.entries(m.refusedByType).sort()) rows.push([`  refused: ${type}`, `${v.refused}/${v.pages}`, '']);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join('\n');
}
