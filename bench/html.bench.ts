/**
 * HTML extraction benchmark: dateline's `extractHtml` against @mozilla/readability on
 * linkedom over the same WCXB development pages, in the same run. Each engine runs in its
 * own child process (so peak RSS/heap are its own), after a warm-up over the first pages.
 * Prints a table and one JSON line.
 *
 *   npm run bench:html [-- --limit 400]
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { loadWcxbPages } from '../src/eval/wcxb/index.js';
import { importEngine } from './lib.js';

type Engine = 'dateline' | 'readability';

interface EngineFigures {
  readonly engine: Engine;
  readonly pages: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly maxMs: number;
  readonly pagesPerSecond: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  readonly failures: number;
}

/** Warm-up pages run before timing (JIT, lazy module loads). */
const WARM_UP_PAGES = 20;
const { extractHtml } = await importEngine<typeof import('../src/extract/html/index.js')>('extract/html/index');
// The body's language is detected as in a run (the detector is loaded once, before timing).
const { prepareLanguageDetector } = await importEngine<typeof import('../src/extract/language.js')>('extract/language');
await prepareLanguageDetector();

function readArg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function wrapFragment(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Pages on which Readability threw (linkedom trees it does not expect); counted, not fatal. */
let readabilityFailures = 0;

function runReadability(html: string): string {
  try {
    const { document } = parseHTML(wrapFragment(html));
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.textContent ?? '';
  } catch {
    readabilityFailures++;
    return '';
  }
}

function runDateline(html: string, url: string): string {
  const result = extractHtml(html, { url });
  return result.kind === 'article' ? result.text : '';
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length > 0 ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : 0;
}

/** Times one engine over the pages in this process. */
function measure(engine: Engine, limit: number): EngineFigures {
  const pages = loadWcxbPages({ limit });
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    if (engine === 'dateline') runDateline(page.html, page.url);
    else runReadability(page.html);
  }
  const times: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (const page of pages) {
    const t0 = performance.now();
    if (engine === 'dateline') runDateline(page.html, page.url);
    else runReadability(page.html);
    times.push(performance.now() - t0);
    const mem = process.memoryUsage();
    if (mem.rss > peakRss) peakRss = mem.rss;
    if (mem.heapUsed > peakHeap) peakHeap = mem.heapUsed;
  }
  const totalMs = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    engine,
    pages: pages.length,
    medianMs: quantile(times, 0.5),
    p90Ms: quantile(times, 0.9),
    maxMs: times[times.length - 1] ?? 0,
    pagesPerSecond: pages.length / (totalMs / 1000),
    peakRssMb: peakRss / 1e6,
    peakHeapMb: peakHeap / 1e6,
    failures: engine === 'readability' ? readabilityFailures : 0,
  };
}

function runChild(engine: Engine, limit: number): EngineFigures {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--engine', engine, '--limit', String(limit)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench child for ${engine} failed (exit ${child.status}): ${child.stderr}`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as EngineFigures;
}

/**
 * Times both engines page by page in this process, alternating, so that a change in
 * machine load hits both alike (the ratio is the figure that matters).
 */
function measureInterleaved(limit: number): { dateline: number[]; readability: number[]; totalMs: Record<Engine, number> } {
  const pages = loadWcxbPages({ limit });
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    runDateline(page.html, page.url);
    runReadability(page.html);
  }
  const dateline: number[] = [];
  const readability: number[] = [];
  for (const page of pages) {
    let t0 = performance.now();
    runDateline(page.html, page.url);
    dateline.push(performance.now() - t0);
    t0 = performance.now();
    runReadability(page.html);
    readability.push(performance.now() - t0);
  }
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  return { dateline, readability, totalMs: { dateline: sum(dateline), readability: sum(readability) } };
}

function main(): void {
  const limit = Number(readArg('--limit') ?? 1497);
  const engine = readArg('--engine') as Engine | undefined;
  if (engine) {
    console.log(JSON.stringify(measure(engine, limit)));
    return;
  }
  // Peak memory: each engine alone in a child process. Speed: both in this process,
  // interleaved page by page.
  const memory = { dateline: runChild('dateline', limit), readability: runChild('readability', limit) };
  const timed = measureInterleaved(limit);
  const figures = (name: Engine): EngineFigures => {
    const times = [...timed[name]].sort((a, b) => a - b);
    return {
      ...memory[name],
      medianMs: quantile(times, 0.5),
      p90Ms: quantile(times, 0.9),
      maxMs: times[times.length - 1] ?? 0,
      pagesPerSecond: times.length / (timed.totalMs[name] / 1000),
    };
  };
  const dateline = figures('dateline');
  const readability = figures('readability');
  const rows = [dateline, readability];
  const header = ['engine', 'pages', 'median ms', 'p90 ms', 'max ms', 'pages/s', 'peak RSS MB', 'peak heap MB', 'threw'];
  const table = rows.map((r) => [
    r.engine,
    String(r.pages),
    r.medianMs.toFixed(2),
    r.p90Ms.toFixed(2),
    r.maxMs.toFixed(1),
    r.pagesPerSecond.toFixed(1),
    r.peakRssMb.toFixed(0),
    r.peakHeapMb.toFixed(0),
    String(r.failures),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
  const fmt = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}; WCXB dev pages (${limit} max), warm-up ${WARM_UP_PAGES}; times interleaved in one process, peak memory per engine in its own process (pages held in memory count in both)`,
  );
  console.log(fmt(header));
  for (const row of table) console.log(fmt(row));
  const speedup = readability.medianMs / Math.max(dateline.medianMs, 1e-9);
  console.log(`median speed-up (readability / dateline): ${speedup.toFixed(1)}x (target >= 5x)`);
  console.log(
    JSON.stringify({
      bench: 'html',
      dateline,
      readability,
      medianSpeedup: speedup,
      throughputRatio: dateline.pagesPerSecond / readability.pagesPerSecond,
    }),
  );
}

main();
