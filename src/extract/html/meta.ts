import type { DocumentMeta } from '../../core/document.js';
import type { DateValue } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { type FoundDay, findSlashDay, findTextDay, findUrlDay, formatDay, parseMachineDay } from './dates.js';
import { type HtmlNode, type HtmlTree, TEXT } from './tree.js';

/** Page signals the page-type classifier reads beside the metadata. */
export interface MetaSignals {
  /** Every JSON-LD `@type`, lower-cased. */
  readonly jsonLdTypes: readonly string[];
  /** `og:type`, lower-cased, or ''. */
  readonly ogType: string;
  /** Whether an article-like JSON-LD object or `article:*` metas were found. */
  readonly hasArticleMarkup: boolean;
  /** Whether the page shows a price (`product:price`, `itemprop=price`, offers). */
  readonly hasPrice: boolean;
  /** Whether the page states it is partly paywalled (`isAccessibleForFree: false`). */
  readonly paywalled: boolean;
  /** A `rel=next` link or similar pagination of the article. */
  readonly hasNextPage: boolean;
  /** Text of the first h1 elements (up to 3). */
  readonly h1Texts: readonly string[];
}

/** Metadata read from the page and the signals for page typing. */
export interface PageMeta {
  readonly meta: DocumentMeta;
  readonly signals: MetaSignals;
}

interface MetaTag {
  readonly key: string;
  readonly content: string;
  readonly span: Span;
}

/** Class words of elements that show the page's date ("post-date", "entry-date", "published"). */
const DATE_CLASS = /date|time|publish|posted|byline|meta/i;
const SKIP_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg']);
const ARTICLE_TYPES =
  /^(article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|techarticle|scholarlyarticle|report|liveblogposting|socialmediaposting|posting|medicalscholarlyarticle|advertisercontentarticle|satiricalarticle|discussionforumposting|howto|recipe|review)$/;

/** Machine date sources in the order they are trusted (publisher-declared first). */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'article:published',
  'published_time',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'citation_publication_date',
  'citation_date',
  'release_date',
  'article.published',
  'og:article:published_time',
  'cxenseparse:recs:publishtime',
  'published',
  'article:published_date',
  'date_published',
];
/** Other publisher keys that name a publication date ("w-published-date", "publish-time"). */
const PUBLISHED_KEY = /publish|pubdate|date[-_.]?created|creation[-_.]?date/;
const MODIFIED_META_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dateModified',
  'last-modified',
  'dcterms.modified',
];

/**
 * Reads the page's metadata: title (the visible headline where metadata confirms it),
 * standfirst, byline, publication and modification dates with their source, outlet,
 * canonical URL, section, tags, and the `lang` attribute; plus the signals that say
 * what kind of page this is. `bodyText` is the extracted body (for a date in the text).
 */
