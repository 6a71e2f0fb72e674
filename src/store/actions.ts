import type { DateValue, EventRecord, EventStatus } from '../core/layers.js';
import type { SqliteDatabase } from './database.js';

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

/** Days since 1970 of an ISO date, or null. */
function day(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

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
  mode: string | null;
  date_start: string | null;
  date_end: string | null;
  told_first: string | null;
  told_last: string | null;
  told_ranges: string;
  status: EventStatus;
}

/** A page whose ambiguous date was narrowed by the action it joined. */
export interface Narrowing {
  readonly documentId: string;
  readonly date: DateValue;
}

/**
 * Assigns event statements to actions as pages are saved: incremental (a new statement is
 * compared only with the actions of the same type, parties and kind, found by index) and
 * time-aware (dated actions merge when their dates overlap; undated ones when told within
 * {@link SAME_ACTION_WINDOW_DAYS}, for an ambiguous page on any of its candidate dates).
 */
export class ActionIndex {
  private readonly candidates;
  private readonly byId;
  private readonly insert;
  private readonly update;
  private readonly pagesOf;

  constructor(private readonly db: SqliteDatabase) {
    this.candidates = db.prepare<[string, string], ActionRow>(
      'select id, type, mode, date_start, date_end, told_first, told_last, told_ranges, status from actions where type = ? and party_key = ?',
    );
    this.byId = db.prepare<[number], ActionRow>(
      'select id, type, mode, date_start, date_end, told_first, told_last, told_ranges, status from actions where id = ?',
    );
    this.insert = db.prepare(
      `insert into actions (type, mode, party_key, parties, date_start, date_end, told_first, told_last, told_ranges, status, location)
       values (@type, @mode, @key, @parties, @dateStart, @dateEnd, @toldFirst, @toldLast, @toldRanges, @status, @location)`,
    );
    this.update = db.prepare(
      `update actions set mode = coalesce(mode, @mode), date_start = @dateStart, date_end = @dateEnd, told_first = @toldFirst,
         told_last = @toldLast, told_ranges = @toldRanges, status = @status, location = coalesce(location, @location) where id = @id`,
    );
    this.pagesOf = db.prepare<[number], { id: string; meta: string }>(
      'select distinct d.id, d.meta from events e join documents d on d.id = e.document_id where e.action_ref = ?',
    );
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
    const row = known !== undefined ? this.byId.get(known) : hasParties ? this.bestMatch(event, key, ranges, documentId) : undefined;
    if (!row) {
      const fixed = ranges.filter((r) => r.fixed);
      const result = this.insert.run({
        type: event.type,
        mode: event.mode,
        key,
        parties: JSON.stringify([...new Set([...event.actors, ...event.recipients])].sort()),
        dateStart: event.date?.start ?? null,
        dateEnd: event.date?.end ?? null,
        toldFirst: (fixed.length ? fixed : ranges)[0]?.start ?? null,
        toldLast: (fixed.length ? fixed : ranges)[0]?.end ?? null,
        toldRanges: JSON.stringify(ranges),
        status: event.status,
        location: event.location,
      });
      const created = Number(result.lastInsertRowid);
      sameDocument.set(pageKey, created);
      return created;
    }
    this.merge(row, event, ranges);
    sameDocument.set(pageKey, row.id);
    return row.id;
  }

