import type { Diagnostic } from '../../core/diagnostics.js';
import type { DocumentMeta } from '../../core/document.js';
import type { FurnitureBlock, Paragraph } from '../../core/layers.js';
import { detectLanguage as detectBodyLanguage } from '../language.js';
import type { ExtractOptions, ExtractResult } from '../types.js';
import { type BodyBlock, findContent } from './content.js';
import { normaliseTitle, readPageMeta, readStatedPublication } from './meta.js';
import { classifyPage, collectPageFeatures, type PageFeatures, type PageTypeVerdict } from './page-type.js';
import { parseHtmlTree } from './tree.js';

export { decodeHtmlBytes } from './charset.js';

/** The stage name recorded on every annotation this extractor makes. */
export const EXTRACT_HTML_STAGE = 'extract/html';

/** Characters of body text given to the language detector (more adds time, not accuracy). */
const LANGUAGE_SAMPLE_CHARS = 2000;

/** What `extractHtml` found besides the result, for evaluation and debugging. */
export interface HtmlExtractionTrace {
  readonly features: PageFeatures;
  readonly verdict: PageTypeVerdict;
}

/**
 * Extracts the article from an HTML page: main-content detection over a light
 * htmlparser2 tree (no DOM), metadata with its sources, furniture kept as source spans,
 * and a refusal with reason `not-an-article` for product, listing, forum and similar
 * pages. Pure and synchronous; never throws on bad HTML.
 *
 * @example
 * const result = extractHtml('<html><body><article><h1>A title</h1><p>First paragraph...</p></article></body></html>');
 * if (result.kind === 'article') console.log(result.text);
 */
export function extractHtml(html: string, options: ExtractOptions = {}): ExtractResult {
  return extractHtmlWithTrace(html, options).result;
}

/** `extractHtml` plus the page-type features and verdict it decided on. */
export function extractHtmlWithTrace(html: string, options: ExtractOptions = {}): { result: ExtractResult; trace: HtmlExtractionTrace } {
  const tree = parseHtmlTree(html);
  const content = findContent(tree, html);
  const firstBlock = content.blocks[0];
  const pageMeta = readPageMeta(tree, html, options.url, firstBlock ? firstBlock.start : -1);
  const diagnostics: Omit<Diagnostic, 'stage'>[] = [];
  const blocks = dropLabelBlocks(
    dropRepeatedBlocks(
      trimAuthorBox(trimTeaserTail(trimEdgeBlocks(dropTitleBlocks(content.blocks, pageMeta.meta.title))), pageMeta.meta.byline),
    ),
  );
  const { text, paragraphs } = joinBlocks(blocks);
  const furniture: FurnitureBlock[] = content.removed.map((b) => ({
    start: b.start,
    end: b.end,
    in: 'source',
    class: b.class,
    rule: b.rule,
    by: EXTRACT_HTML_STAGE,
  }));
  let meta: DocumentMeta = pageMeta.meta;
  const language = detectLanguage(text, meta.language);
  meta = { ...meta, language };
  if (options.published && !meta.published) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(options.published)?.[0];
    if (day)
      meta = {
        ...meta,
        published: { start: day, end: day, granularity: 'day', evidence: [], inferred: false },
        evidence: { ...meta.evidence, published: { rule: 'user-supplied' } },
      };
  }
  const features = collectPageFeatures(content.stats, pageMeta.signals, {
    hasDate: meta.published !== null,
    hasByline: meta.byline !== null,
    url: options.url ?? meta.url ?? '',
    title: meta.title,
    dateRule: meta.evidence.published?.rule ?? '',
    bodyText: text,
  });
  const verdict = classifyPage(features);
  // After the page type is decided: the model was fitted on the metadata dates alone.
  meta = readStatedPublication(meta, blocks);
  if (
    pageMeta.signals.paywalled ||
    /class=["'][^"']*\b(paywall|piano-?paywall|subscriber-only|premium-content|meteredContent)\b/i.test(html.slice(0, 2_000_000))
  ) {
    diagnostics.push({
      rule: 'paywall',
      severity: 'warning',
      message: 'the page marks its article as partly paywalled; the text may be a teaser',
    });
  }
  if (pageMeta.signals.hasNextPage) {
    diagnostics.push({
      rule: 'multi-page',
      severity: 'info',
      message: 'the page links a next page (rel=next); the article may continue there',
    });
  }
  if (text.length === 0 || !verdict.isArticle) {
    // No body at all on a page that has visible text (a grid of links, a form) is a
    // page of another kind; an empty or near-empty page is just empty.
    const hasText = content.stats.pageTextChars >= 200;
    const reason = text.length > 0 || hasText ? 'not-an-article' : 'no-body';
    const result: ExtractResult = {
      kind: 'refused',
      reason,
      confidence: text.length === 0 ? 0.9 : verdict.confidence,
      message:
        text.length === 0 ? 'no article text found in the page' : `the page does not look like an article (${verdict.reasons.join('; ')})`,
      meta,
      furniture,
      diagnostics,
    };
    return { result, trace: { features, verdict } };
  }
  return { result: { kind: 'article', text, paragraphs, furniture, meta, diagnostics }, trace: { features, verdict } };
}

