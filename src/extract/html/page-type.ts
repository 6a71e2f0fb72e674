import type { PageStats } from './content.js';
import type { MetaSignals } from './meta.js';

/** The features the page-type decision reads, kept for debugging and evaluation. */
export interface PageFeatures {
  readonly proseBlocks: number;
  readonly bodyProseBlocks: number;
  readonly bodyChars: number;
  readonly bodyLinkDensity: number;
  readonly pageLinkDensity: number;
  /** Share of the page's visible text that the body holds. */
  readonly bodyShare: number;
  readonly maxRepeatedSiblings: number;
  readonly inputs: number;
  readonly hasArticleMarkup: boolean;
  readonly hasDate: boolean;
  readonly hasByline: boolean;
  readonly hasPrice: boolean;
  readonly jsonLdTypes: readonly string[];
  readonly ogType: string;
  readonly urlHint: string;
  readonly times: number;
  readonly buttons: number;
  readonly codeBlocks: number;
  readonly links: number;
  readonly bodyBlocks: number;
  readonly bodyHeadings: number;
  readonly bodyItems: number;
  /** Share of body characters in long sentence-ending paragraphs. */
  readonly bodyLongShare: number;
  readonly pageTextChars: number;
  /** The page URL (canonical or given), for path words. */
  readonly url: string;
}

/** The decision: article or not, with a score (positive = article) and the reasons. */
export interface PageTypeVerdict {
  readonly isArticle: boolean;
  /** How sure the decision is, 0.5..1. */
  readonly confidence: number;
  readonly score: number;
  readonly reasons: readonly string[];
}

const NON_ARTICLE_TYPES =
  /^(product|productgroup|offer|aggregateoffer|itemlist|collectionpage|searchresultspage|qapage|discussionforumposting|softwareapplication|webapplication|mobileapplication|course|event|jobposting|store|localbusiness|organization|realestatelisting|faqpage|profilepage|service|howto|apireference|softwaresourcecode|techarticle|recipe|car|vehicle|hotel|restaurant|movie|book)$/;
const ARTICLE_TYPES =
  /^(article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|liveblogposting|scholarlyarticle|report|posting|socialmediaposting)$/;

/** URL path words of non-article pages, and of article pages. */
const NON_ARTICLE_URL =
  /\/(products?|shop|store|cart|collections?|category|categories|tags?|topics?|search|forums?|threads?|community|questions|discussions?|docs?|documentation|reference|api|manual|guides?\/reference|pricing|services?|solutions|features|plans|catalog|listings?|jobs|careers|about|contact|faq|help|support)(\/|$|\?|-)/i;
const ARTICLE_URL =
  /\/(news|blog|blogs|article|articles|story|stories|posts?|opinion|insights?|magazine|press|stories)\/|\/(19|20)\d\d\/\d{1,2}\//i;

/** Collects the page-type features from the content stats and metadata signals. */
export function collectPageFeatures(
  stats: PageStats,
  signals: MetaSignals,
  meta: { hasDate: boolean; hasByline: boolean; url: string },
): PageFeatures {
  const urlHint = NON_ARTICLE_URL.test(meta.url) ? 'non-article' : ARTICLE_URL.test(meta.url) ? 'article' : '';
  return {
    proseBlocks: stats.proseBlocks,
    bodyProseBlocks: stats.bodyProseBlocks,
    bodyChars: stats.bodyChars,
    bodyLinkDensity: stats.bodyChars > 0 ? stats.bodyLinkChars / stats.bodyChars : 1,
    pageLinkDensity: stats.pageTextChars > 0 ? stats.pageLinkChars / stats.pageTextChars : 1,
    bodyShare: stats.pageTextChars > 0 ? stats.bodyChars / stats.pageTextChars : 0,
    maxRepeatedSiblings: stats.maxRepeatedSiblings,
    inputs: stats.inputs,
    hasArticleMarkup: signals.hasArticleMarkup,
    hasDate: meta.hasDate,
    hasByline: meta.hasByline,
    hasPrice: signals.hasPrice,
    jsonLdTypes: signals.jsonLdTypes,
    ogType: signals.ogType,
    urlHint,
    times: stats.times,
    buttons: stats.buttons,
    codeBlocks: stats.codeBlocks,
    links: stats.links,
    bodyBlocks: stats.bodyBlocks,
    bodyHeadings: stats.bodyHeadings,
    bodyItems: stats.bodyItems,
    bodyLongShare: stats.bodyChars > 0 ? Math.min(1, stats.bodyLongChars / stats.bodyChars) : 0,
    pageTextChars: stats.pageTextChars,
    url: meta.url,
  };
}

