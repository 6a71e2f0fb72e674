/** A calendar day read from a string: ISO parts and where in the string it stood. */
export interface FoundDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Offset of the match in the searched string. */
  readonly index: number;
  readonly length: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // German, French, Spanish, Italian, Dutch, Portuguese month names (the common European ones).
  januar: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  augustus: 8,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
};

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ISO_DAY = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])/;
const SLASH_YMD = /\b((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})\b/;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'iu');
const DMY_DOTS = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/;

/**
 * Finds a slash date "10/31/2024" or "15/12/2025" where its order is certain: one of the
 * first two numbers is above 12, or `monthFirst` says the page's locale writes the
 * month first (en-US). "3/4/2025" on a page of unknown locale is not read.
 */
export function findSlashDay(text: string, monthFirst: boolean): FoundDay | null {
  const m = SLASH_DATE.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return toDay(m[3], m[2], m[1], m.index, m[0].length);
  if (b > 12 && a <= 12) return toDay(m[3], m[1], m[2], m.index, m[0].length);
  if (monthFirst && a <= 12 && b <= 12) return toDay(m[3], m[1], m[2], m.index, m[0].length);
  return null;
}

/** True when year, month and day form a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Reads a machine date (ISO 8601 and the usual metadata variants) as the calendar day
 * written in it, without time-zone conversion: "2021-04-16T23:30:00-05:00" is 16 April,
 * the day the publisher stated.
 */
export function parseMachineDay(value: string): FoundDay | null {
  const iso = ISO_DAY.exec(value);
  if (iso) {
    const found = toDay(iso[1], iso[2], iso[3], iso.index, iso[0].length);
    if (found) return found;
  }
  const compact = /^\s*((?:19|20)\d\d)(\d\d)(\d\d)(?:T|\s|$)/.exec(value);
  if (compact) return toDay(compact[1], compact[2], compact[3], compact.index, compact[0].length);
  return findTextDay(value);
}

/**
 * Finds the first written date in free text: "April 16, 2021", "16 April 2021",
 * "2021-04-16", "16.04.2021" (day first, the European order). Slash dates such as
 * 04/05/2021 are ambiguous between orders and are not read.
 */
export function findTextDay(text: string): FoundDay | null {
  let best: FoundDay | null = null;
  const consider = (found: FoundDay | null): void => {
    if (found && (!best || found.index < best.index)) best = found;
  };
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) consider(toDay(mdy[3], String(MONTHS[(mdy[1] ?? '').toLowerCase()] ?? 0), mdy[2], mdy.index, mdy[0].length));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) consider(toDay(dmy[3], String(MONTHS[(dmy[2] ?? '').toLowerCase()] ?? 0), dmy[1], dmy.index, dmy[0].length));
  const iso = ISO_DAY.exec(text);
  if (iso) consider(toDay(iso[1], iso[2], iso[3], iso.index, iso[0].length));
  const ymd = SLASH_YMD.exec(text);
  if (ymd) consider(toDay(ymd[1], ymd[2], ymd[3], ymd.index, ymd[0].length));
  const dots = DMY_DOTS.exec(text);
  if (dots) consider(toDay(dots[3], dots[2], dots[1], dots.index, dots[0].length));
  return best;
}

const URL_DAY = /\/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?:[/+_.-]|$)/i;

/** A /2021/04/16/, /2021-04-16 or /2021/april/16/ pattern in a URL path. */
export function findUrlDay(url: string): FoundDay | null {
  const m = URL_DAY.exec(url);
  if (!m) return null;
  const month = m[2] ?? '';
  const monthNumber = /^\d/.test(month) ? month : String(MONTHS[month.toLowerCase()] ?? 0);
  return toDay(m[1], monthNumber, m[3], m.index, m[0].length);
}

function toDay(y: string | undefined, m: string | undefined, d: string | undefined, index: number, length: number): FoundDay | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!isValidDay(year, month, day)) return null;
  return { year, month, day, index, length };
}

/** The ISO form YYYY-MM-DD of a found day. */
export function formatDay(found: FoundDay): string {
  return `${found.year}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}`;
}
