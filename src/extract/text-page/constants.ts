/**
 * Vocabularies and patterns of page furniture in plain-text page dumps, in one place.
 *
 * Every entry says what it catches and why it generalises: these are the words news
 * sites put in menus, widgets and footers, not strings of any one page. Patterns are
 * matched against a block's normalised text (whitespace runs, NBSP included, collapsed to
 * one space; trimmed), so none of them needs to care about layout whitespace.
 */

import type { FurnitureClass } from '../../core/layers.js';
import { ENGLISH_MONTH_NUMBERS } from '../../core/months.js';

/** A furniture pattern: the class it assigns, the rule name reported, and why it exists. */
export interface FurniturePattern {
  readonly rule: string;
  readonly class: FurnitureClass;
  readonly pattern: RegExp;
  /** Why the pattern exists (documentation; shown nowhere else). */
  readonly why: string;
  /** True when the pattern, met after the body has begun, ends the body. */
  readonly endsBody?: boolean;
  /** The most words a line the pattern matches can have; longer lines skip it (speed, not meaning). */
  readonly maxWords?: number;
  /** A literal the line must hold before the pattern runs (speed; never narrower than the pattern). */
  readonly hint?: RegExp;
}

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_EN_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** English month names (and common abbreviations) to month numbers. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...ENGLISH_MONTH_NUMBERS,
  // Russian genitive month names, as written in Russian-language datelines ("23 января").
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};

const MONTH_ANY = `${MONTHS_EN}|${MONTHS_EN_SHORT}`;
const MONTHS_RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

/**
 * The agency dateline opening a story: "SOCHI, May 14. /TASS/.", "NEW YORK, Jan. 3 /NORTHWIRE/ -",
 * "МОСКВА, 23 января. /ТАСС/." Groups: place, month-first (month, day) or day-first
 * (day, month), agency. The place is an upper-case run (wire style) of up to five words.
 */
export const DATELINE_PATTERN = new RegExp(
  `^([\\p{Lu}][\\p{Lu}\\p{M}.'’\\- ]{1,40}?)(?:\\s*\\([^)]{1,30}\\))?,\\s*(?:(${MONTH_ANY})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTHS_RU}|${MONTH_ANY}))\\.?\\s*(?:/\\s*([\\p{L}\\p{N}&.\\- ]{2,30}?)\\s*/|\\(([\\p{L}&.\\- ]{2,30})\\))\\s*[.\\-–—:]?`,
  'u',
);

/**
 * A page time: "January 23, 13:01 UTC+3", "Monday, March 4, 2024, 09:15 GMT", "23 January 2017, 13:01".
 * Groups: month-first (month, day) or day-first (day, month), year, hour, minute, offset hours, offset minutes.
 */
export const PAGE_TIME_PATTERN = new RegExp(
  `^(?:(?:Updated|Published|Posted)\\s*:?\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(${MONTH_ANY})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_ANY}|${MONTHS_RU}))(?:,?\\s+(\\d{4})(?:\\s*г\\.)?)?(?:,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2}))?(?:\\s*(?:UTC|GMT)\\s*(?:([+-−]\\d{1,2})(?::?(\\d{2}))?)?)?$`,
  'i',
);

/** A bare date or time line with no hours ("March 4, 2024", "04.03.2024 09:15", "09:15"). */
const BARE_TIME = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?:\s*(?:UTC|GMT)[+-−]?\d{0,2})?)$/;

/** A short label, then a full date: "Press statement, 2 June 2026", "Published: March 4, 2026". */
const LABELLED_DATE = new RegExp(
  `^[\\p{L}'’ ]{1,50}[,:–—-]\\s*(?:\\d{1,2}\\s+(?:${MONTHS_EN})\\s+\\d{4}|(?:${MONTHS_EN})\\s+\\d{1,2},\\s+\\d{4})$`,
  'u',
);

/** A byline; group 1 is the name. */
export const BYLINE_PATTERN =
  /^(?:[Bb]y|BY|[Aa]uthor:|[Rr]eporting by|[Ww]ritten by)\s+([\p{Lu}][\p{L}.'’-]*(?:,?\s+(?:and\s+)?[\p{Lu}][\p{L}.'’-]*){0,5})$/u;

/** Tag labels whose key in `meta.tags` is not the lower-cased label itself (translations). */
export const TAG_KEYS: Readonly<Record<string, string>> = { персоны: 'persons', темы: 'topics', теги: 'tags' };