/** Drops the headline where the body repeats it (the title is metadata, not body). */
function dropTitleBlocks(blocks: readonly BodyBlock[], title: string | null): BodyBlock[] {
  if (!title) return [...blocks];
  const normalised = normaliseTitle(title);
  return blocks.filter((b, i) => !(i < 5 && normaliseTitle(b.text) === normalised));
}

/** Short lines with no sentence in them: "3 min read", "Share", a date, an author name. */
function isEdgeJunk(block: BodyBlock): boolean {
  if (block.kind !== 'body') return false;
  const text = block.text;
  if (text.length > 60) return false;
  return !/[.!?…:;"”»)]$/.test(text) || /^(share|updated|published|posted|by)\b/i.test(text);
}

/**
 * Trims page furniture that the content root still holds at its edges: the byline,
 * date and reading-time lines above the first paragraph, share and "related" lines
 * after the last. Only short lines without a sentence are trimmed, and only at the edges,
 * so in-body list items and labels stay.
 */
function trimEdgeBlocks(blocks: BodyBlock[]): BodyBlock[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isEdgeJunk(blocks[start] as BodyBlock)) start++;
  while (end > start && (isEdgeJunk(blocks[end - 1] as BodyBlock) || (blocks[end - 1] as BodyBlock).kind === 'heading')) end--;
  return start === 0 && end === blocks.length ? blocks : blocks.slice(start, end);
}

/**
 * A heading that opens a list of links to other pages: "Related articles", "Recent posts",
 * "More from the blog", "You may also like", "Further reading", "Read more". A bare
 * "Related" or "Other ..." is not enough: articles use those as their own sub-headings.
 */
const TEASER_HEADING =
  /^(?:(?:related|recent|recommended|similar|popular|latest|trending|more)\s+(?:articles?|posts?|stories|blogs?|blog posts|reading|news|content|guides?)\b|(?:recommended|further) reading$|more (?:from|by)\b|you (?:may|might) (?:also )?(?:like|enjoy)\b|(?:explore|discover) more\b|read more$|trending\b)/i;
/** A heading over the source list that closes a piece: "Sources", "Article sources:", "References". */
const SOURCES_HEADING = /^(?:article )?(?:sources|references|citations|works cited|bibliography)(?: cited)?:?$/i;
/**
 * The largest share of the body's characters a teaser tail may hold: a list of links is
 * short beside the article; a long tail after such a heading is more article.
 */
const TEASER_TAIL_SHARE = 0.2;
/** Longest line read as a teaser heading. */
const TEASER_HEADING_CHARS = 60;

/**
 * Cuts the list of teasers that closes many bodies: from a heading that names such a list
 * ("Related posts", "More from our blog") in the second half of the body to the end.
 */
function trimTeaserTail(blocks: BodyBlock[]): BodyBlock[] {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const text = (blocks[i] as BodyBlock).text;
    if (
      i >= blocks.length / 2 &&
      before >= (1 - TEASER_TAIL_SHARE) * total &&
      text.length <= TEASER_HEADING_CHARS &&
      (TEASER_HEADING.test(text.replace(/[\s:.…»>]+$/u, '')) || SOURCES_HEADING.test(text))
    )
      return blocks.slice(0, i);
    before += text.length;
  }
  return blocks;
}

