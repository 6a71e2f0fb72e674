/**
 * Scale benchmarks over a store of synthetic documents (bench/corpus.ts `synthesizeDocument`:
 * quotes, events and entities are made by the generator, not by the NLP stages, so a
 * 100,000-document store is built in about a minute):
 *
 * - insert cost per document at N/10 and at N documents (DocumentStore.save);
 * - search latency in process (Queries.search) at N/10 and N documents;
 * - HTTP API latency of /api/search and /api/timeline on loopback, server in a child process,
 *   with a bounded concurrent keep-alive fetch loop (autocannon is not a dependency);
 * - story clustering, time per added document, when src/cluster exists.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Document } from '../src/core/document.js';
import { FICTION_CODES, SEARCH_TERMS, synthesizeDocument } from './corpus.js';
import { BENCH_DIR, type Figure, importEngine, quantile, say } from './lib.js';

const SCALE_SEED = 4242;
/** Pages per transaction when filling the store between the measured windows. */
const FILL_BATCH = 200;
const INGESTED_AT = '2026-01-01T00:00:00.000Z';

/** Options of the scale benchmark. */
export interface ScaleOptions {
  /** Documents in the store (100,000 by default). */
  readonly documents: number;
  /** Requests per HTTP endpoint in the load loop. */
  readonly requests: number;
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Wall-clock cap of one load loop, in ms. */
  readonly loadBudgetMs: number;
  /** Wall-clock cap of the store build, in ms: a slow store stops early and says where. */
  readonly buildBudgetMs: number;
  /** Timeout of the one request sent to an endpoint too slow to load-test, in ms. */
  readonly probeTimeoutMs: number;
  /** Times each search term is run in process. */
  readonly searchRounds: number;
}

/** Mean of the per-document times in the window (from, to]. */
function windowMean(times: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = Math.max(0, from); i < to; i++) sum += times[i] as number;
  return sum / Math.max(1, to - Math.max(0, from));
}

/** Runs every search term `rounds` times and returns the latencies (ms) and the slowest term. */
function measureSearch(search: (q: string) => unknown[], rounds: number): { latencies: number[]; worst: string; hits: number } {
  const latencies: number[] = [];
  let worst = '';
  let worstP95 = -1;
  let hits = 0;
  for (const term of SEARCH_TERMS) search(term);
  for (const term of SEARCH_TERMS) {
    const own: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      hits += search(term).length;
      own.push(performance.now() - t0);
    }
    latencies.push(...own);
    const p95 = quantile(own, 0.95);
    if (p95 > worstP95) {
      worstP95 = p95;
      worst = `${term} (p95 ${p95.toFixed(1)} ms)`;
    }
  }
  return { latencies, worst, hits };
}

function searchFigure(metric: string, m: { latencies: number[]; worst: string }, withTarget: boolean): Figure {
  const p95 = quantile(m.latencies, 0.95);
  return {
    bench: 'scale',
    metric,
    value: p95,
    unit: 'ms',
    ...(withTarget ? { target: '≤ 50', pass: p95 <= 50 } : {}),
    spread: `p50 ${quantile(m.latencies, 0.5).toFixed(1)}, max ${Math.max(...m.latencies).toFixed(1)} (n=${m.latencies.length})`,
    note: `slowest term: ${m.worst}`,
  };
}

