import type { DateValue, EventRecord, EventStatus } from '../../core/layers.js';
import { type Span, spansOverlap } from '../../core/span.js';
import type { SqliteDatabase } from '../../store/database.js';

/** One statement of an action's status, from one page. */
export interface StatusStatement {
  readonly status: EventStatus;
  /** When the statement was made: the page's publication date (null when ambiguous or unknown). */
  readonly statedOn: string | null;
  readonly documentId: string;
  readonly title: string | null;
  readonly assertedBy: string | null;
  readonly evidence: string;
}

/** An action merged across pages: one line of the timeline. */
export interface TimelineEntry {
  readonly id: string;
  readonly type: string;
  readonly mode: string | null;
  readonly parties: readonly string[];
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  /** When the action happened or is to happen, where any page says. */
  readonly date: DateValue | null;
  /** Where the entry sorts: the action's date, else when it was first told. */
  readonly sortDate: string | null;
  /** When the action was first told, for people ("2017-01-21..22", "2021"). */
  readonly firstTold: string | null;
  /** Where the action stands: occurred once any page says so, else the latest statement. */
  readonly status: EventStatus;
  readonly statusHistory: readonly StatusStatement[];
  readonly sources: readonly { readonly documentId: string; readonly title: string | null; readonly published: string | null }[];
  readonly quotes: readonly { readonly documentId: string; readonly speakerName: string | null; readonly content: string }[];
  readonly location: string | null;
}

/** Filters of the timeline. */
export interface TimelineFilter {
  readonly actors?: readonly string[];
  readonly type?: string;
  readonly status?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
}

interface ActionRow {
  id: number;
  type: string;
  mode: string | null;
  parties: string;
  date_start: string | null;
  date_end: string | null;
  told_first: string | null;
  status: EventStatus;
  location: string | null;
}

interface StatementRow {
  action_ref: number;
  document_id: string;
  title: string | null;
  meta: string;
  text: string;
  json: string;
  quotes: string;
  entities: string;
}

function evidenceSpans(event: EventRecord): Span[] {
  return Array.isArray(event.evidence) ? [...(event.evidence as Span[])] : [event.evidence as Span];
}

/**
 * The timeline: stored actions (statements merged across pages at ingest, see
 * store/actions.ts) in date order, each with its status history in the order it was told,
 * its sources and the quotes that stand in its evidence. Cost grows with the entries
 * returned, not with the collection.
 */
export function buildTimeline(db: SqliteDatabase, filter: TimelineFilter = {}): TimelineEntry[] {
  const actors = (filter.actors ?? []).map((a) => a.toUpperCase());
  const params: Record<string, unknown> = {
    type: filter.type?.toUpperCase() ?? null,
    status: filter.status ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    limit: Math.min(Math.max(filter.limit ?? 500, 1), 5000),
  };
  actors.forEach((a, i) => {
    params[`a${i}`] = `%"${a}"%`;
  });
  const actions = db
    .prepare(
      `select id, type, mode, parties, date_start, date_end, told_first, status, location from actions a
       where (@type is null or a.type = @type)
         ${actors.map((_, i) => `and a.parties like @a${i}`).join(' ')}
         and (@status is null or a.status = @status or exists (select 1 from events e where e.action_ref = a.id and e.status = @status))
         and (@from is null or coalesce(a.date_end, a.told_first) >= @from)
         and (@to is null or coalesce(a.date_start, a.told_first) <= @to)
       order by coalesce(a.date_start, a.told_first) nulls last, a.id limit @limit`,
    )
    .all(params) as ActionRow[];
  if (actions.length === 0) return [];
  const ids = actions.map((a) => a.id);
  const statements = db
    .prepare(
      `select e.action_ref, e.document_id, d.title, d.meta, d.text, e.json, d.entities,
              (select json_group_array(json(q.json)) from quotes q where q.document_id = e.document_id) as quotes
       from events e join documents d on d.id = e.document_id
       where e.action_ref in (${ids.map(() => '?').join(',')}) order by e.document_id, e.seq`,
    )
    .all(...ids) as StatementRow[];
  const byAction = new Map<number, StatementRow[]>();
  for (const s of statements) byAction.set(s.action_ref, [...(byAction.get(s.action_ref) ?? []), s]);
  return actions.map((action) => toEntry(action, byAction.get(action.id) ?? []));
}

