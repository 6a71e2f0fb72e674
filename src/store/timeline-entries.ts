/**
 * What the timeline shows of one action, worked out when the action changes and kept in
 * `action_entries` (migration 9): a page of the timeline then reads one stored row per entry
 * instead of an entry's statements (up to eleven rows each, ~1,100 for a page of 200) and
 * building it afresh. Every change of an action goes through ActionIndex.refresh, which
 * stores the entry again; an entry whose action is deleted goes with it (foreign key).
 */
import type { DateValue, EventStatus } from '../core/layers.js';
import type { SqliteDatabase } from './database.js';
import type { StatementQuote } from './statements.js';

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
  /**
   * The statements shown: all of them, or for a long history the first and the latest (see
   * {@link HISTORY_HEAD}); `statementCount` counts them all.
   */
  readonly statusHistory: readonly StatusStatement[];
  /** How many statements the action has in all (more than `statusHistory` holds when it is long). */
  readonly statementCount: number;
  readonly sources: readonly { readonly documentId: string; readonly title: string | null; readonly published: string | null }[];
  readonly quotes: readonly { readonly documentId: string; readonly speakerName: string | null; readonly content: string }[];
  readonly location: string | null;
}

/**
 * Statements shown per entry: the first {@link HISTORY_HEAD} told and the latest
 * {@link HISTORY_TAIL}. Talk of a meeting that never takes place can run to thousands of
 * statements over years in a large collection; ten lines show how it started and where it
 * stands, a page of the timeline stays small enough to send and read, and
 * `statementCount` says how many there are in all.
 */
export const HISTORY_HEAD = 3;
/** Latest statements shown per entry (see {@link HISTORY_HEAD}). */
export const HISTORY_TAIL = 7;

/**
 * The shape of the entries stored in `action_entries`. A stored entry of another format is
 * not read (its entry is built afresh instead); raise this when {@link TimelineEntry} or the
 * way it is built changes, and add a migration that stores the entries again.
 */
export const ENTRY_FORMAT = 1;