/** (e) builds the synthetic store, measures insert growth and search in process, then the API. */
export async function benchScale(options: ScaleOptions): Promise<Figure[]> {
  const { openDatabase } = await importEngine<typeof import('../src/store/database.js')>('store/database');
  const { DocumentStore } = await importEngine<typeof import('../src/store/repository.js')>('store/repository');
  const { Queries } = await importEngine<typeof import('../src/store/queries.js')>('store/queries');
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-scale-'));
  const file = path.join(root, 'scale.db');
  const figures: Figure[] = [];
  try {
    const db = openDatabase(file);
    const store = new DocumentStore(db);
    const queries = new Queries(db);
    const search = (q: string) => queries.search(q, { limit: 50 });
    const planned = options.documents;
    const small = Math.round(planned / 10);
    const window = Math.max(100, Math.min(2000, Math.round(small / 2)));
    const times = new Float64Array(planned);
    let total = 0;
    let quotes = 0;
    let events = 0;
    let smallSearch: ReturnType<typeof measureSearch> | null = null;
    // The measured windows (the last `window` pages before each multiple of N/10) commit
    // page by page, as an ingest does; the pages between them are filled in transactions of
    // FILL_BATCH pages, so that the store reaches N within the budget. Every window measures
    // the same path, so the ratio of the last complete one to the first is the growth of one
    // page's save (also when the budget stops the build early).
    const measured = (i: number): boolean => (i % small) + window >= small;
    const fill = db.transaction((docs: Document[]) => {
      for (const doc of docs) store.save(doc, INGESTED_AT);
    });
    const pending: Document[] = [];
    const t0 = performance.now();
    for (let i = 0; i < planned; i++) {
      if (i > small && performance.now() - t0 > options.buildBudgetMs) break;
      const doc = synthesizeDocument(i, SCALE_SEED);
      quotes += doc.layers.quotes?.length ?? 0;
      events += doc.layers.events?.length ?? 0;
      if (measured(i)) {
        const s = performance.now();
        store.save(doc, INGESTED_AT);
        times[i] = performance.now() - s;
      } else {
        pending.push(doc);
        if (pending.length === FILL_BATCH || measured(i + 1) || i + 1 === planned) fill(pending.splice(0));
      }
      total = i + 1;
      if (i + 1 === small) smallSearch = measureSearch(search, options.searchRounds);
      if ((i + 1) % 20000 === 0) say(`scale: ${i + 1} documents stored`);
    }
    if (pending.length > 0) fill(pending.splice(0));
    const buildSeconds = (performance.now() - t0) / 1000;
    const atSmall = windowMean(times, small - window, small);
    const lastWindow = Math.floor(total / small) * small;
    const atTotal = windowMean(times, lastWindow - window, lastWindow);
    const ratio = atTotal / atSmall;
    figures.push(
      {
        bench: 'scale',
        metric: `store build, ${total} synthetic docs`,
        value: buildSeconds,
        unit: 's',
        note: `synthetic layers (no NLP): ${(quotes / total).toFixed(1)} quotes, ${(events / total).toFixed(1)} events per doc; filled ${FILL_BATCH} pages per transaction outside the measured windows${total < planned ? `; STOPPED at ${total} of ${planned} docs after the ${options.buildBudgetMs / 1000} s build budget` : ''}`,
      },
      {
        bench: 'scale',
        metric: `insert cost per doc at ${small}`,
        value: atSmall * 1000,
        unit: 'µs',
        note: `mean over the last ${window} inserts, one commit per page`,
      },
      {
        bench: 'scale',
        metric: `insert cost per doc at ${lastWindow}`,
        value: atTotal * 1000,
        unit: 'µs',
        note: `mean over the last ${window} inserts, one commit per page`,
      },
      {
        bench: 'scale',
        metric: `insert cost growth ${small}→${lastWindow}`,
        value: ratio,
        unit: '×',
        target: '≤ 2',
        pass: ratio <= 2 && total === planned,
      },
    );
    if (smallSearch) figures.push(searchFigure(`Queries.search p95 at ${small} docs`, smallSearch, false));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const big = measureSearch(search, options.searchRounds);
    figures.push(searchFigure(`Queries.search p95 at ${total} docs`, big, true));
    db.close();
    figures.push(...(await benchApi(file, options)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return figures;
}

// ---------------------------------------------------------------- HTTP load on loopback

interface Server {
  readonly base: string;
  stop(): void;
}

function startServer(file: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'server-child.ts'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: path.dirname(BENCH_DIR),
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the API server did not start: ${err.slice(-300)}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0] ?? '';
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      const { port } = JSON.parse(line) as { port: number };
      resolve({ base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API server exited (${code}): ${err.slice(-300)}`));
    });
  });
}

interface LoadResult {
  readonly latencies: number[];
  readonly errors: number;
  readonly seconds: number;
}

/** The part of autocannon's API the bench uses (the package ships no types). */
type Autocannon = (options: {
  url: string;
  connections: number;
  amount: number;
  duration?: number;
  timeout: number;
  requests: { path: string }[];
}) => AutocannonInstance;
interface AutocannonInstance extends PromiseLike<{ errors: number; timeouts: number; non2xx: number; duration: number }> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  stop(): void;
}

/**
 * Sends `total` GET requests over `urls` (in turn) with `concurrency` connections in flight,
 * through autocannon (the load tool of the Node HTTP world: keep-alive connections, one
 * request per connection at a time), stopping at the wall-clock budget. Latencies are
 * collected per response, so the p95 is exact rather than read off a histogram bucket.
 */
async function runLoad(
  urls: readonly string[],
  total: number,
  concurrency: number,
  budgetMs: number,
  timeoutMs = 30_000,
): Promise<LoadResult> {
  const { default: autocannon } = (await import('autocannon')) as unknown as { default: Autocannon };
  const first = new URL(urls[0] as string);
  const latencies: number[] = [];
  const start = performance.now();
  const instance = autocannon({
    url: first.origin,
    connections: concurrency,
    amount: total,
    duration: Math.ceil(budgetMs / 1000),
    timeout: Math.ceil(timeoutMs / 1000),
    requests: urls.map((u) => {
      const url = new URL(u);
      return { path: `${url.pathname}${url.search}` };
    }),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  return { latencies, errors: result.errors + result.timeouts + result.non2xx, seconds: (performance.now() - start) / 1000 };
}

function loadFigure(metric: string, result: LoadResult, concurrency: number): Figure {
  const p95 = quantile(result.latencies, 0.95);
  return {
    bench: 'api',
    metric,
    value: result.latencies.length ? p95 : null,
    unit: 'ms',
    target: '≤ 50',
    pass: result.latencies.length > 0 && result.errors === 0 && p95 <= 50,
    spread: `p50 ${quantile(result.latencies, 0.5).toFixed(1)}, p99 ${quantile(result.latencies, 0.99).toFixed(1)} (n=${result.latencies.length})`,
    note: `autocannon, ${concurrency} connections, ${(result.latencies.length / result.seconds).toFixed(0)} req/s, ${result.errors} errors`,
  };
}

/** Keep-alive connections for the one-at-a-time requests, as a browser keeps them. */
const PROBE_AGENT = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One request with a long timeout, timed from sending to the last byte of the answer (the
 * body is parsed afterwards, for the status line only: a client's JSON parsing is not the
 * server's latency). No Accept-Encoding, as autocannon sends none.
 */
async function probe(url: string, timeoutMs: number): Promise<{ ms: number | null; status: string }> {
  const t0 = performance.now();
  try {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.get(url, { agent: PROBE_AGENT, timeout: timeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
      request.on('error', reject);
    });
    const ms = performance.now() - t0;
    const items = (JSON.parse(body) as { items?: unknown[] }).items?.length ?? 0;
    return { ms, status: `HTTP ${status}, ${items} items` };
  } catch (error) {
    return { ms: null, status: `no answer within ${timeoutMs / 1000} s (${(error as Error).name})` };
  }
}

/** Slower than this on one request, an endpoint is probed once instead of load-tested. */
const PROBE_LIMIT_MS = 1000;

async function benchApi(file: string, options: ScaleOptions): Promise<Figure[]> {
  const figures: Figure[] = [];
  const { requests, concurrency, loadBudgetMs } = options;
  const searchUrls = (base: string) => SEARCH_TERMS.map((q) => `${base}/api/search?q=${encodeURIComponent(q)}&limit=50`);
  const pairUrls = (base: string) =>
    FICTION_CODES.map((code, i) => `${base}/api/timeline?actor=${code}&actor=${FICTION_CODES[(i + 1) % FICTION_CODES.length]}`);
  const endpoints: { metric: string; urls: (base: string) => string[] }[] = [
    { metric: '/api/search p95 (10 queries)', urls: searchUrls },
    { metric: '/api/timeline?actor=A&actor=B p95', urls: pairUrls },
    { metric: '/api/timeline?actor=A p95', urls: (base) => FICTION_CODES.map((code) => `${base}/api/timeline?actor=${code}`) },
    { metric: '/api/timeline (unfiltered, as the UI opens) p95', urls: (base) => [`${base}/api/timeline`] },
  ];
  for (const endpoint of endpoints) {
    // A fresh server per endpoint: a request still computing after a timeout cannot delay the next.
    const server = await startServer(file);
    try {
      const urls = endpoint.urls(server.base);
      // First answers: each URL once, in turn, on a fresh server (nothing cached): what a
      // user waits for a page nobody has asked for since the store last changed.
      // The server's code is warmed first by a neighbouring page (another offset or limit,
      // so another cache key): a server answers many requests after it starts, not one.
      const first = urls[0] as string;
      await probe(
        first.includes('limit=') ? first.replace(/limit=\d+/, 'limit=49') : `${first}${first.includes('?') ? '&' : '?'}offset=1`,
        options.probeTimeoutMs,
      );
      const cold: number[] = [];
      let stuck: { url: string; status: string } | null = null;
      for (const url of urls) {
        const answer = await probe(url, options.probeTimeoutMs);
        if (answer.ms === null || answer.ms > PROBE_LIMIT_MS) {
          stuck = { url, status: answer.ms === null ? answer.status : `${answer.ms.toFixed(0)} ms, ${answer.status}` };
          break;
        }
        cold.push(answer.ms);
      }
      if (stuck) {
        say(`api: ${endpoint.metric}: too slow to load-test (${stuck.status})`);
        figures.push({
          bench: 'api',
          metric: endpoint.metric,
          value: null,
          unit: 'ms',
          target: '≤ 50',
          pass: false,
          note: `one request (too slow to load-test): ${stuck.url}: ${stuck.status}`,
        });
        continue;
      }
      const coldP95 = quantile(cold, 0.95);
      say(`api: ${endpoint.metric}: first answers ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      figures.push({
        bench: 'api',
        metric: `${endpoint.metric.replace(/ p95.*$/, '')} first answer p95 (nothing cached)`,
        value: coldP95,
        unit: 'ms',
        target: '≤ 50',
        pass: coldP95 <= 50,
        spread: `max ${Math.max(...cold).toFixed(1)} (n=${cold.length}, one at a time)`,
        note: 'each URL once on a fresh server: the answer computed, not read from the cache',
      });
      await runLoad(urls, Math.max(concurrency, urls.length * 2), concurrency, loadBudgetMs);
      const result = await runLoad(urls, requests, concurrency, loadBudgetMs);
      const load = loadFigure(endpoint.metric, result, concurrency);
      figures.push({ ...load, note: `${load.note}; answers cached after their first` });
    } finally {
      server.stop();
    }
  }
  return figures;
}

// ---------------------------------------------------------------- story clustering

/** What src/cluster's StoryIndex takes: `{id, text, published, entities}`. */
interface StoryIndexLike {
  add(doc: { id: string; text: string; published: string | null; entities: string[] }): unknown;
}

/** A stored document as story clustering sees it. */
function toStoryInput(doc: Document): { id: string; text: string; published: string | null; entities: string[] } {
  return { id: doc.id, text: doc.text, published: doc.meta.published?.start ?? null, entities: doc.entities.map((e) => e.kb ?? e.id) };
}

/** (f) time per added document at N/10 and N documents. */
export async function benchCluster(total: number, budgetMs: number): Promise<Figure[]> {
  const { createStoryIndex } = await importEngine<typeof import('../src/cluster/index.js')>('cluster/index');
  const index: StoryIndexLike = createStoryIndex();
  const small = Math.round(total / 10);
  const window = Math.max(100, Math.min(2000, Math.round(small / 2)));
  const times = new Float64Array(total);
  // CPU time as well as wall time: the two windows are minutes apart, and on a shared
  // machine other processes can slow one of them; the process's CPU time is its own cost.
  const cpuTimes = new Float64Array(total);
  const start = performance.now();
  let added = 0;
  for (let i = 0; i < total; i++) {
    const doc = toStoryInput(synthesizeDocument(i, SCALE_SEED + 1));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    index.add(doc);
    times[i] = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    cpuTimes[i] = (c1.user + c1.system) / 1000;
    added++;
    if (performance.now() - start > budgetMs) break;
  }
  const figures: Figure[] = [];
  // Stopped early by the budget: the growth is measured up to the documents reached.
  const reached = added;
  const atSmall = (series: Float64Array): number | null => (reached >= small ? windowMean(series, small - window, small) : null);
  const atReached = (series: Float64Array): number | null =>
    reached >= small + window ? windowMean(series, reached - window, reached) : null;
  const µs = (ms: number | null): number | null => (ms === null ? null : ms * 1000);
  const [wallSmall, wallReached, cpuSmall, cpuReached] = [atSmall(times), atReached(times), atSmall(cpuTimes), atReached(cpuTimes)];
  const wallRatio = wallSmall !== null && wallReached !== null ? wallReached / wallSmall : null;
  const cpuRatio = cpuSmall !== null && cpuReached !== null ? cpuReached / cpuSmall : null;
  figures.push(
    {
      bench: 'cluster',
      metric: `time per added doc at ${small}`,
      value: µs(wallSmall),
      unit: 'µs',
      note: `CPU ${µs(cpuSmall)?.toFixed(0) ?? 'n/a'} µs`,
    },
    {
      bench: 'cluster',
      metric: `time per added doc at ${reached}`,
      value: µs(wallReached),
      unit: 'µs',
      note: `CPU ${µs(cpuReached)?.toFixed(0) ?? 'n/a'} µs; ${
        reached < total
          ? `STOPPED at ${reached} of ${total} docs after the ${budgetMs / 1000} s budget`
          : `${((performance.now() - start) / 1000).toFixed(0)} s in all`
      }`,
    },
    {
      bench: 'cluster',
      metric: `growth ${small}→${reached} (CPU time per added doc)`,
      value: cpuRatio,
      unit: '×',
      target: '≤ 2',
      pass: cpuRatio !== null && cpuRatio <= 2 && reached === total,
      note: `wall time: ${wallRatio?.toFixed(2) ?? 'n/a'}×`,
    },
  );
  return figures;
}

/**
 * (g) batch story clustering (`dateline cluster`: fifteen one-pass runs and eighteen
 * neighbour-graph runs combined): CPU time per document for a batch of N/10 and of N
 * documents, and its growth (neighbours come from capped postings, and the consensus
 * compares only pages that shared a story in some run, so it must stay linear).
 */
export async function benchClusterBatch(total: number): Promise<Figure[]> {
  const { clusterDocuments, DEFAULT_STORY_OPTIONS } = await importEngine<typeof import('../src/cluster/index.js')>('cluster/index');
  const docs = Array.from({ length: total }, (_, i) => toStoryInput(synthesizeDocument(i, SCALE_SEED + 2)));
  const small = Math.round(total / 10);
  const cpuPerDoc = (batch: readonly ReturnType<typeof toStoryInput>[]): number => {
    const c0 = process.cpuUsage();
    clusterDocuments(batch);
    const c1 = process.cpuUsage(c0);
    return (c1.user + c1.system) / 1000 / batch.length;
  };
  const atSmall = cpuPerDoc(docs.slice(0, small));
  const atTotal = cpuPerDoc(docs);
  const ratio = atTotal / atSmall;
  const options = DEFAULT_STORY_OPTIONS;
  const graphRuns = options.graphNeighbours.length * options.graphPowers.length * options.graphDensities.length;
  const runs = `${options.consensusRuns} + ${graphRuns}`;
  return [
    {
      bench: 'cluster',
      metric: `batch (${runs} runs): CPU per doc, ${small} docs`,
      value: atSmall,
      unit: 'ms',
      note: `${(1000 / atSmall).toFixed(0)} docs/s`,
    },
    {
      bench: 'cluster',
      metric: `batch (${runs} runs): CPU per doc, ${total} docs`,
      value: atTotal,
      unit: 'ms',
      note: `${(1000 / atTotal).toFixed(0)} docs/s`,
    },
    { bench: 'cluster', metric: `batch growth ${small}→${total} (CPU per doc)`, value: ratio, unit: '×', target: '≤ 2', pass: ratio <= 2 },
  ];
}