export function readPageMeta(tree: HtmlTree, html: string, url: string | undefined, bodyStart: number): PageMeta {
  const nodes = tree.nodes;
  const metas: MetaTag[] = [];
  const metaByKey = new Map<string, MetaTag>();
  const ldObjects: Record<string, unknown>[] = [];
  let titleTag = '';
  let htmlLang = '';
  let canonical = '';
  let hasNextPage = false;
  let hasPrice = false;
  const h1: { text: string; index: number }[] = [];
  const h2: { text: string; index: number }[] = [];
  const times: { value: string; span: Span; strong: boolean }[] = [];
  let authorText = '';
  const dateClassed: { day: FoundDay; span: Span }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as HtmlNode;
    const tag = node.tag;
    if (tag === TEXT) continue;
    const attrs = node.attrs;
    switch (tag) {
      case 'html':
        if (attrs.lang) htmlLang = attrs.lang;
        break;
      case 'title':
        if (!titleTag) titleTag = textOf(nodes, i, 2000);
        break;
      case 'meta': {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase().trim();
        const content = attrs.content;
        if (key && content !== undefined && content.trim() !== '') {
          const tagMeta = { key, content: content.trim(), span: { start: node.start, end: node.end, in: 'source' as const } };
          metas.push(tagMeta);
          if (!metaByKey.has(key)) metaByKey.set(key, tagMeta);
        }
        // Some frameworks ship the JSON-LD object in a meta tag (`name="script:ld+json"`).
        if (key.endsWith('ld+json') && content) collectJsonLd(content, ldObjects);
        if (attrs.itemprop === 'price' || key === 'product:price:amount' || key === 'og:price:amount') hasPrice = true;
        break;
      }
      case 'link': {
        const rel = (attrs.rel ?? '').toLowerCase();
        if (rel === 'canonical' && attrs.href && !canonical) canonical = attrs.href;
        if (rel === 'next') hasNextPage = true;
        break;
      }
      case 'script':
        if ((attrs.type ?? '').toLowerCase().includes('ld+json')) {
          const raw = textOf(nodes, i, 2_000_000);
          collectJsonLd(raw, ldObjects);
        }
        break;
      case 'h1':
        if (h1.length < 10) {
          const text = cutPipeLabel(stripEdgeDay(cleanLine(textOf(nodes, i, 1000))));
          if (text) h1.push({ text, index: i });
        }
        break;
      case 'h2':
      case 'h3':
        if (h2.length < 20) {
          const text = cleanLine(textOf(nodes, i, 1000));
          if (text) h2.push({ text, index: i });
        }
        break;
      case 'time': {
        const value = attrs.datetime ?? '';
        const strong =
          attrs.itemprop === 'datePublished' || attrs.pubdate !== undefined || /publish|posted|entry-date/i.test(attrs.class ?? '');
        if (value && times.length < 20) times.push({ value, span: { start: node.start, end: node.end, in: 'source' }, strong });
        break;
      }
      case 'a':
        if (!authorText && (attrs.rel ?? '').toLowerCase() === 'author') authorText = cleanLine(textOf(nodes, i, 200));
        break;
      default:
        if (attrs.itemprop === 'price') hasPrice = true;
        if (dateClassed.length < 20 && attrs.class && DATE_CLASS.test(attrs.class) && !/update|modif/i.test(attrs.class)) {
          // The date stands at the start of a date line ("Posted on May 3, 2024" then tags):
          // read the first 80 characters, so a long container's later dates stay unread.
          const text = textOf(nodes, i, 80, ' ').slice(0, 80);
          const day = findTextDay(text) ?? findSlashDay(text, monthFirstLang(htmlLang));
          if (day) dateClassed.push({ day, span: { start: node.start, end: node.end, in: 'source' } });
        }
        if (attrs.itemprop === 'datePublished' && attrs.content) {
          times.push({ value: attrs.content, span: { start: node.start, end: node.end, in: 'source' }, strong: true });
        }
    }
  }
  const evidence: Record<string, { span?: Span; rule: string }> = {};
  const jsonLdTypes: string[] = [];
  let article: Record<string, unknown> | null = null;
  let paywalled = false;
  for (const obj of ldObjects) {
    const types = asArray(obj['@type']).map((t) => String(t).toLowerCase());
    jsonLdTypes.push(...types);
    if (!article && types.some((t) => ARTICLE_TYPES.test(t))) article = obj;
    if (obj.isAccessibleForFree === false || obj.isAccessibleForFree === 'False' || obj.isAccessibleForFree === 'false') paywalled = true;
    if (types.includes('product') || types.includes('offer') || obj.offers) hasPrice = hasPrice || types.includes('product');
  }
  const get = (key: string): MetaTag | undefined => metaByKey.get(key);
  // --- title
  const siteName = get('og:site_name')?.content ?? stringOf(objectOf(article?.publisher)?.name) ?? '';
  const ogTitle = get('og:title')?.content ?? get('twitter:title')?.content ?? '';
  const ldHeadline = stringOf(article?.headline) ?? stringOf(article?.name) ?? '';
  // The headline is the h1 nearest above the body; then the others in page order.
  const nearest = bodyStart >= 0 ? h1.filter((h) => (nodes[h.index] as HtmlNode).start <= bodyStart).pop() : undefined;
  const orderedH1 = nearest ? [nearest, ...h1.filter((h) => h !== nearest)] : h1;
  const title = chooseTitle(
    orderedH1.map((h) => h.text),
    h2.map((h) => h.text),
    cleanLine(ogTitle),
    cleanLine(ldHeadline),
    cleanLine(titleTag),
    siteName,
  );
  if (title) evidence.title = { rule: title.rule };
  if (title) title.text = tidyTitle(title.text);
  // Titles carry ASCII apostrophes: pages differ only in typography (’ or ') for the
  // same headline, and the WCXB gold titles use the ASCII form 48 times to 18.
  if (title) title.text = title.text.replace(/[\u2018\u2019]/g, "'");
  // --- dates
  let modified: DateValue | null = null;
  const ldModified = stringOf(article?.dateModified);
  const modifiedSource = ldModified
    ? { value: ldModified, rule: 'json-ld:dateModified' }
    : MODIFIED_META_KEYS.map((k) => get(k.toLowerCase())).find((m) => m !== undefined);
  if (modifiedSource) {
    const value = 'value' in modifiedSource ? modifiedSource.value : modifiedSource.content;
    const day = parseMachineDay(value);
    if (day) {
      const span = 'span' in modifiedSource ? modifiedSource.span : undefined;
      modified = dayValue(day, span);
      evidence.modified = span ? { span, rule: `meta:${(modifiedSource as MetaTag).key}` } : { rule: 'json-ld:dateModified' };
    }
  }
  let published: DateValue | null = null;
  const ldPublished = stringOf(article?.datePublished) ?? stringOf(article?.dateCreated) ?? findLdDate(ldObjects, 'datePublished');
  const tryDay = (value: string | undefined, rule: string, span: Span | undefined): boolean => {
    if (!value || published) return false;
    const day = parseMachineDay(value);
    if (!day) return false;
    published = dayValue(day, span);
    evidence.published = span ? { span, rule } : { rule };
    return true;
  };
  // The Open Graph article time first: on the development pages it matched the visible
  // date more often (95%) than JSON-LD (87%), whose WebPage objects carry site dates.
  const ogTime = get('article:published_time');
  if (ogTime) tryDay(ogTime.content, 'meta:article:published_time', ogTime.span);
  tryDay(ldPublished, 'json-ld:datePublished', undefined);
  for (const key of PUBLISHED_META_KEYS) {
    const m = get(key);
    if (m && tryDay(m.content, `meta:${key}`, m.span)) break;
  }
  if (!published) {
    for (const m of metas) if (PUBLISHED_KEY.test(m.key) && !/modif|updat/.test(m.key) && tryDay(m.content, `meta:${m.key}`, m.span)) break;
  }
  for (const t of times) if (t.strong && tryDay(t.value, 'time:datePublished', t.span)) break;
  const urlDay = findUrlDay(url || canonical);
  if (!published && urlDay) {
    published = dayValue(urlDay, undefined);
    evidence.published = { rule: 'url-path' };
  }
  const near = textAfter(nodes, orderedH1[0]?.index ?? -1, bodyStart, html, 2500);
  let visible: DateValue | null = null;
  let visibleDay: FoundDay | null = null;
  if (near) {
    const day = findTextDay(near.text) ?? findSlashDay(near.text, monthFirstLang(htmlLang));
    visibleDay = day;
    if (day) {
      const at = near.offsetOf(day.index);
      const span: Span = { start: at, end: Math.min(html.length, at + day.length), in: 'source' };
      visible = dayValue(day, span);
    }
  }
  if (!published && visible) {
    published = visible;
    evidence.published = { span: visible.evidence[0] as Span, rule: 'text-near-headline' };
  }
  // JSON-LD dates are often template dates (the page's first save, a WebPage object);
  // where the page shows another day under its headline, the shown day wins and the
  // JSON-LD day stays as a candidate (on the WCXB pages the shown day was right 3 in 5).
  if (
    visible &&
    published &&
    evidence.published?.rule === 'json-ld:datePublished' &&
    (published as DateValue).start !== visible.start &&
    !(visibleDay && isSwappedReading(visibleDay, (published as DateValue).start))
  ) {
    const fromLd: DateValue = published;
    published = {
      ...visible,
      candidates: [visible, fromLd],
      decidingClue: 'the day shown under the headline differs from the JSON-LD datePublished',
    };
    evidence.published = { span: visible.evidence[0] as Span, rule: 'text-near-headline-over-json-ld' };
  }
  const classed = dateClassed[0];
  if (!published && classed) {
    published = dayValue(classed.day, classed.span);
    evidence.published = { span: classed.span, rule: 'date-classed-element' };
  }
  // A day in the permalink (/2025/12/18/) is fixed when the story goes out, in the
  // publisher's own time zone; metadata often states the same moment in UTC, a day later
  // for an evening story, or a later re-publication. On the WCXB pages with such a path
  // the path day was the publication day every time (35 of 35).
  if (urlDay && published && (published as DateValue).start !== formatDay(urlDay)) {
    const fromMeta: DateValue = published;
    const fromUrl = dayValue(urlDay, undefined);
    published = { ...fromUrl, candidates: [fromUrl, fromMeta], decidingClue: 'the day in the URL path differs from the metadata day' };
    evidence.published = { rule: 'url-path-over-metadata' };
  }
  for (const t of times) if (tryDay(t.value, 'time:first', t.span)) break;
  // --- the rest
  const description =
    get('og:description')?.content ??
    get('description')?.content ??
    get('twitter:description')?.content ??
    stringOf(article?.description) ??
    null;
  const byline =
    readAuthors(article?.author) ?? nonUrl(get('author')?.content) ?? nonUrl(get('article:author')?.content) ?? (authorText || null);
  const outlet = cleanLine(siteName) || stringOf(get('application-name')?.content) || null;
  const canonicalUrl = canonical || get('og:url')?.content || url || null;
  const section = get('article:section')?.content ?? stringOf(asArray(article?.articleSection)[0]) ?? null;
  const tagList: string[] = [];
  for (const m of metas) if (m.key === 'article:tag') tagList.push(m.content);
  if (tagList.length === 0) {
    const keywords = article?.keywords ?? get('keywords')?.content ?? get('news_keywords')?.content;
    const list = Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(',') : [];
    for (const k of list) if (k.trim()) tagList.push(k.trim());
  }
  const ogType = (get('og:type')?.content ?? '').toLowerCase();
  const hasArticleMarkup = article !== null || metaByKey.has('article:published_time') || ogType === 'article';
  const meta: DocumentMeta = {
    outlet,
    title: title?.text ?? null,
    standfirst: description ? cleanLine(description) : null,
    byline: byline ? cleanLine(byline) : null,
    dateline: null,
    published,
    modified,
    pageTime: null,
    language: htmlLang ? (htmlLang.toLowerCase().split(/[-_]/)[0] ?? null) : null,
    url: canonicalUrl,
    section: section ? cleanLine(section) : null,
    tags: tagList.length > 0 ? { tags: tagList.slice(0, 50) } : {},
    evidence,
  };
  return {
    meta,
    signals: { jsonLdTypes, ogType, hasArticleMarkup, hasPrice, paywalled, hasNextPage, h1Texts: h1.map((h) => h.text) },
  };
}

