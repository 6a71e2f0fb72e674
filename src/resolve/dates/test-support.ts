/**
 * Test support for date inference: a small in-memory knowledge base and a builder that
 * turns a plain-text page into a Document with the layers resolve/dates reads, before the
 * real extractor and entity stages are wired. Used by tests only.
 */

import { splitSentences } from '../../annotate/sentences/split.js';
import { annotateTimexes } from '../../annotate/timexes/index.js';
import type { Document, DocumentMeta, Entity } from '../../core/document.js';
import { emptyMeta } from '../../core/document.js';
import type { FurnitureBlock, Paragraph, Sentence } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import type { Actor, KnowledgeBase, OfficeTerm } from '../kb/types.js';

/** A person for a test knowledge base: name, aliases and terms. */
export interface TestPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly country: string;
  readonly offices: readonly OfficeTerm[];
  readonly fictional?: boolean;
}

/** An in-memory KnowledgeBase over a few people (only what date inference uses is exact). */
export function createTestKnowledgeBase(people: readonly TestPerson[]): KnowledgeBase & { readonly actors: readonly Actor[] } {
  const actors: Actor[] = people.map((p) => ({
    id: p.id,
    name: p.name,
    type: 'person',
    aliases: p.aliases ?? [],
    country: p.country,
    sector: 'GOV',
    wikidata: null,
    offices: p.offices,
    ...(p.fictional ? { fictional: true } : {}),
  }));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    actors,
    size: actors.length,
    byId: (id) => byId.get(id),
    lookup: (name) => actors.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === name.toLowerCase())),
    holdersAt: (office, country, date) =>
      actors.filter((a) =>
        a.offices.some((t) => t.office === office && t.country === country && t.start <= date && (t.end === null || date <= t.end)),
      ),
    terms: (id) => byId.get(id)?.offices ?? [],
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Links people of a knowledge base by name in text: full names and aliases, then the
 * surname alone. A stand-in for the resolve/entities stage in tests.
 */
export function linkPeople(text: string, actors: readonly Actor[]): Entity[] {
  const entities: Entity[] = [];
  for (const actor of actors) {
    if (actor.type !== 'person') continue;
    const names = [actor.name, ...actor.aliases].sort((a, b) => b.length - a.length);
    const surname = actor.name.split(' ').at(-1) ?? actor.name;
    const spans: Span[] = [];
    const taken = (s: number, e: number) => spans.some((x) => s < x.end && x.start < e);
    for (const name of [...names, surname]) {
      for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))) {
        if (!taken(m.index, m.index + name.length)) spans.push({ start: m.index, end: m.index + name.length });
      }
    }
    if (spans.length === 0) continue;
    spans.sort((a, b) => a.start - b.start);
    entities.push({ id: `e-${actor.id}`, name: actor.name, type: 'person', kb: actor.id, roles: [], mentions: spans });
  }
  return entities;
}

/** What a plain-text test page is made of. */
export interface TestPageParts {
  /** The page as received (for seed pages: the scraped text dump). */
  readonly source: string;
  /** Source spans of the body paragraphs, in order. */
  readonly body: readonly Span[];
  /** Source spans of captions (weak date evidence). */
  readonly captions?: readonly Span[];
  readonly meta?: Partial<DocumentMeta>;
}

/**
 * Builds a Document from a test page: text = body paragraphs joined by blank lines, with
 * paragraphs, sentences, timexes, furniture (captions) and linked people.
 */
export function buildTestDocument(parts: TestPageParts, actors: readonly Actor[]): Document {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const span of parts.body) {
    if (text) text += '\n\n';
    const start = text.length;
    text += parts.source.slice(span.start, span.end);
    paragraphs.push({ start, end: text.length, kind: 'body', source: { ...span, in: 'source' }, by: 'test' });
  }
  const sentences: Sentence[] = [];
  for (const p of paragraphs) for (const s of splitSentences(text, p.start, p.end)) sentences.push({ ...s, by: 'test' });
  const furniture: FurnitureBlock[] = (parts.captions ?? []).map((c) => ({
    start: c.start,
    end: c.end,
    in: 'source',
    class: 'caption',
    rule: 'test',
    by: 'test',
  }));
  return {
    id: 'test',
    origin: { name: 'test', kind: 'example' },
    source: parts.source,
    format: 'text',
    encoding: 'utf-8',
    text,
    meta: { ...emptyMeta(), ...parts.meta },
    layers: { paragraphs, sentences, furniture, timexes: annotateTimexes(text, sentences) },
    entities: linkPeople(text, actors),
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Reads an agency dateline ("SOCHI, May 14. /TASS/.") at the start of a paragraph. */
export function readDateline(paragraph: string): DocumentMeta['dateline'] {
  const m = /^([A-Z][A-Z .'-]+),\s+([A-Z][a-z]+)\s+(\d{1,2})\.?\s*\/[A-Za-z-]+\/\./.exec(paragraph);
  const month = m ? MONTH_NAMES.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  const place = (m[1] ?? '').trim();
  return { place: place.charAt(0) + place.slice(1).toLowerCase(), month, day: Number(m[3]) };
}

/** Reads a page-time line ("January 23, 13:01 UTC+3") of a scraped page. */
export function readPageTime(line: string): DocumentMeta['pageTime'] {
  const m = /^([A-Z][a-z]+)\s+(\d{1,2})(?:,\s+(\d{4}))?,\s+(\d{1,2}):(\d{2})(?:\s+UTC([+-]\d{1,2}))?$/.exec(line.trim());
  const month = m ? MONTH_NAMES.indexOf((m[1] ?? '').toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return {
    text: line.trim(),
    month,
    day: Number(m[2]),
    year: m[3] ? Number(m[3]) : null,
    hour: Number(m[4]),
    minute: Number(m[5]),
    utcOffsetMinutes: m[6] ? Number(m[6]) * 60 : null,
  };
}
