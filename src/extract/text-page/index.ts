/**
 * The plain-text page extractor: a scraped page dump (menus, headline, captions, body,
 * sidebars, footers as lines of text) becomes the clean article, its paragraphs, the
 * furniture it removed (each block with its class and rule) and the metadata it read.
 *
 * The cascade, in order:
 * 1. split the page into blocks and measure them (blocks.ts);
 * 2. mark blocks the furniture vocabularies recognise on their own (classify.ts, constants.ts);
 * 3. find where the body starts: the agency dateline paragraph, else the first long sentence
 *    followed by more prose;
 * 4. find where it ends: the first block that ends a body (template junk, tags, sidebar
 *    header, share widget, site footer) or a link list with no prose after it;
 * 5. inside the body, keep prose and in-body headings, move captions, teasers and strays out;
 * 6. before the body, pick the title, the section under it and the standfirst;
 * 7. after the body, read tag values, and class the rest as sidebar or footer;
 * 8. read the outlet, dateline and page time; refuse pages with no article.
 */
import { type DocumentMeta, emptyMeta, type PageTime } from '../../core/document.js';
import type { FurnitureBlock, FurnitureClass, Paragraph } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import type { ExtractOptions, ExtractResult } from '../types.js';
import { type Block, measureCapitals, splitBlocks } from './blocks.js';
import {
  type BlockVerdict,
  BODY_START_MIN_WORDS,
  HEADLINE_MAX_WORDS,
  isCaption,
  isHeadingShaped,
  isHeadlineShaped,
  isProse,
  matchFurniture,
} from './classify.js';
import { BYLINE_PATTERN, TAG_KEYS } from './constants.js';
import {
  knownOutletNamed,
  outletForMarker,
  outletFromFurniture,
  type ParsedDateline,
  parseDateline,
  parsePageTime,
  splitTagValues,
} from './meta.js';

export { splitBlocks } from './blocks.js';
export { isCaption, matchFurniture } from './classify.js';
export { parseDateline, parsePageTime, splitTagValues, titleCasePlace } from './meta.js';

/** The stage name recorded on every paragraph and furniture block. */
export const TEXT_PAGE_STAGE = 'extract/text-page';

/**
 * A body shorter than this many words is refused as 'no-body'. The shortest wire brief we
 * meant to keep (two paragraphs of a dateline story) has about 60 words; menus and teaser
 * blurbs that slip through stay well under 50.
 */
const MIN_BODY_WORDS = 50;

/**
 * A body with at least this many headings, making up at least half of its paragraphs, is a
 * listing (headline + blurb, repeated) rather than an article: section index pages.
 */
const LISTING_MIN_HEADINGS = 3;

/** A paragraph without a dateline may open the body if another prose block follows within this many blocks. */
const BODY_SUPPORT_WINDOW = 6;
/** ...or if it is this long on its own (a one-paragraph story). */
const BODY_ALONE_WORDS = 40;

/** The page's blocks with what every later step reads about them, computed once (speed). */
interface Page {
  readonly blocks: readonly Block[];
  readonly verdicts: readonly (BlockVerdict | null)[];
  readonly captions: readonly boolean[];
  /** For each index, the next index (itself included) of a block that could open a body, or Infinity. */
  readonly nextOpening: readonly number[];
  /** For each index, the next index (itself included) of a block that ends a body, or Infinity. */
  readonly nextEndsBody: readonly number[];
}

function buildPage(source: string): Page {
  const blocks = splitBlocks(source);
  const verdicts = blocks.map((b) => matchFurniture(b.text, b.words));
  const captions = blocks.map((b, i) => !verdicts[i] && isCaption(b, blocks[i + 1]));
  const nextOpening: number[] = new Array(blocks.length + 1).fill(Infinity);
  const nextEndsBody: number[] = new Array(blocks.length + 1).fill(Infinity);
  const page: Page = { blocks, verdicts, captions, nextOpening, nextEndsBody };
  for (let i = blocks.length - 1; i >= 0; i--) {
    nextOpening[i] = isOpeningProse(page, i) ? i : (nextOpening[i + 1] ?? Infinity);
    nextEndsBody[i] = verdicts[i]?.endsBody ? i : (nextEndsBody[i + 1] ?? Infinity);
  }
  return page;
}

