/**
 * Stories and near-duplicates kept in the store, assigned as pages are ingested.
 *
 * - Near-duplicates: each article's MinHash signature and LSH band keys are stored; a new
 *   article whose estimated Jaccard with a stored one reaches NEAR_DUPLICATE_THRESHOLD is a
 *   copy of it (syndicated, lightly edited): it joins that article's story and names it as
 *   the original, so the two read as one article with several sources.
 * - Stories: the incremental, time-aware story index of src/cluster. Its state is kept in
 *   three tables (story vectors, term document frequencies, counters; STORY_INDEX_MIGRATION),
 *   read once per batch; at the end of a batch (and every FLUSH_EVERY pages) only the
 *   stories and terms that changed are written, so adding pages never reclusters what is
 *   stored and the cost per page does not grow with the store. (Until migration 8 the state
 *   was one JSON row rewritten whole at each save: at 100,000 pages, hundreds of megabytes
 *   per 500 pages.)
 *
 * A page whose publication year is open (several candidates) joins a story by its words
 * alone: its day would be a guess, and the time-awareness must not act on a guess.
 */
import type Database from 'better-sqlite3';
import {
  computeBandKeys,
  computeMinHash,
  createStoryIndex,
  estimateJaccard,
  NEAR_DUPLICATE_THRESHOLD,
  type StoryIndex,
  type StoryIndexState,
} from '../cluster/index.js';
import type { Document } from '../core/document.js';
import type { DateValue } from '../core/layers.js';

/** The schema of stories and near-duplicates (a migration of migrations.ts). */
export const STORIES_MIGRATION = `
  create table story_index (
    id integer primary key check (id = 1),
    state text not null,
    updated_at text not null
  );
  create table document_stories (
    document_id text primary key references documents (id) on delete cascade,
    story_id text not null,
    duplicate_of text,
    similarity real,
    signature blob not null,
    published_day text
  );
  create index document_stories_story on document_stories (story_id, published_day);
  create index document_stories_duplicate on document_stories (duplicate_of) where duplicate_of is not null;
  create table document_bands (
    band_key integer not null,
    document_id text not null references documents (id) on delete cascade,
    primary key (band_key, document_id)
  ) without rowid;
  create index document_bands_document on document_bands (document_id);
`;

/**
 * Migration 8: the story index in tables, saved piecewise (see the head of this file), filled
 * from the JSON row it replaces. `number` orders the stories as the index made them, the
 * order in which a resumed index posts them.
 */
export const STORY_INDEX_MIGRATION = `
  create table story_vectors (
    story_id text primary key,
    number integer not null,
    size integer not null,
    first_day integer,
    last_day integer,
    vector text not null
  ) without rowid;
  create index story_vectors_number on story_vectors (number);
  create table story_terms (
    term text primary key,
    df integer not null
  ) without rowid;
  create table story_counters (
    id integer primary key check (id = 1),
    document_count integer not null,
    next_story_number integer not null,
    updated_at text not null
  );
  insert into story_counters (id, document_count, next_story_number, updated_at)
    select 1, json_extract(state, '$.documentCount'), json_extract(state, '$.nextStoryNumber'), updated_at from story_index where id = 1;
  insert into story_terms (term, df)
    select json_extract(t.value, '$[0]'), json_extract(t.value, '$[1]') from story_index s, json_each(s.state, '$.documentFrequencies') t;
  insert into story_vectors (story_id, number, size, first_day, last_day, vector)
    select json_extract(v.value, '$.id'), v.key, json_extract(v.value, '$.size'), json_extract(v.value, '$.firstDay'),
      json_extract(v.value, '$.lastDay'), json_extract(v.value, '$.vector')
    from story_index s, json_each(s.state, '$.stories') v;
  drop table story_index;
`;

/** The number in a story id ("s12" → 12): the order in which the index opened its stories. */
function storyNumber(id: string): number {
  const number = Number.parseInt(id.slice(1), 10);
  return Number.isFinite(number) ? number : 0;
}

/** Pages between two saves of the story index within one batch (a crash loses at most these assignments' index updates). */
const FLUSH_EVERY = 500;
/** At most this many LSH candidates are compared for near-duplication (a cap for pathological buckets). */
const MAX_DUPLICATE_CANDIDATES = 50;

/** A publication range at most this long counts as a known day for story time (a month). */
const MAX_KNOWN_SPAN_DAYS = 31;
/** A range at most this long (a year) still places a page in time for grouping, by its middle. */
const MAX_PLACEMENT_SPAN_DAYS = 366;

/** Where a page went. */
export interface StoryAssignment {
  readonly documentId: string;
  readonly storyId: string;
  /** The stored article this one copies, or null. */
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
}

