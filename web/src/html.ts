import htm from 'htm';
import { h } from 'preact';

/** Tagged-template JSX without a compile step: every interpolated value is rendered as text, never as HTML. */
export const html = htm.bind(h);

/** Formats a date value: a day, a month, a year, or the candidates when the year is ambiguous. */
export function formatDate(
  value: { start: string; end: string; granularity: string; candidates?: { start: string }[]; inferred: boolean } | null | undefined,
): string {
  if (!value) return 'date unknown';
  if (value.candidates && value.candidates.length > 1) return `${value.candidates.map((c) => c.start).join(' or ')} (ambiguous)`;
  const base =
    value.granularity === 'month'
      ? value.start.slice(0, 7)
      : value.granularity === 'year'
        ? value.start.slice(0, 4)
        : value.start === value.end
          ? value.start
          : `${value.start} – ${value.end}`;
  return value.inferred ? `${base} (inferred)` : base;
}

/** The statuses, in the order the legend shows them, with their labels. */
export const STATUSES: Record<string, string> = {
  occurred: 'occurred',
  planned: 'planned',
  proposed: 'proposed',
  considered: 'considered',
  hypothetical: 'hypothetical',
  not_planned: 'not planned',
  not_occurred: 'not occurred',
  denied: 'denied',
};

export function StatusBadge({ status }: { status: string }) {
  return html`<span class=${`badge status-${status}`}>${STATUSES[status] ?? status}</span>`;
}

export function link(path: string): string {
  return `#${path}`;
}

/** When a story's pages were published: first to last known day, else the range they fall in ("…, day open"), else "date open". */
export function storyDates(story: {
  firstPublished: string | null;
  lastPublished: string | null;
  publishedRange?: { start: string; end: string } | null;
}): string {
  if (story.firstPublished) {
    return story.lastPublished && story.lastPublished !== story.firstPublished
      ? `${story.firstPublished} to ${story.lastPublished}`
      : story.firstPublished;
  }
  if (story.publishedRange) return `${story.publishedRange.start} to ${story.publishedRange.end}, day open`;
  return 'date open';
}

/** When a story's page was published: its day, else its range ("2021-01-22 to 2021-12-31, day open"), else "date open". */
export function memberDate(m: { published: string | null; publishedRange?: { start: string; end: string } | null }): string {
  if (m.published) return m.published;
  if (m.publishedRange) return `${m.publishedRange.start} to ${m.publishedRange.end}, day open`;
  return 'date open';
}
