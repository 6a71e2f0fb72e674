/**
 * A deterministic generator of benchmark pages: plain-text dumps of scraped news pages in
 * the layouts dateline reads (agency pages with menus and a "CITY, Month D. /AGENCY/."
 * dateline, broadcaster pages with breadcrumbs and captions, short wire pages), about 5 KB
 * each, perturbed page by page (names, numbers, paragraph order, furniture).
 *
 * FICTION: every country, city, official, outlet and agency below is invented for the
 * benchmark. Nothing here is taken from a real page; the sentences are written for it.
 *
 * Pages are made one at a time from (seed, index), so a generator never holds the corpus
 * in memory and page i is the same on every run and machine. No Math.random.
 */
import { createHash } from 'node:crypto';
import type { Document, Entity } from '../src/core/document.js';
import type { DateValue, EventRecord, EventStatus, Paragraph, Quote } from '../src/core/layers.js';

/** A seeded pseudo-random source (mulberry32): fast, 32-bit state, good enough for text. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** Makes a seeded generator (mulberry32). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p,
  };
}

/** Mixes a corpus seed and a page index into the seed of that page. */
function pageSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------- the fictional world

interface Country {
  readonly code: string;
  readonly name: string;
  readonly adjective: string;
  readonly capital: string;
  readonly cities: readonly string[];
}

/** Invented countries; the three-letter codes stand in for actor codes. */
const COUNTRIES: readonly Country[] = [
  { code: 'VLD', name: 'Valdoria', adjective: 'Valdorian', capital: 'Brensk', cities: ['Tarnov', 'Lisk'] },
  { code: 'KST', name: 'Kestria', adjective: 'Kestrian', capital: 'Amvale', cities: ['Dorran', 'Keel Harbour'] },
  { code: 'ORV', name: 'Oruvia', adjective: 'Oruvian', capital: 'Selmar', cities: ['Palo Verin', 'Odessk'] },
  { code: 'MRN', name: 'Marrenia', adjective: 'Marrenian', capital: 'Kaldport', cities: ['Wessel', 'Hoyne'] },
  { code: 'DST', name: 'Dastovia', adjective: 'Dastovian', capital: 'Vell', cities: ['Grask', 'Morrow Point'] },
  { code: 'PLR', name: 'Pellaro', adjective: 'Pellaran', capital: 'San Ivo', cities: ['Cortema', 'Lusa'] },
  { code: 'NRV', name: 'Norvane', adjective: 'Norvanian', capital: 'Haldun', cities: ['Fjarby', 'Ostmark'] },
  { code: 'SRK', name: 'Sarkesh', adjective: 'Sarkeshi', capital: 'Amrit Qal', cities: ['Dehvar', 'Tamuz'] },
  { code: 'LTH', name: 'Lutheny', adjective: 'Luthenian', capital: 'Gravo', cities: ['Minsel', 'Obrava'] },
  { code: 'ESK', name: 'Eskaria', adjective: 'Eskarian', capital: 'Mirova', cities: ['Zelt', 'Port Anver'] },
  { code: 'TAV', name: 'Tavonia', adjective: 'Tavonian', capital: 'Rell', cities: ['Ubrin', 'Castelo Nuvo'] },
  { code: 'QAR', name: 'Qaradon', adjective: 'Qaradoni', capital: 'Bahrim', cities: ['Sufa', 'Ilmar'] },
];

const BLOCS = ['the Northern Compact', 'the Coastal Union', 'the Meridian Council', 'the Five Seas Forum'];
const REGIONS = ['the Varna Gap', 'the Kessel basin', 'the southern Lowmarch', 'the Tarsi Straits', 'the Upper Dell'];
const FIRST = [
  'Ardan',
  'Mirel',
  'Tovin',
  'Saska',
  'Lorin',
  'Veda',
  'Ilko',
  'Brena',
  'Dario',
  'Kesta',
  'Otan',
  'Rusa',
  'Fenn',
  'Idris',
  'Malka',
  'Teodor',
  'Yanne',
  'Corvin',
  'Elsbet',
  'Haro',
  'Nadia',
  'Pieter',
  'Salome',
  'Viktor',
];
const LAST = [
  'Velkov',
  'Marrow',
  'Tesca',
  'Dunmar',
  'Orsel',
  'Kravan',
  'Pellin',
  'Sorvath',
  'Adeyo',
  'Lindqvar',
  'Haskel',
  'Brovic',
  'Tamrin',
  'Quell',
  'Ostrane',
  'Varga-Lenz',
  'Mbeki-Rowe',
  'Castellan',
  'Ivarsen',
  'Drummon',
];
const ROLES = [
  { title: 'President', short: 'president' },
  { title: 'Prime Minister', short: 'prime minister' },
  { title: 'Foreign Minister', short: 'foreign minister' },
  { title: 'Defence Minister', short: 'defence minister' },
] as const;
const SPOKES = ['presidential spokesman', 'presidential press secretary', 'Foreign Ministry spokeswoman', 'government spokesman'];