type Role = { kind: 'body' } | { kind: 'heading' } | { kind: 'furniture'; class: FurnitureClass; rule: string };

interface Evidence {
  span?: Span;
  rule: string;
}

function sourceSpan(block: Block, length?: number): Span {
  return { start: block.start, end: length === undefined ? block.end : block.start + length, in: 'source' };
}

function furniture(cls: FurnitureClass, rule: string): Role {
  return { kind: 'furniture', class: cls, rule };
}

function isOpeningProse(page: Page, i: number): boolean {
  const { blocks, verdicts, captions } = page;
  const block = blocks[i];
  if (!block || verdicts[i] || !block.endsSentence || block.words < BODY_START_MIN_WORDS) return false;
  return !captions[i];
}

function findBodyStart(page: Page): { index: number; dateline: ParsedDateline | null } {
  const { blocks, verdicts, captions } = page;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || verdicts[i]) continue;
    const dateline = parseDateline(block.text);
    if (dateline && block.words >= 6) return { index: i, dateline };
  }
  for (let i = 0; i < blocks.length; i++) {
    if (!isOpeningProse(page, i)) continue;
    if ((blocks[i]?.words ?? 0) >= BODY_ALONE_WORDS) return { index: i, dateline: null };
    for (let j = i + 1; j < Math.min(blocks.length, i + 1 + BODY_SUPPORT_WINDOW); j++) {
      const next = blocks[j];
      if (next && !verdicts[j] && isProse(next) && !captions[j]) return { index: i, dateline: null };
    }
  }
  return { index: -1, dateline: null };
}

/** True when a prose block that could open a body follows `from` before anything that ends a body. */
function hasProseAhead(page: Page, from: number): boolean {
  return (page.nextOpening[from] ?? Infinity) < (page.nextEndsBody[from] ?? Infinity);
}

function findBodyStop(page: Page, start: number): number {
  const { blocks, verdicts } = page;
  const startGroup = blocks[start]?.group;
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) break;
    if (verdicts[i]?.endsBody) return i;
    if (block.inLinkList && block.group !== startGroup && !isOpeningProse(page, i)) {
      let end = i;
      while (end < blocks.length && blocks[end]?.group === block.group) end++;
      if (!hasProseAhead(page, end)) return i;
      i = end - 1;
    }
  }
  return blocks.length;
}

/**
 * The title among the blocks before the body: a headline-shaped line that is no menu item,
 * caption, advert or teaser. A candidate repeated after the body ("Most read") wins; else
 * the last candidate outside link lists, or the one before it when the last is its standfirst.
 */
