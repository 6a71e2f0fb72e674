import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DatelineError, type ErrorCode } from '../../core/errors.js';
import { PIPELINE_VERSION } from '../../pipeline.js';
import { Queries } from '../../store/queries.js';
import type { DocumentStore } from '../../store/repository.js';
import { StoryBook } from '../../store/stories.js';
import { ingestPaths } from '../service/ingest.js';
import { DEFAULT_TIMELINE_LIMIT, timelineJson } from '../service/timeline.js';

/** Options for the HTTP app. */
export interface AppOptions {
  readonly store: DocumentStore;
  /** When set, every request must carry `Authorization: Bearer TOKEN`. */
  readonly token?: string;
  /** Folder of the built web UI (index.html and assets), served at `/`. */
  readonly webRoot?: string;
}

/** HTTP status of each error code. */
const STATUS: Partial<Record<ErrorCode, 400 | 404 | 413 | 422>> = {
  USAGE: 400,
  STORE_NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  INPUT_EMPTY: 422,
  INPUT_BINARY: 422,
  INPUT_JSONL: 422,
};

const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }) }).openapi('Error');
const Paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(50).openapi({ description: 'rows per page' }),
  offset: z.coerce.number().int().min(0).default(0),
};
const DateParam = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .optional()
  .openapi({ example: '2021-04-01' });
const Anything = z.record(z.string(), z.unknown());
const listOf = (name: string) => z.object({ items: z.array(Anything), limit: z.number(), offset: z.number() }).openapi(`${name}List`);

function errorResponses() {
  return {
    400: { description: 'bad request', content: { 'application/json': { schema: ErrorSchema } } },
    404: { description: 'not found', content: { 'application/json': { schema: ErrorSchema } } },
  } as const;
}

function errorBody(code: string, message: string, hint?: string) {
  return { error: { code, message, ...(hint ? { hint } : {}) } };
}

/** A serialized JSON answer, with its gzip form for clients that accept it. */
interface CachedBody {
  readonly json: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer> | null;
}

/** Bodies smaller than this are sent as they are: compressing them saves nothing worth it. */
const GZIP_FROM_BYTES = 2048;

/**
 * Compression level of the gzip form: a timeline page of 410 KB at 100,000 pages compresses
 * to 49 KB in 3.2 ms at level 3, 40 KB in 9.6 ms at level 6 (the default); an answer nobody
 * asked for before waits for it, so the faster level is worth 9 KB.
 */
const GZIP_LEVEL = 3;

/** Encodes an answer once, with its gzip form (a timeline page of 400 KB sends as ~50 KB). */
function encodeBody(text: string): CachedBody {
  const json = new TextEncoder().encode(text);
  if (json.length < GZIP_FROM_BYTES) return { json, gzip: null };
  const zipped = gzipSync(json, { level: GZIP_LEVEL });
  return { json, gzip: new Uint8Array(zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength)) };
}

/**
 * Serialized bodies of the read-only endpoints whose answers are costly (the timeline,
 * search), kept while the store is unchanged: the version is SQLite's `data_version` (other
 * connections' commits, such as a CLI ingest) with this connection's `total_changes()`
 * (uploads through this server). Bounded by entries and by bytes, least recently used out.
 */
