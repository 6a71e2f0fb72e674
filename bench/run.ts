/**
 * dateline's benchmark suite: `npm run bench [-- --quick] [-- --only NAME[,NAME]]`.
 *
 *   extract   text-page extraction over ≥ 10,000 generated 5 KB pages (pages/s, MB/s)
 *   memory    peak RSS of extraction over 2,000 / 10,000 / 20,000 pages, each in a child process
 *   pipeline  processPage (extract + every annotation stage) on 5 KB articles, per-stage breakdown
 *   ingest    ingestPaths over a temporary folder of generated files into SQLite
 *   scale     100,000 synthetic documents: insert growth, search p95, API p95 on loopback
 *   cluster   story clustering, time per added document at 10,000 vs 100,000 (when src/cluster exists),
 *             and batch clustering (dateline cluster) per document at 500 vs 5,000
 *
 * Pages are fiction, generated on the fly by bench/corpus.ts. Progress goes to stderr;
 * stdout gets a table, then one JSON line with every figure and the machine.
 */

import { describeMachine, ENGINE, type Figure, formatNumber, say } from './lib.js';
import { benchExtract, benchIngest, benchMemory, benchPipeline } from './pages.js';
import { benchCluster, benchClusterBatch, benchScale } from './scale.js';

const BENCHES = ['extract', 'memory', 'pipeline', 'ingest', 'scale', 'cluster'] as const;
type BenchName = (typeof BENCHES)[number];

interface Settings {
  readonly extractPages: number;
  readonly memoryCounts: readonly number[];
  readonly pipelinePages: number;
  readonly breakdownPages: number;
  readonly ingestPages: number;
  readonly scaleDocuments: number;
  readonly requests: number;
  readonly concurrency: number;
  readonly loadBudgetMs: number;
  readonly buildBudgetMs: number;
  readonly probeTimeoutMs: number;
  readonly searchRounds: number;
  readonly clusterDocuments: number;
  readonly clusterBudgetMs: number;
  readonly clusterBatchDocuments: number;
}

/** Full run: the sizes the issues ask for (about 5–8 minutes on 2 cores). */
const FULL: Settings = {
  extractPages: 10_000,
  memoryCounts: [2_000, 10_000, 20_000],
  pipelinePages: 2_000,
  breakdownPages: 500,
  ingestPages: 2_000,
  scaleDocuments: 100_000,
  requests: 400,
  concurrency: 8,
  loadBudgetMs: 30_000,
  // 100,000 pages took 432 s on an idle machine in session 4; each save now also keeps the
  // timeline entries of the actions it touches (+0.4-1.2 ms CPU per page, migration 9).
  buildBudgetMs: 600_000,
  probeTimeoutMs: 30_000,
  searchRounds: 20,
  clusterDocuments: 100_000,
  clusterBudgetMs: 300_000,
  clusterBatchDocuments: 5_000,
};

/** Smoke run (< 60 s): the same code paths on small counts; targets are indicative only. */
const QUICK: Settings = {
  extractPages: 500,
  memoryCounts: [100, 500],
  pipelinePages: 100,
  breakdownPages: 50,
  ingestPages: 50,
  scaleDocuments: 1_000,
  requests: 40,
  concurrency: 4,
  loadBudgetMs: 3_000,
  buildBudgetMs: 8_000,
  probeTimeoutMs: 3_000,
  searchRounds: 5,
  clusterDocuments: 2_000,
  clusterBudgetMs: 5_000,
  clusterBatchDocuments: 500,
};

function parseArgs(argv: readonly string[]): { quick: boolean; only: Set<BenchName> } {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--only');
  const names = at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : [...BENCHES];
  for (const name of names) {
    if (!(BENCHES as readonly string[]).includes(name)) {
      process.stderr.write(`unknown benchmark "${name}"; expected one of ${BENCHES.join(', ')}\n`);
      process.exit(2);
    }
  }
  return { quick, only: new Set(names as BenchName[]) };
}

function runner(name: BenchName, s: Settings): () => Promise<Figure[]> {
  switch (name) {
    case 'extract':
      return () => benchExtract(s.extractPages);
    case 'memory':
      return () => benchMemory(s.memoryCounts);
    case 'pipeline':
      return () => benchPipeline(s.pipelinePages, s.breakdownPages);
    case 'ingest':
      return () => benchIngest(s.ingestPages);
    case 'scale':
      return () =>
        benchScale({
          documents: s.scaleDocuments,
          requests: s.requests,
          concurrency: s.concurrency,
          loadBudgetMs: s.loadBudgetMs,
          buildBudgetMs: s.buildBudgetMs,
          probeTimeoutMs: s.probeTimeoutMs,
          searchRounds: s.searchRounds,
        });
    case 'cluster':
      return async () => [
        ...(await benchCluster(s.clusterDocuments, s.clusterBudgetMs)),
        ...(await benchClusterBatch(s.clusterBatchDocuments)),
      ];
  }
}

function formatValue(f: Figure): string {
  if (f.value === null) return 'n/a';
  const digits = Math.abs(f.value) >= 100 ? 0 : Math.abs(f.value) >= 10 ? 1 : 2;
  return `${formatNumber(f.value, digits)} ${f.unit}`.trim();
}

function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.bench,
    f.metric,
    formatValue(f),
    f.target ?? '',
    f.pass === undefined ? '' : f.pass ? 'ok' : 'MISS',
    [f.spread, f.note].filter(Boolean).join('; '),
  ]);
  const head = ['bench', 'metric', 'value', 'target', '', 'spread / notes'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  widths[5] = 0;
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 5 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${line(head)}\n${line(widths.slice(0, 5).map((w) => '-'.repeat(w)))}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const settings = quick ? QUICK : FULL;
  const machine = describeMachine();
  say(`node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, engine ${ENGINE}/${quick ? ', quick run' : ''}`);
  const figures: Figure[] = [];
  const failed: { bench: string; error: string }[] = [];
  const started = performance.now();
  for (const name of BENCHES) {
    if (!only.has(name)) continue;
    say(`${name}: start`);
    const t0 = performance.now();
    try {
      figures.push(...(await runner(name, settings)()));
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error);
      failed.push({ bench: name, error: message });
      figures.push({ bench: name, metric: 'FAILED', value: null, unit: '', note: message.slice(0, 200) });
    }
    say(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  process.stdout.write(
    `\ndateline bench${quick ? ' (quick: small counts, targets indicative)' : ''} — engine ${ENGINE}/, node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, load average at start ${machine.loadAverage.join(' ')}, now ${describeMachine().loadAverage.join(' ')}\n\n`,
  );
  printTable(figures);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${JSON.stringify({ kind: 'dateline-bench', quick, engine: ENGINE, machine, seconds, figures, failed })}\n`);
  if (failed.length > 0) process.exitCode = 1;
}

await main();