/** A story as listed. */
export interface StorySummary {
  readonly id: string;
  readonly pages: number;
  readonly duplicates: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  /**
   * When no page of the story has a known day: the span of its pages' publication ranges
   * (a page dated "2021", or "after 2021-01-22" by its text), so that a story shows the
   * year it is known to be in; else null.
   */
  readonly publishedRange: { readonly start: string; readonly end: string } | null;
  readonly outlets: readonly string[];
  /** The title of its earliest page (or of any page when none is dated). */
  readonly title: string | null;
}

/** A page of a story. */
export interface StoryMember {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** The page's publication range when no single day is known ("2021-01-22" to "2021-12-31"), else null. */
  readonly publishedRange: { readonly start: string; readonly end: string } | null;
  readonly duplicateOf: string | null;
}

/** A story with its pages, oldest first. */
export interface StoryDetail extends StorySummary {
  readonly members: readonly StoryMember[];
}

interface StoryRow {
  id: string;
  pages: number;
  duplicates: number;
  first_published: string | null;
  last_published: string | null;
  range_start: string | null;
  range_end: string | null;
  outlets: string | null;
  title: string | null;
}

function toSummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    pages: row.pages,
    duplicates: row.duplicates,
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    publishedRange:
      row.first_published === null && row.range_start !== null && row.range_end !== null
        ? { start: row.range_start, end: row.range_end }
        : null,
    outlets: row.outlets ? [...new Set(row.outlets.split('\u001f'))].sort() : [],
    title: row.title,
  };
}

/**
 * The day a story can show for a page: its publication start when the page pins it within
 * a month (a day, or two adjacent candidate days), else null.
 */
function knownDay(published: DateValue | null): string | null {
  if (!published) return null;
  const span = spanDays(published);
  return span !== null && span <= MAX_KNOWN_SPAN_DAYS ? published.start : null;
}

/**
 * The day the story index may use to place a page in time. A known day as above; for a
 * page dated only within a year (no candidates: "late in 2021", a weekday in an unknown
 * month), the middle of its range: coarse, but it keeps the page away from stories years
 * off, and it is used for grouping only, never shown as the page's date. A page whose year
 * is open between candidates gets none: its words alone place it.
 */
function placementDay(published: DateValue | null): string | null {
  if (!published) return null;
  const known = knownDay(published);
  if (known) return known;
  const span = spanDays(published);
  if (span === null || span > MAX_PLACEMENT_SPAN_DAYS || (published.candidates?.length ?? 0) > 1) return null;
  return new Date(Date.parse(published.start) + (span / 2) * 86_400_000).toISOString().slice(0, 10);
}

/** What the story index reads of a page: its title, then its text. */
function storyText(title: string | null | undefined, text: string): string {
  return title ? `${title}\n\n${text}` : text;
}

function spanDays(published: DateValue): number | null {
  const span = (Date.parse(published.end) - Date.parse(published.start)) / 86_400_000;
  return Number.isFinite(span) && span >= 0 ? span : null;
}

const SUMMARY_SELECT = `
  select s.story_id as id, count(*) as pages, count(s.duplicate_of) as duplicates,
    min(s.published_day) as first_published, max(s.published_day) as last_published,
    min(d.published_start) as range_start, max(d.published_end) as range_end,
    group_concat(d.outlet, char(31)) as outlets,
    (select d2.title from document_stories s2 join documents d2 on d2.id = s2.document_id
      where s2.story_id = s.story_id order by s2.published_day is null, s2.published_day, s2.document_id limit 1) as title
  from document_stories s join documents d on d.id = s.document_id`;

/** The story index saved in a store (migration 8's tables), or undefined when none was saved yet. */
export function readStoryIndexState(db: Database.Database): StoryIndexState | undefined {
  const counters = db.prepare('select document_count, next_story_number from story_counters where id = 1').get() as
    | { document_count: number; next_story_number: number }
    | undefined;
  if (!counters) return undefined;
  const terms = db.prepare('select term, df from story_terms').raw().all() as [string, number][];
  const stories = (
    db.prepare('select story_id, size, first_day, last_day, vector from story_vectors order by number').all() as {
      story_id: string;
      size: number;
      first_day: number | null;
      last_day: number | null;
      vector: string;
    }[]
  ).map((row) => ({
    id: row.story_id,
    size: row.size,
    vector: JSON.parse(row.vector) as [string, number][],
    firstDay: row.first_day,
    lastDay: row.last_day,
  }));
  return {
    version: 1,
    documentCount: counters.document_count,
    documentFrequencies: terms,
    stories,
    assignments: [],
    nextStoryNumber: counters.next_story_number,
  };
}

/**
 * The stories of a store. One instance per open database; `add` pages as they are stored,
 * `flush` at the end of a batch.
 */
export class StoryBook {
  private index: StoryIndex | null = null;
  private pending = 0;

