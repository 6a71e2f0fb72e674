import type { DateValue, EventRecord, EventStatus } from '../core/layers.js';
import type { SqliteDatabase } from './database.js';
import { storeTimelineEntries } from './timeline-entries.js';

/**
 * Types whose direction matters: "USA sanctions RUS" and "RUS sanctions USA" are two
 * actions. For the others (meetings, calls, agreements) the parties form a set.
 */
const DIRECTED = new Set([
  'SANCTION',
  'ACCUSE',
  'THREATEN',
  'REQUEST',
  'REJECT',
  'COERCE',
  'ASSAULT',
  'AID',
  'SUPPORT',
  'CONCEDE',
  'RETREAT',
  'MOBILIZE',
  'PROTEST',
]);

/**
 * How far apart two statements about an action that no page dates may be told and still
 * be the same action. Calls and meetings announced as coming are reported within days to
 * weeks; 45 days keeps the January 2017 Putin–Trump call together (pages 2 days apart)
 * while the late-2021 and 2022 contacts stay apart. Calibrated on the seed gold.
 */
export const SAME_ACTION_WINDOW_DAYS = 45;

/**
 * Two dated statements are one action only when their dates overlap and at least one of
 * them is precise to about a month: "a Tuesday in 2021" and "late in 2021" overlap but say
 * nothing about being the same call.
 */
const PRECISE_DAYS = 31;

/** Statuses ranked by how far along an action is, for the action's headline status. */
const PROGRESS: Record<EventStatus, number> = {
  occurred: 7,
  planned: 5,
  proposed: 4,
  considered: 3,
  hypothetical: 1,
  not_planned: 2,
  not_occurred: 2,
  denied: 2,
};

/**
 * The key under which statements of one action are matched: the parties (a set, or
 * doer > target for directed types), and for consultations whether they are remote (a
 * call, a video link) or in person, which are never the same action.
 */
export function partyKey(event: Pick<EventRecord, 'type' | 'mode' | 'actors' | 'recipients'>): string {
  const parties = DIRECTED.has(event.type)
    ? `${[...new Set(event.actors)].sort().join(',')}>${[...new Set(event.recipients)].sort().join(',')}`
    : [...new Set([...event.actors, ...event.recipients])].sort().join(',');
  if (event.type !== 'CONSULT') return parties;
  return `${event.mode === 'phone' ? 'remote' : 'in-person'}|${parties}`;
}

/** Days since 1970 of an ISO date, or null (the store's day numbers, also in SQL as `dateline_day`). */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

const day = dayNumber;

/** One way a page may be dated: a range of days, and whether the page fixes it (no rival candidates). */
interface ToldRange {
  readonly start: string;
  readonly end: string;
  readonly fixed: boolean;
  readonly documentId: string;
}

/**
 * The ranges a publication date allows: one, or one per candidate when the year is
 * ambiguous. Candidates a few days apart ("Saturday or the day after") fix the page's
 * time well enough and count as one fixed range.
 */
export function toldRanges(published: DateValue | null, documentId: string): ToldRange[] {
  if (!published) return [];
  const candidates = published.candidates && published.candidates.length > 1 ? published.candidates : null;
  if (candidates) {
    const starts = candidates.map((c) => c.start).sort();
    const ends = candidates.map((c) => c.end).sort();
    const first = starts[0] as string;
    const last = ends[ends.length - 1] as string;
    if ((day(last) ?? 0) - (day(first) ?? 0) <= PRECISE_DAYS) return [{ start: first, end: last, fixed: true, documentId }];
  }
  return (candidates ?? [published]).map((v) => ({ start: v.start, end: v.end, fixed: candidates === null, documentId }));
}

/** A told range can place an action in time only when it is about a month or narrower. */
function isPrecise(range: { start: string; end: string }): boolean {
  return (day(range.end) ?? Number.POSITIVE_INFINITY) - (day(range.start) ?? 0) <= PRECISE_DAYS;
}