export function createResponseCache(db: DocumentStore['db'], options: { maxEntries?: number; maxBytes?: number } = {}) {
  const maxEntries = options.maxEntries ?? 512;
  // 64 MB of JSON: an unfiltered timeline page is a few hundred kilobytes.
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const dataVersion = db.prepare('pragma data_version').pluck();
  const changes = db.prepare('select total_changes()').pluck();
  const entries = new Map<string, CachedBody>();
  let bytes = 0;
  let version = '';
  const sizeOf = (body: CachedBody): number => body.json.length + (body.gzip?.length ?? 0);
  const current = (): string => `${dataVersion.get() as number}:${changes.get() as number}`;
  const sync = (): void => {
    const now = current();
    if (now === version) return;
    version = now;
    entries.clear();
    bytes = 0;
  };
  return {
    /** The store's version now (to pass to `set` for an answer computed from it). */
    version(): string {
      sync();
      return version;
    },
    /** The body stored under `key`, when the store has not changed since. */
    get(key: string): CachedBody | undefined {
      sync();
      const body = entries.get(key);
      if (body === undefined) return undefined;
      entries.delete(key);
      entries.set(key, body);
      return body;
    },
    /**
     * Stores a body computed at version `at` (the current one by default); returns it
     * encoded, to send. A body computed while the store changed is sent but not kept.
     */
    set(key: string, text: string, at?: string): CachedBody {
      sync();
      const body = encodeBody(text);
      if (sizeOf(body) > maxBytes || (at !== undefined && at !== version)) return body;
      const before = entries.get(key);
      if (before !== undefined) bytes -= sizeOf(before);
      entries.delete(key);
      entries.set(key, body);
      bytes += sizeOf(body);
      for (const [oldest, value] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= sizeOf(value);
      }
      return body;
    },
  };
}

/** The cache key of a request: its path and query string. */
function requestKey(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}

