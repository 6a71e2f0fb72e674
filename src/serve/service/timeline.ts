import type { DateValue, EventRecord, EventStatus } from '../../core/layers.js';
import { type Span, spansOverlap } from '../../core/span.js';
import type { SqliteDatabase } from '../../store/database.js';

/** One statement of an action's status, from one page. */
export interface StatusStatement {
  readonly status: EventStatus;
  /** When the statement was made: the page's publication date. */
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
  /** Where the entry sorts: the action's date, else the earliest statement. */
  readonly sortDate: string | null;
  /** The status told by the latest statement (an occurred statement wins over older plans). */
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

interface Statement {
  readonly documentId: string;
  readonly title: string | null;
  readonly published: DateValue | null;
  readonly text: string;
  readonly event: EventRecord;
  readonly quotes: readonly { start: number; end: number; speakerName: string | null }[];
}

/**
 * How far apart two statements about an undated action may be published and still be
 * the same action. Calls and meetings announced "soon" are told within days to weeks;
 * 45 days keeps the January 2017 Putin–Trump call together (pages 2 days apart) and the
 * 2021 and 2022 calls apart.
 */
const SAME_ACTION_WINDOW_DAYS = 45;

function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86400000);
}

function partiesOf(event: EventRecord): string[] {
  return [...new Set([...event.actors, ...event.recipients])].sort();
}

function sameParties(a: EventRecord, b: EventRecord): boolean {
  const pa = partiesOf(a);
  const pb = partiesOf(b);
  if (pa.length === 0 || pb.length === 0) return false;
  return pa.length === pb.length && pa.every((p, i) => p === pb[i]);
}

/** Two event dates (ranges) overlap, or lie within the window when only pages date them. */
function compatibleDates(a: Statement, b: Statement): boolean {
  const da = a.event.date;
  const db = b.event.date;
  if (da && db) {
    return (dayNumber(da.start) ?? 0) <= (dayNumber(db.end) ?? 0) && (dayNumber(db.start) ?? 0) <= (dayNumber(da.end) ?? 0);
  }
  const pa = dayNumber(da?.start ?? a.published?.start);
  const pb = dayNumber(db?.start ?? b.published?.start);
  if (pa === null || pb === null) return false;
  return Math.abs(pa - pb) <= SAME_ACTION_WINDOW_DAYS;
}

/** A dated statement of one action should not merge with a differently dated one with a clear day. */
function sameMode(a: EventRecord, b: EventRecord): boolean {
  return !a.mode || !b.mode || a.mode === b.mode;
}

function loadStatements(db: SqliteDatabase, filter: TimelineFilter): Statement[] {
  const actors = (filter.actors ?? []).map((a) => a.toUpperCase());
  const actorClause = actors.map((_, i) => `and (e.actors like @a${i} or e.recipients like @a${i})`).join(' ');
  const params: Record<string, unknown> = { type: filter.type?.toUpperCase() ?? null };
  actors.forEach((a, i) => {
    params[`a${i}`] = `%"${a}"%`;
  });
  const rows = db
    .prepare(
      `select e.document_id, d.title, d.meta, d.text, e.json,
              (select json_group_array(json(q.json)) from quotes q where q.document_id = e.document_id) as quotes
       from events e join documents d on d.id = e.document_id
       where (@type is null or e.type = @type) ${actorClause}
       order by e.document_id, e.seq`,
    )
    .all(params) as Array<{ document_id: string; title: string | null; meta: string; text: string; json: string; quotes: string }>;
  return rows.map((r) => ({
    documentId: r.document_id,
    title: r.title,
    published: (JSON.parse(r.meta) as { published: DateValue | null }).published,
    text: r.text,
    event: JSON.parse(r.json) as EventRecord,
    quotes: JSON.parse(r.quotes) as { start: number; end: number; speakerName: string | null }[],
  }));
}

function evidenceSpans(event: EventRecord): Span[] {
  return Array.isArray(event.evidence) ? [...(event.evidence as Span[])] : [event.evidence as Span];
}

/**
 * Merges event statements across pages into timeline entries: the same type, the same
 * parties, compatible modes and dates (or pages published close together when no page
 * dates the action). Each entry keeps every source, its key quotes and its status history
 * in the order the statements were made.
 */
export function buildTimeline(db: SqliteDatabase, filter: TimelineFilter = {}): TimelineEntry[] {
  const statements = loadStatements(db, filter);
  const groups: Statement[][] = [];
  for (const statement of statements) {
    const home = groups.find((group) =>
      group.some(
        (other) =>
          other.event.type === statement.event.type &&
          sameParties(other.event, statement.event) &&
          sameMode(other.event, statement.event) &&
          (other.documentId === statement.documentId
            ? other.event.actionId === statement.event.actionId
            : compatibleDates(other, statement)),
      ),
    );
    if (home) home.push(statement);
    else groups.push([statement]);
  }
  const entries = groups.map((group, index) => toEntry(group, index));
  return entries
    .filter((e) => !filter.status || e.status === filter.status || e.statusHistory.some((s) => s.status === filter.status))
    .filter((e) => !filter.from || (e.sortDate ?? '') >= filter.from)
    .filter((e) => !filter.to || (e.sortDate ?? '9999') <= filter.to)
    .sort((a, b) => (a.sortDate ?? '9999').localeCompare(b.sortDate ?? '9999') || a.id.localeCompare(b.id))
    .slice(0, filter.limit ?? 500);
}

function toEntry(group: Statement[], index: number): TimelineEntry {
  const ordered = [...group].sort((a, b) => (a.published?.start ?? '').localeCompare(b.published?.start ?? ''));
  const history: StatusStatement[] = ordered.map((s) => ({
    status: s.event.status,
    statedOn: s.published?.candidates && s.published.candidates.length > 1 ? null : (s.published?.start ?? null),
    documentId: s.documentId,
    title: s.title,
    assertedBy: s.event.assertedBy,
    evidence: evidenceSpans(s.event)
      .map((span) => s.text.slice(span.start, span.end))
      .join(' … '),
  }));
  const occurred = ordered.find((s) => s.event.status === 'occurred');
  const latest = ordered[ordered.length - 1] ?? ordered[0];
  const first = ordered[0] as Statement;
  const dated = occurred?.event.date ?? ordered.find((s) => s.event.date)?.event.date ?? null;
  const sources = new Map<string, { documentId: string; title: string | null; published: string | null }>();
  const quotes: { documentId: string; speakerName: string | null; content: string }[] = [];
  for (const s of ordered) {
    sources.set(s.documentId, { documentId: s.documentId, title: s.title, published: s.published?.start ?? null });
    for (const quote of s.quotes) {
      if (evidenceSpans(s.event).some((span) => spansOverlap(span, quote))) {
        const content = s.text.slice(quote.start, quote.end);
        if (!quotes.some((q) => q.content === content)) quotes.push({ documentId: s.documentId, speakerName: quote.speakerName, content });
      }
    }
  }
  return {
    id: `action-${index + 1}`,
    type: first.event.type,
    mode: ordered.find((s) => s.event.mode)?.event.mode ?? null,
    parties: partiesOf(first.event),
    actors: first.event.actors,
    recipients: first.event.recipients,
    date: dated,
    sortDate: dated?.start ?? first.published?.start ?? null,
    status: (occurred ?? latest ?? first).event.status,
    statusHistory: history,
    sources: [...sources.values()],
    quotes: quotes.slice(0, 5),
    location: ordered.find((s) => s.event.location)?.event.location ?? null,
  };
}