function gapDays(a: { start: string; end: string }, b: { start: string; end: string }): number | null {
  const as = day(a.start);
  const ae = day(a.end);
  const bs = day(b.start);
  const be = day(b.end);
  if (as === null || ae === null || bs === null || be === null) return null;
  return Math.max(0, bs - ae, as - be);
}

interface ActionRow {
  id: number;
  type: string;
  party_key: string;
  mode: string | null;
  date_start: string | null;
  date_end: string | null;
  told_first: string | null;
  told_last: string | null;
  status: EventStatus;
}

/** A page whose ambiguous date was narrowed by the action it joined. */
export interface Narrowing {
  readonly documentId: string;
  readonly date: DateValue;
}

/**
 * When a page tells its statements, for ordering them: the end of its one fixed range, or ''
 * when its date is ambiguous or unknown (stored on each statement as `told_when`).
 */
export function toldWhen(published: DateValue | null): string {
  const ranges = toldRanges(published, '');
  return ranges.length === 1 && ranges[0]?.fixed ? ranges[0].end : '';
}

/** How far along a status is (stored on each statement as `progress`). */
export function progressOf(status: EventStatus): number {
  return PROGRESS[status] ?? 0;
}

/** The candidates of one statement: the actions near it in time, with the told distance when known. */
interface Nearby {
  readonly toldGap: Map<number, number>;
  readonly ids: Set<number>;
}

/**
 * Assigns event statements to actions as pages are saved: incremental (a new statement is
 * compared only with the actions of the same type, parties and kind that are dated or told
 * near it, found by index) and time-aware (dated actions merge when their dates overlap;
 * undated ones when told within {@link SAME_ACTION_WINDOW_DAYS}, for an ambiguous page on any
 * of its candidate dates). The ranges an action was told in are rows of `action_told`, so the
 * cost of a save does not grow with the collection.
 */
export class ActionIndex {
  private readonly byId;
  private readonly byIds;
  private readonly insert;
  private readonly update;
  private readonly datedNarrow;
  private readonly datedWide;
  private readonly toldNear;
  private readonly hasPage;
  private readonly addTold;
  private readonly toldSpan;
  private readonly hasStatement;
  private readonly firstOccurred;
  private readonly firstDated;
  private readonly latestStatus;
  private readonly write;
  private readonly ambiguousPages;
  private readonly anchorsOf;
  private readonly pageMeta;
  private readonly actionsOfPage;
  private readonly forgetPage;
  private readonly retellStatements;