/**
 * When a statement was made, for people: the page's day, month or year, a short range when
 * its candidates lie days apart, and null when its year is ambiguous or unknown.
 */
function statedOn(published: DateValue | null): string | null {
  if (!published) return null;
  const candidates = published.candidates;
  if (candidates && candidates.length > 1) {
    const first = candidates[0]?.start ?? '';
    const last = candidates[candidates.length - 1]?.end ?? '';
    return first.slice(0, 7) === last.slice(0, 7) ? `${first}..${last.slice(8)}` : null;
  }
  if (published.granularity === 'day' || published.start === published.end) return published.start;
  if (published.granularity === 'month') return published.start.slice(0, 7);
  if (published.start.slice(0, 4) === published.end.slice(0, 4)) return published.start.slice(0, 4);
  return `${published.start}..${published.end}`;
}

function toEntry(action: ActionRow, rows: StatementRow[]): TimelineEntry {
  const statements = rows
    .map((row) => ({
      row,
      event: JSON.parse(row.json) as EventRecord,
      published: (JSON.parse(row.meta) as { published: DateValue | null }).published,
    }))
    .sort((a, b) => (a.published?.start ?? '').localeCompare(b.published?.start ?? ''));
  const sources = new Map<string, { documentId: string; title: string | null; published: string | null }>();
  const quotes: { documentId: string; speakerName: string | null; content: string }[] = [];
  for (const { row, event, published } of statements) {
    const ambiguous = Boolean(published?.candidates && published.candidates.length > 1);
    sources.set(row.document_id, {
      documentId: row.document_id,
      title: row.title,
      published: ambiguous ? null : (published?.start ?? null),
    });
    for (const quote of JSON.parse(row.quotes) as Array<Span & { speakerName: string | null }>) {
      if (!evidenceSpans(event).some((span) => spansOverlap(span, quote))) continue;
      const content = row.text.slice(quote.start, quote.end);
      if (!quotes.some((q) => q.content === content)) quotes.push({ documentId: row.document_id, speakerName: quote.speakerName, content });
    }
  }
  const first = statements[0]?.event;
  const date: DateValue | null = action.date_start
    ? {
        start: action.date_start,
        end: action.date_end ?? action.date_start,
        granularity: action.date_start === action.date_end ? 'day' : 'range',
        evidence: [],
        inferred: true,
      }
    : null;
  return {
    id: `action-${action.id}`,
    type: action.type,
    mode: action.mode,
    parties: JSON.parse(action.parties) as string[],
    actors: first?.actors ?? [],
    recipients: first?.recipients ?? [],
    date:
      statements.find((s) => s.event.status === 'occurred' && s.event.date)?.event.date ??
      statements.find((s) => s.event.date)?.event.date ??
      date,
    sortDate: action.date_start ?? action.told_first,
    firstTold: statements.map((s) => statedOn(s.published)).find((v) => v !== null) ?? null,
    status: action.status,
    statusHistory: statements.map(({ row, event, published }) => ({
      status: event.status,
      statedOn: statedOn(published),
      documentId: row.document_id,
      title: row.title,
      assertedBy: event.assertedBy
        ? ((JSON.parse(row.entities) as { id: string; name: string }[]).find((e) => e.id === event.assertedBy)?.name ?? null)
        : null,
      evidence: evidenceSpans(event)
        .map((span) => row.text.slice(span.start, span.end))
        .join(' … '),
    })),
    sources: [...sources.values()],
    quotes: quotes.slice(0, 5),
    location: action.location,
  };
}
