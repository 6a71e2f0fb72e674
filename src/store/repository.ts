import type { Document, Refusal } from '../core/document.js';
import { DatelineError } from '../core/errors.js';
import { ActionIndex, progressOf, toldWhen } from './actions.js';
import type { SqliteDatabase } from './database.js';
import { assertedByName, evidenceQuotes, evidenceText } from './statements.js';

/** A stored page as listed: enough to choose one to show. */
export interface DocumentSummary {
  readonly id: string;
  readonly status: 'article' | 'refused';
  readonly origin: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly reason: string | null;
  readonly chars: number;
}

/** A stored outcome: an article Document or a Refusal, as saved. */
export type StoredOutcome = ({ status: 'article' } & Document) | Refusal;

interface DocumentRow {
  id: string;
  origin: string;
  origin_kind: string;
  external_id: string | null;
  status: 'article' | 'refused';
  reason: string | null;
  confidence: number | null;
  message: string | null;
  format: string;
  encoding: string;
  source: string;
  text: string;
  meta: string;
  layers: string;
  entities: string;
  diagnostics: string;
  pipeline_version: string;
}

/**
 * The document repository: the only code that writes documents. Each save is one
 * transaction, so a crash mid-batch loses nothing already saved.
 */
export class DocumentStore {
  private readonly has;
  private readonly insertDocument;
  private readonly insertFts;
  private readonly upsertEntity;
  private readonly findEntity;
  private readonly insertDocumentEntity;
  private readonly insertQuote;
  private readonly insertEvent;
  private readonly saveTransaction;
  private readonly actions: ActionIndex;
  private readonly refsOfPage;
  private readonly metaOf;
  private readonly narrowDocument;
  private readonly deleteFts;
  private readonly deleteDocument;
  private readonly forgetTold;
  private readonly dropAction;
  private readonly hasStatements;