function pickTitle(page: Page, start: number, laterTexts: ReadonlySet<string>): number {
  const { blocks, verdicts, captions } = page;
  const candidates: number[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < start; i++) seen.set(blocks[i]?.text ?? '', (seen.get(blocks[i]?.text ?? '') ?? 0) + 1);
  let repeated = -1;
  for (let i = 0; i < start; i++) {
    const block = blocks[i];
    if (!block || verdicts[i] || !isHeadlineShaped(block) || captions[i]) continue;
    // The line after an advert or teaser label is the advert or the teaser's headline; a line
    // met twice above the body is a menu item (the section line repeats a menu entry).
    const label = verdicts[i - 1]?.rule;
    if (label === 'advert' || label === 'teaser-label' || (seen.get(block.text) ?? 0) > 1) continue;
    // A headline repeated further down ("Most read", "Top stories") is the page's own title;
    // sidebars list other headlines too, so the one nearest the body wins.
    if (!block.inLinkList && laterTexts.has(block.text)) repeated = i;
    candidates.push(i);
  }
  if (repeated >= 0) return repeated;
  const outsideLists = candidates.filter((i) => !blocks[i]?.inLinkList);
  const pool = outsideLists.length > 0 ? outsideLists : candidates;
  const last = pool[pool.length - 1];
  const before = pool[pool.length - 2];
  if (last === undefined) return -1;
  if (before === undefined) return last;
  const a = blocks[before];
  const b = blocks[last];
  if (!a || !b) return last;
  // Title, then standfirst: the later line is a summary when it is about as long as the
  // line before it (give or take three words), ends like a sentence, opens with a quotation,
  // or is in sentence case (under half of its long words capitalised) where a Title Case
  // headline would not be.
  const looksLikeStandfirst =
    b.words >= 6 && (b.words >= a.words - 3 || b.endsSentence || /^["“]/.test(b.text) || measureCapitals(b.text) < 0.5);
  // A title and its standfirst stand close together (a section, time or share line at most
  // between them); a headline-like line further up is a site tagline or a teaser.
  let adjacent = last - before <= 4;
  for (let k = before + 1; k < last && adjacent; k++) {
    const verdict = verdicts[k];
    const between = blocks[k];
    adjacent = verdict ? BETWEEN_TITLE_AND_STANDFIRST.has(verdict.class) : between !== undefined && isSectionShaped(between);
  }
  return looksLikeStandfirst && adjacent ? before : last;
}

/** Furniture that may stand between a title and its standfirst (not menus or breadcrumbs). */
const BETWEEN_TITLE_AND_STANDFIRST: ReadonlySet<FurnitureClass> = new Set([
  'page-time',
  'share',
  'byline',
  'photo-credit',
  'advert',
  'section',
]);

/** Section: a short headline-case line right under the title ("Politics & Diplomacy"). */
function isSectionShaped(block: Block): boolean {
  return block.words <= 5 && !block.endsSentence && /^\p{Lu}/u.test(block.text) && measureCapitals(block.text) >= 0.5;
}

/** Reads the tag values that follow a tag label. */
function readTagValues(page: Page, label: number): number[] {
  const { blocks, verdicts } = page;
  const values: number[] = [];
  const group = blocks[label]?.group;
  for (let j = label + 1; j < blocks.length && values.length < 3; j++) {
    const block = blocks[j];
    // The first value may stand across a blank line (dumps that double line breaks); more
    // values must follow without one.
    const attached = block !== undefined && (block.group === group || j === label + 1);
    if (!block || verdicts[j] || !attached || block.words > 15 || block.endsSentence) break;
    values.push(j);
    if (block.group !== group) break;
  }
  return values;
}

/**
 * Extracts the article of a plain-text page dump, or refuses the page with a reason.
 *
 * Every block ends up either as a body paragraph (`kind` 'body' or 'heading', with its
 * source span) or as a furniture block (class and rule, span into the source). Metadata
 * read: outlet, title, standfirst, dateline, pageTime, section, tags, each with evidence.
 * `published` and `language` stay null (later stages fill them).
 *
 * @example
 * const result = extractTextPage('Home\n\nLeaders agree to talk\n\nVALDORA, May 3. /NORTHWIRE/. President ...');
 * if (result.kind === 'article') console.log(result.meta.title, result.text);
 */
export function extractTextPage(source: string, options: ExtractOptions = {}): ExtractResult {
  const page = buildPage(source);
  const { blocks, verdicts, captions } = page;
  const roles: (Role | undefined)[] = new Array(blocks.length);
  const evidence: Record<string, Evidence> = {};
  const assign = (i: number, role: Role) => {
    if (roles[i] === undefined) roles[i] = role;
  };

  let { index: start, dateline } = findBodyStart(page);
  const stop = start < 0 ? blocks.length : findBodyStop(page, start);
  const laterTexts = new Set<string>();
  // Later lines, without a list rank ("3. "), to spot the title repeated in "Most read".
  // Only lines that could equal a title candidate are kept (no more than 30 words once the
  // rank is cut, no final . , ; or :): hashing every body paragraph was a hot spot.
  for (let i = Math.max(start, 0) + 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || block.words > HEADLINE_MAX_WORDS + 1) continue;
    const text = block.text;
    const last = text.charCodeAt(text.length - 1);
    if (last === 46 || last === 44 || last === 59 || last === 58) continue;
    const c = text.charCodeAt(0);
    laterTexts.add(c >= 48 && c <= 57 ? text.replace(/^\d{1,2}[.)]\s+/, '') : text);
  }

  // Pre-body: title, section, standfirst.
  const headEnd = start < 0 ? blocks.length : start;
  let title = pickTitle(page, headEnd, start < 0 ? new Set() : laterTexts);
  if (start >= 0 && !dateline && title >= 0) {
    // Title, summary sentence, photo, body: a sentence right under the title that is followed
    // by a caption or credit is the standfirst, and the body starts at the next prose.
    const between = blocks.slice(title + 1, start).some((b, k) => !verdicts[title + 1 + k] && b.words > 5);
    const next = blocks[start + 1];
    const followedByPhoto = next && (verdicts[start + 1]?.class === 'photo-credit' || captions[start + 1]);
    if (!between && followedByPhoto) {
      for (let j = start + 2; j < stop; j++) {
        if (isOpeningProse(page, j)) {
          start = j;
          title = pickTitle(page, start, laterTexts);
          break;
        }
      }
    }
  }
  if (title >= 0) {
    assign(title, furniture('title', 'headline-before-body'));
    const titleBlock = blocks[title];
    if (titleBlock) evidence.title = { span: sourceSpan(titleBlock), rule: 'headline-before-body' };
  }
  const head = Math.max(0, title + 1);
  let section = -1;
  let standfirst = -1;
  if (title >= 0) {
    const under = blocks[title + 1];
    if (under && title + 1 < headEnd && !verdicts[title + 1] && isSectionShaped(under) && !captions[title + 1]) {
      section = title + 1;
      assign(section, furniture('section', 'line-under-title'));
      evidence.section = { span: sourceSpan(under), rule: 'line-under-title' };
    }
    for (let i = head; i < Math.max(start, 0); i++) {
      const block = blocks[i];
      if (!block || i === section || verdicts[i] || block.words < 6 || captions[i]) continue;
      standfirst = i;
      assign(i, furniture('standfirst', 'summary-under-title'));
      evidence.standfirst = { span: sourceSpan(block), rule: 'summary-under-title' };
      break;
    }
  }

  // Every block: tags and teasers first (they claim the blocks after their labels).
  const tags: Record<string, string[]> = {};
  for (let i = 0; i < blocks.length; i++) {
    const verdict = verdicts[i];
    if (!verdict) continue;
    if (verdict.rule === 'tag-label') {
      const written = (blocks[i]?.text ?? '').replace(/\s*:$/, '').toLowerCase();
      const label = TAG_KEYS[written] ?? written;
      for (const j of readTagValues(page, i)) {
        const values = splitTagValues(blocks[j]?.text ?? '', label);
        tags[label] = [...(tags[label] ?? []), ...values];
        assign(j, furniture('tags', 'tag-values'));
        const valueBlock = blocks[j];
        if (valueBlock && !evidence[`tags.${label}`]) evidence[`tags.${label}`] = { span: sourceSpan(valueBlock), rule: 'tag-block' };
      }
    } else if (verdict.rule === 'teaser-label') {
      const next = blocks[i + 1];
      if (next && !verdicts[i + 1] && !next.endsSentence && next.words <= 25) assign(i + 1, furniture('teaser', 'teaser-headline'));
    } else if (verdict.rule === 'advert') {
      // The line under an advert label is the advert's text, unless it reads as body prose.
      const next = blocks[i + 1];
      if (
        next &&
        !verdicts[i + 1] &&
        next.group === blocks[i]?.group &&
        i + 1 !== start &&
        !(i + 1 > start && i + 1 < stop && isProse(next))
      )
        assign(i + 1, furniture('advert', 'advert-text'));
    }
    // A sidebar word inside a menu before the body ("Opinion") is a menu item.
    if (verdict.class === 'sidebar' && i < headEnd && blocks[i]?.inLinkList) assign(i, furniture('navigation', 'menu-item'));
    else assign(i, furniture(verdict.class, verdict.rule));
  }

  // The body.
  if (start >= 0) {
    for (let i = start; i < stop; i++) {
      const block = blocks[i];
      if (!block || roles[i]) continue;
      if (i > start && captions[i]) assign(i, furniture('caption', 'caption-in-body'));
      else if (i === start || isProse(block)) assign(i, { kind: 'body' });
      else if (isHeadingShaped(block) && isFollowedByProse(page, roles, i, stop)) assign(i, { kind: 'heading' });
      else assign(i, furniture(block.inLinkList ? 'related' : 'other', 'stray-line-in-body'));
    }
  }

  // Before and after the body: whatever is left.
  // After the body, a leftover line takes the class of the last region opened: a sidebar
  // header opens a sidebar, a site footer opens the footer.
  let region: 'sidebar' | 'footer' = 'sidebar';
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i];
    const block = blocks[i];
    if (!block) continue;
    if (role) {
      if (role.kind === 'furniture' && i >= stop && (role.class === 'footer' || role.class === 'sidebar')) region = role.class;
      continue;
    }
    if (captions[i]) assign(i, furniture('caption', 'caption'));
    else if (i < headEnd) assign(i, furniture(i < head ? 'navigation' : 'other', i < head ? 'before-title' : 'between-title-and-body'));
    else if (region === 'footer') assign(i, furniture('footer', 'after-site-footer'));
    else assign(i, furniture('sidebar', block.inLinkList ? 'link-list' : 'after-body'));
  }

  // Paragraphs and text.
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  let bodyWords = 0;
  let headings = 0;
  let timesInBody = 0;
  const furnitureBlocks: FurnitureBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const role = roles[i];
    if (!block || !role) continue;
    if (role.kind === 'furniture') {
      furnitureBlocks.push({ start: block.start, end: block.end, in: 'source', class: role.class, rule: role.rule, by: TEXT_PAGE_STAGE });
      if (i > start && i < stop && role.class === 'page-time') timesInBody++;
      continue;
    }
    if (parts.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + block.text.length, kind: role.kind, source: sourceSpan(block), by: TEXT_PAGE_STAGE });
    parts.push(block.text);
    offset += block.text.length;
    if (role.kind === 'heading') headings++;
    else bodyWords += block.words;
  }

  // Metadata.
  const pageTime = readPageTime(page.blocks, roles, start, evidence);
  const outlet = readOutlet(blocks, roles, dateline, start, evidence);
  if (dateline) {
    const first = blocks[start];
    if (first) evidence.dateline = { span: sourceSpan(first, dateline.length), rule: 'agency-dateline' };
  }
  if (Object.keys(tags).length > 0) evidence.tags = { rule: 'tag-block' };
  const byline = readByline(blocks, roles, headEnd, evidence);
  const meta: DocumentMeta = {
    ...emptyMeta(),
    outlet,
    byline,
    title: title >= 0 ? (blocks[title]?.text ?? null) : null,
    standfirst: standfirst >= 0 ? (blocks[standfirst]?.text ?? null) : null,
    dateline: dateline ? { place: dateline.place, month: dateline.month, day: dateline.day } : null,
    pageTime,
    url: options.url ?? null,
    section: section >= 0 ? (blocks[section]?.text ?? null) : null,
    tags,
    evidence,
  };

  const refusal = decideRefusal(start, page, paragraphs.length - headings, headings, bodyWords, timesInBody);
  if (refusal) {
    const all: FurnitureBlock[] = blocks.map((b, i) => {
      const role = roles[i];
      // On a page with no article, what looked like a title or body is a listing's line.
      const kept =
        role?.kind === 'furniture' && !(refusal.reason === 'not-an-article' && (role.class === 'title' || role.class === 'standfirst'));
      const cls: FurnitureClass = kept && role?.kind === 'furniture' ? role.class : 'other';
      const rule = kept && role?.kind === 'furniture' ? role.rule : 'refused-page';
      return { start: b.start, end: b.end, in: 'source', class: cls, rule, by: TEXT_PAGE_STAGE };
    });
    // A listing's first headline is not the page's title.
    const refusedMeta = refusal.reason === 'not-an-article' ? { ...meta, title: null, standfirst: null } : meta;
    return { kind: 'refused', ...refusal, meta: refusedMeta, furniture: all, diagnostics: [] };
  }

  const diagnostics: { rule: string; severity: 'info'; message: string }[] = [];
  if (title < 0)
    diagnostics.push({ rule: 'no-title', severity: 'info', message: 'no headline-like line found before the body; meta.title is null' });
  if (!outlet)
    diagnostics.push({
      rule: 'no-outlet',
      severity: 'info',
      message: 'the page names no outlet (no dateline marker, site footer or known domain); meta.outlet is null',
    });
  return { kind: 'article', text: parts.join('\n\n'), paragraphs, furniture: furnitureBlocks, meta, diagnostics };
}

