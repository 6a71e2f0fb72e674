import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DatelineError, type ErrorCode } from '../../core/errors.js';
import { PIPELINE_VERSION } from '../../pipeline.js';
import { Queries } from '../../store/queries.js';
import type { DocumentStore } from '../../store/repository.js';
import { ingestPaths } from '../service/ingest.js';
import { buildTimeline } from '../service/timeline.js';

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
          limit: z.coerce.number().int().min(1).max(5000).default(500),
        }),
      },
      responses: {
        200: { description: 'timeline entries', content: { 'application/json': { schema: listOf('TimelineEntry') } } },
        ...errorResponses(),
      },
    }),
    (c) => {
      const q = c.req.valid('query');
      const items = buildTimeline(store.db, { ...q, actors: many(c, 'actor') });
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: q.limit, offset: 0 }, 200);
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
    (c) => {
      const { q, ...filter } = c.req.valid('query');
      const items = queries.search(q, filter);
      return c.json({ items: items as unknown as Record<string, unknown>[], limit: filter.limit, offset: filter.offset }, 200);
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
