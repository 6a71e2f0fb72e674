import type { FurnitureClass } from '../../core/layers.js';
import { classifyElement, classifyInnerElement, classWeight } from './classify.js';
import { type HtmlNode, type HtmlTree, TEXT } from './tree.js';

/** One paragraph of the extracted body with its place in the HTML source. */
export interface BodyBlock {
  readonly text: string;
  readonly kind: 'body' | 'heading' | 'item';
  readonly start: number;
  readonly end: number;
}

/** A removed block of the page: a span of the source and why. */
export interface RemovedBlock {
  readonly start: number;
  readonly end: number;
  readonly class: FurnitureClass;
  readonly rule: string;
}

/** Per-node figures the scorer and the page-type classifier read. */
export interface PageStats {
  /** Non-space characters of visible text in the whole page. */
  readonly pageTextChars: number;
  /** Non-space characters of that text inside links. */
  readonly pageLinkChars: number;
  /** Paragraph-like blocks of at least 80 characters with few links, over the whole page. */
  readonly proseBlocks: number;
  /** Characters in those blocks. */
  readonly proseChars: number;
  /** Non-space characters in the chosen body. */
  readonly bodyChars: number;
  /** Link characters inside the chosen body. */
  readonly bodyLinkChars: number;
  /** Prose blocks inside the chosen body. */
  readonly bodyProseBlocks: number;
  /** The largest group of sibling elements sharing tag and class (a grid of cards). */
  readonly maxRepeatedSiblings: number;
  /** Counts of some telling elements in the visible page. */
  readonly forms: number;
  readonly inputs: number;
  readonly h1Count: number;
  /** `<time>` elements in the page (forums and listings carry one per item). */
  readonly times: number;
  /** Buttons in the page (shops and apps carry many). */
  readonly buttons: number;
  /** Code blocks (`pre`) in the page. */
  readonly codeBlocks: number;
  /** Links in the page. */
  readonly links: number;
  /** Body paragraphs, headings and list items/rows among the body blocks. */
  readonly bodyBlocks: number;
  readonly bodyHeadings: number;
  readonly bodyItems: number;
  /** Characters in body paragraphs of 150+ characters that end like a sentence. */
  readonly bodyLongChars: number;
  /** Headings (h2-h6) in the page, and those that are (or hold) a link: teaser titles. */
  readonly headings: number;
  readonly linkedHeadings: number;
  /** Images in the page. */
  readonly images: number;
  /**
   * The largest group of sibling containers sharing tag and class that each hold prose
   * (100+ characters, few links): posts of a forum thread, reviews, teaser cards with text.
   */
  readonly maxProseSiblings: number;
  /** Visible text nodes that hold a written date or a relative time ("3 days ago"). */
  readonly dateTexts: number;
  /** Visible text nodes that hold a price ("$19.99", "24,90 €"). */
  readonly priceTexts: number;
  /** Elements whose class names a user box: avatars, poster and member info (one per forum post). */
  readonly userBlocks: number;
  /** Links styled as buttons (`btn`, `button`, `cta` classes): calls to action. */
  readonly buttonLinks: number;
  /** `code` elements (inline and in blocks). */
  readonly codeElements: number;
  /** Whether the page offers to put something in a cart, bag or basket (a shop). */
  readonly cartButton: boolean;
  /** Controls labelled just "Reply" or "Quote": one per post of a forum thread. */
  readonly replyControls: number;
  /** Prices ("$" and a digit) in the chosen body: product and service copy quotes them. */
  readonly bodyPrices: number;
  /** Whether the page asks for a demo, a quote or a consultation (sales pages of services). */
  readonly salesCall: boolean;
}