function isFollowedByProse(page: Page, roles: readonly (Role | undefined)[], i: number, stop: number): boolean {
  const { blocks, verdicts, captions } = page;
  for (let j = i + 1; j < stop; j++) {
    const block = blocks[j];
    if (!block) return false;
    if (roles[j] || verdicts[j]) continue;
    if (captions[j]) continue;
    return isProse(block);
  }
  return false;
}

function readPageTime(
  blocks: readonly Block[],
  roles: readonly (Role | undefined)[],
  start: number,
  evidence: Record<string, Evidence>,
): PageTime | null {
  const end = start < 0 ? blocks.length : start;
  for (let i = 0; i < end; i++) {
    const role = roles[i];
    const block = blocks[i];
    if (!block || role?.kind !== 'furniture' || role.class !== 'page-time') continue;
    // "Statement by the Press Office, 2 June 2026": the time is what follows the label.
    const time = parsePageTime(block.text) ?? parsePageTime(block.text.replace(/^.*[,:–—]\s*(?=\d|\p{L}+\s+\d)/u, ''));
    if (time) {
      evidence.pageTime = { span: sourceSpan(block), rule: role.rule };
      return { ...time, text: block.text };
    }
  }
  return null;
}

function readByline(
  blocks: readonly Block[],
  roles: readonly (Role | undefined)[],
  end: number,
  evidence: Record<string, Evidence>,
): string | null {
  for (let i = 0; i < end; i++) {
    const role = roles[i];
    const block = blocks[i];
    if (!block || role?.kind !== 'furniture' || role.class !== 'byline') continue;
    const name = BYLINE_PATTERN.exec(block.text)?.[1];
    if (name) {
      evidence.byline = { span: sourceSpan(block), rule: 'byline-line' };
      return name;
    }
  }
  return null;
}