/** An ad slot's label standing alone as a line ("Advertisement", "SPONSORED"). */
const AD_LABEL = /^(advertisement|advertising|advert|sponsored|ad)$/i;
/** A copyright or rights line ("© 2031 Lorvik Post. All rights reserved."). */
const RIGHTS_LINE = /^(copyright\b|©)|\ball rights reserved\b/i;

/**
 * An affiliate or advertising notice: "This post may contain affiliate links", "we may
 * earn a commission", "As an Amazon Associate I earn from qualifying purchases".
 */
const AFFILIATE_NOTICE =
  /affiliate (?:links?|commission|partner)|earn (?:us )?(?:a |an )?(?:small )?(?:affiliate )?commission|may (?:earn|receive) (?:compensation|a commission|commission)|reader-supported|advertising disclosure|earn from qualifying purchases/i;
/**
 * A call to subscribe, in the site's own voice: "Sign up for our newsletter", "get the
 * latest delivered to your inbox". Both parts must be there: an article may well tell
 * its readers to "subscribe to industry newsletters".
 */
const SIGNUP_VERB = /\b(?:sign(?:ing)? up|subscribe)\b/i;
const SIGNUP_OBJECT = /\b(?:our|my)\b.{0,30}\b(?:newsletters?|blog|mailing list)\b|\byour inbox\b|\bto your email\b/i;
/** The fine print of a form: "By clicking Sign up, you agree to our Terms". */
const CONSENT_LINE =
  /^by (?:clicking|posting|signing|submitting|continuing|using|subscribing|entering)\b.{0,200}\b(?:agree|consent|accept|acknowledge)/i;
/** A rating widget's prompt: "How useful was this post?", "Rate this article". */
const RATING_PROMPT =
  /^(?:how (?:useful|helpful) was this|was this (?:article|page|post) (?:helpful|useful)|rate this (?:article|post)|click on a star to rate)/i;
/**
 * The label of a page control, reading aid or button shown as a line: "Show Caption",
 * "Link copied!", "5 min read", "Table of contents", "Learn more", "Check price on Amazon".
 */
const CONTROL_LABEL =
  /^(?:show caption|hide caption|link copied!?|copy link|loading\.*|skip to (?:main )?content|print this (?:page|article)|back to top|click to enlarge|view (?:full )?gallery|open in app|listen to this article|\d+ min(?:ute)?s? read|reading time:? ?\d+ min(?:ute)?s?|table of contents|learn more|get started|download now|get it now|buy now|shop now|view deal|read reviews|read (?:our )?full review|get the recipe|see details(?: & buying options)?|check price(?: on \w+)?)$/i;
/** Longest paragraph read as a call to subscribe (such calls are a line or two). */
const SIGNUP_CALL_CHARS = 300;
/** How many blocks at each edge of the body may hold an affiliate notice. */
const DISCLOSURE_EDGE_BLOCKS = 4;

/**
 * Drops ad-slot labels anywhere in the body, copyright lines among the last three blocks
 * and affiliate notices among the first and last four: page furniture that sits inside
 * the article container on many templates (in the body's middle, "affiliate links" is
 * more often the article's own topic).
 */
function dropLabelBlocks(blocks: BodyBlock[]): BodyBlock[] {
  const tailFrom = blocks.length - 3;
  let out: BodyBlock[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as BodyBlock;
    const text = block.text;
    if (
      (text.length <= 13 && AD_LABEL.test(text)) ||
      (i >= tailFrom && i > 0 && text.length < 400 && RIGHTS_LINE.test(text)) ||
      ((i < DISCLOSURE_EDGE_BLOCKS || i >= blocks.length - DISCLOSURE_EDGE_BLOCKS) && text.length < 500 && AFFILIATE_NOTICE.test(text)) ||
      (text.length < SIGNUP_CALL_CHARS && SIGNUP_VERB.test(text) && SIGNUP_OBJECT.test(text)) ||
      (text.length < SIGNUP_CALL_CHARS && (CONSENT_LINE.test(text) || RATING_PROMPT.test(text))) ||
      (text.length <= 40 && CONTROL_LABEL.test(text))
    ) {
      out ??= blocks.slice(0, i);
      continue;
    }
    out?.push(block);
  }
  return out ?? blocks;
}