/** The body the content finder chose. */
export interface ContentResult {
  readonly blocks: BodyBlock[];
  readonly removed: RemovedBlock[];
  readonly stats: PageStats;
  /** Index of the chosen root element, -1 when none. */
  readonly root: number;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'br',
  'caption',
  'center',
  'menu',
]);
const NO_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'title', 'head']);
const CELL_TAGS = new Set(['td', 'th']);
/** A written date or a relative time in a short text: "May 3, 2024", "03.05.2024", "2 days ago". */
const DATE_TEXT =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(19|20)\d\d\b|\b(19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.](19|20)?\d\d\b|\b\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago\b/i;
/** A price: a currency sign or code next to an amount. */
const PRICE_TEXT = /[$€£¥₹]\s?\d|\d\s?(€|£|usd|eur|gbp)\b/i;
/** Class words of user boxes in forums and comment threads. */
const USER_CLASS = /avatar|user-?(name|info|details|card|profile)|poster|post-?author|member-?(info|name)|userpic|message-user/i;
/** A shop's call to buy: "Add to cart", "add-to-bag", "Add to basket". */
const CART_TEXT = /add[ -]to[ -](cart|bag|basket)/i;
/** A service's call to action: "Request a demo", "Get a free quote", "Schedule a consultation". */
const SALES_CALL = /(request|book|schedule|get) a (free )?(demo|quote|consultation)/i;
/** A forum control: an element whose whole text is "Reply" or "Quote". */
const REPLY_CONTROL = />\s*(reply|quote)\s*</gi;
/**
 * A dollar price in body text ("$24.99", "$19 a month"), but not a sum in the news ("$2
 * million", "$1.5bn"): the digits are taken whole (a lookahead and a backreference make the
 * group atomic) before the scale word is checked.
 */
const BODY_PRICE = /\$\s?(?=(\d[\d,.]*))\1(?!\s*(million|billion|trillion|bn|mn|m\b|k\b))/gi;
/** Class words of links drawn as buttons. */
const BUTTON_CLASS = /\b(btn|button|cta)\b|btn-|button-|-btn|-button|-cta/i;
/** Sub-headings counted for page typing (teaser grids title every card with one). */
const LINKED_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that count as one paragraph for scoring (Readability scores p, pre and td the same way). */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
/** Containers checked for link density inside the chosen body. */
const CLEANABLE_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'header', 'span', 'p', 'figure', 'form', 'center']);

/** Minimum non-space characters for a block to score as a paragraph (Readability uses 25 characters). */
const MIN_PARAGRAPH_CHARS = 25;
/** A prose block: at least this many characters, for page-type features. */
const PROSE_CHARS = 80;
/** How many ancestor levels a paragraph's score reaches (Readability: 5; 3 keeps the choice local). */
const SCORE_LEVELS = 5;

/**
 * Finds the article body in a parsed page: drops invisible and furniture elements,
 * scores containers by the paragraphs below them (commas, length, link density, class
 * words), takes the best container with its related siblings, removes link-dense
 * blocks inside it, and returns the body as paragraphs with source offsets. Every walk
 * is a loop over the node array (children follow parents), never recursion.
 */
