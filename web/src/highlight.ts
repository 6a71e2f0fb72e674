import type { Doc } from './api.js';

/** One annotation drawn over the text. */
export interface Mark {
  start: number;
  end: number;
  kind: 'quote' | 'entity' | 'event' | 'date';
  label: string;
  /** Stable colour index (quotes: by speaker). */
  colour: number;
  /** Where a click goes (a speaker page), if anywhere. */
  href?: string;
}

/** A run of text with the marks that cover all of it. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Collects the marks of a document's layers, each with the explanation shown on hover. */
export function collectMarks(doc: Doc, speakerLinks: Map<string, string>): Mark[] {
  const marks: Mark[] = [];
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const speakerColours = new Map<string, number>();
  for (const q of doc.layers.quotes ?? []) {
    const key = q.speakerId ?? 'unknown';
    if (!speakerColours.has(key)) speakerColours.set(key, speakerColours.size % 6);
    const href = q.speakerName ? speakerLinks.get(q.speakerName) : undefined;
    marks.push({
      start: q.start,
      end: q.end,
      kind: 'quote',
      colour: speakerColours.get(key) ?? 0,
      label: `${q.kind} quote — ${q.speakerName ?? 'speaker unresolved'}${q.speaker ? ` (“${doc.text.slice(q.speaker.start, q.speaker.end)}”)` : ''}${q.cue ? `, cue “${doc.text.slice(q.cue.start, q.cue.end)}”` : ''}`,
      ...(href ? { href } : {}),
    });
  }
  for (const m of doc.layers.mentions ?? []) {
    const entity = m.entityId ? entities.get(m.entityId) : undefined;
    if (!entity) continue;
    marks.push({
      start: m.start,
      end: m.end,
      kind: 'entity',
      colour: 0,
      label: `${m.type} → ${entity.name} (${entity.type}${entity.country ? `, ${entity.country}` : ''}${entity.kb ? `, ${entity.kb}` : ''})`,
    });
  }
  for (const e of doc.layers.events ?? []) {
    const spans = Array.isArray(e.evidence) ? e.evidence : [e.evidence];
    for (const s of spans) {
      marks.push({
        start: s.start,
        end: s.end,
        kind: 'event',
        colour: 0,
        label: `event ${e.type}${e.mode ? `/${e.mode}` : ''}: ${e.status.replace('_', ' ')} — ${[...e.actors, ...(e.recipients.length ? ['→', ...e.recipients] : [])].join(' ')}${e.assertedBy ? `; asserted by ${entities.get(e.assertedBy)?.name ?? e.assertedBy}` : ''}`,
      });
    }
  }
  for (const t of doc.layers.timexes ?? []) {
    const v = t.value;
    marks.push({
      start: t.start,
      end: t.end,
      kind: 'date',
      colour: 0,
      label: v ? `date ${v.start === v.end ? v.start : `${v.start} – ${v.end}`}${v.inferred ? ' (inferred)' : ''}` : 'date (not resolved)',
    });
  }
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= doc.text.length);
}

/**
 * Cuts text[start, end) into segments at every mark boundary, so overlapping marks can be
 * drawn as nested styles without ever building HTML from page text.
 */
export function segment(start: number, end: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    segments.push({ start: s, end: e, marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return segments;
}
