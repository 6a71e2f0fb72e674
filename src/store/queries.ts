import { type EventRecord, eventEvidence, type Quote } from '../core/layers.js';
import type { SqliteDatabase } from './database.js';

/** Paging for every list query. */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

/** An entity across the collection, with how often it appears. */
export interface EntityRow {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly kb: string | null;
  readonly documents: number;
  readonly mentions: number;
}

/** A quote with its page's title and date. */
export interface QuoteRow {
  readonly documentId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly speakerEntity: number | null;
  readonly speakerName: string | null;
  readonly kind: string;
  readonly content: string;
  readonly saidStart: string | null;
  readonly saidEnd: string | null;
  readonly quote: Quote;
}

/** An event with its page's title and date. */
export interface EventRow {
  readonly documentId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly event: EventRecord;
  readonly evidence: string;
}

/** A full-text hit. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly snippet: string;
  readonly score: number;
}

function limits(page: Page): { limit: number; offset: number } {
  return { limit: Math.max(1, Math.min(page.limit ?? 50, 1000)), offset: Math.max(0, page.offset ?? 0) };
}

/**
 * Turns what a person types into a safe FTS5 query: words become quoted terms (all must
 * match), "double-quoted phrases" stay phrases, OR between terms is kept, and a trailing
 * `*` keeps a prefix search. FTS5 syntax in user input can then never raise an error.
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      const clean = phrase.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim();
      if (clean) parts.push(`"${clean}"`);
    } else if (word === 'OR' && parts.length > 0) {
      parts.push('OR');
    } else if (word) {
      const prefix = word.endsWith('*');
      for (const token of word.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) parts.push(`"${token}"${prefix ? '*' : ''}`);
    }
  }
  while (parts[parts.length - 1] === 'OR') parts.pop();
  return parts.join(' ');
}

/** Tokens around a hit shown in a snippet, as FTS5's snippet(..., 16) did. */
const SNIPPET_TOKENS = 16;

/** Characters of text a snippet window is looked for in (16 tokens are about 100). */
const SNIPPET_REACH = 110;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A snippet of `text` for a query made by {@link toFtsQuery}: about sixteen tokens around
 * the first stretch where the most query terms occur, matches in [brackets] (adjacent ones
 * share a bracket), '…' where the text is cut. Made in JavaScript for the page of hits
 * only, with one regular expression over the text: FTS5's snippet() re-tokenizes every
 * page inside SQLite at several times the cost. Terms are matched case-insensitively; a
 * match that differs only by diacritics is found by the index but not bracketed here.
 */
export function makeSnippet(text: string, match: string): string {
  const terms: string[] = [];
  for (const m of match.matchAll(/"([^"]*)"(\*)?/g)) {
    for (const token of (m[1] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      terms.push(m[2] ? `${escapeRegExp(token)}[\\p{L}\\p{N}]*` : escapeRegExp(token));
    }
  }
  const hits: { start: number; end: number; term: string }[] = [];
  if (terms.length > 0) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) hits.push({ start: m.index, end: m.index + m[0].length, term: m[0].toLowerCase() });
  }
  // The hit whose next ~16 tokens hold the most distinct terms, the earliest on a tie.
  let anchor = 0;
  let best = -1;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<string>();
    const from = (hits[i] as { start: number }).start;
    for (let k = i; k < hits.length && (hits[k] as { start: number }).start < from + SNIPPET_REACH; k++)
      seen.add((hits[k] as { term: string }).term);
    if (seen.size > best) {
      best = seen.size;
      anchor = from;
    }
  }
  // Two tokens of context before the hit, then sixteen tokens in all.
  const before = [...text.slice(Math.max(0, anchor - 60), anchor).matchAll(/[\p{L}\p{N}]+/gu)];
  const lead = before.length >= 2 ? before[before.length - 2] : before[0];
  const windowStart = hits.length && lead ? Math.max(0, anchor - 60) + lead.index : hits.length ? anchor : 0;
  const tokenPattern = /[\p{L}\p{N}]+/gu;
  tokenPattern.lastIndex = windowStart;
  let windowEnd = windowStart;
  let count = 0;
  let more = false;
  for (let m = tokenPattern.exec(text); m; m = tokenPattern.exec(text)) {
    if (count === SNIPPET_TOKENS) {
      more = true;
      break;
    }
    windowEnd = m.index + m[0].length;
    count++;
  }
  if (count === 0) return '';
  let out = windowStart > 0 && /[\p{L}\p{N}]/u.test(text.slice(0, windowStart)) ? '…' : '';
  let at = windowStart;
  let lastHitEnd = -1;
  for (const hit of hits) {
    if (hit.start < windowStart || hit.end > windowEnd) continue;
    const gap = text.slice(at, hit.start);
    if (lastHitEnd === at && /^\s+$/.test(gap)) out = `${out.slice(0, -1)}${gap}${text.slice(hit.start, hit.end)}]`;
    else out += `${gap}[${text.slice(hit.start, hit.end)}]`;
    at = hit.end;
    lastHitEnd = hit.end;
  }
  out += text.slice(at, windowEnd);
  return more ? `${out}…` : `${out}${text.slice(windowEnd)}`;
}

