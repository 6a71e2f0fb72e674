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

/** The key under which statements of one action are matched. */
export function partyKey(event: Pick<EventRecord, 'type' | 'actors' | 'recipients'>): string {
  if (DIRECTED.has(event.type)) return `${[...new Set(event.actors)].sort().join(',')}>${[...new Set(event.recipients)].sort().join(',')}`;
  return [...new Set([...event.actors, ...event.recipients])].sort().join(',');
}

function day(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/** The days a publication date allows: one range, or one per candidate when the year is ambiguous. */
function toldRanges(published: DateValue | null): Array<[number, number]> {
  if (!published) return [];
  const values = published.candidates && published.candidates.length > 0 ? published.candidates : [published];
  return values.flatMap((v) => {
    const s = day(v.start);
    const e = day(v.end);
    return s === null || e === null ? [] : [[s, e] as [number, number]];
  });
}

interface ActionRow {
  id: number;
  type: string;
  mode: string | null;
  date_start: string | null;
  date_end: string | null;
  told_first: string | null;
  told_last: string | null;
  status: EventStatus;
}

/**
 * Assigns event statements to actions as pages are saved: incremental (a new statement is
 * compared only with the actions of the same type and parties, found by index) and
 * time-aware (dated actions merge when their dates overlap; undated ones when told within
 * {@link SAME_ACTION_WINDOW_DAYS}).
 */
export class ActionIndex {
  private readonly candidates;
  private readonly insert;
  private readonly update;

  constructor(db: SqliteDatabase) {
    this.candidates = db.prepare<[string, string], ActionRow>(
      'select id, type, mode, date_start, date_end, told_first, told_last, status from actions where type = ? and party_key = ?',
    );
    this.insert = db.prepare(
      `insert into actions (type, mode, party_key, parties, date_start, date_end, told_first, told_last, status, location)
       values (@type, @mode, @key, @parties, @dateStart, @dateEnd, @told, @told, @status, @location)`,
    );
    this.update = db.prepare(
      `update actions set mode = coalesce(mode, @mode), date_start = @dateStart, date_end = @dateEnd,
         told_first = @toldFirst, told_last = @toldLast, status = @status, location = coalesce(location, @location) where id = @id`,
    );
  }

  /**
   * Finds or makes the action of one statement. `sameDocument` maps the page's own
   * actionIds to actions already chosen, so statements a page ties together stay together.
   */
  assign(event: EventRecord, published: DateValue | null, sameDocument: Map<string, number>): number {
    const known = sameDocument.get(event.actionId);
    const key = partyKey(event);
    const told = published?.candidates && published.candidates.length > 1 ? null : (published?.start ?? null);
    const hasParties = event.actors.length + event.recipients.length > 0;
    const row = known !== undefined ? undefined : hasParties ? this.bestMatch(event, key, published) : undefined;
    const id = known ?? row?.id;
    if (id === undefined) {
      const result = this.insert.run({
        type: event.type,
        mode: event.mode,
        key,
        parties: JSON.stringify([...new Set([...event.actors, ...event.recipients])].sort()),
        dateStart: event.date?.start ?? null,
        dateEnd: event.date?.end ?? null,
        told,
        status: event.status,
        location: event.location,
      });
      const created = Number(result.lastInsertRowid);
      sameDocument.set(event.actionId, created);
      return created;
    }
    const current = row ?? this.candidates.all(event.type, key).find((r) => r.id === id);
    if (current) this.merge(current, event, told);
    sameDocument.set(event.actionId, id);
    return id;
  }

  private bestMatch(event: EventRecord, key: string, published: DateValue | null): ActionRow | undefined {
    let best: ActionRow | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    const ranges = toldRanges(published);
    for (const row of this.candidates.all(event.type, key)) {
      if (event.mode && row.mode && event.mode !== row.mode) continue;
      let distance: number | null = null;
      const es = day(event.date?.start);
      const ee = day(event.date?.end);
      const rs = day(row.date_start);
      const re = day(row.date_end);
      if (es !== null && ee !== null && rs !== null && re !== null) {
        distance = es <= re && rs <= ee ? 0 : null;
      } else {
        const first = day(row.told_first ?? row.date_start);
        const last = day(row.told_last ?? row.date_end);
        const anchor = es !== null && ee !== null ? [[es, ee] as [number, number]] : ranges;
        for (const [s, e] of anchor) {
          if (first === null || last === null) continue;
          const gap = Math.max(0, s - last, first - e);
          if (gap <= SAME_ACTION_WINDOW_DAYS && (distance === null || gap < distance)) distance = gap;
        }
      }
      if (distance !== null && distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    return best;
  }

  private merge(row: ActionRow, event: EventRecord, told: string | null): void {
    const toldFirst = [row.told_first, told].filter((v): v is string => v !== null).sort()[0] ?? null;
    const toldLast =
      [row.told_last, told]
        .filter((v): v is string => v !== null)
        .sort()
        .pop() ?? null;
    const isNewer = told !== null && (row.told_last === null || told > row.told_last);
    // Once any page says the action happened, it stays occurred; before that, the latest
    // statement tells where the action stands, and on the same day the more advanced one.
    let status = row.status;
    if (event.status === 'occurred') status = 'occurred';
    else if (status !== 'occurred' && (isNewer || (told === row.told_last && PROGRESS[event.status] > PROGRESS[status])))
      status = event.status;
    const dated = event.status === 'occurred' && event.date ? event.date : null;
    this.update.run({
      id: row.id,
      mode: event.mode,
      dateStart: dated?.start ?? row.date_start ?? event.date?.start ?? null,
      dateEnd: dated?.end ?? row.date_end ?? event.date?.end ?? null,
      toldFirst,
      toldLast,
      status,
      location: event.location,
    });
    Object.assign(row, { told_first: toldFirst, told_last: toldLast, status });
  }
}
