/**
 * Readers of metadata in a plain-text page: the agency dateline, the page time, tag
 * values, and the outlet named by a marker, a footer or a known domain.
 */
import type { PageTime } from '../../core/document.js';
import {
  COPYRIGHT_OUTLET_PATTERN,
  DATELINE_PATTERN,
  KNOWN_OUTLETS,
  MONTH_NUMBERS,
  PAGE_TIME_PATTERN,
  SITE_FOOTER_OUTLET_PATTERN,
} from './constants.js';

/** A dateline read from the opening of a paragraph, with the agency marker and its length. */
export interface ParsedDateline {
  readonly place: string;
  readonly month: number | null;
  readonly day: number | null;
  readonly agency: string;
  /** Characters of the paragraph the marker covers. */
  readonly length: number;
}

/** Words kept in lower case inside a place name ("Rio de Janeiro", "Stratford-upon-Avon"). */
const PLACE_SMALL_WORDS = new Set(['de', 'da', 'do', 'del', 'der', 'la', 'le', 'of', 'on', 'upon', 'am', 'an', 'im', 'sur', 'en']);

/** Title-cases an upper-case wire-style place: "SOCHI" → "Sochi", "ST. PETERSBURG" → "St. Petersburg". */
export function titleCasePlace(place: string): string {
  const words = place.trim().toLowerCase().split(/\s+/);
  return words
    .map((word, i) =>
      i > 0 && PLACE_SMALL_WORDS.has(word)
        ? word
        : word.replace(/(^|[-'’.])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase()),
    )
    .join(' ');
}

/**
 * Reads "SOCHI, May 14. /TASS/." (or "МОСКВА, 23 января. /ТАСС/.", "CITY, Jan 3 (AGENCY) -")
 * at the start of a paragraph; null when the paragraph does not open with one.
 */
export function parseDateline(paragraph: string): ParsedDateline | null {
  const match = DATELINE_PATTERN.exec(paragraph);
  if (!match) return null;
  const [whole, place, monthFirst, dayAfter, dayFirst, monthAfter, slashAgency, parenAgency] = match;
  const monthName = (monthFirst ?? monthAfter ?? '').toLowerCase();
  const dayText = dayAfter ?? dayFirst;
  const agency = (slashAgency ?? parenAgency ?? '').trim();
  if (!place || !agency) return null;
  return {
    place: titleCasePlace(place),
    month: MONTH_NUMBERS[monthName] ?? null,
    day: dayText ? Number(dayText) : null,
    agency,
    length: whole.trimEnd().length,
  };
}

/** Reads a page time line ("January 23, 13:01 UTC+3"); null when the line is not one. */
export function parsePageTime(text: string): PageTime | null {
  const match = PAGE_TIME_PATTERN.exec(text);
  if (!match) return null;
  const [, monthFirst, dayAfter, dayFirst, monthAfter, year, hour, minute, offsetHours, offsetMinutes] = match;
  const monthName = (monthFirst ?? monthAfter ?? '').toLowerCase();
  const dayText = dayAfter ?? dayFirst;
  let utcOffsetMinutes: number | null = null;
  if (offsetHours) {
    const sign = offsetHours.startsWith('+') ? 1 : -1;
    utcOffsetMinutes = sign * (Math.abs(Number(offsetHours.slice(1))) * 60 + Number(offsetMinutes ?? 0));
  } else if (/\b(?:UTC|GMT)\b/i.test(text)) {
    utcOffsetMinutes = 0;
  }
  return {
    text,
    month: MONTH_NUMBERS[monthName] ?? null,
    day: dayText ? Number(dayText) : null,
    year: year ? Number(year) : null,
    hour: hour ? Number(hour) : null,
    minute: minute ? Number(minute) : null,
    utcOffsetMinutes,
  };
}

/** Particles that belong to the following surname ("Ursula von der Leyen"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'di',
  'du',
  'ter',
  'dos',
  'das',
]);

/**
 * Splits a tag line into values. Separators (comma, semicolon, bullet, pipe) are used where
 * present. A persons line without separators ("Ana Rel Tomas Ward") is cut into names of two
 * capitalised words, keeping initials ("J.") and particles ("von") with the name they belong to.
 */
export function splitTagValues(line: string, label: string): string[] {
  if (/[,;|•·]/.test(line)) {
    return line
      .split(/\s*[,;|•·]\s*/)
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
  }
  if (!/^(?:persons|people|персоны)$/i.test(label)) return [line];
  const tokens = line.split(' ');
  const names: string[] = [];
  let current: string[] = [];
  let core = 0;
  for (const token of tokens) {
    const isParticle = NAME_PARTICLES.has(token.toLowerCase()) && token === token.toLowerCase();
    const isInitial = /^\p{Lu}\.$/u.test(token);
    if (core >= 2 && !isParticle && !isInitial) {
      names.push(current.join(' '));
      current = [];
      core = 0;
    }
    current.push(token);
    if (!isParticle && !isInitial) core++;
  }
  if (current.length > 0) {
    // An odd token left alone belongs to the name before it (a three-word name).
    if (core < 2 && names.length > 0) names[names.length - 1] = `${names[names.length - 1]} ${current.join(' ')}`;
    else names.push(current.join(' '));
  }
  return names;
}

/** The canonical name of a known outlet whose dateline marker this is, or null. */
export function outletForMarker(marker: string): string | null {
  const upper = marker.toUpperCase();
  return KNOWN_OUTLETS.find((o) => o.markers.includes(upper))?.name ?? null;
}

/** The outlet a furniture line names, and the rule that read it; null when it names none. */
export function outletFromFurniture(text: string): { name: string; rule: string } | null {
  const site = SITE_FOOTER_OUTLET_PATTERN.exec(text);
  if (site?.[1]) return { name: site[1].trim(), rule: 'site-footer' };
  if (/all rights reserved|^(?:©|\(c\)|copyright)\s*\d{4}/i.test(text)) {
    const copyright = COPYRIGHT_OUTLET_PATTERN.exec(text);
    if (copyright?.[1]) return { name: copyright[1].trim(), rule: 'copyright-footer' };
  }
  // Every known domain holds a dot, and lower-casing makes none: a line without one names no
  // domain (most furniture lines; this runs on every furniture line of a page without a dateline).
  if (DOMAINS_HOLD_DOT && !text.includes('.')) return null;
  const lower = text.toLowerCase();
  for (const outlet of OUTLET_DOMAINS) {
    if (
      outlet.domains.some(
        (d) => lower === d.domain || lower.endsWith(d.afterDot) || lower.endsWith(d.afterSlash) || lower.startsWith(d.beforeSlash),
      )
    ) {
      return { name: outlet.name, rule: 'known-domain' };
    }
  }
  return null;
}

/** Each known outlet's domains with the forms a line may end or start with, built once. */
const OUTLET_DOMAINS = KNOWN_OUTLETS.map((outlet) => ({
  name: outlet.name,
  domains: outlet.domains.map((domain) => ({ domain, afterDot: `.${domain}`, afterSlash: `/${domain}`, beforeSlash: `${domain}/` })),
}));
const DOMAINS_HOLD_DOT = KNOWN_OUTLETS.every((outlet) => outlet.domains.every((domain) => domain.includes('.')));

/** A known outlet's name standing at the start of a footer line ("Press TV News ..."), or null. */
export function knownOutletNamed(text: string): string | null {
  for (const outlet of KNOWN_OUTLETS) {
    if (outlet.name.length >= 3 && (text === outlet.name || text.startsWith(`${outlet.name} `))) return outlet.name;
  }
  return null;
}