/**
 * Whether an ambiguous slash date (3/4/2025) is read month first: on English pages
 * without a region or marked en-US, the American order. Other locales put the day first
 * and stay unread when ambiguous.
 */
function monthFirstLang(lang: string): boolean {
  return /^en(-us)?$/i.test(lang);
}

function dayValue(day: FoundDay, span: Span | undefined): DateValue {
  const iso = formatDay(day);
  return { start: iso, end: iso, granularity: 'day', evidence: span ? [span] : [], inferred: false };
}

/** Normalises a title for comparison: case, spaces, quote and dash variants. */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const TITLE_SEPARATORS = /\s+[|\-–—:·•»«~/]\s+|\s*\|\s*|\s+::\s+/;

/**
 * Picks the headline: an h1 that the metadata confirms (equal to, or contained in, the
 * og:title / JSON-LD headline / `<title>`), else the metadata title with its site-name
 * part cut, else the first h1. The visible headline wins because readers (and gold
 * data) take the title as printed above the article.
 */
function chooseTitle(
  h1s: readonly string[],
  subheads: readonly string[],
  ogTitle: string,
  ldHeadline: string,
  titleTag: string,
  siteName: string,
): { text: string; rule: string } | null {
  const metaTitles = [ldHeadline, ogTitle, titleTag].filter((t) => t.length > 0);
  const normalisedMeta = metaTitles.map(normaliseTitle);
  for (const h of h1s) {
    const nh = normaliseTitle(h);
    if (nh.length < 4) continue;
    const at = normalisedMeta.findIndex((m) => m === nh || (m.includes(nh) && nh.length >= 0.4 * m.length));
    if (at < 0) continue;
    // An all-capitals h1 is usually styled text; the metadata keeps the written case.
    if (h === h.toUpperCase() && /\p{Lu}/u.test(h)) {
      const source = metaTitles[at] as string;
      const from = normaliseTitle(source).indexOf(nh);
      if (from >= 0 && source.length === normaliseTitle(source).length)
        return { text: source.slice(from, from + nh.length), rule: 'h1-confirmed-meta-case' };
    }
    return { text: h, rule: 'h1-confirmed' };
  }
  // Blogs whose h1 is the site's name title the post with an h2 (or h3) that the
  // metadata confirms. Equal: the h2 as printed. Contained in a longer metadata title:
  // the h2 is a shortened display line, so the metadata title (site name cut) is the title.
  for (const h of subheads) {
    const nh = normaliseTitle(h);
    if (nh.length < 10) continue;
    if (normalisedMeta.some((m) => m === nh)) return { text: h, rule: 'h2-confirmed' };
    const at = normalisedMeta.findIndex((m) => m.includes(nh) && nh.length >= 0.5 * m.length);
    if (at >= 0) return { text: stripSiteName(metaTitles[at] as string, siteName), rule: 'h2-confirmed-meta' };
  }
  // No metadata confirms an h1: the visible headline still wins when it is a real line
  // of words (ten characters or more; shorter h1s are logos and section names). On the
  // WCXB pages the gold title followed the h1 more often than og:title here.
  const visible = h1s[0];
  if (visible && visible.length >= 10) return { text: visible, rule: 'h1' };
  const best = ldHeadline || ogTitle;
  if (best) return { text: stripSiteName(best, siteName), rule: ldHeadline ? 'json-ld:headline' : 'og:title' };
  if (titleTag) return { text: stripSiteName(titleTag, siteName), rule: 'title-tag' };
  const first = h1s[0];
  if (first) return { text: first, rule: 'h1' };
  return null;
}

