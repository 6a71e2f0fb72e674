/**
 * Schema migrations, applied in order; the database's `user_version` records how many
 * have run. A migration is never edited once released: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
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
];