export function findContent(tree: HtmlTree, html: string): ContentResult {
  const nodes = tree.nodes;
  const n = nodes.length;
  const removed: RemovedBlock[] = [];
  // --- pass 1: raw text per node, to protect big containers from class-word junking.
  const rawChars = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const node = nodes[i] as HtmlNode;
    if (node.tag === TEXT && !(node.parent >= 0 && NO_TEXT_PARENTS.has((nodes[node.parent] as HtmlNode).tag)))
      rawChars[i] = countChars(node.text);
    if (node.parent >= 0) rawChars[node.parent] = (rawChars[node.parent] as number) + (rawChars[i] as number);
  }
  let totalRaw = 0;
  for (const r of tree.roots) totalRaw += rawChars[r] as number;
  // The first <main>: a furniture element around it (an <aside> left open before the
  // page body) holds the page, not furniture.
  let main = -1;
  for (let i = 0; i < n && main < 0; i++) if ((nodes[i] as HtmlNode).tag === 'main') main = i;
  const mainNode = main >= 0 ? (nodes[main] as HtmlNode) : undefined;
  // --- pass 2: junk marking in document order (parents before children).
  const dead = new Uint8Array(n);
  let forms = 0;
  let inputs = 0;
  let times = 0;
  let buttons = 0;
  let codeBlocks = 0;
  let links = 0;
  let headings = 0;
  let linkedHeadings = 0;
  let images = 0;
  let userBlocks = 0;
  let buttonLinks = 0;
  let codeElements = 0;
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as HtmlNode;
    if (node.parent >= 0 && dead[node.parent]) {
      dead[i] = 1;
      continue;
    }
    if (node.tag === TEXT) continue;
    if (node.tag === 'input' || node.tag === 'select' || node.tag === 'textarea') inputs++;
    if (node.tag === 'form') forms++;
    else if (node.tag === 'time') times++;
    else if (node.tag === 'button') buttons++;
    else if (node.tag === 'pre') codeBlocks++;
    else if (node.tag === 'code') codeElements++;
    else if (node.tag === 'a') {
      links++;
      if (node.attrs.class && BUTTON_CLASS.test(node.attrs.class)) buttonLinks++;
      if (node.parent >= 0 && LINKED_HEADING_TAGS.has((nodes[node.parent] as HtmlNode).tag)) linkedHeadings++;
    } else if (node.tag === 'img') images++;
    else if (LINKED_HEADING_TAGS.has(node.tag)) {
      headings++;
      if (node.parent >= 0 && (nodes[node.parent] as HtmlNode).tag === 'a') linkedHeadings++;
    }
    if (node.attrs.class && USER_CLASS.test(node.attrs.class)) userBlocks++;
    const verdict = classifyElement(node);
    if (!verdict) continue;
    // A class word on a node holding most of the page's text is a page-level flag
    // (`<div class="wrap has-comments">`), not furniture: keep it.
    if (!verdict.rule.startsWith('tag-') && (rawChars[i] as number) > 0.4 * totalRaw && totalRaw > 500) continue;
    if (mainNode && verdict.class !== 'drop' && node.start <= mainNode.start && node.end >= mainNode.end) continue;
    dead[i] = 1;
    if (verdict.class !== 'drop' && node.end > node.start) {
      removed.push({ start: node.start, end: node.end, class: verdict.class, rule: verdict.rule });
    }
  }
  // --- pass 3: visible text, link text and commas per node (children before parents).
  const chars = new Float64Array(n);
  const linkChars = new Float64Array(n);
  const commas = new Float64Array(n);
  const hasBlockChild = new Uint8Array(n);
  let dateTexts = 0;
  let priceTexts = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (dead[i]) continue;
    const node = nodes[i] as HtmlNode;
    if (node.tag === TEXT) {
      chars[i] = countChars(node.text);
      commas[i] = countCommas(node.text);
      if (node.text.length < 200 && /\d/.test(node.text)) {
        if (DATE_TEXT.test(node.text)) dateTexts++;
        if (PRICE_TEXT.test(node.text)) priceTexts++;
      }
    } else if (node.tag === 'a') {
      linkChars[i] = chars[i] as number;
    }
    const p = node.parent;
    if (p >= 0) {
      chars[p] = (chars[p] as number) + (chars[i] as number);
      linkChars[p] = (linkChars[p] as number) + (linkChars[i] as number);
      commas[p] = (commas[p] as number) + (commas[i] as number);
      if (BLOCK_TAGS.has(node.tag)) hasBlockChild[p] = 1;
    }
  }
  // --- pass 4: paragraph scores flow to ancestors.
  const score = new Float64Array(n);
  const isCandidate = new Uint8Array(n);
  const prose = new Float64Array(n);
  const isParagraphBlock = new Uint8Array(n);
  let proseBlocks = 0;
  let proseChars = 0;
  let pageTextChars = 0;
  let pageLinkChars = 0;
  for (const r of tree.roots) {
    pageTextChars += chars[r] as number;
    pageLinkChars += linkChars[r] as number;
  }
  for (let i = 0; i < n; i++) {
    if (dead[i]) continue;
    const node = nodes[i] as HtmlNode;
    if (node.tag === TEXT) continue;
    const isParagraph =
      PARAGRAPH_TAGS.has(node.tag) ||
      ((node.tag === 'div' || node.tag === 'section' || node.tag === 'span' || node.tag === 'font' || node.tag === 'li') &&
        !hasBlockChild[i] &&
        (node.parent < 0 || hasBlockChild[node.parent] === 1));
    if (!isParagraph) {
      if (hasBlockChild[i]) scoreInlineRuns(nodes, i, dead, chars, linkChars, commas, score, isCandidate);
      continue;
    }
    const len = chars[i] as number;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const density = (linkChars[i] as number) / len;
    if (len >= PROSE_CHARS && density < 0.3) {
      proseBlocks++;
      proseChars += len;
    }
    if (density < 0.3) prose[i] = len;
    isParagraphBlock[i] = 1;
    if (node.tag === 'li' && density > 0.2) continue;
    const value = (1 + (commas[i] as number) + Math.min(Math.floor(len / 100), 3)) * (1 - density);
    addToAncestors(nodes, node.parent, value, score, isCandidate);
  }
  // --- pass 5: the best candidate, scaled by its link density.
  let top = -1;
  let topScore = 0;
  const finalScore = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!isCandidate[i]) continue;
    const len = chars[i] as number;
    const density = len > 0 ? (linkChars[i] as number) / len : 0;
    const value = (score[i] as number) * (1 - density);
    finalScore[i] = value;
    if (value > topScore) {
      topScore = value;
      top = i;
    }
  }
  const { cards: maxRepeatedSiblings, proseCards: maxProseSiblings } = countRepeatedSiblings(nodes, dead, chars, linkChars);
  const tagCounts = {
    headings,
    linkedHeadings,
    images,
    maxProseSiblings,
    dateTexts,
    priceTexts,
    userBlocks,
    buttonLinks,
    codeElements,
    cartButton: CART_TEXT.test(html),
    salesCall: SALES_CALL.test(html),
    replyControls: countMatches(html, REPLY_CONTROL),
  };
  if (top < 0) {
    return {
      blocks: [],
      removed: normaliseRemoved(removed),
      stats: {
        pageTextChars,
        pageLinkChars,
        proseBlocks,
        proseChars,
        bodyChars: 0,
        bodyLinkChars: 0,
        bodyProseBlocks: 0,
        maxRepeatedSiblings,
        forms,
        inputs,
        h1Count: countTag(nodes, dead, 'h1'),
        times,
        buttons,
        codeBlocks,
        links,
        bodyBlocks: 0,
        bodyHeadings: 0,
        bodyItems: 0,
        bodyLongChars: 0,
        bodyPrices: 0,
        ...tagCounts,
      },
      root: -1,
    };
  }
  // Paragraph prose summed up the tree (nested paragraph blocks count once: the outer one).
  for (let i = n - 1; i >= 0; i--) {
    const p = (nodes[i] as HtmlNode).parent;
    if (p >= 0 && !dead[i] && !isParagraphBlock[p]) prose[p] = (prose[p] as number) + (prose[i] as number);
  }
  top = promoteTop(nodes, top, topScore, finalScore, isCandidate, chars);
  top = widenTop(nodes, top, chars, prose);
  // --- pass 6: the content roots: the top candidate and its worthy siblings.
  const roots = pickSiblings(nodes, top, finalScore, chars, linkChars, dead, isCandidate);
  // --- pass 7: emit paragraphs from the roots, cleaning link-dense containers.
  const blocks: BodyBlock[] = [];
  let bodyChars = 0;
  let bodyLinkChars = 0;
  let bodyProseBlocks = 0;
  for (const r of roots) {
    bodyChars += chars[r] as number;
    bodyLinkChars += linkChars[r] as number;
    emitBlocks(nodes, r, dead, chars, linkChars, removed, blocks, html.length);
  }
  let bodyHeadings = 0;
  let bodyItems = 0;
  let bodyLongChars = 0;
  let bodyPrices = 0;
  for (const b of blocks) {
    if (b.text.includes('$')) bodyPrices += countMatches(b.text, BODY_PRICE);
    if (b.text.length >= PROSE_CHARS) bodyProseBlocks++;
    if (b.kind === 'heading') bodyHeadings++;
    else if (b.kind === 'item') bodyItems++;
    if (b.text.length >= 150 && /[.!?:;]["”’»)]?$/.test(b.text)) bodyLongChars += b.text.length;
  }
  return {
    blocks,
    removed: normaliseRemoved(removed),
    stats: {
      pageTextChars,
      pageLinkChars,
      proseBlocks,
      proseChars,
      bodyChars,
      bodyLinkChars,
      bodyProseBlocks,
      maxRepeatedSiblings,
      forms,
      inputs,
      h1Count: countTag(nodes, dead, 'h1'),
      times,
      buttons,
      codeBlocks,
      links,
      bodyBlocks: blocks.length,
      bodyHeadings,
      bodyItems,
      bodyLongChars,
      bodyPrices,
      ...tagCounts,
    },
    root: top,
  };
}

/** Inline elements that continue a run of bare text ("Some <a>linked</a> words"). */
const PHRASING_TAGS = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'code',
  'sup',
  'sub',
  'abbr',
  'mark',
  'small',
  'u',
  's',
  'q',
  'cite',
  'time',
  'kbd',
  'var',
  'dfn',
]);