  private readonly candidatesOf: Database.Statement<[number], { document_id: string }>;
  private readonly signatureOf: Database.Statement<[string], { signature: Buffer; story_id: string; duplicate_of: string | null }>;
  private readonly insertAssignment: Database.Statement<[string, string, string | null, number | null, Buffer, string | null]>;
  private readonly insertBand: Database.Statement<[number, string]>;
  private readonly assignmentOf: Database.Statement<[string], { story_id: string; duplicate_of: string | null; similarity: number | null }>;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.candidatesOf = db.prepare('select document_id from document_bands where band_key = ? limit 64');
    this.signatureOf = db.prepare('select signature, story_id, duplicate_of from document_stories where document_id = ?');
    this.insertAssignment = db.prepare(
      `insert into document_stories (document_id, story_id, duplicate_of, similarity, signature, published_day) values (?, ?, ?, ?, ?, ?)
       on conflict (document_id) do update set story_id = excluded.story_id, duplicate_of = excluded.duplicate_of,
         similarity = excluded.similarity, signature = excluded.signature, published_day = excluded.published_day`,
    );
    this.insertBand = db.prepare('insert or ignore into document_bands (band_key, document_id) values (?, ?)');
    this.assignmentOf = db.prepare('select story_id, duplicate_of, similarity from document_stories where document_id = ?');
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, compiled once per SQL text for the life of this book (the API asks per request). */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private loadIndex(): StoryIndex {
    if (!this.index) this.index = createStoryIndex({}, readStoryIndexState(this.db));
    return this.index;
  }

