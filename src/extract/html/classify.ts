import type { FurnitureClass } from '../../core/layers.js';
import { ownString } from '../../core/span.js';
import type { HtmlNode } from './tree.js';

/** What to do with an element before content scoring. */
export interface JunkVerdict {
  /** `drop`: invisible or non-text (script, style); otherwise the furniture class. */
  readonly class: FurnitureClass | 'drop';
  readonly rule: string;
}

/** Elements that never hold article text (scripts, media, form controls, metadata). */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'dialog',
]);

/** Sectioning elements whose purpose HTML itself names. */
const FURNITURE_TAGS: ReadonlyMap<string, FurnitureClass> = new Map([
  ['nav', 'navigation'],
  ['footer', 'footer'],
  ['aside', 'sidebar'],
  ['figcaption', 'caption'],
  ['menu', 'navigation'],
]);

const ROLE_CLASSES: ReadonlyMap<string, FurnitureClass> = new Map([
  ['navigation', 'navigation'],
  ['banner', 'template'],
  ['contentinfo', 'footer'],
  ['complementary', 'sidebar'],
  ['dialog', 'other'],
  ['alertdialog', 'other'],
  ['search', 'navigation'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['toolbar', 'share'],
]);

/**
 * Class/id word patterns and the furniture they name, tried in order on each token of
 * `class` and `id` (a token is split on spaces; patterns match inside the token, so
 * `post-comments` and `commentlist` both read as comments). Written from the markup
 * conventions of WordPress, Drupal and the big news CMSes; the order settles tokens that
 * match two (a `related-share` bar is a share block).
 */
const TOKEN_RULES: ReadonlyArray<readonly [RegExp, FurnitureClass, string]> = [
  // `cmp` names a consent-management box (`cmpbox`, `cmp-banner`), but Adobe AEM prefixes
  // every component with `cmp-` (`cmp-text`, `cmp-richtext`): only the consent names count.
  [/cookie|consent|gdpr|^cmp$|^cmp(box|wrapper|-app|-banner|-consent|-modal|-popup|-dialog|-ui)/, 'cookie-banner', 'class-cookie'],
  [/newsletter|subscri(be|ption)|signup|sign-up|mailing|optin|opt-in/, 'newsletter', 'class-newsletter'],
  [/comment|disqus|respond|discussion/, 'comments', 'class-comments'],
  [/shar(e|ing)|social|sociable|addthis|sharethis|follow-us/, 'share', 'class-share'],
  [
    /related|recommend|more-(stories|articles|news|from)|read-?(more|also|next)|also-read|you-may|trending|popular|outbrain|taboola|teaser|most-read|next-post|prev-post|post-navigation|nav-links/,
    'related',
    'class-related',
  ],
  [/breadcrumb/, 'breadcrumb', 'class-breadcrumb'],
  [/sidebar|side-bar|^(rail|right-rail|left-rail|widget-area|widgets)$/, 'sidebar', 'class-sidebar'],
  [
    /^(nav|navbar|navigation|menu|menus|topnav|subnav|mainnav|main-nav|site-nav|skip-link|skip|pagination|pager)$|-nav$|^nav-|-menu$|^menu-/,
    'navigation',
    'class-navigation',
  ],
  [/footer/, 'footer', 'class-footer'],
  [/masthead|site-header|page-header|global-header|topbar|top-bar/, 'template', 'class-header'],
  [
    /^(ad|ads|advert|advertisement|adsbygoogle|ad-slot|ad-container|dfp|sponsored|sponsor|promo|banner-ad)$|^ad-|-ad$|advert|adslot|sponsor/,
    'advert',
    'class-advert',
  ],
  [/caption/, 'caption', 'class-caption'],
  [/credit/, 'photo-credit', 'class-credit'],
  [/^(tags|tag-list|tagcloud|post-tags|entry-tags|keywords|categories|cat-links|tags-links)$/, 'tags', 'class-tags'],
  [
    /author-(bio|box|info|card)|about-author|byline|post-meta|entry-meta|article-meta|meta-data|dateline|^published|(date|time)[-_]?published|posted-on|timestamp/,
    'byline',
    'class-byline',
  ],
  [/popup|modal|overlay|lightbox/, 'other', 'class-popup'],
  [/^(hidden|hide|sr-only|visually-hidden|screen-reader-text|screenreader|print-only|offscreen)$/, 'other', 'class-hidden'],
];

/**
 * Layout modifiers that name furniture without being it: `with-sidebar`, `has-comments`,
 * `no-share`, `layout-sidebar-right`, `page-template-...` describe the page around the node.
 */
const LAYOUT_TOKEN =
  /^(with|has|no|show|hide|is|page|layout|tpl|template|single|post-template|body|template|theme)[-_]|layout|wrapper|container|^col-|^row-|content-sidebar|sidebar-content|sidebar-(left|right)-layout/;
const RESPONSIVE_TOKEN = /^(sm|md|lg|xl|2xl):/;

/** Tokens that mean "this is the content"; such nodes are never junked by a class word. */
const CONTENT_TOKEN =
  /^(article|article-?body|articlebody|story-?body|post-?body|entry-content|post-content|article-content|content-body|main-content|body-text|text|content|story|post|entry|hentry|h-entry|main)$/;

/** The structural tags whose class words are not trusted (a `body.has-sidebar` is the page). */
const NEVER_JUNK_BY_CLASS = new Set([
  'html',
  'body',
  'main',
  'article',
  'a',
  'p',
  'li',
  'td',
  'tr',
  'tbody',
  'table',
  'span',
  'b',
  'i',
  'em',
  'strong',
]);

/**
 * Classifies an element before scoring: dropped (scripts, hidden), furniture named by
 * its tag, ARIA role or class/id words, or null when it may hold content.
 */
export function classifyElement(node: HtmlNode): JunkVerdict | null {
  const tag = node.tag;
  if (DROP_TAGS.has(tag)) return { class: 'drop', rule: `tag-${tag}` };
  const attrs = node.attrs;
  // React's streaming render sends each finished part in `<div hidden id="S:0">` and a
  // script moves it into place: the part is the page's content, not hidden text.
  if ((attrs.hidden !== undefined && !isStreamedPart(attrs.id)) || attrs['aria-hidden'] === 'true')
    return { class: 'drop', rule: 'hidden' };
  const style = attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return { class: 'drop', rule: 'style-hidden' };
  const byTag = FURNITURE_TAGS.get(tag);
  if (byTag) return { class: byTag, rule: `tag-${tag}` };
  const role = attrs.role;
  if (role) {
    const byRole = ROLE_CLASSES.get(role.toLowerCase());
    if (byRole) return { class: byRole, rule: `role-${role.toLowerCase()}` };
  }
  if (NEVER_JUNK_BY_CLASS.has(tag)) return null;
  const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  if (words.length < 2) return null;
  return verdictOf(WORD_VERDICTS, words, classifyWords);
}

/**
 * The verdict on a class-and-id string, remembered: pages repeat the same class strings
 * thousands of times. Keys are copied out of the page (`ownString`): a slice of the page
 * kept in a batch-long memo would keep the whole page alive.
 */
function verdictOf<T>(memo: Map<string, T | null>, words: string, classify: (lower: string) => T | null): T | null {
  const cached = memo.get(words);
  if (cached !== undefined) return cached;
  const verdict = classify(words.toLowerCase());
  if (memo.size > 20_000) memo.clear();
  memo.set(ownString(words), verdict);
  return verdict;
}

const WORD_VERDICTS = new Map<string, JunkVerdict | null>();

/** A React streaming part id: `S:` and a number (`S:0`, `S:12`). */
function isStreamedPart(id: string | undefined): boolean {
  return id !== undefined && id.length > 2 && id.charCodeAt(0) === 83 && id.charCodeAt(1) === 58 && /^S:\d+$/.test(id);
}

function classifyWords(words: string): JunkVerdict | null {
  const tokens = words.split(/\s+/).filter((t) => t.length > 0 && !LAYOUT_TOKEN.test(t));
  for (const token of tokens) if (CONTENT_TOKEN.test(token)) return null;
  // Tailwind-style `hidden md:block` is visible on wide screens: not hidden.
  const responsive = tokens.some((t) => RESPONSIVE_TOKEN.test(t));
  for (const [pattern, furnitureClass, rule] of TOKEN_RULES) {
    for (const token of tokens) {
      if (pattern.test(token)) {
        if (responsive && rule === 'class-hidden') continue;
        return { class: furnitureClass, rule };
      }
    }
  }
  return null;
}

const POSITIVE_WEIGHT = /article|body|content|entry|hentry|main|post|text|blog|story|prose|rich-?text/;
const NEGATIVE_WEIGHT =
  /comment|meta|footer|footnote|foot|sidebar|widget|related|share|social|sponsor|promo|banner|menu|nav|tag|author|avatar|card|teaser|list|grid|thumb|masthead|subscribe|login|search/;

/**
 * A weight from class and id words, added to a candidate's score: +25 for content words,
 * -25 for furniture words (the magnitude is Readability's, which sits near the score of
 * one long paragraph group; it tips close calls and cannot outweigh real prose).
 */
export function classWeight(node: HtmlNode): number {
  const words = `${node.attrs.class ?? ''} ${node.attrs.id ?? ''}`.toLowerCase();
  if (words.length < 2) return 0;
  let weight = 0;
  if (NEGATIVE_WEIGHT.test(words)) weight -= 25;
  if (POSITIVE_WEIGHT.test(words)) weight += 25;
  return weight;
}

/** An inner box's furniture class and the rule that named it. */
export interface InnerVerdict {
  readonly class: FurnitureClass;
  readonly rule: string;
}

/**
 * Class/id words of boxes that sit inside an article container but are the site speaking,
 * not the article: the author box ("Written by...", a biography), affiliate and legal
 * notices ("We may earn a commission..."), and calls to action ("Get a free quote").
 * `author` is read inside a token (`post-author`, `authorBox`, `field-author`) but not in
 * `authority`, `authorize`, `authorise`.
 */
const INNER_FURNITURE: ReadonlyArray<readonly [RegExp, FurnitureClass, string]> = [
  [/author(?!i[tsz])/, 'byline', 'class-author'],
  [/disclos|disclaim/, 'other', 'class-disclosure'],
  [/(^|[-_])cta([-_]|$)|call-?to-?action/, 'advert', 'class-cta'],
  [/banner|testimonial/, 'advert', 'class-banner'],
  [/feedback|helpful|vote/, 'other', 'class-feedback'],
  // Posts embedded from social networks (the platforms' own embed classes).
  [/^(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|reddit-embed)$/, 'other', 'class-embed'],
];

/**
 * Classifies an element met inside the chosen body: an author box, a disclosure or a
 * call to action named by its class or id words, else null. These boxes are dropped when
 * the body is written out, not before scoring: the page-type features and the choice of
 * the body read the page as it is.
 */
export function classifyInnerElement(node: HtmlNode): InnerVerdict | null {
  if (NEVER_JUNK_BY_CLASS.has(node.tag)) return null;
  const attrs = node.attrs;
  const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  if (words.length < 2) return null;
  return verdictOf(INNER_VERDICTS, words, classifyInnerWords);
}

const INNER_VERDICTS = new Map<string, InnerVerdict | null>();

function classifyInnerWords(words: string): InnerVerdict | null {
  const tokens = words.split(/\s+/).filter((t) => t.length > 0 && !LAYOUT_TOKEN.test(t));
  for (const token of tokens) if (CONTENT_TOKEN.test(token)) return null;
  for (const [pattern, furnitureClass, rule] of INNER_FURNITURE) {
    for (const token of tokens) if (pattern.test(token)) return { class: furnitureClass, rule };
  }
  return null;
}