const DOCS_URL = /\/(docs?|documentation|reference|api|manual|guide|learn|help|support|kb|knowledge)/i;

/**
 * The page-type model: a logistic regression over structural features. Weights were fit
 * on the WCXB development pages (1,497 pages, 793 articles; L2 penalty 0.002) and checked
 * by two-fold cross-validation: at the threshold below, 1.3-1.6% of held-out articles were
 * refused and 60-69% of held-out non-articles. Each weight is one clue; no single feature
 * decides (the largest, an article-like URL path, is worth about two prose paragraphs'
 * worth of log-count).
 */
const MODEL: ReadonlyArray<readonly [string, number, (f: PageFeatures) => number]> = [
  ['bias', -2.571, () => 1],
  ['json-ld article type', 1.019, (f) => (f.jsonLdTypes.some((t) => ARTICLE_TYPES.test(t)) ? 1 : 0)],
  [
    'json-ld non-article type',
    -1.319,
    (f) => (f.jsonLdTypes.some((t) => NON_ARTICLE_TYPES.test(t)) && !f.jsonLdTypes.some((t) => ARTICLE_TYPES.test(t)) ? 1 : 0),
  ],
  ['og:type article', 0.916, (f) => (f.ogType === 'article' ? 1 : 0)],
  ['og:type product', -0.521, (f) => (f.ogType.startsWith('product') ? 1 : 0)],
  ['article metadata', 0.271, (f) => (f.hasArticleMarkup ? 1 : 0)],
  ['publication date', 0.751, (f) => (f.hasDate ? 1 : 0)],
  ['byline', 0.846, (f) => (f.hasByline ? 1 : 0)],
  ['price', -0.848, (f) => (f.hasPrice ? 1 : 0)],
  ['article url', 2.351, (f) => (f.urlHint === 'article' ? 1 : 0)],
  ['non-article url', -1.293, (f) => (f.urlHint === 'non-article' ? 1 : 0)],
  ['prose paragraphs in body', 0.582, (f) => Math.log1p(f.bodyProseBlocks)],
  ['body size', 0.188, (f) => Math.log1p(f.bodyChars) / 5],
  ['body link density', -0.589, (f) => f.bodyLinkDensity],
  ['page link density', -0.228, (f) => f.pageLinkDensity],
  ['body share of page', 0.713, (f) => f.bodyShare],
  ['repeated cards', -0.377, (f) => Math.log1p(f.maxRepeatedSiblings)],
  ['form fields', -0.228, (f) => Math.log1p(f.inputs)],
  ['prose paragraphs in page', 0.006, (f) => Math.log1p(f.proseBlocks)],
  ['time elements', -0.187, (f) => Math.log1p(f.times)],
  ['buttons', -0.162, (f) => Math.log1p(f.buttons)],
  ['code blocks', -0.726, (f) => Math.log1p(f.codeBlocks)],
  ['links', -0.404, (f) => Math.log1p(f.links) / 3],
  ['heading ratio', 0.039, (f) => f.bodyHeadings / Math.max(1, f.bodyBlocks)],
  ['list-item ratio', 0.509, (f) => f.bodyItems / Math.max(1, f.bodyBlocks)],
  ['long sentences share', 1.035, (f) => f.bodyLongShare],
  ['page size', 0.051, (f) => Math.log1p(f.pageTextChars) / 5],
  ['documentation url', -0.49, (f) => (DOCS_URL.test(f.url) ? 1 : 0)],
];

/**
 * The score below which a page is refused. Set where 1.4% of the development articles
 * fall below it (the issue allows 2%; the margin is for unseen pages).
 */
const REFUSE_BELOW = -2.26;

/**
 * Decides whether a page holds an article from structural evidence: declared article
 * markup, a date, a byline, article-like URLs and runs of long prose speak for an
 * article; declared product/listing types, prices, grids of repeated cards, code blocks,
 * link-heavy pages and thin bodies speak against (see MODEL for the weights).
 */
export function classifyPage(f: PageFeatures): PageTypeVerdict {
  let score = 0;
  const contributions: [string, number][] = [];
  for (const [name, weight, read] of MODEL) {
    const value = weight * read(f);
    score += value;
    if (name !== 'bias' && Math.abs(value) >= 0.3) contributions.push([name, value]);
  }
  const margin = score - REFUSE_BELOW;
  contributions.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const reasons = contributions.slice(0, 6).map(([name, v]) => `${name} ${v > 0 ? '+' : ''}${v.toFixed(2)}`);
  const isArticle = margin >= 0;
  const confidence = 1 / (1 + Math.exp(-Math.abs(margin)));
  return { isArticle, confidence, score: margin, reasons };
}