  constructor(private readonly db: SqliteDatabase) {
    this.byId = db.prepare<[number], ActionRow>(
      'select id, type, party_key, mode, date_start, date_end, told_first, told_last, status from actions where id = ?',
    );
    this.byIds = db.prepare<[string], ActionRow>(
      `select id, type, party_key, mode, date_start, date_end, told_first, told_last, status from actions
       where id in (select value from json_each(?)) order by id`,
    );
    this.insert = db.prepare(
      `insert into actions (type, mode, party_key, parties, date_start, date_end, date_start_day, date_end_day, told_first, told_last, status, location)
       values (@type, @mode, @key, @parties, @dateStart, @dateEnd, @dateStartDay, @dateEndDay, @toldFirst, @toldLast, @status, @location)`,
    );
    this.update = db.prepare(
      `update actions set mode = coalesce(mode, @mode), date_start = @dateStart, date_end = @dateEnd, date_start_day = @dateStartDay,
         date_end_day = @dateEndDay, told_first = @toldFirst, told_last = @toldLast, status = @status, location = coalesce(location, @location)
       where id = @id`,
    );
    // Overlapping a date at most PRECISE_DAYS wide: the action starts at most that many days before it.
    this.datedNarrow = db.prepare<{ type: string; key: string; lo: number; hi: number }, { id: number }>(
      `select id from actions where type = @type and party_key = @key and date_end_day - date_start_day <= ${PRECISE_DAYS}
         and date_start_day between @lo and @hi`,
    );
    this.datedWide = db.prepare<{ type: string; key: string; start: number; end: number }, { id: number }>(
      `select id from actions where type = @type and party_key = @key and date_end_day - date_start_day > ${PRECISE_DAYS}
         and date_end_day >= @start and date_start_day <= @end`,
    );
    // Precise told ranges within the window of one precise range of the statement, with the gap.
    this.toldNear = db.prepare<{ match: string; start: number; end: number; lo: number; hi: number }, { id: number; gap: number }>(
      `select action_id as id, min(max(0, start_day - @end, @start - end_day)) as gap from action_told
       where match_key = @match and end_day - start_day <= ${PRECISE_DAYS} and start_day between @lo and @hi group by action_id`,
    );
    this.hasPage = db.prepare<[number, string], { one: number }>(
      'select 1 as one from action_told where action_id = ? and document_id = ? limit 1',
    );
    this.addTold = db.prepare(
      `insert or ignore into action_told (action_id, document_id, range_start, range_end, fixed, ambiguous, match_key, start_day, end_day)
       values (@action, @documentId, @start, @end, @fixed, @ambiguous, @match, @startDay, @endDay)`,
    );
    this.toldSpan = db.prepare<{ id: number; fixed: number }, { first: string | null; last: string | null }>(
      `select (select min(range_start) from action_told where action_id = @id and fixed = @fixed) as first,
              (select max(range_end) from action_told where action_id = @id and fixed = @fixed) as last`,
    );
    this.hasStatement = db.prepare<[number], { one: number }>('select 1 as one from events where action_ref = ? limit 1');
    this.firstOccurred = db.prepare<[number], { date_start: string | null; date_end: string | null }>(
      "select date_start, date_end from events where action_ref = ? and status = 'occurred' order by document_id, seq limit 1",
    );
    this.firstDated = db.prepare<[number], { date_start: string | null; date_end: string | null }>(
      'select date_start, date_end from events where action_ref = ? and date_start is not null order by document_id, seq limit 1',
    );
    this.latestStatus = db.prepare<[number], { status: EventStatus }>(
      'select status from events where action_ref = ? order by told_when desc, progress desc, document_id, seq limit 1',
    );
    this.write = db.prepare(
      `update actions set status = @status, date_start = @dateStart, date_end = @dateEnd, date_start_day = @dateStartDay,
         date_end_day = @dateEndDay, told_first = @toldFirst, told_last = @toldLast where id = @id`,
    );
    this.ambiguousPages = db.prepare<[number], { document_id: string }>(
      // Forced: the planner would otherwise walk every range of the action through the unique index.
      'select distinct document_id from action_told indexed by action_told_ambiguous where action_id = ? and ambiguous = 1 order by document_id',
    );
    this.anchorsOf = db.prepare<[number], { documentId: string; start: string; end: string }>(
      'select document_id as documentId, range_start as start, range_end as end from action_told where action_id = ? and fixed = 1 order by document_id, rowid',
    );
    this.pageMeta = db.prepare<[string], { meta: string }>('select meta from documents where id = ?');
    this.actionsOfPage = db.prepare<[string], { id: number; match: string }>(
      `select a.id, a.type || ' ' || a.party_key as match from actions a
       where a.id in (select action_ref from events where document_id = ? and action_ref is not null) order by a.id`,
    );
    this.forgetPage = db.prepare(
      'delete from action_told where document_id = @id and action_id in (select action_ref from events where document_id = @id and action_ref is not null)',
    );
    this.retellStatements = db.prepare('update events set told_when = ?, page_published = ?, page_date = ? where document_id = ?');
  }