/** Credits for a photo: "© AP Photo/...", "Photo: ...", "(Photo by ...)" on its own line. */
export const CREDIT_PATTERN = /^(?:©|\(c\)\s|copyright\s+\S+\s+photo|photo\s*:|photos\s*:|image\s*:|picture\s*:|credit\s*:|фото\s*:)/i;

/**
 * Caption signals inside a line: position markers "(L)", "(R)", "(C)", "(2nd L)", "(left)", and
 * photo parentheticals "(file photo via AP)", "(Photos by AFP)", "(Photo by ...)".
 */
export const CAPTION_MARKER_PATTERN =
  /\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|C-L|C-R|L-R|left|right|centre|center|top|bottom|front|back|foreground|background)\)|\((?:[^)]*\b(?:file\s+)?photos?\b[^)]*|[^)]*\bvia (?:AP|AFP|Reuters|Getty|EPA)\b[^)]*)\)/i;

/**
 * Caption verbs in the present tense, which news prose does not use with a full past date:
 * "X speaks to Y ... on January 20, 2017 in Washington."
 */
export const CAPTION_VERB_PATTERN =
  /\b(?:attend|attends|speaks|speak|looks on|look on|gestures|gesture|poses|pose|waves|wave|arrives|arrive|shakes hands|shake hands|is seen|are seen|pictured|listens|listen|walks|walk|greets|greet)\b/i;

/** A full calendar date "January 20, 2017" or "20 January 2017", which captions carry. */
export const FULL_DATE_PATTERN = new RegExp(`\\b(?:(?:${MONTHS_EN})\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS_EN})\\s+\\d{4})\\b`);

/** A photo credit glued to a caption line: "... press service/TASS", "... Reuters/John Doe". */
export const TRAILING_CREDIT_PATTERN =
  /(?:\bphoto|\bpress service|\bservice|\bagency|\boffice)\s*\/\s*[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?$|\s\/\s*[\p{Lu}]{2,}$/u;

/** Alternate-address footers: "X's website can also be accessed at the following alternate addresses:". */
export const ALTERNATE_ADDRESS_PATTERN = /\bcan (?:also )?be accessed at\b|\balternate (?:addresses|domains)\b|\bmirror sites?\b/i;

/** The site naming itself in a footer: "Press TV's website ...", "Northwind Radio’s site ...". */
export const SITE_FOOTER_OUTLET_PATTERN = /^([\p{Lu}][\p{L}\p{N}&.\- ]{1,40}?)['’]s (?:website|web site|site|websites)\b/u;

/** A copyright line naming the outlet: "© 2024 Northwind Broadcasting. All rights reserved." */
export const COPYRIGHT_OUTLET_PATTERN =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{Lu}][\p{L}\p{N}&.\- ]{1,40}?)[.,]?\s*(?:all rights reserved|$)/iu;

/** A bare domain name on its own line ("www.example.org"), as alternate-address lists give them. */
export const DOMAIN_LINE_PATTERN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/i;

/** A fiction notice on the project's own example pages. */
export const FICTION_NOTICE_PATTERN = /^\(?(?:this is a )?fictional example\b.*\)?$/i;

/**
 * Block-level furniture patterns, tried in order; the first match wins. Lines are matched
 * whole, so "Share" matches but a sentence with the word "share" does not.
 */