/** Answers with a JSON body that is already serialized, gzipped when the client accepts it. */
function jsonBody(c: Context, body: CachedBody) {
  c.header('Vary', 'Accept-Encoding');
  if (body.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(body.gzip, 200, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Encoding': 'gzip' });
  }
  return c.body(body.json, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
}

/** Widens a query value that may be repeated (?actor=RUS&actor=USA) into a list. */
function many(c: Context, name: string): string[] {
  return (
    c.req
      .queries(name)
      ?.flatMap((v) => v.split(','))
      .filter(Boolean) ?? []
  );
}

/**
 * The HTTP API over the store: documents, entities, quotes, events, timeline, search and
 * ingest by upload, with its OpenAPI document at /openapi.json. Errors are JSON with the
 * stable codes of the error catalogue.
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const queries = new Queries(store.db);
  const stories = new StoryBook(store.db);
  const cache = createResponseCache(store.db);
  // Answers being computed, by cache key: requests for the same page wait for one computation.
  const computing = new Map<string, Promise<CachedBody>>();
  const cached = async (c: Context, compute: () => Promise<string> | string) => {
    const key = requestKey(c);
    const hit = cache.get(key);
    if (hit !== undefined) return jsonBody(c, hit);
    let pending = computing.get(key);
    if (!pending) {
      const at = cache.version();
      pending = Promise.resolve()
        .then(compute)
        .then((text) => cache.set(key, text, at))
        .finally(() => computing.delete(key));
      computing.set(key, pending);
    }
    return jsonBody(c, await pending);
  };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return c.json(errorBody('USAGE', `invalid ${issue?.path.join('.') ?? 'request'}: ${issue?.message ?? 'bad value'}`), 400);
      }
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (options.token) {
      const auth = c.req.header('authorization') ?? '';
      if (auth !== `Bearer ${options.token}`)
        return c.json(errorBody('UNAUTHORIZED', 'missing or wrong bearer token', 'Send Authorization: Bearer TOKEN.'), 401);
    }
    await next();
    return undefined;
  });

  app.onError((error, c) => {
    if (error instanceof DatelineError) return c.json(errorBody(error.code, error.message, error.hint), STATUS[error.code] ?? 500);
    if (error instanceof HTTPException) return c.json(errorBody('HTTP', error.message), error.status);
    return c.json(errorBody('INTERNAL', 'the server failed on this request', 'Run with DATELINE_DEBUG=1 and report the log.'), 500);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      summary: 'List stored pages',
      request: { query: z.object({ ...Paging, status: z.enum(['article', 'refused']).optional() }) },
      responses: { 200: { description: 'pages', content: { 'application/json': { schema: listOf('Document') } } }, ...errorResponses() },
    }),
    (c) => {
      const q = c.req.valid('query');
      const items = store.list({ ...(q.status ? { status: q.status } : {}), limit: q.limit, offset: q.offset });
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: q.limit, offset: q.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      summary: 'One stored page: text, metadata, layers, entities; furniture=1 adds the source and removed blocks',
      request: {
        params: z.object({ id: z.string().regex(/^[0-9a-f]{4,64}$/i) }),
        query: z.object({ furniture: z.enum(['0', '1']).optional() }),
      },
      responses: { 200: { description: 'the page', content: { 'application/json': { schema: Anything } } }, ...errorResponses() },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const doc = store.get(id) as unknown as Record<string, unknown>;
      if (c.req.valid('query').furniture !== '1') {
        const { source: _source, ...rest } = doc;
        const layers = { ...(rest.layers as Record<string, unknown>) };
        delete layers.furniture;
        return c.json({ ...rest, layers }, 200);
      }
      return c.json(doc, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/story',
      summary: 'The story a page belongs to, its other pages, and the page it copies when it is a near-duplicate',
      request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{4,64}$/i) }) },
      responses: { 200: { description: 'the story', content: { 'application/json': { schema: Anything } } }, ...errorResponses() },
    }),
    (c) => {
      const doc = store.get(c.req.valid('param').id);
      const placed = stories.storyOf(doc.id);
      const story = placed ? stories.get(placed.storyId) : null;
      return c.json(
        { story, duplicateOf: placed?.duplicateOf ?? null, similarity: placed?.similarity ?? null } as unknown as Record<string, unknown>,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories',
      summary: "Stories, newest first; members=1 adds each story's pages",
      request: {
        query: z.object({
          ...Paging,
          minPages: z.coerce.number().int().min(1).default(1),
          members: z.enum(['0', '1']).optional(),
        }),
      },
      responses: { 200: { description: 'stories', content: { 'application/json': { schema: listOf('Story') } } }, ...errorResponses() },
    }),
    (c) => {
      const q = c.req.valid('query');
      const listed = stories.list({ limit: q.limit, offset: q.offset, minPages: q.minPages });
      const items = q.members === '1' ? listed.map((story) => stories.get(story.id) ?? story) : listed;
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: q.limit, offset: q.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/{id}',
      summary: 'One story with its pages, oldest first',
      request: { params: z.object({ id: z.string().regex(/^s\d{1,12}$/) }) },
      responses: { 200: { description: 'the story', content: { 'application/json': { schema: Anything } } }, ...errorResponses() },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const story = stories.get(id);
      if (!story) throw new DatelineError('STORE_NOT_FOUND', `no story has the id ${id}`);
      return c.json(story as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      summary: 'Entities across the collection',
      request: { query: z.object({ ...Paging, q: z.string().optional(), type: z.string().optional(), country: z.string().optional() }) },
      responses: { 200: { description: 'entities', content: { 'application/json': { schema: listOf('Entity') } } }, ...errorResponses() },
    }),
    (c) => {
      const q = c.req.valid('query');
      const items = queries.entities(q);
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: q.limit, offset: q.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}',
      summary: 'One entity with its pages and quotes',
      request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
      responses: { 200: { description: 'the entity', content: { 'application/json': { schema: Anything } } }, ...errorResponses() },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const entity = queries.entity(id);
      if (!entity) throw new DatelineError('STORE_NOT_FOUND', `no entity has the id ${id}`);
      const quotes = queries.quotes({ speakerId: id, limit: 1000 });
      return c.json({ ...entity, quotes } as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/quotes',
      summary: 'Quotes, filtered by speaker and date',
      request: {
        query: z.object({
          ...Paging,
          speaker: z.string().optional(),
          speakerId: z.coerce.number().int().optional(),
          from: DateParam,
          to: DateParam,
          document: z.string().optional(),
        }),
      },
      responses: { 200: { description: 'quotes', content: { 'application/json': { schema: listOf('Quote') } } }, ...errorResponses() },
    }),
    (c) => {
      const q = c.req.valid('query');
      const items = queries.quotes({ ...q, ...(q.document ? { documentId: q.document } : {}) });
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: q.limit, offset: q.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Events (one record per statement of status), filtered by actor, type, status and date',
      request: {
        query: z.object({
          ...Paging,
          actor: z.union([z.string(), z.array(z.string())]).optional(),
          type: z.string().optional(),
          status: z.string().optional(),
          from: DateParam,
          to: DateParam,
        }),
      },
      responses: { 200: { description: 'events', content: { 'application/json': { schema: listOf('Event') } } }, ...errorResponses() },
    }),
    (c) => {
      const q = c.req.valid('query');
      const items = queries.events({ ...q, actors: many(c, 'actor') });
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: q.limit, offset: q.offset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/timeline',
      summary: 'Actions merged across pages, in date order, each with its status history, sources and key quotes',
      request: {
        query: z.object({
          actor: z.union([z.string(), z.array(z.string())]).optional(),
          type: z.string().optional(),
          status: z.string().optional(),
          from: DateParam,
          to: DateParam,
          limit: z.coerce.number().int().min(1).max(5000).default(DEFAULT_TIMELINE_LIMIT),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: { description: 'timeline entries', content: { 'application/json': { schema: listOf('TimelineEntry') } } },
        ...errorResponses(),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const actors = many(c, 'actor');
      return (await cached(
        c,
        async () =>
          // The kept entries go out as stored: {"items": [...], "limit": n, "offset": n}.
          `{"items":${await timelineJson(store.db, { ...q, actors })},"limit":${q.limit},"offset":${q.offset}}`,
      )) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Full-text search (bm25, snippets) with filters',
      request: {
        query: z.object({
          ...Paging,
          q: z.string().min(1),
          speaker: z.string().optional(),
          actor: z.string().optional(),
          type: z.string().optional(),
          status: z.string().optional(),
          from: DateParam,
          to: DateParam,
        }),
      },
      responses: { 200: { description: 'hits', content: { 'application/json': { schema: listOf('SearchHit') } } }, ...errorResponses() },
    }),
    async (c) => {
      const { q, ...filter } = c.req.valid('query');
      return (await cached(c, () =>
        JSON.stringify({ items: queries.search(q, filter), limit: filter.limit, offset: filter.offset }),
      )) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ingest',
      summary: 'Ingest uploaded pages (multipart form, field "file", one or more)',
      responses: {
        200: { description: 'ingest summary', content: { 'application/json': { schema: Anything } } },
        ...errorResponses(),
        413: { description: 'too large', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const form = await c.req.parseBody({ all: true });
      const files = ([] as unknown[]).concat(form.file ?? []).filter((f): f is File => f instanceof File);
      if (files.length === 0) throw new DatelineError('USAGE', 'expected one or more files in the multipart field "file"');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-upload-'));
      try {
        for (const [i, file] of files.entries()) {
          const safe = path.basename(file.name || `upload-${i}`).replace(/[^\w.-]+/g, '_');
          writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}-${safe}`), Buffer.from(await file.arrayBuffer()));
        }
        const summary = await ingestPaths(store, [dir]);
        const strip = (name: string) => name.replace(`${dir}${path.sep}`, '').replace(/^\d{4}-/, '');
        return c.json(
          {
            ...summary,
            failures: summary.failures.map((f) => ({ ...f, input: strip(f.input) })),
            refusals: summary.refusals.map((r) => ({ ...r, input: strip(r.input) })),
          } as unknown as Record<string, unknown>,
          200,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  app.get('/api/health', (c) => c.json({ ok: true, version: PIPELINE_VERSION, ...store.counts() }));
  app.doc('/openapi.json', { openapi: '3.0.0', info: { title: 'dateline API', version: PIPELINE_VERSION } });

  if (options.webRoot && existsSync(path.join(options.webRoot, 'index.html'))) {
    const root = path.resolve(options.webRoot);
    const types: Record<string, string> = {
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.html': 'text/html; charset=utf-8',
      '.svg': 'image/svg+xml',
      '.json': 'application/json',
    };
    app.get('*', (c) => {
      const wanted = path.resolve(root, `.${decodeURIComponent(new URL(c.req.url).pathname)}`);
      const file = wanted.startsWith(root) && existsSync(wanted) && path.extname(wanted) ? wanted : path.join(root, 'index.html');
      c.header('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
      );
      return c.body(readFileSync(file));
    });
  }
  app.notFound((c) =>
    c.json(errorBody('NOT_FOUND', `no route for ${c.req.method} ${new URL(c.req.url).pathname}`, 'See /openapi.json.'), 404),
  );
  return app;
}