  /**
   * Finds or makes the action of one statement. `sameDocument` maps the page's own
   * actionIds to actions already chosen, so statements a page ties together stay together.
   */
  assign(event: EventRecord, published: DateValue | null, sameDocument: Map<string, number>, documentId = ''): number {
    const key = partyKey(event);
    const ranges = toldRanges(published, documentId);
    // A page ties its statements of one action together, except that something it dates
    // as having happened is not the same action as what is still only talked about.
    const pageKey = `${key}|${event.actionId}|${event.status === 'occurred' ? `done:${event.date?.start ?? ''}` : 'talk'}`;
    const known = sameDocument.get(pageKey);
    const hasParties = event.actors.length + event.recipients.length > 0;
    const row =
      known !== undefined
        ? this.byId.get(known)
        : hasParties
          ? this.bestMatch(event, key, ranges, documentId, new Set(sameDocument.values()))
          : undefined;
    const ambiguous = Boolean(published?.candidates && published.candidates.length > 1);
    if (!row) {
      const fixed = ranges.filter((r) => r.fixed);
      const result = this.insert.run({
        type: event.type,
        mode: event.mode,
        key,
        parties: JSON.stringify([...new Set([...event.actors, ...event.recipients])].sort()),
        dateStart: event.date?.start ?? null,
        dateEnd: event.date?.end ?? null,
        dateStartDay: day(event.date?.start),
        dateEndDay: day(event.date?.end),
        toldFirst: (fixed.length ? fixed : ranges)[0]?.start ?? null,
        toldLast: (fixed.length ? fixed : ranges)[0]?.end ?? null,
        status: event.status,
        location: event.location,
      });
      const created = Number(result.lastInsertRowid);
      this.addRanges(created, `${event.type} ${key}`, ranges, ambiguous);
      sameDocument.set(pageKey, created);
      return created;
    }
    this.addRanges(row.id, `${row.type} ${row.party_key}`, ranges, ambiguous);
    this.merge(row, event, ranges);
    sameDocument.set(pageKey, row.id);
    return row.id;
  }

  private addRanges(action: number, match: string, ranges: readonly ToldRange[], ambiguous: boolean): void {
    for (const r of ranges) {
      this.addTold.run({
        action,
        documentId: r.documentId,
        start: r.start,
        end: r.end,
        fixed: r.fixed ? 1 : 0,
        ambiguous: ambiguous ? 1 : 0,
        match,
        startDay: day(r.start),
        endDay: day(r.end),
      });
    }
  }

  /**
   * The actions of the statement's type and parties that could be it: dated over its date,
   * or told within the same-action window of one of its precise told ranges. Any other
   * action has no distance to it, so reading only these chooses exactly as reading all.
   */
  private nearby(event: EventRecord, key: string, ranges: readonly ToldRange[]): Nearby {
    const ids = new Set<number>();
    const toldGap = new Map<number, number>();
    const es = day(event.date?.start);
    const ee = day(event.date?.end);
    if (event.date && es !== null && ee !== null) {
      for (const r of this.datedNarrow.all({ type: event.type, key, lo: es - PRECISE_DAYS, hi: ee })) ids.add(r.id);
      if (ee - es <= PRECISE_DAYS) for (const r of this.datedWide.all({ type: event.type, key, start: es, end: ee })) ids.add(r.id);
    }
    const match = `${event.type} ${key}`;
    for (const mine of ranges.filter(isPrecise)) {
      const ms = day(mine.start);
      const me = day(mine.end);
      if (ms === null || me === null) continue;
      const near = this.toldNear.all({
        match,
        start: ms,
        end: me,
        lo: ms - SAME_ACTION_WINDOW_DAYS - PRECISE_DAYS,
        hi: me + SAME_ACTION_WINDOW_DAYS,
      });
      for (const r of near) {
        if (r.gap > SAME_ACTION_WINDOW_DAYS) continue;
        ids.add(r.id);
        const before = toldGap.get(r.id);
        if (before === undefined || r.gap < before) toldGap.set(r.id, r.gap);
      }
    }
    return { ids, toldGap };
  }

