/**
 * Schema migrations, applied in order; the database's `user_version` records how many
 * have run. A migration is never edited once released: add a new one.
 */
import type { SqliteDatabase } from './database.js';
import { STORIES_MIGRATION, STORY_INDEX_MIGRATION } from './stories.js';
import { storeTimelineEntries } from './timeline-entries.js';

/** A migration: SQL, or a function for one whose rows are computed by dateline's own code. */
export type Migration = string | ((db: SqliteDatabase) => void);

/** Applies one migration (inside the caller's transaction). */
export function applyMigration(db: SqliteDatabase, migration: Migration): void {
  if (typeof migration === 'string') db.exec(migration);
  else migration(db);
}

export const MIGRATIONS: readonly Migration[] = [
  // 1: documents (articles and refusals), their layers as JSON, and full-text search.
  `
  create table documents (
    id text primary key,
    origin text not null,
    origin_kind text not null,
    external_id text,
    status text not null check (status in ('article', 'refused')),
    reason text,
    confidence real,
    message text,
    format text,
    encoding text,
    source text not null,
    text text not null,
    title text,
    outlet text,
    language text,
    published_start text,
    published_end text,
    meta text not null,
    layers text not null,
    entities text not null,
    diagnostics text not null,
    pipeline_version text not null,
    ingested_at text not null
  );
  create index documents_status on documents (status);
  create index documents_published on documents (published_start);
  create virtual table documents_fts using fts5 (
    title, text, content = 'documents', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
  // 2: entities across documents (merged by knowledge-base id or exact canonical name),
  // and the quotes and events of every document as rows, for queries across pages.
  `
  create table entities (
    id integer primary key,
    key text not null unique,
    name text not null,
    type text not null,
    country text,
    sector text,
    kb text,
    roles text not null default '[]'
  );
  create table document_entities (
    document_id text not null references documents (id) on delete cascade,
    entity_id integer not null references entities (id),
    local_id text not null,
    mentions integer not null,
    primary key (document_id, local_id)
  );
  create index document_entities_entity on document_entities (entity_id);
  create table quotes (
    document_id text not null references documents (id) on delete cascade,
    seq integer not null,
    kind text not null,
    speaker_entity integer references entities (id),
    speaker_name text,
    content text not null,
    said_start text,
    said_end text,
    json text not null,
    primary key (document_id, seq)
  );
  create index quotes_speaker on quotes (speaker_entity);
  create table events (
    document_id text not null references documents (id) on delete cascade,
    seq integer not null,
    action_id text not null,
    type text not null,
    mode text,
    status text not null,
    actors text not null,
    recipients text not null,
    date_start text,
    date_end text,
    json text not null,
    primary key (document_id, seq)
  );
  create index events_type on events (type, status);
  `,
  // 3: actions: event statements merged across pages at ingest (the timeline), so the
  // timeline is a query over stored rows, not a regrouping of every event on each request.
  `
  create table actions (
    id integer primary key,
    type text not null,
    mode text,
    party_key text not null,
    parties text not null,
    date_start text,
    date_end text,
    told_first text,
    told_last text,
    told_ranges text not null default '[]',
    status text not null,
    location text
  );
  create index actions_match on actions (type, party_key);
  create index actions_date on actions (coalesce(date_start, told_first));
  alter table events add column action_ref integer references actions (id);
  create index events_action on events (action_ref);
  `,
  // 4: what saving a page and reading the timeline and search need so that they cost the
  // same at 100,000 pages as at 1,000 (issues 8 and 9). The ranges each action was told in
  // become rows (they were a JSON list parsed for every candidate action on every save), with
  // day numbers so that matching reads only the actions told or dated near a statement; the
  // statements keep the keys that order them (when the page was told, how far along), so an
  // action's status is one indexed read; actions keep a sort key and a row per party, so a
  // page of the timeline walks an index. Indexes no query uses any more are dropped: each
  // costs a page written per row saved. `dateline_day` is registered by `migrate`.
  `
  create table action_told (
    action_id integer not null references actions (id) on delete cascade,
    document_id text not null,
    range_start text not null,
    range_end text not null,
    fixed integer not null,
    ambiguous integer not null,
    match_key text not null,
    start_day integer,
    end_day integer
  );
  insert into action_told (action_id, document_id, range_start, range_end, fixed, ambiguous, match_key, start_day, end_day)
    select a.id, json_extract(r.value, '$.documentId'), json_extract(r.value, '$.start'), json_extract(r.value, '$.end'),
           coalesce(json_extract(r.value, '$.fixed'), 0),
           coalesce((select json_array_length(d.meta, '$.published.candidates') > 1 from documents d
                     where d.id = json_extract(r.value, '$.documentId')), 0),
           a.type || ' ' || a.party_key,
           dateline_day(json_extract(r.value, '$.start')), dateline_day(json_extract(r.value, '$.end'))
    from actions a, json_each(a.told_ranges) r
    where not exists (select 1 from json_each(a.told_ranges) r2 where r2.key < r.key
      and json_extract(r2.value, '$.documentId') = json_extract(r.value, '$.documentId')
      and json_extract(r2.value, '$.start') = json_extract(r.value, '$.start') and json_extract(r2.value, '$.end') = json_extract(r.value, '$.end'))
    order by a.id, r.key;
  create unique index action_told_range on action_told (action_id, document_id, range_start, range_end);
  create index action_told_window on action_told (match_key, start_day, end_day, action_id) where end_day - start_day <= 31;
  create index action_told_first on action_told (action_id, fixed, range_start);
  create index action_told_last on action_told (action_id, fixed, range_end);
  create index action_told_ambiguous on action_told (action_id, document_id) where ambiguous = 1;

  alter table actions add column date_start_day integer;
  alter table actions add column date_end_day integer;
  alter table actions add column sort_key text generated always as (coalesce(date_start, told_first, '~')) virtual;
  update actions set date_start_day = dateline_day(date_start), date_end_day = dateline_day(date_end), told_ranges = '[]';
  drop index actions_date;
  drop index actions_match;
  create index actions_sorted on actions (sort_key);
  create index actions_dated on actions (type, party_key, date_start_day) where date_end_day - date_start_day <= 31;
  create index actions_dated_wide on actions (type, party_key, date_end_day) where date_end_day - date_start_day > 31;

  create table action_parties (
    party text not null,
    sort_key text not null,
    action_id integer not null references actions (id) on delete cascade,
    primary key (party, sort_key, action_id)
  ) without rowid;
  insert or ignore into action_parties (party, sort_key, action_id)
    select p.value, coalesce(a.date_start, a.told_first, '~'), a.id from actions a, json_each(a.parties) p;
  create index action_parties_action on action_parties (action_id, party);
  create trigger actions_parties_insert after insert on actions begin
    insert or ignore into action_parties (party, sort_key, action_id)
      select value, coalesce(new.date_start, new.told_first, '~'), new.id from json_each(new.parties);
  end;
  create trigger actions_parties_sort after update of date_start, told_first on actions
    when coalesce(old.date_start, old.told_first, '~') is not coalesce(new.date_start, new.told_first, '~') begin
    update action_parties set sort_key = coalesce(new.date_start, new.told_first, '~') where action_id = new.id;
  end;

  alter table events add column told_when text not null default '';
  alter table events add column progress integer not null default 0;
  alter table events add column page_published text;
  update events set
    progress = case status when 'occurred' then 7 when 'planned' then 5 when 'proposed' then 4 when 'considered' then 3
      when 'hypothetical' then 1 when 'not_planned' then 2 when 'not_occurred' then 2 when 'denied' then 2 else 0 end,
    page_published = (select d.published_start from documents d where d.id = events.document_id),
    told_when = coalesce((select t.range_end from action_told t where t.action_id = events.action_ref
      and t.document_id = events.document_id and t.fixed = 1 limit 1), '');
  drop index events_action;
  drop index events_type;
  create index events_action_status on events (action_ref, status, document_id, seq);
  create index events_action_dated on events (action_ref, document_id, seq) where date_start is not null;
  create index events_action_latest on events (action_ref, told_when desc, progress desc, document_id, seq);
  create index events_action_history on events (action_ref, page_published, document_id, seq);
  `,
  // 5: stories and near-duplicates, assigned at ingest (see stories.ts).
  STORIES_MIGRATION,
  // 6: what the timeline shows of each statement, kept with it (see statements.ts): reading
  // a page of the timeline read every statement's whole page text, quotes and entities
  // (0.1-0.15 s per page of 200 entries at 20,000 pages). `dateline_statement` is
  // registered by `migrate`.
  `
  alter table events add column evidence text not null default '';
  alter table events add column evidence_quotes text not null default '[]';
  alter table events add column asserted_by_name text;
  update events set
    evidence = dateline_statement('evidence', json, (select d.text from documents d where d.id = events.document_id), null, null),
    evidence_quotes = dateline_statement('quotes', json, (select d.text from documents d where d.id = events.document_id),
      '[' || coalesce((select group_concat(q.json, ',') from quotes q where q.document_id = events.document_id), '') || ']', null),
    asserted_by_name = dateline_statement('asserted', json, null, null,
      (select d.entities from documents d where d.id = events.document_id));
  `,
  // 7: what a timeline page reads, measured on a synthetic store of 100,000 pages (see
  // bench/scale.ts):
  // - action_pairs, every two parties of an action in date order: a timeline of two actors
  //   walked one actor's actions and looked the other up on each, so its cost grew with
  //   the first actor's history rather than with the entries shown;
  // - each statement keeps its page's title and publication date (page_title, page_date,
  //   kept with page_published when a page is dated later): they were read from the
  //   documents row, where the title stands after the page's source and text, so SQLite
  //   followed their overflow pages on every statement shown;
  // - events_action_show, the statement columns an entry shows, in the order of its history:
  //   an entry's statements are read from one place in one index instead of from one row per
  //   page, each elsewhere in the file (it replaces events_action_history, its prefix).
  `
  create table action_pairs (
    party_a text not null,
    party_b text not null,
    sort_key text not null,
    action_id integer not null references actions (id) on delete cascade,
    primary key (party_a, party_b, sort_key, action_id)
  ) without rowid;
  insert or ignore into action_pairs (party_a, party_b, sort_key, action_id)
    select a.value, b.value, coalesce(x.date_start, x.told_first, '~'), x.id
    from actions x, json_each(x.parties) a, json_each(x.parties) b where a.value < b.value;
  create index action_pairs_action on action_pairs (action_id);
  create trigger actions_pairs_insert after insert on actions begin
    insert or ignore into action_pairs (party_a, party_b, sort_key, action_id)
      select a.value, b.value, coalesce(new.date_start, new.told_first, '~'), new.id
      from json_each(new.parties) a, json_each(new.parties) b where a.value < b.value;
  end;
  create trigger actions_pairs_sort after update of date_start, told_first on actions
    when coalesce(old.date_start, old.told_first, '~') is not coalesce(new.date_start, new.told_first, '~') begin
    update action_pairs set sort_key = coalesce(new.date_start, new.told_first, '~') where action_id = new.id;
  end;

  alter table events add column page_title text;
  alter table events add column page_date text;
  update events set (page_title, page_date) =
    (select d.title, json_extract(d.meta, '$.published') from documents d where d.id = events.document_id);
  create index events_action_show on events (action_ref, page_published, document_id, seq,
    status, date_start, actors, recipients, page_title, page_date, evidence, evidence_quotes, asserted_by_name);
  drop index events_action_history;
  `,
  // 8: the story index in tables, saved piecewise (see stories.ts).
  STORY_INDEX_MIGRATION,
  // 9: each action's timeline entry, kept as it is shown (see timeline-entries.ts): a page
  // of 200 entries read ~1,100 statements and built every entry again, 40-80 ms of CPU for
  // the first answer of a page at 100,000 pages (2-10 ms as kept entries). Stored entries
  // are built here for every action, then kept up to date by ActionIndex.refresh.
  (db) => {
    db.exec(`create table action_entries (
      action_id integer primary key references actions (id) on delete cascade,
      format integer not null,
      json text not null
    )`);
    const ids = db.prepare<[], number>('select id from actions order by id').pluck().all();
    storeTimelineEntries(db, ids);
  },
];