/**
 * Scores the runs of bare text that a container holds beside its block children (a CMS
 * body written as text and `<br>`s, with a few `<div>`s between): each run of 25+
 * characters counts as one paragraph of the container, as Readability wraps such runs in
 * `<p>`. Without this, a body of bare text scores nothing and a sidebar wins.
 */
/**
 * Adds a paragraph's value to `first` and its ancestors, SCORE_LEVELS up: in full to the
 * parent, half to the grandparent, a third of the level beyond (as Readability does); an
 * element met for the first time becomes a candidate with its initial score.
 */
function addToAncestors(nodes: readonly HtmlNode[], first: number, value: number, score: Float64Array, isCandidate: Uint8Array): void {
  let ancestor = first;
  for (let level = 0; level < SCORE_LEVELS && ancestor >= 0; level++) {
    const anc = nodes[ancestor] as HtmlNode;
    if (!isCandidate[ancestor]) {
      isCandidate[ancestor] = 1;
      score[ancestor] = initialScore(anc);
    }
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    score[ancestor] = (score[ancestor] as number) + value / divider;
    ancestor = anc.parent;
  }
}

function scoreInlineRuns(
  nodes: readonly HtmlNode[],
  index: number,
  dead: Uint8Array,
  chars: Float64Array,
  linkChars: Float64Array,
  commas: Float64Array,
  score: Float64Array,
  isCandidate: Uint8Array,
): void {
  const children = (nodes[index] as HtmlNode).children;
  let runChars = 0;
  let runLinks = 0;
  let runCommas = 0;
  let hasText = false;
  for (let k = 0; k <= children.length; k++) {
    const c = k < children.length ? (children[k] as number) : -1;
    if (c >= 0 && dead[c]) continue;
    const child = c >= 0 ? (nodes[c] as HtmlNode) : undefined;
    if (child && (child.tag === TEXT || PHRASING_TAGS.has(child.tag))) {
      if (child.tag === TEXT && (chars[c] as number) > 0) hasText = true;
      runChars += chars[c] as number;
      runLinks += linkChars[c] as number;
      runCommas += commas[c] as number;
      continue;
    }
    if (child && !BLOCK_TAGS.has(child.tag)) continue;
    // A block child or the end closes the run.
    if (hasText && runChars >= MIN_PARAGRAPH_CHARS) {
      const density = runLinks / runChars;
      const value = (1 + runCommas + Math.min(Math.floor(runChars / 100), 3)) * (1 - density);
      addToAncestors(nodes, index, value, score, isCandidate);
    }
    runChars = 0;
    runLinks = 0;
    runCommas = 0;
    hasText = false;
  }
}