  /**
   * The closest action the statement may belong to, or undefined. `pageActions` are the
   * actions the page's earlier statements went to: only they can hold the page's ranges.
   */
  private bestMatch(
    event: EventRecord,
    key: string,
    ranges: readonly ToldRange[],
    documentId: string,
    pageActions: ReadonlySet<number>,
  ): ActionRow | undefined {
    let best: ActionRow | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    const { ids, toldGap } = this.nearby(event, key, ranges);
    if (ids.size === 0) return undefined;
    for (const row of this.byIds.all(JSON.stringify([...ids]))) {
      const id = row.id;
      // Within one page, statements are grouped by the page's own action ids only.
      if (documentId && pageActions.has(id) && this.hasPage.get(id, documentId)) continue;
      if (event.mode && row.mode && event.mode !== row.mode && event.type !== 'CONSULT') continue;
      // A plan or offer told after the action took place is about another action.
      if (event.status !== 'occurred' && row.status === 'occurred' && row.date_end && ranges.length > 0) {
        const told = ranges.map((r) => day(r.start) ?? 0).sort((a, b) => a - b)[0] ?? 0;
        if ((day(row.date_end) ?? Number.POSITIVE_INFINITY) < told) continue;
      }
      // Likewise what a page dates as done before another page talked of it only as a plan.
      if (event.status === 'occurred' && event.date && row.status !== 'occurred' && row.told_first) {
        if ((day(event.date.end) ?? Number.POSITIVE_INFINITY) < (day(row.told_first) ?? 0)) continue;
      }
      let distance: number | null = null;
      const dated = event.date && row.date_start && row.date_end;
      if (dated && event.date) {
        const widthEvent = (day(event.date.end) ?? 0) - (day(event.date.start) ?? 0);
        const widthRow = (day(row.date_end) ?? 0) - (day(row.date_start) ?? 0);
        const gap = gapDays(event.date, { start: row.date_start as string, end: row.date_end as string });
        if (gap === 0 && Math.min(widthEvent, widthRow) <= PRECISE_DAYS) distance = 0;
      }
      if (distance === null) distance = toldGap.get(id) ?? null;
      if (distance !== null && distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** When an action was first and last told: over the pages that fix their date, else over all. */
  private toldBounds(id: number): { first: string | null; last: string | null } {
    const fixed = this.toldSpan.get({ id, fixed: 1 });
    if (fixed && fixed.first !== null) return fixed;
    return this.toldSpan.get({ id, fixed: 0 }) ?? { first: null, last: null };
  }

  private merge(row: ActionRow, event: EventRecord, ranges: readonly ToldRange[]): void {
    const { first: toldFirst, last: toldLast } = this.toldBounds(row.id);
    const newest =
      ranges
        .filter((r) => r.fixed)
        .map((r) => r.end)
        .sort()
        .pop() ?? null;
    const isNewer = newest !== null && (row.told_last === null || newest > row.told_last);
    // Once any page says the action happened, it stays occurred; before that, the latest
    // statement tells where the action stands, and on the same day the more advanced one.
    let status = row.status;
    if (event.status === 'occurred') status = 'occurred';
    else if (status !== 'occurred' && (isNewer || (newest === row.told_last && PROGRESS[event.status] > PROGRESS[status])))
      status = event.status;
    const dated = event.status === 'occurred' && event.date ? event.date : null;
    const dateStart = dated?.start ?? row.date_start ?? event.date?.start ?? null;
    const dateEnd = dated?.end ?? row.date_end ?? event.date?.end ?? null;
    this.update.run({
      id: row.id,
      mode: event.mode,
      dateStart,
      dateEnd,
      dateStartDay: day(dateStart),
      dateEndDay: day(dateEnd),
      toldFirst,
      toldLast,
      status,
      location: event.location,
    });
  }

  /**
   * Recomputes an action from all its statements, so the result does not depend on the
   * order pages arrive in: occurred once any statement says so; otherwise the status of the
   * latest statement (by the page's date), the more advanced one on the same day; the date
   * of the occurred statement, else of the first dated one. Each part is one indexed read.
   * The actions' timeline entries are kept again (timeline-entries.ts): every change of an
   * action or of its statements ends here.
   */
  refresh(actionIds: Iterable<number>): void {
    const ids = new Set(actionIds);
    for (const id of ids) {
      if (!this.hasStatement.get(id)) continue;
      const occurred = this.firstOccurred.get(id);
      const status: EventStatus = occurred ? 'occurred' : (this.latestStatus.get(id)?.status ?? 'considered');
      const dated = (occurred?.date_start ? occurred : undefined) ?? this.firstDated.get(id);
      const { first, last } = this.toldBounds(id);
      this.write.run({
        id,
        status,
        dateStart: dated?.date_start ?? null,
        dateEnd: dated?.date_end ?? null,
        dateStartDay: day(dated?.date_start),
        dateEndDay: day(dated?.date_end),
        toldFirst: first,
        toldLast: last,
      });
    }
    storeTimelineEntries(this.db, ids);
  }

  /**
   * Records that a page's publication date changed (narrowed by other pages): its told
   * ranges in every action it belongs to, and the order keys of its statements. Returns
   * the actions to refresh.
   */
  retell(documentId: string, published: DateValue | null, publishedStart: string | null): number[] {
    const ranges = toldRanges(published, documentId);
    const ambiguous = Boolean(published?.candidates && published.candidates.length > 1);
    const actions = this.actionsOfPage.all(documentId);
    this.forgetPage.run({ id: documentId });
    for (const action of actions) this.addRanges(action.id, action.match, ranges, ambiguous);
    this.retellStatements.run(toldWhen(published), publishedStart, published ? JSON.stringify(published) : null, documentId);
    return actions.map((a) => a.id);
  }

  /**
   * Dating across pages: a page whose own text leaves several candidate dates is placed by
   * the actions it shares with pages that fix their date. When exactly one candidate lies
   * within the same-action window of those pages, the page's date narrows to it, with the
   * pages that decided it recorded as evidence. Candidates are never dropped otherwise.
   */
  narrowings(actionIds: Iterable<number>): Narrowing[] {
    const found = new Map<string, Narrowing>();
    for (const id of new Set(actionIds)) {
      // Only pages with several candidate dates can be narrowed: most actions have none.
      const pages = this.ambiguousPages.all(id);
      if (pages.length === 0) continue;
      const row = this.byId.get(id);
      if (!row) continue;
      const anchors = this.anchorsOf.all(id);
      if (anchors.length === 0) continue;
      for (const { document_id: pageId } of pages) {
        const meta = this.pageMeta.get(pageId);
        if (!meta) continue;
        const page = { id: pageId };
        const published = (JSON.parse(meta.meta) as { published: DateValue | null }).published;
        if (!published?.candidates || published.candidates.length < 2 || found.has(page.id)) continue;
        const others = anchors.filter((a) => a.documentId !== page.id && isPrecise(a));
        const fitting = published.candidates.filter((c) =>
          others.some((a) => (gapDays(c, a) ?? Number.POSITIVE_INFINITY) <= SAME_ACTION_WINDOW_DAYS),
        );
        const [only] = fitting;
        if (fitting.length !== 1 || !only) continue;
        const deciders = [
          ...new Set(
            others.filter((a) => (gapDays(only, a) ?? Number.POSITIVE_INFINITY) <= SAME_ACTION_WINDOW_DAYS).map((a) => a.documentId),
          ),
        ];
        found.set(page.id, {
          documentId: page.id,
          date: {
            ...only,
            evidence: [...published.evidence, ...only.evidence],
            inferred: true,
            narrowedBy: {
              rule: 'story',
              note: `the page reports the same ${row.type.toLowerCase()} action as ${deciders.length} page(s) dated ${anchors
                .filter((a) => deciders.includes(a.documentId))
                .map((a) => (a.start === a.end ? a.start : `${a.start}..${a.end}`))
                .join(', ')}; of the candidates ${published.candidates.map((c) => c.start).join(', ')} only ${only.start} fits`,
              documentIds: deciders,
              was: published.candidates,
            },
          },
        });
      }
    }
    return [...found.values()];
  }
}