  private bestMatch(event: EventRecord, key: string, ranges: readonly ToldRange[], documentId: string): ActionRow | undefined {
    let best: ActionRow | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const row of this.candidates.all(event.type, key)) {
      // Within one page, statements are grouped by the page's own action ids only.
      if (documentId && (JSON.parse(row.told_ranges) as ToldRange[]).some((r) => r.documentId === documentId)) continue;
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
      if (distance === null) {
        for (const mine of ranges.filter(isPrecise)) {
          for (const theirs of (JSON.parse(row.told_ranges) as ToldRange[]).filter(isPrecise)) {
            const gap = gapDays(mine, theirs);
            if (gap !== null && gap <= SAME_ACTION_WINDOW_DAYS && (distance === null || gap < distance)) distance = gap;
          }
        }
      }
      if (distance !== null && distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    return best;
  }

  private merge(row: ActionRow, event: EventRecord, ranges: readonly ToldRange[]): void {
    const all = [...(JSON.parse(row.told_ranges) as ToldRange[]), ...ranges];
    const seen = new Set<string>();
    const toldRangesNow = all.filter((r) => {
      const k = `${r.documentId}|${r.start}|${r.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const fixed = toldRangesNow.filter((r) => r.fixed);
    const basis = fixed.length ? fixed : toldRangesNow;
    const toldFirst = basis.map((r) => r.start).sort()[0] ?? null;
    const toldLast =
      basis
        .map((r) => r.end)
        .sort()
        .pop() ?? null;
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
    this.update.run({
      id: row.id,
      mode: event.mode,
      dateStart: dated?.start ?? row.date_start ?? event.date?.start ?? null,
      dateEnd: dated?.end ?? row.date_end ?? event.date?.end ?? null,
      toldFirst,
      toldLast,
      toldRanges: JSON.stringify(toldRangesNow),
      status,
      location: event.location,
    });
    Object.assign(row, { told_first: toldFirst, told_last: toldLast, told_ranges: JSON.stringify(toldRangesNow), status });
  }

  /**
   * Recomputes an action from all its statements, so the result does not depend on the
   * order pages arrive in: occurred once any statement says so; otherwise the status of the
   * latest statement (by the page's date), the more advanced one on the same day; the date
   * of the occurred statement, else of the first dated one.
   */
  refresh(actionIds: Iterable<number>): void {
    const statements = this.db.prepare<
      [number],
      { status: EventStatus; date_start: string | null; date_end: string | null; id: string; meta: string }
    >(
      'select e.status, e.date_start, e.date_end, d.id, d.meta from events e join documents d on d.id = e.document_id where e.action_ref = ? order by e.document_id, e.seq',
    );
    const write = this.db.prepare(
      'update actions set status = @status, date_start = @dateStart, date_end = @dateEnd, told_first = @toldFirst, told_last = @toldLast, told_ranges = @toldRanges where id = @id',
    );
    for (const id of new Set(actionIds)) {
      const rows = statements.all(id);
      if (rows.length === 0) continue;
      const ranges: ToldRange[] = [];
      const told = new Map<string, ToldRange | undefined>();
      for (const r of rows) {
        if (told.has(r.id)) continue;
        const pageRanges = toldRanges((JSON.parse(r.meta) as { published: DateValue | null }).published, r.id);
        ranges.push(...pageRanges);
        told.set(r.id, pageRanges.length === 1 && pageRanges[0]?.fixed ? pageRanges[0] : undefined);
      }
      const fixed = ranges.filter((r) => r.fixed);
      const basis = fixed.length ? fixed : ranges;
      const occurred = rows.find((r) => r.status === 'occurred');
      let status: EventStatus = rows[0]?.status ?? 'considered';
      let latest = '';
      if (occurred) status = 'occurred';
      else {
        for (const r of rows) {
          const when = told.get(r.id)?.end ?? '';
          if (when > latest || (when === latest && PROGRESS[r.status] > PROGRESS[status])) {
            latest = when;
            status = r.status;
          }
        }
      }
      const dated = (occurred?.date_start ? occurred : undefined) ?? rows.find((r) => r.date_start);
      write.run({
        id,
        status,
        dateStart: dated?.date_start ?? null,
        dateEnd: dated?.date_end ?? null,
        toldFirst: basis.map((r) => r.start).sort()[0] ?? null,
        toldLast:
          basis
            .map((r) => r.end)
            .sort()
            .pop() ?? null,
        toldRanges: JSON.stringify(ranges),
      });
    }
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
      const row = this.byId.get(id);
      if (!row) continue;
      const ranges = JSON.parse(row.told_ranges) as ToldRange[];
      const anchors = ranges.filter((r) => r.fixed);
      if (anchors.length === 0) continue;
      for (const page of this.pagesOf.all(id)) {
        const published = (JSON.parse(page.meta) as { published: DateValue | null }).published;
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