function initialScore(node: HtmlNode): number {
  let base = 0;
  switch (node.tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      base = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      base = 3;
      break;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
    case 'address':
      base = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      base = -5;
      break;
    default:
      base = 0;
  }
  return base + classWeight(node);
}

/**
 * Moves the top candidate up when the article's paragraphs are split over several
 * sibling wrappers: an ancestor that holds at least three other strong candidates (score
 * at least 3/4 of the top's) is the real container (Readability's rule, counted here on
 * the ancestor chain only, which costs depth × candidates at most).
 */
function promoteTop(
  nodes: readonly HtmlNode[],
  top: number,
  topScore: number,
  finalScore: Float64Array,
  isCandidate: Uint8Array,
  chars: Float64Array,
): number {
  const strong: number[] = [];
  for (let i = 0; i < isCandidate.length; i++) {
    if (i !== top && isCandidate[i] && (finalScore[i] as number) >= 0.75 * topScore) strong.push(i);
  }
  if (strong.length >= 3) {
    const ancestorsOfTop: number[] = [];
    for (let a = (nodes[top] as HtmlNode).parent; a >= 0; a = (nodes[a] as HtmlNode).parent) {
      if ((nodes[a] as HtmlNode).tag === 'body') break;
      ancestorsOfTop.push(a);
    }
    for (const a of ancestorsOfTop) {
      const anc = nodes[a] as HtmlNode;
      let inside = 0;
      for (const s of strong) {
        const sn = nodes[s] as HtmlNode;
        if (sn.start >= anc.start && sn.end <= anc.end && s !== a) inside++;
      }
      if (inside >= 3) return a;
    }
  }
  // A lone child wrapper: climb while the parent holds little more text than the top.
  let current = top;
  for (;;) {
    const node = nodes[current] as HtmlNode;
    const parent = node.parent;
    if (parent < 0) break;
    const pnode = nodes[parent] as HtmlNode;
    if (pnode.tag === 'body' || pnode.tag === 'html') break;
    if ((chars[parent] as number) > (chars[current] as number) * 1.05) break;
    current = parent;
  }
  return current;
}