/**
 * Cuts a written date standing at the start or the end of a headline ("Dec 18 2025
 * Preparing a transition", "A checklist January 1, 2025"): templates that print the
 * post date inside the h1. The rest must stay a real line (10+ characters).
 */
function stripEdgeDay(text: string): string {
  const day = findTextDay(text);
  if (!day) return text;
  const atStart = day.index <= 1;
  const atEnd = day.index + day.length >= text.length - 1;
  if (!atStart && !atEnd) return text;
  const rest = (atStart ? text.slice(day.index + day.length) : text.slice(0, day.index)).replace(/^[\s,.:|–—-]+|[\s,.:|–—-]+$/g, '');
  return rest.length >= 10 ? rest : text;
}

/**
 * Cuts a short label after a pipe in a headline ("... | Opinion", "... | Top 19
 * Companies"): a last part of up to four words after a headline of three or more. A
 * long part after the pipe is a second headline line and stays.
 */
function cutPipeLabel(text: string): string {
  const at = text.lastIndexOf(' | ');
  if (at < 0) return text;
  const head = text.slice(0, at).trim();
  const label = text.slice(at + 3).trim();
  if (label.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3) return head;
  return text;
}

/**
 * Tidies a chosen title: decodes entities left encoded in metadata (`&amp;`, `&#038;`,
 * `&rsquo;`: CMSes encode them twice in og:title) and collapses whitespace.
 */
