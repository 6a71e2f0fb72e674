/**
 * Child process of the memory benchmark: extracts `count` generated pages one at a time
 * (streaming, as ingest does) and prints its peak memory as one JSON line.
 *
 *   node --import tsx bench/memory-child.ts COUNT [SEED]
 */
import { generatePages } from './corpus.js';
import { importEngine, maxRssMb, rssMb } from './lib.js';
import { toRawPage } from './pages.js';

/** How often (in pages) the resident set size is sampled; the loop is synchronous. */
const SAMPLE_EVERY = 50;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? '2000');
  const seed = Number(process.argv[3] ?? '1');
  const { extractPage } = await importEngine<typeof import('../src/extract/index.js')>('extract/index');
  const { prepareLanguageDetector } = await importEngine<typeof import('../src/extract/language.js')>('extract/language');
  await prepareLanguageDetector();
  for (const page of generatePages(200, seed + 99)) extractPage(toRawPage(page), 'bench');
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baselineHeapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const baselineRssMb = rssMb();
  let peak = baselineRssMb;
  let n = 0;
  const t0 = performance.now();
  for (const page of generatePages(count, seed)) {
    extractPage(toRawPage(page), 'bench');
    if (++n % SAMPLE_EVERY === 0) peak = Math.max(peak, rssMb());
  }
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, rssMb());
  // Heap still reachable after a full collection: what the run retained, apart from how
  // lazily V8 returns memory (RSS peaks grow with V8's heap sizing even when nothing is kept).
  gc?.();
  const retainedHeapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const report = { pages: count, maxRssMb: maxRssMb(), sampledPeakRssMb: peak, baselineRssMb, baselineHeapMb, retainedHeapMb, seconds };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