  constructor(readonly db: SqliteDatabase) {
    this.has = db.prepare<[string], { one: number }>('select 1 as one from documents where id = ?');
    this.insertDocument = db.prepare(`insert into documents (
        id, origin, origin_kind, external_id, status, reason, confidence, message, format, encoding, source, text,
        title, outlet, language, published_start, published_end, meta, layers, entities, diagnostics, pipeline_version, ingested_at)
      values (@id, @origin, @origin_kind, @external_id, @status, @reason, @confidence, @message, @format, @encoding, @source, @text,
        @title, @outlet, @language, @published_start, @published_end, @meta, @layers, @entities, @diagnostics, @pipeline_version, @ingested_at)`);
    this.insertFts = db.prepare(
      "insert into documents_fts (rowid, title, text) select rowid, coalesce(title, ''), text from documents where id = ?",
    );
    this.findEntity = db.prepare<[string], { id: number; country: string | null; sector: string | null }>(
      'select id, country, sector from entities where key = ?',
    );
    this.upsertEntity = db.prepare(
      `insert into entities (key, name, type, country, sector, kb, roles) values (@key, @name, @type, @country, @sector, @kb, @roles)
       on conflict (key) do update set country = coalesce(entities.country, excluded.country), sector = coalesce(entities.sector, excluded.sector)
       returning id`,
    );
    this.insertDocumentEntity = db.prepare(
      'insert into document_entities (document_id, entity_id, local_id, mentions) values (?, ?, ?, ?)',
    );
    this.insertQuote = db.prepare(
      `insert into quotes (document_id, seq, kind, speaker_entity, speaker_name, content, said_start, said_end, json)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `insert into events (document_id, seq, action_id, type, mode, status, actors, recipients, date_start, date_end, json, action_ref,
         told_when, progress, page_published, evidence, evidence_quotes, asserted_by_name, page_title, page_date)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.actions = new ActionIndex(db);
    this.refsOfPage = db.prepare<[string], { ref: number }>(
      'select distinct action_ref as ref from events where document_id = ? and action_ref is not null',
    );
    this.metaOf = db.prepare<[string], { meta: string }>('select meta from documents where id = ?');
    this.narrowDocument = db.prepare('update documents set meta = ?, published_start = ?, published_end = ? where id = ?');
    this.deleteFts = db.prepare(
      "insert into documents_fts (documents_fts, rowid, title, text) select 'delete', rowid, coalesce(title, ''), text from documents where id = ? and status = 'article'",
    );
    this.deleteDocument = db.prepare('delete from documents where id = ?');
    this.forgetTold = db.prepare('delete from action_told where action_id = ? and document_id = ?');
    this.dropAction = db.prepare('delete from actions where id = ?');
    this.hasStatements = db.prepare<[number], { one: number }>('select 1 as one from events where action_ref = ? limit 1');
    this.saveTransaction = db.transaction((outcome: Document | Refusal, ingestedAt: string) => this.saveNow(outcome, ingestedAt));
  }

  /** True when a page with this content hash is already stored. */
  hasDocument(id: string): boolean {
    return this.has.get(id) !== undefined;
  }

  /** Saves an article or a refusal with everything derived from it, in one transaction. */
  save(outcome: Document | Refusal, ingestedAt: string): void {
    this.saveTransaction(outcome, ingestedAt);
  }

  private saveNow(outcome: Document | Refusal, ingestedAt: string): void {
    const refused = 'status' in outcome && outcome.status === 'refused';
    const doc = refused ? null : (outcome as Document);
    const refusal = refused ? (outcome as Refusal) : null;
    const meta = outcome.meta;
    this.insertDocument.run({
      id: outcome.id,
      origin: outcome.origin.name + (outcome.origin.line ? `:${outcome.origin.line}` : ''),
      origin_kind: outcome.origin.kind,
      external_id: outcome.origin.externalId ?? null,
      status: refused ? 'refused' : 'article',
      reason: refusal?.reason ?? null,
      confidence: refusal?.confidence ?? null,
      message: refusal?.message ?? null,
      format: doc?.format ?? refusal?.format ?? null,
      encoding: doc?.encoding ?? refusal?.encoding ?? null,
      source: doc?.source ?? refusal?.source ?? '',
      text: doc?.text ?? '',
      title: meta.title,
      outlet: meta.outlet,
      language: meta.language,
      published_start: meta.published?.start ?? null,
      published_end: meta.published?.end ?? null,
      meta: JSON.stringify(meta),
      layers: JSON.stringify(doc?.layers ?? { furniture: refusal?.furniture ?? [] }),
      entities: JSON.stringify(doc?.entities ?? []),
      diagnostics: JSON.stringify(outcome.diagnostics),
      pipeline_version: doc?.pipelineVersion ?? refusal?.pipelineVersion ?? '',
      ingested_at: ingestedAt,
    });
    if (!doc) return;
    this.insertFts.run(doc.id);
    const entityRows = new Map<string, number>();
    for (const entity of doc.entities) {
      const key = entity.kb ? `kb:${entity.kb}` : `name:${entity.type}:${entity.name.toLowerCase()}`;
      // Most entities are known and unchanged: reading them writes no page.
      const known = this.findEntity.get(key);
      const unchanged = known && (known.country !== null || entity.country == null) && (known.sector !== null || entity.sector == null);
      const row = unchanged
        ? known
        : (this.upsertEntity.get({
            key,
            name: entity.name,
            type: entity.type,
            country: entity.country ?? null,
            sector: entity.sector ?? null,
            kb: entity.kb ?? null,
            roles: JSON.stringify(entity.roles),
          }) as { id: number } | undefined);
      if (!row) throw new DatelineError('STORE_OPEN', `entity ${key} vanished during save`, { input: doc.id });
      entityRows.set(entity.id, row.id);
      this.insertDocumentEntity.run(doc.id, row.id, entity.id, entity.mentions.length);
    }
    (doc.layers.quotes ?? []).forEach((quote, seq) => {
      this.insertQuote.run(
        doc.id,
        seq,
        quote.kind,
        quote.speakerId ? (entityRows.get(quote.speakerId) ?? null) : null,
        quote.speakerName,
        doc.text.slice(quote.start, quote.end),
        quote.saidAt?.start ?? null,
        quote.saidAt?.end ?? null,
        JSON.stringify(quote),
      );
    });
    const pageActions = new Map<string, number>();
    const when = toldWhen(doc.meta.published);
    const quotes = doc.layers.quotes ?? [];
    (doc.layers.events ?? []).forEach((event, seq) => {
      const actionRef = this.actions.assign(event, doc.meta.published, pageActions, doc.id);
      this.insertEvent.run(
        doc.id,
        seq,
        `${doc.id}:${event.actionId}`,
        event.type,
        event.mode,
        event.status,
        JSON.stringify(event.actors),
        JSON.stringify(event.recipients),
        event.date?.start ?? null,
        event.date?.end ?? null,
        JSON.stringify(event),
        actionRef,
        when,
        progressOf(event.status),
        doc.meta.published?.start ?? null,
        evidenceText(event, doc.text),
        JSON.stringify(evidenceQuotes(event, doc.text, quotes)),
        assertedByName(event, doc.entities),
        doc.meta.title ?? null,
        doc.meta.published ? JSON.stringify(doc.meta.published) : null,
      );
    });
    const touched = new Set(pageActions.values());
    this.actions.refresh(touched);
    const narrowings = this.actions.narrowings(touched);
    if (narrowings.length === 0) return;
    for (const narrowing of narrowings) {
      for (const ref of this.narrowPublished(narrowing.documentId, narrowing.date)) touched.add(ref);
    }
    this.actions.refresh(touched);
  }

  /**
   * Records a publication date narrowed by other pages (dating across pages), with the
   * page's told ranges in its actions; returns the actions the page belongs to.
   */
  private narrowPublished(id: string, date: NonNullable<Document['meta']['published']>): number[] {
    const row = this.metaOf.get(id);
    if (!row) return [];
    const meta = JSON.parse(row.meta) as Document['meta'];
    const next = { ...meta, published: date, evidence: { ...meta.evidence, published: { rule: 'story' } } };
    this.narrowDocument.run(JSON.stringify(next), date.start, date.end, id);
    return this.actions.retell(id, date, date.start);
  }

  /** Lists stored pages, newest publication first, then by origin. */
  list(options: { status?: 'article' | 'refused'; limit?: number; offset?: number } = {}): DocumentSummary[] {
    const where = options.status ? 'where status = @status' : '';
    return this.db
      .prepare(
        `select id, status, origin, title, outlet, published_start as published, language, reason, length(text) as chars
         from documents ${where} order by published_start desc nulls last, origin limit @limit offset @offset`,
      )
      .all({ status: options.status ?? null, limit: options.limit ?? 100, offset: options.offset ?? 0 }) as DocumentSummary[];
  }

  /** Counts stored pages by status. */
  counts(): { articles: number; refused: number } {
    const rows = this.db.prepare('select status, count(*) as n from documents group by status').all() as { status: string; n: number }[];
    return {
      articles: rows.find((r) => r.status === 'article')?.n ?? 0,
      refused: rows.find((r) => r.status === 'refused')?.n ?? 0,
    };
  }

  /** Reads one stored page by id or unique id prefix (at least 4 characters). */
  get(idOrPrefix: string): StoredOutcome {
    if (!/^[0-9a-f]{4,64}$/i.test(idOrPrefix)) {
      throw new DatelineError('STORE_NOT_FOUND', `"${idOrPrefix}" is not a document id (expected 4 to 16 hex digits)`, {
        input: idOrPrefix,
      });
    }
    const rows = this.db
      .prepare<[string], DocumentRow>('select * from documents where id like ? limit 2')
      .all(`${idOrPrefix.toLowerCase()}%`);
    const [row] = rows;
    if (!row) throw new DatelineError('STORE_NOT_FOUND', `no stored document has the id ${idOrPrefix}`, { input: idOrPrefix });
    if (rows.length > 1)
      throw new DatelineError('STORE_NOT_FOUND', `the prefix ${idOrPrefix} names several documents; give more digits`, {
        input: idOrPrefix,
      });
    return rowToOutcome(row);
  }

  /**
   * Removes a stored page with everything derived from it (quotes, events, entity links,
   * its search entry), and drops actions left with no statement. Used by reprocessing.
   */
  delete(id: string): void {
    this.db.transaction(() => {
      const refs = this.refsOfPage.all(id).map((r) => r.ref);
      this.deleteFts.run(id);
      this.deleteDocument.run(id);
      const kept: number[] = [];
      for (const ref of refs) {
        this.forgetTold.run(ref, id);
        if (this.hasStatements.get(ref)) kept.push(ref);
        else this.dropAction.run(ref);
      }
      this.actions.refresh(kept);
    })();
  }

  /** Ids and pipeline versions of every stored page (for reprocessing). */
  versions(): { id: string; pipelineVersion: string }[] {
    return this.db.prepare('select id, pipeline_version as pipelineVersion from documents order by id').all() as {
      id: string;
      pipelineVersion: string;
    }[];
  }

  /** Every stored article, in id order, one at a time (for reprocessing and clustering). */
  *iterateArticles(): Generator<Document> {
    for (const row of this.db.prepare<[], DocumentRow>("select * from documents where status = 'article' order by id").iterate()) {
      yield rowToOutcome(row) as Document;
    }
  }
}

function rowToOutcome(row: DocumentRow): StoredOutcome {
  const origin = {
    name: row.origin,
    kind: row.origin_kind as Document['origin']['kind'],
    ...(row.external_id ? { externalId: row.external_id } : {}),
  };
  const meta = JSON.parse(row.meta) as Document['meta'];
  const diagnostics = JSON.parse(row.diagnostics) as Document['diagnostics'];
  if (row.status === 'refused') {
    return {
      status: 'refused',
      id: row.id,
      origin,
      reason: row.reason as Refusal['reason'],
      confidence: row.confidence ?? 0,
      message: row.message ?? '',
      meta,
      diagnostics,
      source: row.source,
      format: row.format as Document['format'],
      encoding: row.encoding,
      furniture: (JSON.parse(row.layers) as Document['layers']).furniture ?? [],
    };
  }
  return {
    status: 'article',
    id: row.id,
    origin,
    source: row.source,
    format: row.format as Document['format'],
    encoding: row.encoding,
    text: row.text,
    meta,
    layers: JSON.parse(row.layers) as Document['layers'],
    entities: JSON.parse(row.entities) as Document['entities'],
    diagnostics,
    pipelineVersion: row.pipeline_version,
  };
}