/**
 * Widens the body when the article is split over cousin wrappers (page builders put
 * every paragraph group in its own section): takes the highest ancestor below <body>
 * whose extra text, compared with the top candidate, is mostly more paragraph prose.
 * "Mostly" is at least twice as much prose as other text (headings, buttons, links),
 * which was the balance that helped on the WCXB development pages.
 */
function widenTop(nodes: readonly HtmlNode[], top: number, chars: Float64Array, prose: Float64Array): number {
  const baseChars = chars[top] as number;
  const baseProse = prose[top] as number;
  let best = top;
  let a = (nodes[top] as HtmlNode).parent;
  for (let level = 0; a >= 0 && level < 12; level++) {
    const node = nodes[a] as HtmlNode;
    if (node.tag === 'body' || node.tag === 'html') break;
    const addedProse = (prose[a] as number) - baseProse;
    const addedOther = (chars[a] as number) - baseChars - addedProse;
    if (addedProse >= 3 * Math.max(0, addedOther) && addedProse >= 200) best = a;
    a = node.parent;
  }
  return best;
}

/**
 * The content roots: the top candidate plus siblings that look like more of the same
 * article (a strong score, or prose with few links), in document order.
 */
function pickSiblings(
  nodes: readonly HtmlNode[],
  top: number,
  finalScore: Float64Array,
  chars: Float64Array,
  linkChars: Float64Array,
  dead: Uint8Array,
  isCandidate: Uint8Array,
): number[] {
  const topNode = nodes[top] as HtmlNode;
  if (topNode.parent < 0) return [top];
  const parent = nodes[topNode.parent] as HtmlNode;
  const topScore = finalScore[top] as number;
  // Siblings join at a fifth of the top's score, with 10 as the floor (Readability's numbers).
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = topNode.attrs.class ?? '';
  const roots: number[] = [];
  for (const s of parent.children) {
    if (s === top) {
      roots.push(s);
      continue;
    }
    if (dead[s]) continue;
    const sib = nodes[s] as HtmlNode;
    if (sib.tag === TEXT) continue;
    let bonus = 0;
    if (topClass !== '' && sib.attrs.class === topClass) bonus = topScore * 0.2;
    if (isCandidate[s] && (finalScore[s] as number) + bonus >= threshold) {
      roots.push(s);
      continue;
    }
    if (sib.tag === 'p' || sib.tag === 'blockquote' || sib.tag === 'pre') {
      const len = chars[s] as number;
      const density = len > 0 ? (linkChars[s] as number) / len : 1;
      if (len > 80 && density < 0.25) roots.push(s);
      else if (len > 0 && len <= 80 && density === 0 && /[.!?]["”’)]?\s*$/.test(collectText(nodes, s, dead))) roots.push(s);
    }
  }
  return roots;
}

/** A form inside the body: a contact, sign-up or quote form, its labels are not article text. */
const FORM_VERDICT = { class: 'other', rule: 'form' } as const;
/** Fields a reader fills in (a search box or a sign-up form), not hidden inputs. */
const FORM_CONTROLS = new Set(['input', 'textarea', 'select']);

/** Whether an element holds a visible form field (its descendants follow it in the node array). */
function holdsFormControl(nodes: readonly HtmlNode[], index: number): boolean {
  const depth = (nodes[index] as HtmlNode).depth;
  for (let k = index + 1; k < nodes.length; k++) {
    const node = nodes[k] as HtmlNode;
    if (node.depth <= depth) return false;
    if (FORM_CONTROLS.has(node.tag) && node.attrs.type !== 'hidden') return true;
  }
  return false;
}

/** The largest share of a content root's text that an author box, notice or call to action may hold. */
const INNER_BOX_SHARE = 0.3;

/** The tags a block may start with: headings get their own paragraph kind. */
function emitBlocks(
  nodes: readonly HtmlNode[],
  root: number,
  dead: Uint8Array,
  chars: Float64Array,
  linkChars: Float64Array,
  removed: RemovedBlock[],
  out: BodyBlock[],
  sourceLength: number,
): void {
  let buffer = '';
  let start = -1;
  let end = -1;
  let kind: BodyBlock['kind'] = 'body';
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text.length > 0 && start >= 0) {
      out.push({ text, kind, start: Math.min(start, sourceLength), end: Math.min(Math.max(end, start), sourceLength) });
    }
    buffer = '';
    start = -1;
    end = -1;
    kind = 'body';
  };
  // Explicit stack of [node, exiting] pairs: enter pushes the exit marker then children.
  const stack: number[] = [root];
  while (stack.length > 0) {
    const entry = stack.pop() as number;
    if (entry < 0) {
      // exit marker for element ~entry
      const node = nodes[~entry] as HtmlNode;
      if (CELL_TAGS.has(node.tag)) buffer += ' ';
      else if (BLOCK_TAGS.has(node.tag)) flush();
      continue;
    }
    if (dead[entry]) continue;
    const node = nodes[entry] as HtmlNode;
    if (node.tag === TEXT) {
      if (node.text.length === 0) continue;
      if (start < 0) {
        if (countChars(node.text) === 0) continue;
        start = node.start;
      }
      buffer += node.text;
      end = node.end;
      continue;
    }
    if (entry !== root && isLinkDenseBlock(nodes, node, entry, chars, linkChars)) {
      if (node.end > node.start) removed.push({ start: node.start, end: node.end, class: 'related', rule: 'link-dense' });
      continue;
    }
    // A box holding a third of the body or more is the body under an odd name
    // (`author__content` on an author's page), not a box inside it.
    if (entry !== root && (chars[entry] as number) < INNER_BOX_SHARE * (chars[root] as number)) {
      const inner = node.tag === 'form' ? (holdsFormControl(nodes, entry) ? FORM_VERDICT : null) : classifyInnerElement(node);
      if (inner) {
        if (node.end > node.start) removed.push({ start: node.start, end: node.end, class: inner.class, rule: inner.rule });
        continue;
      }
    }
    if (CELL_TAGS.has(node.tag)) {
      // Cells of one row make one paragraph: "2020 Two million".
      buffer += ' ';
    } else if (BLOCK_TAGS.has(node.tag)) {
      flush();
      if (HEADING_TAGS.has(node.tag)) kind = 'heading';
      else if (node.tag === 'li' || node.tag === 'tr' || node.tag === 'dt' || node.tag === 'dd') kind = 'item';
    }
    stack.push(~entry);
    const children = node.children;
    for (let c = children.length - 1; c >= 0; c--) stack.push(children[c] as number);
  }
  flush();
}