function readOutlet(
  blocks: readonly Block[],
  roles: readonly (Role | undefined)[],
  dateline: ParsedDateline | null,
  start: number,
  evidence: Record<string, Evidence>,
): string | null {
  if (dateline) {
    const first = blocks[start];
    const name = outletForMarker(dateline.agency) ?? dateline.agency;
    if (first)
      evidence.outlet = {
        span: sourceSpan(first, dateline.length),
        rule: outletForMarker(dateline.agency) ? 'known-agency-marker' : 'dateline-marker',
      };
    return name;
  }
  let named: { name: string; index: number; rule: string } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i];
    const block = blocks[i];
    if (!block || role?.kind !== 'furniture') continue;
    const found = outletFromFurniture(block.text);
    if (found) {
      evidence.outlet = { span: sourceSpan(block), rule: found.rule };
      return found.name;
    }
    if (!named && role.class === 'footer') {
      const known = knownOutletNamed(block.text);
      if (known) named = { name: known, index: i, rule: 'known-outlet-in-footer' };
    }
  }
  if (named) {
    const block = blocks[named.index];
    if (block) evidence.outlet = { span: sourceSpan(block), rule: named.rule };
    return named.name;
  }
  return null;
}

function decideRefusal(
  start: number,
  page: Page,
  bodyParagraphs: number,
  headings: number,
  bodyWords: number,
  timesInBody: number,
): { reason: 'not-an-article' | 'no-body'; confidence: number; message: string } | null {
  if (start < 0) {
    const prose = page.blocks.filter((b, i) => isProse(b) && !page.verdicts[i] && !page.captions[i]).length;
    // No sentence-like block at all: menus and lists, near-certain. A few stray sentences:
    // a page whose article is missing or cut (a stub), with more doubt.
    if (prose === 0) {
      return {
        reason: 'not-an-article',
        confidence: 0.95,
        message: `expected an article (a dateline paragraph or a run of prose), found ${page.blocks.length} blocks of menus, lists or short lines`,
      };
    }
    return {
      reason: 'no-body',
      confidence: 0.7,
      message: `expected an article body (a dateline paragraph or a run of prose), found only ${prose} isolated sentence${prose === 1 ? '' : 's'}`,
    };
  }
  if ((headings >= LISTING_MIN_HEADINGS && headings * 2 >= bodyParagraphs) || timesInBody >= LISTING_MIN_HEADINGS) {
    return {
      reason: 'not-an-article',
      confidence: 0.75,
      message: `expected one article, found a listing (${headings} headlines with short blurbs, ${timesInBody} time stamps): a section or index page`,
    };
  }
  if (bodyWords < MIN_BODY_WORDS) {
    return { reason: 'no-body', confidence: 0.7, message: `expected a body of at least ${MIN_BODY_WORDS} words, found ${bodyWords}` };
  }
  return null;
}