/** Blocks at least this long are dropped when they repeat an earlier block word for word. */
const REPEAT_MIN_CHARS = 60;

/**
 * Drops a paragraph that repeats an earlier one word for word: pages that ship the body
 * twice (a mobile and a desktop copy, a "print" copy, a teaser of the same text) must
 * not yield it twice. Short lines ("Share", "Read more", sub-headings) may repeat and stay.
 */
function dropRepeatedBlocks(blocks: BodyBlock[]): BodyBlock[] {
  let seen: Set<string> | null = null;
  let out: BodyBlock[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as BodyBlock;
    if (block.text.length >= REPEAT_MIN_CHARS) {
      seen ??= new Set();
      if (seen.has(block.text)) {
        out ??= blocks.slice(0, i);
        continue;
      }
      seen.add(block.text);
    }
    out?.push(block);
  }
  return out ?? blocks;
}

/** How many blocks at the end of the body may hold the author box. */
const AUTHOR_BOX_BLOCKS = 4;
/** Verbs that open a biography after a first name ("Jane is...", "Jane has written..."). */
const BIO_VERB = /^\s*(is|was|has|holds|writes|covers|joined|lives|loves|spent|started|founded|co-founded|brings|identifies)\b/;

/**
 * Cuts the author box that closes many bodies: from the first of the last four blocks
 * that opens with the byline's name as a biography ("Jane Roe is a reporter...", "Jane
 * Roe, editor...", "Jane has covered...", or the name alone) to the end. Only names of two words or more count, so an outlet byline
 * ("Staff") or a one-word handle never cuts. On the WCXB articles such blocks were outside
 * the true text 37 times in 40.
 */
function trimAuthorBox(blocks: BodyBlock[], byline: string | null): BodyBlock[] {
  if (!byline || blocks.length < 3) return blocks;
  const names = byline
    .replace(/^by\s+/i, '')
    .split(/,|\band\b|&/)
    .map((n) => n.trim())
    .filter((n) => n.length >= 5 && n.length <= 40 && /^\p{Lu}\S*\s+\S/u.test(n));
  if (names.length === 0) return blocks;
  for (let i = Math.max(1, blocks.length - AUTHOR_BOX_BLOCKS); i < blocks.length; i++) {
    const text = (blocks[i] as BodyBlock).text;
    for (const name of names) {
      const first = name.slice(0, name.indexOf(' '));
      const rest = text.startsWith(name) ? text.slice(name.length) : text.startsWith(`${first} `) ? text.slice(first.length) : null;
      if (rest === null) continue;
      // The name alone (the box's heading), "Name, title..." or "Name is/has...".
      if ((rest.length === 0 && text === name) || (text.startsWith(name) && rest.startsWith(',')) || BIO_VERB.test(rest))
        return blocks.slice(0, i);
    }
  }
  return blocks;
}

/** Joins blocks into the body text ("\n\n" between paragraphs) with their spans. */
function joinBlocks(blocks: readonly BodyBlock[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  let lastSourceStart = 0;
  for (const block of blocks) {
    if (parts.length > 0) offset += 2;
    const start = offset;
    const end = start + block.text.length;
    const sourceStart = Math.max(block.start, lastSourceStart);
    const sourceEnd = Math.max(block.end, sourceStart);
    lastSourceStart = sourceStart;
    paragraphs.push({
      start,
      end,
      kind: block.kind === 'heading' ? 'heading' : 'body',
      source: { start: sourceStart, end: sourceEnd, in: 'source' },
      by: EXTRACT_HTML_STAGE,
    });
    parts.push(block.text);
    offset = end;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

/**
 * The language of the body (eld, through the detector text pages use: loaded once by
 * prepareLanguageDetector, not at import), else the page's `lang` attribute. A guess eld
 * itself calls unreliable is not reported.
 */
function detectLanguage(text: string, declared: string | null): string | null {
  return (text.length >= 40 ? detectBodyLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS)) : null) ?? declared;
}