function tidyTitle(text: string): string {
  return cleanLine(
    text
      .replace(/&(amp|#0?38|#x26);/gi, '&')
      .replace(/&(quot|#0?34);/gi, '"')
      .replace(/&(apos|#0?39|#x27);/gi, "'")
      .replace(/&(nbsp|#160);/gi, ' ')
      .replace(/&#8217;|&rsquo;/g, '\u2019')
      .replace(/&#8216;|&lsquo;/g, '\u2018')
      .replace(/&#8220;|&ldquo;/g, '\u201c')
      .replace(/&#8221;|&rdquo;/g, '\u201d'),
  );
}

/** Cuts a " | Site Name" or "Site Name - " part from a title. */
export function stripSiteName(title: string, siteName: string): string {
  const site = normaliseTitle(siteName);
  const parts = title
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return title;
  if (site) {
    const kept = parts.filter((p) => {
      const np = normaliseTitle(p);
      return np !== site && !(site.length > 3 && np.includes(site) && np.length < site.length + 12);
    });
    if (kept.length > 0 && kept.length < parts.length) return joinKept(title, kept);
  }
  // Pipes separate a title from labels ("Opinion | ...", "... | Top 19 Companies"): the
  // longest pipe-separated part is the headline when it is a real line of words.
  if (title.includes('|')) {
    const pipeParts = title
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    const longest = pipeParts.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (pipeParts.length > 1 && longest.split(/\s+/).length >= 3) return longest;
  }
  // No site name known: cut a short last part ("... | The Daily Example") when the rest is longer.
  const last = parts[parts.length - 1] as string;
  const rest = parts.slice(0, -1);
  const restWords = rest.join(' ').split(/\s+/).length;
  if (last.split(/\s+/).length <= 4 && restWords >= 3) return joinKept(title, rest);
  return title;
}

/** Rebuilds the kept parts with the separators they had in the original title. */
function joinKept(title: string, kept: readonly string[]): string {
  const first = kept[0] as string;
  const lastKept = kept[kept.length - 1] as string;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(lastKept) + lastKept.length;
  if (start >= 0 && end > start) return title.slice(start, end).trim();
  return kept.join(' - ');
}

function collectJsonLd(raw: string, out: Record<string, unknown>[]): void {
  let data: unknown;
  try {
    data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  let guard = 0;
  while (queue.length > 0 && guard++ < 500) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    const obj = objectOf(item);
    if (!obj) continue;
    if (obj['@type'] !== undefined) out.push(obj);
    if (obj['@graph'] !== undefined) queue.push(obj['@graph']);
    if (obj.mainEntity !== undefined) queue.push(obj.mainEntity);
  }
}

function findLdDate(objects: readonly Record<string, unknown>[], key: string): string | undefined {
  for (const obj of objects) {
    const v = stringOf(obj[key]);
    if (v) return v;
  }
  return undefined;
}

function readAuthors(value: unknown): string | null {
  const names: string[] = [];
  for (const a of asArray(value)) {
    if (typeof a === 'string') names.push(a);
    else {
      const name = stringOf(objectOf(a)?.name);
      if (name) names.push(name);
    }
  }
  const cleaned = names.map(cleanLine).filter((n) => n.length > 0 && !/^https?:/.test(n));
  return cleaned.length > 0 ? cleaned.join(', ') : null;
}

function nonUrl(value: string | undefined): string | null {
  if (!value || /^https?:/.test(value)) return null;
  return value;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function objectOf(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value)) return objectOf(value[0]);
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Collapses whitespace and trims. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "originally published (on)", "first posted": the phrase up to where its date would start. */
const ORIGINALLY = /\b(?:originally|first)\s+(?:published|posted)\s*(?:on\b)?\s*:?\s*/iy;
/** What may stand between the phrase and its day: nothing, or a weekday ("Wednesday, March 2, 2022"). */
const WEEKDAY_PREFIX = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/**
 * Where a page says in its body when it was first published: "This story was originally
 * published on 26 Sep 2019 and has been updated since" (a re-dated page). That statement
 * outranks the metadata, which then holds the day of the last revision. The date must
 * follow the phrase at once: "originally published in March 2022. Updated December 20,
 * 2024" gives no day. Read from the body paragraphs (a few KB), not the whole page; the
 * span is the paragraph's.
 *
 * @example
 * readStatedPublication(meta, [{ text: 'Originally published on 26 Sep 2019.', start: 10, end: 50 }]);
 */
export function readStatedPublication(meta: DocumentMeta, blocks: readonly { text: string; start: number; end: number }[]): DocumentMeta {
  for (const block of blocks) {
    const text = block.text;
    for (const gate of ['riginally ', 'irst published', 'irst posted']) {
      const at = text.indexOf(gate);
      if (at < 1) continue;
      ORIGINALLY.lastIndex = at - 1;
      if (!ORIGINALLY.exec(text)) continue;
      const after = text.slice(ORIGINALLY.lastIndex, ORIGINALLY.lastIndex + 48);
      const day = findTextDay(after);
      if (!day || !WEEKDAY_PREFIX.test(after.slice(0, day.index))) continue;
      const found = formatDay(day);
      if (meta.published?.start === found) return meta;
      const span: Span = { start: block.start, end: block.end, in: 'source' };
      const stated = dayValue(day, span);
      const published: DateValue = meta.published
        ? { ...stated, candidates: [stated, meta.published], decidingClue: 'the page says when the story was originally published' }
        : stated;
      return { ...meta, published, evidence: { ...meta.evidence, published: { span, rule: 'text-originally-published' } } };
    }
  }
  return meta;
}

/** Whether a day read from digits alone ("09.10.2024") is `day` in the other order. */
function isSwappedReading(found: FoundDay, day: string): boolean {
  if (found.month > 12 || found.day > 12) return false;
  const swapped = `${found.year}-${String(found.day).padStart(2, '0')}-${String(found.month).padStart(2, '0')}`;
  return swapped === day;
}

/**
 * The text under one node, capped at `max` characters (iterative walk); `separator` goes
 * between text nodes ("2023" and "Tags" must not run together when a date is read).
 */
function textOf(nodes: readonly HtmlNode[], root: number, max: number, separator = ''): string {
  let out = '';
  const stack = [root];
  while (stack.length > 0 && out.length < max) {
    const i = stack.pop() as number;
    const node = nodes[i] as HtmlNode;
    if (node.tag === TEXT) out += out.length > 0 ? separator + node.text : node.text;
    else if (i === root || !SKIP_TEXT_PARENTS.has(node.tag)) {
      for (let c = node.children.length - 1; c >= 0; c--) stack.push(node.children[c] as number);
    }
  }
  return out;
}

/**
 * The visible text following the headline (or the start of the body), up to `max`
 * characters, with a map back to source offsets: where a byline and date usually stand.
 */
function textAfter(
  nodes: readonly HtmlNode[],
  h1Index: number,
  bodyStart: number,
  html: string,
  max: number,
): { text: string; offsetOf: (i: number) => number } | null {
  let from = h1Index;
  if (from < 0) {
    if (bodyStart < 0) return null;
    from = nodes.findIndex((n) => n.start >= bodyStart);
    if (from < 0) return null;
    // Start a little before the body: the date line often precedes it.
    from = Math.max(0, from - 40);
  }
  // Step back over up to 300 characters of text: "Updated: <date>" often stands above the h1.
  let before = 0;
  let i0 = from;
  while (i0 > 0 && before < 300 && from - i0 < 200) {
    i0--;
    const node = nodes[i0] as HtmlNode;
    if (node.tag === TEXT) before += node.text.length;
  }
  from = i0;
  let text = '';
  const pieces: { at: number; start: number }[] = [];
  for (let i = from; i < nodes.length && text.length < max; i++) {
    const node = nodes[i] as HtmlNode;
    if (node.tag !== TEXT) continue;
    const parent = node.parent >= 0 ? (nodes[node.parent] as HtmlNode) : undefined;
    if (parent && SKIP_TEXT_PARENTS.has(parent.tag)) continue;
    pieces.push({ at: text.length, start: node.start });
    text += `${node.text} `;
  }
  if (!text.trim()) return null;
  return {
    text,
    offsetOf: (index: number) => {
      let piece = pieces[0];
      for (const p of pieces) {
        if (p.at > index) break;
        piece = p;
      }
      const offset = piece ? piece.start + (index - piece.at) : 0;
      return Math.max(0, Math.min(offset, html.length));
    },
  };
}