/**
 * A container inside the body that is mostly links: a list of related stories, a tag
 * cloud, a table of contents. Half the text in links marks it (Readability's conditional
 * cleaning uses 0.5 for heavy containers and 0.2 for light ones; 0.33 for short blocks
 * keeps "Read more: <link>" lines out and in-text links in).
 */
function isLinkDenseBlock(
  nodes: readonly HtmlNode[],
  node: HtmlNode,
  index: number,
  chars: Float64Array,
  linkChars: Float64Array,
): boolean {
  if (!CLEANABLE_TAGS.has(node.tag)) return false;
  const len = chars[index] as number;
  if (len === 0) return false;
  const density = (linkChars[index] as number) / len;
  if (node.tag === 'p' || node.tag === 'span') return density > 0.8 && len < 200;
  if (node.tag === 'ul' || node.tag === 'ol') return density > 0.5 && len < LINK_LIST_ITEM_CHARS * countItems(nodes, node);
  if (density > 0.5) return true;
  return density > 0.33 && len < 300;
}

/**
 * Items a list's links must stay under, on average, for the list to count as a list of
 * links (a menu, "related" links: a few words each). Items that go on past their link
 * ("Brand: why we like it...") are the article's own list, and so is a list whose text
 * is mostly not links. On the WCXB articles the link-dense lists with longer items were
 * in the true text four times in five (by words).
 */
