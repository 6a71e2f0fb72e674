import type { DateValue } from '../../core/layers.js';

/** Writes one line to standard output. */
export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Writes one JSON value as a line (JSON Lines). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Formats a date value for people: "2015-05-14", "2021-04", "2017-01-23 or 2025-01-23 (ambiguous)". */
export function formatDate(value: DateValue | null | undefined): string {
  if (!value) return 'unknown';
  const base = (v: DateValue): string => {
    if (v.granularity === 'day' || v.start === v.end) return v.start;
    if (v.granularity === 'month') return v.start.slice(0, 7);
    if (v.granularity === 'year') return v.start.slice(0, 4);
    return `${v.start}..${v.end}`;
  };
  if (value.candidates && value.candidates.length > 1) {
    return `${value.candidates.map(base).join(' or ')} (ambiguous${value.inferred ? ', inferred' : ''})`;
  }
  return `${base(value)}${value.inferred ? ' (inferred)' : ''}`;
}

/** Pads or cuts a cell to a width for aligned tables. */
export function cell(value: string | number | null | undefined, width: number): string {
  const text = value === null || value === undefined ? '-' : String(value);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}