/**
 * Matches a search ranks at most: the most recently stored ones (see {@link Queries.search}).
 * 1,000 keeps a common word under 50 ms at 100,000 pages on two busy cores; a query matching
 * fewer pages is ranked over all of them.
 */
export const SEARCH_RANK_WINDOW = 1000;

/** Read-only queries over the collection, shared by the CLI and the HTTP API. */
export class Queries {
  constructor(private readonly db: SqliteDatabase) {}

  /** Entities, most documents first; filter by name part, type or country. */
  entities(filter: { q?: string; type?: string; country?: string } & Page = {}): EntityRow[] {
    const { limit, offset } = limits(filter);
    return this.db
      .prepare(
        `select e.id, e.name, e.type, e.country, e.sector, e.kb,
                count(distinct de.document_id) as documents, coalesce(sum(de.mentions), 0) as mentions
         from entities e left join document_entities de on de.entity_id = e.id
         where (@q is null or e.name like '%' || @q || '%') and (@type is null or e.type = @type)
           and (@country is null or e.country = @country)
         group by e.id order by documents desc, mentions desc, e.name limit @limit offset @offset`,
      )
      .all({ q: filter.q ?? null, type: filter.type ?? null, country: filter.country ?? null, limit, offset }) as EntityRow[];
  }

  /** One entity by its collection id, or undefined. */
  entity(id: number): (EntityRow & { roles: string[]; documentIds: string[] }) | undefined {
    const row = this.entities({ limit: 1000 }).find((e) => e.id === id);
    if (!row) return undefined;
    const extra = this.db.prepare('select roles from entities where id = ?').get(id) as { roles: string };
    const docs = this.db.prepare('select document_id from document_entities where entity_id = ? order by document_id').all(id) as {
      document_id: string;
    }[];
    return { ...row, roles: JSON.parse(extra.roles) as string[], documentIds: docs.map((d) => d.document_id) };
  }