const LINK_LIST_ITEM_CHARS = 40;

/** The `li` children of a list (at least 1). */
function countItems(nodes: readonly HtmlNode[], list: HtmlNode): number {
  let items = 0;
  for (const c of list.children) if ((nodes[c] as HtmlNode).tag === 'li') items++;
  return Math.max(1, items);
}

function collectText(nodes: readonly HtmlNode[], root: number, dead: Uint8Array): string {
  let out = '';
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (dead[i]) continue;
    const node = nodes[i] as HtmlNode;
    if (node.tag === TEXT) out += node.text;
    else for (let c = node.children.length - 1; c >= 0; c--) stack.push(node.children[c] as number);
  }
  return out.trim();
}

/**
 * The largest number of live siblings that share a tag and class (cards in a grid), and
 * the largest such group whose members each hold 100+ characters with under 30% in links.
 */
function countRepeatedSiblings(
  nodes: readonly HtmlNode[],
  dead: Uint8Array,
  chars: Float64Array,
  linkChars: Float64Array,
): { cards: number; proseCards: number } {
  let best = 0;
  let bestProse = 0;
  const counts = new Map<string, number>();
  const proseCounts = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as HtmlNode;
    if (dead[i] || node.tag === TEXT || node.children.length < 3) continue;
    counts.clear();
    proseCounts.clear();
    for (const c of node.children) {
      const child = nodes[c] as HtmlNode;
      if (child.tag === TEXT || dead[c]) continue;
      if (child.tag !== 'div' && child.tag !== 'article' && child.tag !== 'li' && child.tag !== 'section') continue;
      const cls = child.attrs.class;
      if (!cls) continue;
      // Only cards: repeated items that hold a link and a heading or image.
      const key = `${child.tag}.${cls}`;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > best) best = count;
      const len = chars[c] as number;
      if (len >= 100 && (linkChars[c] as number) < 0.3 * len) {
        const prose = (proseCounts.get(key) ?? 0) + 1;
        proseCounts.set(key, prose);
        if (prose > bestProse) bestProse = prose;
      }
    }
  }
  return { cards: best, proseCards: bestProse };
}

function countTag(nodes: readonly HtmlNode[], dead: Uint8Array, tag: string): number {
  let count = 0;
  for (let i = 0; i < nodes.length; i++) if (!dead[i] && (nodes[i] as HtmlNode).tag === tag) count++;
  return count;
}

/** Sorts removed blocks and keeps the outermost of any that overlap. */
function normaliseRemoved(blocks: RemovedBlock[]): RemovedBlock[] {
  blocks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RemovedBlock[] = [];
  let lastEnd = -1;
  for (const b of blocks) {
    if (b.start < lastEnd || b.end <= b.start) continue;
    out.push(b);
    lastEnd = b.end;
  }
  return out;
}

/** How many times a global regex matches in a text. */
function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** Non-whitespace characters in a string. */
export function countChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) count++;
  }
  return count;
}

function countCommas(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) count++;
  }
  return count;
}