export const FURNITURE_PATTERNS: readonly FurniturePattern[] = [
  {
    rule: 'fiction-notice',
    hint: /ictional/,
    class: 'other',
    pattern: FICTION_NOTICE_PATTERN,
    why: 'the marker of the project’s own fictional example pages',
  },
  {
    rule: 'template-junk',
    hint: /\{\{|\{%|<%|\$\{/,
    class: 'template',
    pattern: /\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{[a-z_.]+\}/i,
    why: 'unrendered client-side template placeholders',
    endsBody: true,
  },
  {
    rule: 'page-count',
    maxWords: 5,
    hint: /^\d/,
    class: 'navigation',
    pattern: /^\d+\s+pages?\s+in\s+this\s+article$/i,
    why: 'pagination widgets of multi-page articles',
  },
  {
    rule: 'copyright',
    hint: /©|\(c\)|opyright|ights/i,
    class: 'footer',
    pattern: /^(?:©|\(c\)|copyright)\s*\d{4}\b|all rights reserved/i,
    why: 'copyright footers (before photo credits: both open with ©)',
    endsBody: true,
  },
  { rule: 'photo-credit', class: 'photo-credit', pattern: CREDIT_PATTERN, why: 'photo credit lines' },
  {
    rule: 'alternate-addresses',
    hint: /ccessed|lternate|irror/,
    class: 'footer',
    pattern: ALTERNATE_ADDRESS_PATTERN,
    why: 'mirror-domain footers of sites blocked in some countries',
    endsBody: true,
  },
  {
    rule: 'press-contact',
    hint: /ontact|nquir|formation/,
    class: 'footer',
    pattern:
      /^(?:for (?:media|press) (?:enquiries|inquiries)|for more information,? (?:contact|please)|media contact|press contact|contact:)/i,
    why: 'contact lines closing press releases',
    endsBody: true,
  },
  {
    rule: 'domain-line',
    maxWords: 1,
    hint: /\./,
    class: 'footer',
    pattern: DOMAIN_LINE_PATTERN,
    why: 'bare domain names (alternate addresses, outlet footers)',
  },
  {
    rule: 'list-number',
    maxWords: 1,
    hint: /^\d/,
    class: 'sidebar',
    pattern: /^\d{1,2}\.?$/,
    why: 'rank numbers of numbered sidebar lists',
  },
  { rule: 'page-time', maxWords: 8, hint: /\d/, class: 'page-time', pattern: PAGE_TIME_PATTERN, why: 'the page’s time stamp' },
  { rule: 'bare-time', maxWords: 3, hint: /^\d/, class: 'page-time', pattern: BARE_TIME, why: 'numeric date or time stamps' },
  {
    rule: 'labelled-date',
    maxWords: 14,
    hint: /\d$/,
    class: 'page-time',
    pattern: LABELLED_DATE,
    why: 'a short label and a date: "Statement by the Press Office, 2 June 2026"',
  },
  {
    rule: 'more-from',
    maxWords: 5,
    hint: /^more /i,
    class: 'sidebar',
    pattern: /^more (?:from|in|on) [\p{L} ]+$/iu,
    why: 'headers of "More from World" lists',
    endsBody: true,
  },
  {
    rule: 'symbol-line',
    maxWords: 1,
    class: 'navigation',
    pattern: /^[^\p{L}\p{N}]{1,3}$/u,
    why: 'lone symbols (arrows, carets, bullets) left by icons',
  },
  { rule: 'hashtag-line', maxWords: 10, hint: /^#/, class: 'tags', pattern: /^(?:#[\p{L}\p{N}_]+\s*)+$/u, why: 'hashtag rows' },
  {
    rule: 'newsletter',
    hint: /ewsletter/,
    class: 'newsletter',
    pattern: /\b(?:sign up for (?:our|the) newsletter|subscribe to (?:our|the) newsletter|get the newsletter)\b/i,
    why: 'newsletter prompts',
    endsBody: true,
  },
  {
    rule: 'cookie-banner',
    hint: /ookie/,
    class: 'cookie-banner',
    pattern: /\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies)\b/i,
    why: 'cookie banners',
  },
  {
    rule: 'comments',
    maxWords: 4,
    hint: /omment|eply|iscussion/i,
    class: 'comments',
    pattern: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave a (?:comment|reply)|add a comment|join the discussion)$/i,
    why: 'comment widgets',
    endsBody: true,
  },
  {
    rule: 'byline',
    maxWords: 9,
    class: 'byline',
    pattern: BYLINE_PATTERN,
    why: 'bylines ("By Ana Reyes"); every word of the name capitalised, so "By then he had left." is not one',
  },
];

/** A vocabulary of whole-line phrases (compared in lower case). */
export interface FurniturePhrases {
  readonly rule: string;
  readonly class: FurnitureClass;
  readonly phrases: readonly string[];
  readonly why: string;
  readonly endsBody?: boolean;
  /** True when the phrase may carry a trailing colon ("Topics:"). */
  readonly label?: boolean;
}

/**
 * Whole-line vocabularies of menus and widgets, checked before the patterns by one lookup
 * (a line equals a phrase, case aside). A line of a body never consists of one of them.
 */
export const FURNITURE_PHRASES: readonly FurniturePhrases[] = [
  {
    rule: 'share-widget',
    class: 'share',
    endsBody: true,
    label: true,
    phrases: [
      'share',
      'share this',
      'share this article',
      'share this story',
      'share this page',
      'share on facebook',
      'share on x',
      'share on twitter',
      'share on telegram',
      'tweet',
      'email',
      'print',
      'copy link',
      'поделиться',
    ],
    why: 'share and social buttons',
  },
  {
    rule: 'show-more',
    class: 'navigation',
    endsBody: true,
    phrases: ['show more', 'load more', 'more news', 'see more', 'view more', 'view all', 'see all', 'показать ещё', 'показать еще'],
    why: 'list expanders',
  },
  {
    rule: 'advert',
    class: 'advert',
    phrases: ['реклама', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'ad', 'ads', 'promoted'],
    why: 'advert labels',
  },
  {
    rule: 'tag-label',
    class: 'tags',
    endsBody: true,
    label: true,
    phrases: ['persons', 'people', 'topics', 'tags', 'keywords', 'places', 'organisations', 'organizations', 'персоны', 'темы', 'теги'],
    why: 'tag block labels; their values become meta.tags',
  },
  {
    rule: 'teaser-label',
    class: 'teaser',
    label: true,
    phrases: [
      'read also',
      'read more',
      'see also',
      'also read',
      'related',
      'related story',
      'related article',
      'more on this',
      'читайте также',
      'по теме',
    ],
    why: '"Read also" teaser labels; the next line is the teaser headline',
  },
  {
    rule: 'sidebar-header',
    class: 'sidebar',
    endsBody: true,
    label: true,
    phrases: [
      'most read',
      'most popular',
      'most viewed',
      'popular',
      'trending',
      'top stories',
      'top news',
      'latest',
      'latest news',
      'latest stories',
      "editor's picks",
      "editor's pick",
      'editors picks',
      'editor’s picks',
      'recommended',
      'in other media',
      'more stories',
      'you may also like',
      'infographics',
      'photo',
      'photos',
      'video',
      'videos',
      'multimedia',
      'opinion',
      'главное',
      'самое читаемое',
      'популярное',
    ],
    why: 'headers of "Most read" and similar sidebars',
  },
  {
    rule: 'menu-word',
    class: 'navigation',
    phrases: [
      'all news',
      'news',
      'home',
      'main',
      'main page',
      'back to main page',
      'back to home',
      'back to homepage',
      'menu',
      'search',
      'sections',
      'news feed',
      'news search',
      'loading',
      'login',
      'log in',
      'signin',
      'sign in',
      'sign up',
      'subscribe',
      'select the city',
      'currency converter',
      'use filter',
      'go to search',
      'go to top',
      'back to top',
      'contact us',
      'about us',
      'privacy policy',
      'terms of use',
      'cookies',
      'weather',
      'все новости',
      'главная',
      'на главную',
      'поиск',
      'меню',
      'now',
      'today',
      'this week',
      'this month',
      'yesterday',
    ],
    why: 'menu and widget words',
  },
];

/** A breadcrumb: 2-6 short segments separated by "/", ">", "›", "»" or "|". */
export const BREADCRUMB_PATTERN = /^[\p{L}\p{N}'’&.\- ]{1,30}(?:\s(?:\/|>|›|»|\|)\s[\p{L}\p{N}'’&.\- ]{1,30}){1,5}$/u;

/**
 * Known outlets: the name dateline reports, the dateline markers agencies use, and their
 * domains (alternate-address footers list them). Real public facts, used only to name the
 * outlet when the page names it; an outlet is never guessed from the page's topic.
 */
export const KNOWN_OUTLETS: readonly { readonly name: string; readonly markers: readonly string[]; readonly domains: readonly string[] }[] =
  [
    { name: 'TASS', markers: ['TASS', 'ТАСС', 'ITAR-TASS'], domains: ['tass.com', 'tass.ru'] },
    { name: 'Press TV', markers: ['PRESS TV'], domains: ['presstv.ir', 'presstv.com', 'presstv.co.uk', 'presstv.tv'] },
    { name: 'RIA Novosti', markers: ['RIA NOVOSTI', 'РИА НОВОСТИ'], domains: ['ria.ru'] },
    { name: 'Interfax', markers: ['INTERFAX', 'ИНТЕРФАКС'], domains: ['interfax.ru', 'interfax.com'] },
    { name: 'Reuters', markers: ['REUTERS'], domains: ['reuters.com'] },
    { name: 'AP', markers: ['AP'], domains: ['apnews.com'] },
    { name: 'AFP', markers: ['AFP'], domains: ['afp.com'] },
    { name: 'Xinhua', markers: ['XINHUA'], domains: ['xinhuanet.com', 'news.cn'] },
    { name: 'RT', markers: ['RT'], domains: ['rt.com'] },
    { name: 'Sputnik', markers: ['SPUTNIK'], domains: ['sputniknews.com'] },
    { name: 'IRNA', markers: ['IRNA'], domains: ['irna.ir'] },
    { name: 'Anadolu Agency', markers: ['AA'], domains: ['aa.com.tr'] },
    { name: 'Al Jazeera', markers: ['AL JAZEERA'], domains: ['aljazeera.com', 'aljazeera.net'] },
    { name: 'BBC', markers: ['BBC'], domains: ['bbc.com', 'bbc.co.uk'] },
  ];