  /** The closest stored article this text copies, by MinHash over LSH candidates. */
  private findOriginal(signature: Uint32Array, bands: Uint32Array, id: string): { id: string; storyId: string; similarity: number } | null {
    const seen = new Set<string>([id]);
    let best: { id: string; storyId: string; similarity: number } | null = null;
    for (const band of bands) {
      for (const { document_id: candidate } of this.candidatesOf.all(band)) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (seen.size > MAX_DUPLICATE_CANDIDATES) return best;
        const row = this.signatureOf.get(candidate);
        if (!row) continue;
        const other = new Uint32Array(row.signature.buffer, row.signature.byteOffset, row.signature.byteLength / 4);
        const similarity = estimateJaccard(signature, other);
        if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
          best = { id: row.duplicate_of ?? candidate, storyId: row.story_id, similarity };
        }
      }
    }
    return best;
  }

  /**
   * Places a stored article in a story (and under its original when it is a near-duplicate).
   * Runs inside the caller's transaction when there is one.
   */
  add(doc: Document): StoryAssignment {
    // A page is placed once: its id is its content hash, so reprocessing it changes nothing here.
    const placed = this.storyOf(doc.id);
    if (placed) return placed;
    const signature = computeMinHash(doc.text);
    const bands = computeBandKeys(signature);
    const day = knownDay(doc.meta.published);
    const original = this.findOriginal(signature, bands, doc.id);
    let storyId: string;
    if (original) storyId = original.storyId;
    else {
      storyId = this.loadIndex().add({
        id: doc.id,
        text: storyText(doc.meta.title, doc.text),
        published: placementDay(doc.meta.published),
      });
      this.pending++;
    }
    const bytes = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
    this.insertAssignment.run(doc.id, storyId, original?.id ?? null, original?.similarity ?? null, bytes, day);
    for (const band of bands) this.insertBand.run(band, doc.id);
    if (this.pending >= FLUSH_EVERY) this.flush();
    return { documentId: doc.id, storyId, duplicateOf: original?.id ?? null, similarity: original?.similarity ?? null };
  }

  /**
   * Places every stored article that has no story yet, in the order they were stored, then
   * saves the index. Ingest calls it after a batch is stored, so that pages of the batch
   * first date one another (an open year fixed by another page of the same action) and are
   * placed with those dates; it also places pages stored before stories existed, or by a
   * run that stopped half-way.
   */
  placeUnassigned(): StoryAssignment[] {
    this.replaceNewlyDated();
    const ids = this.statement(
      `select d.id from documents d left join document_stories s on s.document_id = d.id
         where d.status = 'article' and s.document_id is null order by d.rowid`,
    )
      .pluck()
      .all() as string[];
    const read = this.statement('select id, text, title, meta from documents where id = ?');
    const placed: StoryAssignment[] = [];
    const place = this.db.transaction((id: string) => {
      const row = read.get(id) as { id: string; text: string; title: string | null; meta: string } | undefined;
      if (!row) return;
      const meta = JSON.parse(row.meta) as Document['meta'];
      placed.push(this.add({ id: row.id, text: row.text, meta: { ...meta, title: row.title ?? meta.title } } as Document));
    });
    for (const id of ids) place(id);
    this.flush();
    return placed;
  }

  /**
   * Pages placed while their year was open (no placement day), whose date other pages have
   * since fixed (dating across pages), leave their story to be placed again with the date:
   * a page ingested alone before the page that dates it would otherwise stay in whatever
   * story its words alone found. Near-duplicates follow their original and stay.
   */
  private replaceNewlyDated(): void {
    const rows = this.statement(
      `select s.document_id as id, s.story_id as storyId, d.text, d.title, d.meta
         from document_stories s join documents d on d.id = s.document_id
         where s.published_day is null and s.duplicate_of is null
           and d.published_start is not null and julianday(d.published_end) - julianday(d.published_start) <= ${MAX_KNOWN_SPAN_DAYS}`,
    ).all() as { id: string; storyId: string; text: string; title: string | null; meta: string }[];
    if (rows.length === 0) return;
    const index = this.loadIndex();
    const forget = this.statement('delete from document_stories where document_id = ?');
    const forgetBands = this.statement('delete from document_bands where document_id = ?');
    this.db.transaction(() => {
      for (const row of rows) {
        index.remove({ id: row.id, text: storyText(row.title, row.text) }, row.storyId);
        forget.run(row.id);
        forgetBands.run(row.id);
        this.pending++;
      }
    })();
  }

  /**
   * Saves what changed in the story index since the last save (call at the end of a batch).
   * Assignments live in document_stories; the saved index keeps only what scoring needs.
   */
  flush(): void {
    if (!this.index || this.pending === 0) return;
    const changes = this.index.takeChanges();
    const saveStory = this.statement(
      `insert into story_vectors (story_id, number, size, first_day, last_day, vector) values (?, ?, ?, ?, ?, ?)
       on conflict (story_id) do update set size = excluded.size, first_day = excluded.first_day,
         last_day = excluded.last_day, vector = excluded.vector`,
    );
    const dropStory = this.statement('delete from story_vectors where story_id = ?');
    const saveTerm = this.statement('insert into story_terms (term, df) values (?, ?) on conflict (term) do update set df = excluded.df');
    const dropTerm = this.statement('delete from story_terms where term = ?');
    const saveCounters = this.statement(
      `insert into story_counters (id, document_count, next_story_number, updated_at) values (1, ?, ?, ?)
       on conflict (id) do update set document_count = excluded.document_count, next_story_number = excluded.next_story_number,
         updated_at = excluded.updated_at`,
    );
    this.db.transaction(() => {
      for (const story of changes.stories) {
        saveStory.run(story.id, storyNumber(story.id), story.size, story.firstDay, story.lastDay, JSON.stringify(story.vector));
      }
      for (const id of changes.dropped) dropStory.run(id);
      for (const [term, df] of changes.documentFrequencies) {
        if (df > 0) saveTerm.run(term, df);
        else dropTerm.run(term);
      }
      saveCounters.run(changes.documentCount, changes.nextStoryNumber, this.now().toISOString());
    })();
    this.pending = 0;
  }

  /** The story and original of a stored page, or null when it has none (a refusal, or stored before stories existed). */
  storyOf(documentId: string): StoryAssignment | null {
    const row = this.assignmentOf.get(documentId);
    return row ? { documentId, storyId: row.story_id, duplicateOf: row.duplicate_of, similarity: row.similarity } : null;
  }

  /** Stories, newest first (by their latest dated page, else the end of their pages' range), with their page counts. */
  list(options: { limit?: number; offset?: number; minPages?: number } = {}): StorySummary[] {
    const rows = this.statement(
      `${SUMMARY_SELECT} group by s.story_id having count(*) >= @minPages
         order by coalesce(max(s.published_day), max(d.published_end)) desc nulls last, s.story_id
         limit @limit offset @offset`,
    ).all({ limit: options.limit ?? 50, offset: options.offset ?? 0, minPages: options.minPages ?? 1 }) as StoryRow[];
    return rows.map(toSummary);
  }

  /** One story with its pages, oldest first; null when no page is in it. */
  get(storyId: string): StoryDetail | null {
    const row = this.statement(`${SUMMARY_SELECT} where s.story_id = ? group by s.story_id`).get(storyId) as StoryRow | undefined;
    if (!row) return null;
    const members = this.statement(
      `select d.id, d.title, d.outlet, s.published_day as published, s.duplicate_of as duplicateOf,
           d.published_start as rangeStart, d.published_end as rangeEnd
         from document_stories s join documents d on d.id = s.document_id
         where s.story_id = ? order by s.published_day is null, s.published_day, d.id`,
    ).all(storyId) as (Omit<StoryMember, 'publishedRange'> & { rangeStart: string | null; rangeEnd: string | null })[];
    return {
      ...toSummary(row),
      members: members.map(({ rangeStart, rangeEnd, ...m }) => ({
        ...m,
        publishedRange: !m.published && rangeStart && rangeEnd ? { start: rangeStart, end: rangeEnd } : null,
      })),
    };
  }
}
