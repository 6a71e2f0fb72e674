/**
 * The timeline: stored actions (statements merged across pages at ingest, see
 * store/actions.ts) in date order, each shown as the entry kept for it when it last changed
 * (store/timeline-entries.ts).
 */
import type { SqliteDatabase } from '../../store/database.js';
import { ACTION_COLUMNS, type ActionRow, buildTimelineEntry, ENTRY_FORMAT, type TimelineEntry } from '../../store/timeline-entries.js';

export type { StatusStatement, TimelineEntry } from '../../store/timeline-entries.js';

/** Filters of the timeline. */
export interface TimelineFilter {
  readonly actors?: readonly string[];
  readonly type?: string;
  readonly status?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  /** Entries to skip, for paging through a long timeline. */
  readonly offset?: number;
}

/** Entries per page when no limit is asked for (pages follow with `offset`). */
export const DEFAULT_TIMELINE_LIMIT = 200;

/** An action of a timeline page with its kept entry (null when none is kept in this format). */
interface StoredActionRow extends ActionRow {
  entry_format: number | null;
  entry_json: string | null;
}

/** The queries of the timeline, one per filter shape, prepared once per database. */
const PREPARED = new WeakMap<SqliteDatabase, Map<string, ReturnType<SqliteDatabase['prepare']>>>();

/** The kept entry of an action as JSON text, or null when none is kept in this format. */
function keptJson(row: StoredActionRow): string | null {
  return row.entry_format === ENTRY_FORMAT ? row.entry_json : null;
}

/**
 * The timeline: stored actions in date order, each with its status history in the order it
 * was told (the first and latest statements of a long one), its sources and the quotes that
 * stand in its evidence. The actions are read by walking an index in date order (by party
 * when actors are given), so the cost grows with the entries returned, not with the
 * collection; each entry is one kept row.
 */
export function buildTimeline(db: SqliteDatabase, filter: TimelineFilter = {}): TimelineEntry[] {
  return timelineActions(db, filter).map((row) => {
    const kept = keptJson(row);
    return kept === null ? buildTimelineEntry(db, row) : (JSON.parse(kept) as TimelineEntry);
  });
}

/**
 * {@link buildTimeline} for a server, as the JSON text of the list of entries: kept entries
 * are sent as they are stored (no parsing and serialising again); entries built afresh
 * (none kept, e.g. an older format) are built in slices of `slice` with the event loop free
 * in between, so such a page does not hold up the requests answered meanwhile.
 */
export async function timelineJson(db: SqliteDatabase, filter: TimelineFilter = {}, slice = 16): Promise<string> {
  const parts: string[] = [];
  let built = 0;
  for (const row of timelineActions(db, filter)) {
    const kept = keptJson(row);
    if (kept !== null) {
      parts.push(kept);
      continue;
    }
    if (built > 0 && built % slice === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    built++;
    parts.push(JSON.stringify(buildTimelineEntry(db, row)));
  }
  return `[${parts.join(',')}]`;
}

/** The actions of one page of the timeline, in date order, by walking an index. */
function timelineActions(db: SqliteDatabase, filter: TimelineFilter): StoredActionRow[] {
  const actors = [...new Set((filter.actors ?? []).map((a) => a.toUpperCase()))];
  const params: Record<string, unknown> = {
    limit: Math.min(Math.max(filter.limit ?? DEFAULT_TIMELINE_LIMIT, 1), 5000),
    offset: Math.max(filter.offset ?? 0, 0),
  };
  const where: string[] = [];
  // One actor: walk that party's actions in date order; two or more: walk the actions of
  // the first two together (action_pairs), so the walk meets only entries to show.
  const [lead, second, ...others] = actors;
  const sortKey = lead ? 'p0.sort_key' : 'a.sort_key';
  if (lead && second) {
    where.push('p0.party_a = @a0', 'p0.party_b = @b0');
    // Pairs are stored once, the party that sorts first as party_a.
    [params.a0, params.b0] = lead < second ? [lead, second] : [second, lead];
  } else if (lead) {
    where.push('p0.party = @a0');
    params.a0 = lead;
  }
  others.forEach((actor, i) => {
    where.push(`exists (select 1 from action_parties p${i + 1} where p${i + 1}.action_id = a.id and p${i + 1}.party = @a${i + 1})`);
    params[`a${i + 1}`] = actor;
  });
  if (filter.type) {
    where.push('a.type = @type');
    params.type = filter.type.toUpperCase();
  }
  if (filter.status) {
    where.push('(a.status = @status or exists (select 1 from events e where e.action_ref = a.id and e.status = @status))');
    params.status = filter.status;
  }
  if (filter.from) {
    where.push('coalesce(a.date_end, a.told_first) >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    // The sort key is the action's date, else when first told ('~' when neither: never <= a date).
    where.push(`${sortKey} <= @to`);
    params.to = filter.to;
  }
  const from = second
    ? 'action_pairs p0 join actions a on a.id = p0.action_id'
    : lead
      ? 'action_parties p0 join actions a on a.id = p0.action_id'
      : 'actions a';
  const text = `select ${ACTION_COLUMNS}, x.format as entry_format, x.json as entry_json from ${from}
    left join action_entries x on x.action_id = a.id
    ${where.length ? `where ${where.join(' and ')}` : ''}
    order by ${sortKey}, ${lead ? 'p0.action_id' : 'a.id'} limit @limit offset @offset`;
  let queries = PREPARED.get(db);
  if (!queries) {
    queries = new Map();
    PREPARED.set(db, queries);
  }
  let query = queries.get(text);
  if (!query) {
    query = db.prepare(text);
    queries.set(text, query);
  }
  return query.all(params) as StoredActionRow[];
}