  /** Quotes, oldest first; filter by speaker (name part or entity id), dates (said, else published) and document. */
  quotes(filter: { speaker?: string; speakerId?: number; from?: string; to?: string; documentId?: string } & Page = {}): QuoteRow[] {
    const { limit, offset } = limits(filter);
    const rows = this.db
      .prepare(
        `select q.document_id, d.title, d.published_start, q.speaker_entity, q.speaker_name, q.kind, q.content,
                q.said_start, q.said_end, q.json
         from quotes q join documents d on d.id = q.document_id
         where (@speaker is null or q.speaker_name like '%' || @speaker || '%')
           and (@speakerId is null or q.speaker_entity = @speakerId)
           and (@documentId is null or q.document_id = @documentId)
           and (@from is null or coalesce(q.said_end, d.published_end) >= @from)
           and (@to is null or coalesce(q.said_start, d.published_start) <= @to)
         order by coalesce(q.said_start, d.published_start) nulls last, q.document_id, q.seq
         limit @limit offset @offset`,
      )
      .all({
        speaker: filter.speaker ?? null,
        speakerId: filter.speakerId ?? null,
        documentId: filter.documentId ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit,
        offset,
      }) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      documentId: r.document_id as string,
      title: r.title as string | null,
      published: r.published_start as string | null,
      speakerEntity: r.speaker_entity as number | null,
      speakerName: r.speaker_name as string | null,
      kind: r.kind as string,
      content: r.content as string,
      saidStart: r.said_start as string | null,
      saidEnd: r.said_end as string | null,
      quote: JSON.parse(r.json as string) as Quote,
    }));
  }

  /** Events, oldest first; filter by actor codes (all must take part), type, status, dates and document. */
  events(
    filter: { actors?: readonly string[]; type?: string; status?: string; from?: string; to?: string; documentId?: string } & Page = {},
  ): EventRow[] {
    const { limit, offset } = limits(filter);
    const actors = (filter.actors ?? []).map((a) => a.toUpperCase());
    const actorClause = actors.map((_, i) => `and (e.actors like @a${i} or e.recipients like @a${i})`).join(' ');
    const params: Record<string, unknown> = {
      type: filter.type?.toUpperCase() ?? null,
      status: filter.status ?? null,
      documentId: filter.documentId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      limit,
      offset,
    };
    actors.forEach((a, i) => {
      params[`a${i}`] = `%"${a}"%`;
    });
    const rows = this.db
      .prepare(
        `select e.document_id, d.title, d.published_start, d.text, e.json
         from events e join documents d on d.id = e.document_id
         where (@type is null or e.type = @type) and (@status is null or e.status = @status)
           and (@documentId is null or e.document_id = @documentId)
           and (@from is null or coalesce(e.date_end, d.published_end) >= @from)
           and (@to is null or coalesce(e.date_start, d.published_start) <= @to)
           ${actorClause}
         order by coalesce(e.date_start, d.published_start) nulls last, e.document_id, e.seq
         limit @limit offset @offset`,
      )
      .all(params) as Array<Record<string, unknown>>;
    return rows.map((r) => {
      const event = JSON.parse(r.json as string) as EventRecord;
      const text = r.text as string;
      const spans = eventEvidence(event);
      return {
        documentId: r.document_id as string,
        title: r.title as string | null,
        published: r.published_start as string | null,
        event,
        evidence: spans.map((s: { start: number; end: number }) => text.slice(s.start, s.end)).join(' … '),
      };
    });
  }

  /**
   * Full-text search with bm25 ranking and snippets; filters narrow the pages. The ranking
   * reads only the full-text index (and the filter tables when a filter is given) and keeps
   * the page asked for; titles and snippets are made for that page of hits only. A query
   * that matches more than {@link SEARCH_RANK_WINDOW} pages is ranked among the most recently
   * stored that many: visiting every match of a common word costs 100-400 ms at 100,000
   * pages (issue 9), the window keeps it under 50 ms.
   */
  search(
    query: string,
    filter: { speaker?: string; actor?: string; type?: string; status?: string; from?: string; to?: string } & Page = {},
  ): SearchHit[] {
    const match = toFtsQuery(query);
    if (!match) return [];
    const { limit, offset } = limits(filter);
    const params: Record<string, unknown> = { match, limit, offset };
    const where: string[] = [];
    if (filter.from) {
      where.push('d.published_end >= @from');
      params.from = filter.from;
    }
    if (filter.to) {
      where.push('d.published_start <= @to');
      params.to = filter.to;
    }
    if (filter.speaker) {
      where.push("exists (select 1 from quotes q where q.document_id = d.id and q.speaker_name like '%' || @speaker || '%')");
      params.speaker = filter.speaker;
    }
    if (filter.actor) {
      where.push(
        'exists (select 1 from events e where e.document_id = d.id and (e.actors like @actorLike or e.recipients like @actorLike))',
      );
      params.actorLike = `%"${filter.actor.toUpperCase()}"%`;
    }
    if (filter.type) {
      where.push('exists (select 1 from events e where e.document_id = d.id and e.type = @type)');
      params.type = filter.type.toUpperCase();
    }
    if (filter.status) {
      where.push('exists (select 1 from events e where e.document_id = d.id and e.status = @status)');
      params.status = filter.status;
    }
    params.window = SEARCH_RANK_WINDOW;
    const matches = where.length
      ? `select f.rowid as rowid, bm25(documents_fts, 2.0, 1.0) as score from documents_fts f join documents d on d.rowid = f.rowid
         where documents_fts match @match and ${where.join(' and ')} order by f.rowid desc limit @window`
      : `select rowid, bm25(documents_fts, 2.0, 1.0) as score from documents_fts
         where documents_fts match @match order by rowid desc limit @window`;
    const ranked = `select rowid, score from (${matches}) order by score limit @limit offset @offset`;
    const sql = `with ranked as materialized (${ranked})
      select d.id, d.title, d.outlet, d.published_start as published, d.text, r.score
      from ranked r join documents d on d.rowid = r.rowid order by r.score`;
    const rows = this.statement(sql).all(params) as Array<Omit<SearchHit, 'snippet'> & { text: string }>;
    return rows.map(({ text, ...hit }) => ({ ...hit, snippet: makeSnippet(text, match) }));
  }

  private readonly statements = new Map<string, ReturnType<SqliteDatabase['prepare']>>();

  /** A prepared statement, compiled once per SQL text for the life of these queries. */
  private statement(sql: string): ReturnType<SqliteDatabase['prepare']> {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }
}
