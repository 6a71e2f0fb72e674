import type { DateValue } from '../../core/layers.js';
import type { GoldPage } from './gold.js';

/** The outcome of scoring a publication date: unknown (no date given) is better than wrong. */
export type DateScore = 'right' | 'unknown' | 'wrong';

/** First and last ISO day a gold date string covers: "2021" → 2021-01-01..2021-12-31. */
export function goldRange(date: string): readonly [string, string] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (day) return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/** "{2017-01-23, 2025-01-23}" → the listed dates; undefined when the entry is not a set. */
function candidateSet(entry: string): string[] | undefined {
  const m = /^\{(.*)\}$/.exec(entry.trim());
  return m
    ? (m[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}

/** A value's alternatives as strings: a day "2017-01-23", or "start..end" for a longer stretch. */
function candidateKeys(value: DateValue): string[] {
  return (value.candidates ?? []).map((c) => (c.start === c.end ? c.start : `${c.start}..${c.end}`));
}

function setKey(dates: readonly string[]): string {
  return [...dates]
    .map((d) => {
      const r = goldRange(d);
      return r ? (r[0] === r[1] ? r[0] : `${r[0]}..${r[1]}`) : d;
    })
    .sort()
    .join('|');
}

/**
 * Scores a predicted publication date against a seed page's gold `accept` rules
 * (../shared/gold/README.md): a day must be that day; a month or year accepts a range
 * that lies inside it and contains the true date; a candidate set `{a, b}` accepts an
 * answer that lists exactly those candidates. Null is `unknown`; anything else `wrong`.
 */
export function scoreSeedPublished(page: GoldPage, value: DateValue | null): DateScore {
  if (!value) return 'unknown';
  const truth = page.published.date;
  const listed = value.candidates && value.candidates.length > 1 ? candidateKeys(value) : undefined;
  for (const entry of page.published.accept) {
    const set = candidateSet(entry);
    if (set) {
      if (listed && setKey(set) === setKey(listed)) return 'right';
      continue;
    }
    if (listed) continue;
    const range = goldRange(entry);
    if (!range) continue;
    if (value.start >= range[0] && value.end <= range[1] && value.start <= truth && truth <= value.end) return 'right';
  }
  return 'wrong';
}

/**
 * Scores a predicted event date (../shared/gold/events.md): with a null gold date only no
 * date is right; otherwise the predicted range (its hull, where it lists candidates) must
 * overlap the gold date and lie inside the gold date or one of `acceptDates` at that
 * entry's granularity ("2015-05-12" is right for "2015-05"; a range within 2021 holding
 * the gold day is right when "2021" is accepted).
 */
export function scoreEventDate(
  gold: string | null | undefined,
  acceptDates: readonly string[] | undefined,
  value: DateValue | null,
): boolean {
  if (gold === null || gold === undefined) return value === null;
  if (!value) return false;
  const truth = goldRange(gold);
  if (!truth) return false;
  if (value.end < truth[0] || value.start > truth[1]) return false;
  for (const entry of [gold, ...(acceptDates ?? [])]) {
    const range = goldRange(entry);
    if (range && value.start >= range[0] && value.end <= range[1]) return true;
  }
  return false;
}