/** An action as the timeline reads it. */
export interface ActionRow {
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

/** The action columns an entry is built from, for queries that read them (alias `a`). */
export const ACTION_COLUMNS = 'a.id, a.type, a.mode, a.parties, a.date_start, a.date_end, a.told_first, a.status, a.location';

interface StatementRow {
  document_id: string;
  seq: number;
  status: EventStatus;
  date_start: string | null;
  actors: string;
  recipients: string;
  title: string | null;
  published: string | null;
  evidence: string;
  evidence_quotes: string;
  asserted_by_name: string | null;
}

/** A statement row as the raw query returns it, in the order of STATEMENT_COLUMNS. */
type StatementTuple = [
  string,
  number,
  EventStatus,
  string | null,
  string,
  string,
  string | null,
  string | null,
  string,
  string,
  string | null,
];

function toStatementRow(t: StatementTuple): StatementRow {
  return {
    document_id: t[0],
    seq: t[1],
    status: t[2],
    date_start: t[3],
    actors: t[4],
    recipients: t[5],
    title: t[6],
    published: t[7],
    evidence: t[8],
    evidence_quotes: t[9],
    asserted_by_name: t[10],
  };
}

// What the timeline shows of a statement was worked out when its page was saved (see
// store/statements.ts), with the page's title and date, and stands in one index in the order
// of the action's history (events_action_show). The whole event record is read only for the
// one statement whose date the entry shows.
const STATEMENT_COLUMNS = `e.document_id, e.seq, e.status, e.date_start, e.actors, e.recipients, e.page_title,
  e.page_date, e.evidence, e.evidence_quotes, e.asserted_by_name`;

/** The statements of the timeline for one database. */
function prepareEntries(db: SqliteDatabase) {
  return {
    action: db.prepare<[number], ActionRow>(`select ${ACTION_COLUMNS} from actions a where a.id = ?`),
    count: db.prepare<[number], { n: number }>('select count(*) as n from events where action_ref = ?'),
    // Rows as arrays (raw): better-sqlite3 builds a row object through the V8 API, one
    // property at a time, which cost a third of reading an entry's statements.
    head: db
      .prepare<[number, number], StatementTuple>(
        `select ${STATEMENT_COLUMNS} from events e
         where e.action_ref = ? order by e.page_published, e.document_id, e.seq limit ?`,
      )
      .raw(),
    tail: db
      .prepare<[number, number], StatementTuple>(
        `select ${STATEMENT_COLUMNS} from events e
         where e.action_ref = ? order by e.page_published desc, e.document_id desc, e.seq desc limit ?`,
      )
      .raw(),
    // Only the event's date is read out of its record: SQLite cuts it from the stored JSON
    // (the record is ~1 KB to parse; the date a tenth of it).
    occurredDate: db.prepare<[number], { date: string | null }>(
      `select json_extract(json, '$.date') as date from events where action_ref = ? and status = 'occurred' and date_start is not null
         order by page_published, document_id, seq limit 1`,
    ),
    anyDate: db.prepare<[number], { date: string | null }>(
      `select json_extract(json, '$.date') as date from events where action_ref = ? and date_start is not null
         order by page_published, document_id, seq limit 1`,
    ),
    eventDate: db.prepare<[string, number], { date: string | null }>(
      `select json_extract(json, '$.date') as date from events where document_id = ? and seq = ?`,
    ),
    store: db.prepare<[number, number, string]>('insert or replace into action_entries (action_id, format, json) values (?, ?, ?)'),
  };
}

type EntrySql = ReturnType<typeof prepareEntries>;

const PREPARED = new WeakMap<SqliteDatabase, EntrySql>();

/** The SQL of the entries, prepared once per database. */
function entrySql(db: SqliteDatabase): EntrySql {
  let prepared = PREPARED.get(db);
  if (!prepared) {
    prepared = prepareEntries(db);
    PREPARED.set(db, prepared);
  }
  return prepared;
}

/** The entry of one action row, built from its statements (see {@link storeTimelineEntries} for the kept form). */
export function buildTimelineEntry(db: SqliteDatabase, action: ActionRow): TimelineEntry {
  return entryOf(entrySql(db), action);
}

/**
 * Builds and keeps the entries of these actions (those still standing); called whenever
 * the actions change, in the same transaction.
 */
export function storeTimelineEntries(db: SqliteDatabase, actionIds: Iterable<number>): void {
  const sql = entrySql(db);
  for (const id of actionIds) {
    const action = sql.action.get(id);
    if (action) sql.store.run(id, ENTRY_FORMAT, JSON.stringify(entryOf(sql, action)));
  }
}

/** One entry: the action with its statements (the first and latest of a long history). */
function entryOf(sql: EntrySql, action: ActionRow): TimelineEntry {
  // One more than an entry shows: most histories are short, and then this one read is all.
  const first = sql.head.all(action.id, HISTORY_HEAD + HISTORY_TAIL + 1);
  if (first.length <= HISTORY_HEAD + HISTORY_TAIL) return toEntry(sql, action, first.map(toStatementRow), first.length, null);
  const total = sql.count.get(action.id)?.n ?? 0;
  const head = first.slice(0, HISTORY_HEAD).map(toStatementRow);
  const tail = sql.tail.all(action.id, HISTORY_TAIL).reverse().map(toStatementRow);
  const dated = sql.occurredDate.get(action.id) ?? sql.anyDate.get(action.id);
  const date = dated?.date ? (JSON.parse(dated.date) as DateValue) : null;
  return toEntry(sql, action, [...head, ...tail], total, date);
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

function toEntry(sql: EntrySql, action: ActionRow, rows: StatementRow[], total: number, statedDate: DateValue | null): TimelineEntry {
  const statements = rows.map((row) => ({
    row,
    published: row.published === null ? null : (JSON.parse(row.published) as DateValue),
  }));
  const sources = new Map<string, { documentId: string; title: string | null; published: string | null }>();
  const quotes: { documentId: string; speakerName: string | null; content: string }[] = [];
  for (const { row, published } of statements) {
    const ambiguous = Boolean(published?.candidates && published.candidates.length > 1);
    sources.set(row.document_id, {
      documentId: row.document_id,
      title: row.title,
      published: ambiguous ? null : (published?.start ?? null),
    });
    if (quotes.length >= 5) continue;
    for (const quote of JSON.parse(row.evidence_quotes) as StatementQuote[]) {
      if (!quotes.some((q) => q.content === quote.content)) quotes.push({ documentId: row.document_id, ...quote });
    }
  }
  // The date an entry shows: the first statement that the action occurred with a date, else
  // the first with a date (for a long history, worked out over all its statements by entryOf).
  const truncated = total > statements.length;
  const dated = truncated
    ? null
    : (rows.find((r) => r.status === 'occurred' && r.date_start !== null) ?? rows.find((r) => r.date_start !== null));
  const datedEvent = dated ? sql.eventDate.get(dated.document_id, dated.seq)?.date : undefined;
  const first = rows[0];
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
    actors: first ? (JSON.parse(first.actors) as string[]) : [],
    recipients: first ? (JSON.parse(first.recipients) as string[]) : [],
    date: (truncated ? statedDate : datedEvent ? (JSON.parse(datedEvent) as DateValue) : null) ?? date,
    sortDate: action.date_start ?? action.told_first,
    firstTold: statements.map((s) => statedOn(s.published)).find((v) => v !== null) ?? null,
    status: action.status,
    statusHistory: statements.map(({ row, published }) => ({
      status: row.status,
      statedOn: statedOn(published),
      documentId: row.document_id,
      title: row.title,
      assertedBy: row.asserted_by_name,
      evidence: row.evidence,
    })),
    statementCount: total,
    sources: [...sources.values()],
    quotes: quotes.slice(0, 5),
    location: action.location,
  };
}