interface Outlet {
  readonly name: string;
  readonly agency: string;
  readonly layout: 'agency' | 'broadcaster' | 'wire';
  readonly site: string;
}

const OUTLETS: readonly Outlet[] = [
  { name: 'Valdorian News Agency', agency: 'VNA', layout: 'agency', site: 'vna.example' },
  { name: 'Kestrel Wire', agency: 'KWIRE', layout: 'wire', site: 'kestrelwire.example' },
  { name: 'Oruvia Today TV', agency: 'OTV', layout: 'broadcaster', site: 'oruviatoday.example' },
  { name: 'Marrenian Telegraph Agency', agency: 'MTA', layout: 'agency', site: 'mta.example' },
  { name: 'Sarkesh Broadcast', agency: 'SB', layout: 'broadcaster', site: 'sarkeshbroadcast.example' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MENU = [
  'Politics & Diplomacy',
  'World',
  'Business & Economy',
  'Military & Defence',
  'Science & Space',
  'Society & Culture',
  'Sport',
  'Press Review',
  'Select the city',
  'Currency converter',
  'News Feed',
  'Sections',
  'Use filter',
  'Go to Search',
  'Loading',
  'More news',
  'Back to Main page',
];

// ---------------------------------------------------------------- the article model

interface Person {
  readonly name: string;
  readonly role: string;
  readonly country: Country;
}

/** An action the article reports, with the status the text gives it. */
interface ActionSpec {
  readonly type: 'CONSULT' | 'SANCTION' | 'AID';
  readonly mode: 'phone' | 'meeting' | 'economic' | null;
  readonly status: EventStatus;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
}

/** A paragraph of the body with what the generator knows it says (spans in the paragraph). */
interface BodyParagraph {
  readonly text: string;
  readonly quote?: { start: number; end: number; kind: 'direct' | 'indirect'; speaker: string };
  readonly event?: { start: number; end: number; action: ActionSpec };
  readonly heading?: boolean;
}

/** One generated article before it is laid out as a page. */
export interface ArticleSpec {
  readonly index: number;
  readonly outlet: Outlet;
  readonly title: string;
  readonly standfirst: string;
  readonly city: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly people: readonly Person[];
  readonly countries: readonly Country[];
  readonly body: readonly BodyParagraph[];
}

/** One generated page. */
export interface GeneratedPage {
  readonly index: number;
  /** A file name for the page ("page-000042.txt"). */
  readonly name: string;
  readonly layout: Outlet['layout'];
  /** The page as a plain-text dump. */
  readonly text: string;
}

function makePerson(rng: Rng, country: Country, role: string): Person {
  return { name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`, role, country };
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function relativeDay(rng: Rng, a: ArticleDraft): string {
  const back = rng.int(0, 4);
  if (back === 0) return 'on ' + WEEKDAYS[weekdayOf(a.year, a.month, a.day)];
  if (back === 1) return rng.pick(['on ' + WEEKDAYS[(weekdayOf(a.year, a.month, a.day) + 6) % 7], 'yesterday']);
  const d = new Date(Date.UTC(a.year, a.month - 1, a.day - back));
  return rng.chance(0.5) ? `on ${WEEKDAYS[d.getUTCDay()]}` : `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

interface ArticleDraft {
  year: number;
  month: number;
  day: number;
  home: Country;
  other: Country;
  leader: Person;
  counterpart: Person;
  minister: Person;
  spokes: Person;
}

const QUOTE_PARTS = [
  'We are open to dialogue at every level',
  'there is no agreement on a date yet',
  'such contacts are needed now more than ever',
  'pressure will not make us give up our position',
  'the door remains open for talks',
  'we expect our partners to keep their word',
  'it would be a mistake to expect quick results',
  'the sides agreed to keep in touch',
  'nothing has been decided so far',
  'our position on the matter has not changed',
  'this is a normal working procedure',
  'any meeting must be properly prepared',
  'we will respond in kind if the restrictions stay',
  'the talks were frank and useful',
];

const INDIRECT = [
  'the two sides would continue consultations at the level of experts',
  'a date for the conversation would be agreed shortly',
  'no decision on new restrictions had been taken',
  'the ministry was working on the details of the visit',
  'the issue of trade quotas would be raised at the next round',
  'the government did not rule out further contacts',
  'the proposal was being studied in the capital',
];

const BACKGROUND = [
  'Relations between {A} and {B} have worsened since {Y} over the dispute in {R}.',
  'Trade between the two countries fell by {P} percent last year to {N} billion crowns, according to official figures.',
  'The fighting in {R} has displaced about {K} people since {Y}, the relief agencies say.',
  '{Bloc} has imposed {C} rounds of restrictions on {B} since {Y}, including asset freezes and travel bans.',
  'The last face-to-face meeting of the two leaders took place in {City} in {Y}.',
  'Observers in {City} said the statement was the clearest sign yet of a thaw between the neighbours.',
  'The parliament of {A} is due to debate the budget for the border guard later this month.',
  'Shipping through {R} has dropped by {P} percent, port officials said.',
];

function quoteText(rng: Rng): string {
  const first = rng.pick(QUOTE_PARTS);
  const text = rng.chance(0.5) ? `${first}. ${capitalise(rng.pick(QUOTE_PARTS))}` : first;
  return capitalise(text);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(rng: Rng, template: string, a: ArticleDraft): string {
  return template
    .replaceAll('{A}', a.home.name)
    .replaceAll('{B}', a.other.name)
    .replaceAll('{Y}', String(a.year - rng.int(1, 9)))
    .replaceAll('{R}', rng.pick(REGIONS))
    .replaceAll('{P}', String(rng.int(3, 48)))
    .replaceAll('{N}', `${rng.int(1, 40)}.${rng.int(0, 9)}`)
    .replaceAll('{K}', rng.int(2, 900).toLocaleString('en-US').concat(',000'))
    .replaceAll('{C}', String(rng.int(2, 9)))
    .replaceAll('{Bloc}', capitalise(rng.pick(BLOCS)))
    .replaceAll('{City}', rng.pick([a.home.capital, a.other.capital, ...a.home.cities]));
}

/** A sentence stating an action, with the status it gives it. */
function actionSentence(rng: Rng, a: ArticleDraft): { text: string; action: ActionSpec } {
  const L = `${a.home.adjective} ${a.leader.role} ${a.leader.name}`;
  const C = `his ${a.other.adjective} counterpart ${a.counterpart.name}`;
  const pair = { actors: [a.home.code], recipients: [a.other.code] };
  const choice = rng.int(0, 8);
  switch (choice) {
    case 0:
      return {
        text: `${L} and ${C} held a telephone conversation ${relativeDay(rng, a)}`,
        action: { type: 'CONSULT', mode: 'phone', status: 'occurred', ...pair },
      };
    case 1:
      return {
        text: `${L} will meet ${C} in ${a.other.capital} next month`,
        action: { type: 'CONSULT', mode: 'meeting', status: 'planned', ...pair },
      };
    case 2:
      return {
        text: `a telephone conversation between ${a.leader.name} and ${a.counterpart.name} is under consideration`,
        action: { type: 'CONSULT', mode: 'phone', status: 'considered', ...pair },
      };
    case 3:
      return {
        text: `there are no plans yet for a personal meeting between ${a.leader.name} and ${a.counterpart.name}`,
        action: { type: 'CONSULT', mode: 'meeting', status: 'not_planned', ...pair },
      };
    case 4:
      return {
        text: `${a.home.name} imposed new sanctions on ${a.other.adjective} banks ${relativeDay(rng, a)}`,
        action: { type: 'SANCTION', mode: 'economic', status: 'occurred', ...pair },
      };
    case 5:
      return {
        text: `${a.home.name} is considering sanctions against ${a.other.name} over the situation in ${rng.pick(REGIONS)}`,
        action: { type: 'SANCTION', mode: 'economic', status: 'considered', ...pair },
      };
    case 6:
      return {
        text: `${a.minister.name} proposed a meeting of foreign ministers in ${rng.pick(a.home.cities)}`,
        action: { type: 'CONSULT', mode: 'meeting', status: 'proposed', ...pair },
      };
    case 7:
      return {
        text: `${a.home.name} denied reports that ${a.leader.name} had met ${a.counterpart.name} in secret`,
        action: { type: 'CONSULT', mode: 'meeting', status: 'denied', ...pair },
      };
    default:
      return {
        text: `${a.home.name} sent ${rng.int(2, 90)} tonnes of medical aid to ${a.other.name} ${relativeDay(rng, a)}`,
        action: { type: 'AID', mode: null, status: 'occurred', ...pair },
      };
  }
}

function leadParagraph(rng: Rng, a: ArticleDraft, outlet: Outlet, city: string): BodyParagraph {
  const { text: act, action } = actionSentence(rng, a);
  const said = `${a.home.adjective} ${a.spokes.role} ${a.spokes.name} told reporters ${relativeDay(rng, a)}.`;
  const prefix = outlet.layout === 'broadcaster' ? '' : `${city.toUpperCase()}, ${MONTHS[a.month - 1]} ${a.day}. /${outlet.agency}/. `;
  const body = capitalise(act);
  const text = `${prefix}${body}, ${said}`;
  return { text, event: { start: prefix.length, end: prefix.length + body.length, action } };
}

function quoteParagraph(rng: Rng, a: ArticleDraft): BodyParagraph {
  const speaker = rng.pick([a.spokes, a.minister, a.leader]);
  const content = quoteText(rng);
  const form = rng.int(0, 4);
  const q = (s: string): string => (rng.chance(0.7) ? `"${s}"` : `\u201c${s}\u201d`);
  if (form === 0) {
    const text = `${q(`${content},`)} ${speaker.name} said.`;
    return { text, quote: { start: 0, end: content.length + 3, kind: 'direct', speaker: speaker.name } };
  }
  if (form === 1) {
    const lead = `${speaker.name} said: `;
    return {
      text: `${lead}${q(`${content}.`)}`,
      quote: { start: lead.length, end: lead.length + content.length + 3, kind: 'direct', speaker: speaker.name },
    };
  }
  if (form === 2) {
    const first = `${q(`${content},`)} the ${speaker.role} noted, adding that ${rng.pick(INDIRECT)}.`;
    return { text: first, quote: { start: 0, end: content.length + 3, kind: 'direct', speaker: speaker.name } };
  }
  if (form === 3) {
    const lead = `According to ${speaker.name}, `;
    const clause = rng.pick(INDIRECT);
    return {
      text: `${lead}${clause}.`,
      quote: { start: lead.length, end: lead.length + clause.length, kind: 'indirect', speaker: speaker.name },
    };
  }
  const lead = `${speaker.name} stressed that `;
  const clause = rng.pick(INDIRECT);
  const tail = rng.chance(0.5) ? ` "${quoteText(rng)}," the ${speaker.role} said.` : '';
  return {
    text: `${lead}${clause}.${tail}`,
    quote: { start: lead.length, end: lead.length + clause.length, kind: 'indirect', speaker: speaker.name },
  };
}

function eventParagraph(rng: Rng, a: ArticleDraft): BodyParagraph {
  const { text: act, action } = actionSentence(rng, a);
  const lead = rng.pick(['Earlier, ', 'Meanwhile, ', 'At the same time, ', '', 'The ministry said ']);
  const body = lead === '' ? capitalise(act) : act;
  const text = `${lead}${body}. ${fill(rng, rng.pick(BACKGROUND), a)}`;
  return { text, event: { start: lead.length, end: lead.length + body.length, action } };
}

function backgroundParagraph(rng: Rng, a: ArticleDraft): BodyParagraph {
  const n = rng.int(1, 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(fill(rng, rng.pick(BACKGROUND), a));
  return { text: parts.join(' ') };
}

/** Builds the article of page `index` (deterministic in seed and index). */
export function generateArticle(index: number, seed = 1, targetBytes = 5000): ArticleSpec {
  const rng = createRng(pageSeed(seed, index));
  const outlet = rng.pick(OUTLETS);
  const home = rng.pick(COUNTRIES);
  let other = rng.pick(COUNTRIES);
  if (other === home) other = COUNTRIES[(COUNTRIES.indexOf(home) + 1) % COUNTRIES.length] as Country;
  const year = rng.int(2012, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const leaderRole = rng.pick(ROLES);
  const draft: ArticleDraft = {
    year,
    month,
    day,
    home,
    other,
    leader: makePerson(rng, home, leaderRole.title),
    counterpart: makePerson(rng, other, leaderRole.title),
    minister: makePerson(rng, home, rng.pick(ROLES).short),
    spokes: makePerson(rng, home, rng.pick(SPOKES)),
  };
  const city = rng.chance(0.6) ? home.capital : rng.pick(home.cities);
  const lead = leadParagraph(rng, draft, outlet, city);
  // ~1 KB of each page is furniture; the body fills the rest, ±20% per page.
  const bodyBytes = Math.round((targetBytes - 1000) * (0.8 + rng.next() * 0.4));
  const rest: BodyParagraph[] = [];
  let size = lead.text.length;
  while (size < bodyBytes) {
    const roll = rng.next();
    const p = roll < 0.45 ? quoteParagraph(rng, draft) : roll < 0.7 ? eventParagraph(rng, draft) : backgroundParagraph(rng, draft);
    rest.push(p);
    size += p.text.length + 2;
    if (rng.chance(0.08)) {
      const heading = capitalise(
        `${rng.pick(['no date yet for', 'talks on', 'new pressure on', 'aid for'])} ${rng.pick([other.name, home.name, rng.pick(REGIONS)])}`,
      );
      rest.push({ text: heading, heading: true });
    }
  }
  // Perturb the order of the paragraphs after the lead (a few swaps, not a full shuffle).
  for (let swaps = rng.int(0, 3); swaps > 0 && rest.length > 2; swaps--) {
    const i = rng.int(0, rest.length - 2);
    const tmp = rest[i] as BodyParagraph;
    rest[i] = rest[i + 1] as BodyParagraph;
    rest[i + 1] = tmp;
  }
  const verb =
    lead.event?.action.status === 'occurred'
      ? 'hold talks'
      : rng.pick(['ready for talks', 'no plans yet for meeting', 'call under consideration']);
  const title = `${capitalise(rng.pick(['spokesman', 'ministry', 'government']))}: ${draft.leader.name}, ${draft.counterpart.name} ${verb}`;
  const standfirst = `"${quoteText(rng)}," the ${draft.spokes.role} said`;
  return {
    index,
    outlet,
    title,
    standfirst,
    city,
    year,
    month,
    day,
    hour: rng.int(0, 23),
    minute: rng.int(0, 59),
    people: [draft.leader, draft.counterpart, draft.minister, draft.spokes],
    countries: [home, other],
    body: [lead, ...rest],
  };
}

// ---------------------------------------------------------------- page layouts

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function caption(rng: Rng, a: ArticleSpec): string {
  const p = rng.pick(a.people);
  return `${p.country.adjective} ${p.role} ${p.name} ${rng.pick(['speaks at a news conference', 'arrives for talks', 'attends a summit'])} in ${p.country.capital} on ${MONTHS[a.month - 1]} ${Math.max(1, a.day - 1)}, ${a.year}. (Photo by ${rng.pick(['AFP', 'Reuters', a.outlet.agency])})`;
}

function credit(rng: Rng, a: ArticleSpec): string {
  return `\u00a9 ${rng.pick([`${a.outlet.agency} Photo/${rng.pick(LAST)}`, 'Government press service', `${a.countries[0]?.adjective ?? ''} Foreign Ministry press office/${a.outlet.agency}`])}`;
}

function teaser(rng: Rng, a: ArticleSpec): string {
  const other = a.countries[1]?.name ?? '';
  return `${capitalise(rng.pick(['minister', 'diplomat', 'spokeswoman']))} says ${rng.pick(['talks with', 'sanctions on', 'trade with'])} ${other} ${rng.pick(['will go on', 'are a dead end', 'need time'])}`;
}

function mostRead(rng: Rng, a: ArticleSpec, lines: string[]): void {
  lines.push(rng.pick(['Most read', 'Photo', 'Infographics']));
  for (let i = 0; i < rng.int(3, 6); i++) {
    if (rng.chance(0.5)) lines.push(String(rng.int(2, 12)));
    lines.push(
      `${capitalise(rng.pick(['ceremony', 'storm', 'festival', 'parade', 'elections']))} in ${rng.pick(a.countries).capital} ${rng.pick(['draws crowds', 'ends', 'in pictures', 'postponed'])}`,
    );
  }
}

function renderBody(rng: Rng, a: ArticleSpec, lines: string[], withTeasers: boolean, withCaptions: boolean): void {
  a.body.forEach((p, i) => {
    lines.push(p.text, '');
    if (withTeasers && i > 0 && rng.chance(0.12)) lines.push('Read also', teaser(rng, a), '');
    if (withCaptions && i > 1 && rng.chance(0.07)) lines.push(caption(rng, a), '');
  });
}

function renderAgency(rng: Rng, a: ArticleSpec): string {
  const lines: string[] = [];
  const menu = MENU.slice(rng.int(0, 3), MENU.length - rng.int(0, 4));
  if (rng.chance(0.5)) lines.push('Back to Main page');
  lines.push(...menu, '');
  lines.push(a.title, '');
  lines.push(rng.pick(['Politics & Diplomacy', 'World', 'Business & Economy']));
  lines.push(`${MONTHS[a.month - 1]} ${a.day}, ${pad2(a.hour)}:${pad2(a.minute)} UTC${rng.pick(['+3', '+2', '+1', ''])}`);
  lines.push(a.standfirst);
  lines.push('Share');
  if (rng.chance(0.5)) lines.push('1 pages in this article');
  lines.push(credit(rng, a), '');
  renderBody(rng, a, lines, true, false);
  if (rng.chance(0.6)) lines.push('{{item.group_date}}', '{{item.suffix?", "+item.suffix:""}}', 'Show more');
  lines.push('Share', 'Persons', a.people.map((p) => p.name).join(' '), 'Topics', rng.pick(['Foreign policy', 'Sanctions', 'Diplomacy']));
  if (rng.chance(0.5)) lines.push('In other media', 'Advertising');
  mostRead(rng, a, lines);
  return lines.join('\n');
}

function renderBroadcaster(rng: Rng, a: ArticleSpec): string {
  const lines: string[] = [];
  lines.push(`News   /   ${a.countries[0]?.name ?? 'World'}`, '');
  lines.push(`${a.countries[0]?.name ?? ''}: ${a.title}`, '');
  lines.push(caption(rng, a), '');
  renderBody(rng, a, lines, false, true);
  lines.push('', `${a.outlet.name}\u2019s website can also be accessed at the following alternate addresses:`, '');
  lines.push(`www.${a.outlet.site}`, '');
  if (rng.chance(0.7)) lines.push(`www.${rng.pick(['mirror', 'alt'])}.${a.outlet.site}`, '');
  lines.push('SHARE THIS ARTICLE', `${a.outlet.name} News ${rng.pick(['Roku', 'App', 'Radio'])}`);
  return lines.join('\n');
}

function renderWire(rng: Rng, a: ArticleSpec): string {
  const lines: string[] = [];
  lines.push(rng.pick(['All news', 'Latest news', 'Top stories']), '');
  lines.push(a.title, '');
  lines.push(a.standfirst);
  const cap = `${a.people[0]?.name ?? ''} and ${a.people[1]?.name ?? ''}`;
  const c = credit(rng, a);
  lines.push(`${cap} ${c.slice(2)}`, cap, c, '');
  renderBody(rng, a, lines, true, false);
  return lines.join('\n').trimEnd();
}

/** Lays out an article as a plain-text page in its outlet's layout. */
export function renderPage(article: ArticleSpec, seed = 1): string {
  const rng = createRng(pageSeed(seed ^ 0x5bd1e995, article.index));
  if (article.outlet.layout === 'agency') return renderAgency(rng, article);
  if (article.outlet.layout === 'broadcaster') return renderBroadcaster(rng, article);
  return renderWire(rng, article);
}

/** Makes page `index` of the corpus with the given seed. */
export function generatePage(index: number, seed = 1, targetBytes = 5000): GeneratedPage {
  const article = generateArticle(index, seed, targetBytes);
  return {
    index,
    name: `page-${String(index).padStart(6, '0')}.txt`,
    layout: article.outlet.layout,
    text: renderPage(article, seed),
  };
}

/** Yields `count` pages one at a time (streaming: nothing is kept between pages). */
export function* generatePages(count: number, seed = 1, targetBytes = 5000): Generator<GeneratedPage> {
  for (let index = 0; index < count; index++) yield generatePage(index, seed, targetBytes);
}

// ---------------------------------------------------------------- synthetic stored documents

function dayValue(year: number, month: number, day: number, evidence: DateValue['evidence'] = []): DateValue {
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return { start: iso, end: iso, granularity: 'day', evidence, inferred: false };
}

/**
 * A Document as the pipeline would store it, with quotes, events and entities made from
 * what the generator knows it wrote, instead of by running the NLP stages: it keeps the
 * set-up of a 100,000-document store to seconds. The text is the article body (`clean`).
 */
export function synthesizeDocument(index: number, seed = 1, targetBytes = 2500, pipelineVersion = 'bench'): Document {
  const a = generateArticle(index, seed, targetBytes);
  const paragraphs: Paragraph[] = [];
  const quotes: Quote[] = [];
  const events: EventRecord[] = [];
  const texts: string[] = [];
  let offset = 0;
  const published = dayValue(a.year, a.month, a.day);
  for (const p of a.body) {
    const start = offset;
    texts.push(p.text);
    paragraphs.push({
      start,
      end: start + p.text.length,
      kind: p.heading ? 'heading' : 'body',
      source: { start, end: start + p.text.length, in: 'source' } as Paragraph['source'],
      by: 'bench/synthetic',
    });
    if (p.quote) {
      quotes.push({
        start: start + p.quote.start,
        end: start + p.quote.end,
        by: 'bench/synthetic',
        kind: p.quote.kind,
        cue: null,
        speaker: null,
        speakerId: `p${a.people.findIndex((x) => x.name === p.quote?.speaker)}`,
        speakerName: p.quote.speaker,
        saidAt: published,
        confidence: 0.9,
      });
    }
    if (p.event) {
      const span = { start: start + p.event.start, end: start + p.event.end };
      const action = p.event.action;
      events.push({
        ...span,
        by: 'bench/synthetic',
        actionId: `a${events.length + 1}`,
        type: action.type,
        mode: action.mode,
        status: action.status,
        actors: action.actors,
        recipients: action.recipients,
        actorIds: ['c0'],
        recipientIds: ['c1'],
        assertedBy: a.people[3]?.name ?? null,
        date: action.status === 'occurred' ? published : null,
        location: null,
        evidence: span,
        plover: null,
        cameo: null,
        confidence: 0.8,
      });
    }
    offset += p.text.length + 2;
  }
  const text = texts.join('\n\n');
  const entities: Entity[] = [
    ...a.countries.map((c, i) => ({
      id: `c${i}`,
      name: c.name,
      type: 'country' as const,
      country: c.code,
      kb: `fiction:${c.code}`,
      roles: [],
      mentions: [],
    })),
    ...a.people.map((p, i) => ({
      id: `p${i}`,
      name: p.name,
      type: 'person' as const,
      country: p.country.code,
      roles: [p.role],
      mentions: [],
    })),
  ];
  const id = createHash('sha256').update(`bench:${seed}:${index}:${text}`).digest('hex').slice(0, 16);
  return {
    id,
    origin: { name: `synthetic-${index}`, kind: 'example' },
    source: text,
    format: 'clean',
    encoding: 'utf-8',
    text,
    meta: {
      outlet: a.outlet.name,
      title: a.title,
      standfirst: a.standfirst,
      byline: null,
      dateline: { place: a.city, month: a.month, day: a.day },
      published,
      pageTime: null,
      language: 'en',
      url: null,
      section: null,
      tags: {},
      evidence: {},
    },
    layers: { paragraphs, furniture: [], quotes, events },
    entities,
    diagnostics: [],
    pipelineVersion,
  };
}

/** The fictional country codes, for queries (timeline actor filters). */
export const FICTION_CODES: readonly string[] = COUNTRIES.map((c) => c.code);
/** Words of the corpus to search for, from rare to common. */
export const SEARCH_TERMS: readonly string[] = [
  'Velkov',
  'telephone conversation',
  'sanctions Kestria',
  '"under consideration"',
  'Brensk',
  'medical aid',
  'Tamrin OR Quell',
  'restrictions',
  'talks',
  'Sarkeshi minister',
];

/**
 * The fictional countries as an actor file (the `--actors` JSON shape), so the resolution
 * and event stages see the parties of generated pages as they would see real ones.
 */
export function fictionActors(): object[] {
  return COUNTRIES.map((c) => ({
    id: `fiction-${c.code.toLowerCase()}`,
    name: c.name,
    type: 'country',
    aliases: [`Republic of ${c.name}`],
    country: c.code,
    sector: null,
    wikidata: null,
    offices: [],
    metonyms: [c.capital],
    demonyms: [c.adjective],
    fictional: true,
  }));
}
