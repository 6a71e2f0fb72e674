/**
 * Page-level benchmarks: text-page extraction, the whole pipeline (with a per-stage
 * breakdown) and ingest into SQLite. Pages come from the generator in batches; only the
 * work on a batch is timed, never the generation of its pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document, Refusal } from '../src/core/document.js';
import type { Stage, StageContext, StageOutput } from '../src/core/stage.js';
import type { RawPage } from '../src/ingest/raw-page.js';
import { fictionActors, type GeneratedPage, generatePage, generatePages } from './corpus.js';
import { cpuMs, describeSpread, type Figure, importEngine, maxRssMb, median, runChild, say } from './lib.js';

/** Seed of the timed corpus; warm-up pages use another seed, so they are different pages. */
export const CORPUS_SEED = 20_260_101;
const WARM_UP_SEED = 7;

/** A generated page as ingest would hand it to extraction. */
export function toRawPage(page: GeneratedPage): RawPage {
  return {
    origin: { name: page.name, kind: 'file' },
    source: page.text,
    encoding: 'utf-8',
    format: 'text',
    byteLength: Buffer.byteLength(page.text),
  };
}

function makeBatch(start: number, size: number, targetBytes: number): RawPage[] {
  const batch: RawPage[] = [];
  for (let i = start; i < start + size; i++) batch.push(toRawPage(generatePage(i, CORPUS_SEED, targetBytes)));
  return batch;
}

/**
 * Writes the fictional countries of the corpus as an actor file in a temporary folder and
 * returns the stage config naming it (as `--actors` would): without it the event stage finds
 * no known parties on fictional pages and would be measured doing almost nothing.
 */
export function fictionConfig(root: string): { actorsFile: string } {
  const actorsFile = path.join(root, 'fiction-actors.json');
  writeFileSync(actorsFile, JSON.stringify(fictionActors()));
  return { actorsFile };
}

function isRefused(outcome: Document | Refusal): boolean {
  return (outcome as Refusal).status === 'refused';
}

/** (a) extractPage over `count` generated 5 KB text pages, timed batch by batch. */
export async function benchExtract(count: number, batchSize = 500): Promise<Figure[]> {
  const { extractPage } = await importEngine<typeof import('../src/extract/index.js')>('extract/index');
  const { prepareLanguageDetector } = await importEngine<typeof import('../src/extract/language.js')>('extract/language');
  await prepareLanguageDetector();
  for (const page of generatePages(300, WARM_UP_SEED)) extractPage(toRawPage(page), 'bench');
  let ms = 0;
  let cpu = 0;
  let bytes = 0;
  let refused = 0;
  let textChars = 0;
  const rates: number[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const batch = makeBatch(start, Math.min(batchSize, count - start), 5000);
    const c0 = cpuMs();
    const t0 = performance.now();
    for (const raw of batch) {
      const outcome = extractPage(raw, 'bench');
      if (isRefused(outcome)) refused++;
      else textChars += (outcome as Document).text.length;
    }
    const elapsed = performance.now() - t0;
    cpu += cpuMs() - c0;
    ms += elapsed;
    for (const raw of batch) bytes += raw.byteLength;
    rates.push((batch.length / elapsed) * 1000);
  }
  const pagesPerSecond = (count / ms) * 1000;
  say(`extract: ${count} pages in ${(ms / 1000).toFixed(1)} s`);
  return [
    {
      bench: 'extract',
      metric: 'text pages/s (one thread)',
      value: pagesPerSecond,
      unit: 'pages/s',
      target: '≥ 2000',
      pass: pagesPerSecond >= 2000,
      spread: `batch median ${Math.round(median(rates))}, ${describeSpread(rates)}`,
      note: `${count} pages, avg ${(bytes / count / 1000).toFixed(1)} KB`,
    },
    {
      bench: 'extract',
      metric: 'text pages per CPU-second',
      value: (count / cpu) * 1000,
      unit: 'pages/s',
      note: 'process CPU time (incl. GC threads): less sensitive to other load on the machine',
    },
    { bench: 'extract', metric: 'throughput', value: bytes / 1e6 / (ms / 1000), unit: 'MB/s' },
    { bench: 'extract', metric: 'mean time per page', value: ms / count, unit: 'ms' },
    {
      bench: 'extract',
      metric: 'pages refused',
      value: refused,
      unit: 'pages',
      note: `article text kept: ${((textChars / Math.max(1, bytes)) * 100).toFixed(0)}% of page characters`,
    },
  ];
}

/** What the memory child reports. */
export interface MemoryReport {
  readonly pages: number;
  readonly maxRssMb: number;
  readonly sampledPeakRssMb: number;
  readonly baselineRssMb: number;
  readonly baselineHeapMb: number;
  readonly retainedHeapMb: number;
  readonly seconds: number;
}

/** (b) peak memory of extraction over growing page counts, each in its own process. */
export async function benchMemory(counts: readonly number[]): Promise<Figure[]> {
  const reports: MemoryReport[] = [];
  for (const count of counts) {
    say(`memory: child extracting ${count} pages`);
    reports.push(await runChild<MemoryReport>('memory-child.ts', [String(count), String(CORPUS_SEED)], 15 * 60_000, ['--expose-gc']));
  }
  const figures: Figure[] = reports.map((r) => ({
    bench: 'memory',
    metric: `peak RSS, ${r.pages} pages`,
    value: r.maxRssMb,
    unit: 'MB',
    note: `sampled peak ${r.sampledPeakRssMb.toFixed(0)} MB, after warm-up ${r.baselineRssMb.toFixed(0)} MB; heap after full GC ${r.baselineHeapMb.toFixed(0)} → ${r.retainedHeapMb.toFixed(0)} MB; ${r.seconds.toFixed(1)} s`,
  }));
  const first = reports[0];
  const last = reports[reports.length - 1];
  if (first && last && reports.length > 1) {
    const ratio = last.maxRssMb / first.maxRssMb;
    figures.push({
      bench: 'memory',
      metric: `peak ratio ${last.pages}/${first.pages} pages`,
      value: ratio,
      unit: '×',
      target: '≤ 1.2',
      pass: ratio <= 1.2,
    });
    const heapRatio = last.retainedHeapMb / first.retainedHeapMb;
    figures.push({
      bench: 'memory',
      metric: `retained heap ratio ${last.pages}/${first.pages} pages`,
      value: heapRatio,
      unit: '×',
      target: '≤ 1.2',
      pass: heapRatio <= 1.2,
      note: 'heap used after a full GC at the end of each run: what streaming actually keeps',
    });
  }
  return figures;
}

/** Wraps a stage so its run time is added to `times` under its name. */
/** Wraps a stage so that each run adds its wall time in ms to `times` under the stage's name. */
export function timedStage(stage: Stage, times: Map<string, number>): Stage {
  return {
    name: stage.name,
    requires: stage.requires,
    produces: stage.produces,
    run(doc: Document, ctx: StageContext): StageOutput {
      const t0 = performance.now();
      const output = stage.run(doc, ctx);
      times.set(stage.name, (times.get(stage.name) ?? 0) + performance.now() - t0);
      return output;
    },
  };
}

/**
 * The stages, in pipeline order, that producing `produced` takes: the stage that makes it and,
 * transitively, every stage making what those require. Empty when no stage makes it.
 */
export function stagesNeededFor(stages: readonly Stage[], produced: Stage['produces'][number]): Stage[] {
  const wanted = new Set<string>([produced]);
  const needed: Stage[] = [];
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i] as Stage;
    if (!stage.produces.some((p) => wanted.has(p))) continue;
    needed.unshift(stage);
    for (const r of stage.requires) wanted.add(r);
  }
  return needed;
}

/** The pipeline's stage list, whether it is exported as `stagesFor()` or as `STAGES`. */
function stagesOf(pipeline: object, config: { actorsFile: string }): readonly Stage[] {
  const mod = pipeline as { stagesFor?: (config: object) => readonly Stage[]; STAGES?: readonly Stage[] };
  const stages = mod.stagesFor?.(config) ?? mod.STAGES;
  if (!stages) throw new Error('src/pipeline.ts exports neither stagesFor() nor STAGES');
  return stages;
}

/** (c) processPage (extract + every annotation stage) over 5 KB articles, plus a per-stage breakdown. */
export async function benchPipeline(count: number, breakdownCount: number, batchSize = 250): Promise<Figure[]> {
  const pipeline = await importEngine<typeof import('../src/pipeline.js')>('pipeline');
  const { runStages } = await importEngine<typeof import('../src/core/stage.js')>('core/stage');
  const { extractPage } = await importEngine<typeof import('../src/extract/index.js')>('extract/index');
  await pipeline.preparePipeline();
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-pipeline-'));
  const config = fictionConfig(root);
  const options = { config };
  // Pages of about 6 KB carry article bodies of about 5 KB (the rest is furniture).
  const targetBytes = 6000;
  for (const page of generatePages(100, WARM_UP_SEED, targetBytes)) pipeline.processPage(toRawPage(page), options);
  let ms = 0;
  let cpu = 0;
  let refused = 0;
  let textChars = 0;
  let quotes = 0;
  let events = 0;
  const rates: number[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const batch = makeBatch(start, Math.min(batchSize, count - start), targetBytes);
    const c0 = cpuMs();
    const t0 = performance.now();
    // Each page is counted and let go at once, as an ingest stores and drops it: holding a
    // batch of 250 finished documents made the collector promote and re-mark them.
    for (const raw of batch) {
      const outcome = pipeline.processPage(raw, options);
      if (isRefused(outcome)) {
        refused++;
        continue;
      }
      const doc = outcome as Document;
      textChars += doc.text.length;
      quotes += doc.layers.quotes?.length ?? 0;
      events += doc.layers.events?.length ?? 0;
    }
    const elapsed = performance.now() - t0;
    cpu += cpuMs() - c0;
    ms += elapsed;
    rates.push((batch.length / elapsed) * 1000);
  }
  const docsPerSecond = (count / ms) * 1000;
  say(`pipeline: ${count} pages in ${(ms / 1000).toFixed(1)} s`);

  // Breakdown: the same work, split into extraction and each stage.
  const times = new Map<string, number>();
  const pipelineStages = stagesOf(pipeline, config);
  const stages = pipelineStages.map((s) => timedStage(s, times));
  let extractMs = 0;
  let kept = 0;
  const breakdownTexts: string[] = [];
  for (let start = 0; start < breakdownCount; start += batchSize) {
    const batch = makeBatch(start, Math.min(batchSize, breakdownCount - start), targetBytes);
    for (const raw of batch) {
      const t0 = performance.now();
      const outcome = extractPage(raw, pipeline.PIPELINE_VERSION);
      extractMs += performance.now() - t0;
      if (isRefused(outcome)) continue;
      kept++;
      if (breakdownTexts.length < COMPROMISE_DOCS) breakdownTexts.push((outcome as Document).text);
      runStages(outcome as Document, stages, { config });
    }
  }
  const perDoc = (name: string): number => (times.get(name) ?? 0) / breakdownCount;
  const figures: Figure[] = [
    {
      bench: 'pipeline',
      metric: 'whole pipeline docs/s (one thread)',
      value: docsPerSecond,
      unit: 'docs/s',
      target: '≥ 200',
      pass: docsPerSecond >= 200,
      spread: `batch median ${Math.round(median(rates))}, ${describeSpread(rates)}`,
      note: `${count} pages, fictional actor file as --actors; avg article ${(textChars / Math.max(1, count - refused) / 1000).toFixed(1)} KB; stages: ${pipelineStages.map((s) => s.name).join(', ')}`,
    },
  ];
  figures.push({
    bench: 'pipeline',
    metric: 'whole pipeline docs per CPU-second',
    value: (count / cpu) * 1000,
    unit: 'docs/s',
    note: 'process CPU time (incl. GC threads)',
  });
  // A user who wants entities (or quotes) runs extraction and the stages they need, not
  // every stage that happens to come earlier in the order: sum those, from the breakdown.
  const upTo = (produced: Stage['produces'][number]): { ms: number; stages: readonly Stage[] } | null => {
    const needed = stagesNeededFor(pipelineStages, produced);
    if (needed.length === 0) return null;
    return { ms: extractMs / breakdownCount + needed.reduce((sum, s) => sum + perDoc(s.name), 0), stages: needed };
  };
  const entities = upTo('entities');
  const entitiesMs = entities?.ms ?? null;
  const peer = await benchCompromise(breakdownTexts.slice(0, COMPROMISE_DOCS));
  if (entities) {
    const rate = 1000 / entities.ms;
    figures.push({
      bench: 'pipeline',
      metric: 'extract→entities docs/s',
      value: rate,
      unit: 'docs/s',
      target: '≥ 300',
      pass: rate >= 300,
      note: `extract + the stages entities need (${entities.stages.map((st) => st.name).join(', ')}), from the breakdown`,
    });
  }
  figures.push({
    bench: 'pipeline',
    metric: 'peer: compromise people+places+orgs docs/s',
    value: peer.docsPerSecond,
    unit: 'docs/s',
    note: `compromise ${peer.version} over the same ${peer.docs} article texts, same run${entitiesMs !== null ? `; dateline extract→entities is ${(1000 / entitiesMs / peer.docsPerSecond).toFixed(1)}× its rate` : ''}`,
  });
  const quoteStages = upTo('quotes');
  figures.push(
    quoteStages
      ? {
          bench: 'pipeline',
          metric: 'extract→quotes docs/s',
          value: 1000 / quoteStages.ms,
          unit: 'docs/s',
          target: '≥ 300',
          pass: 1000 / quoteStages.ms >= 300,
          note: `extract + the stages quotes need (${quoteStages.stages.map((st) => st.name).join(', ')}), from the breakdown`,
        }
      : {
          bench: 'pipeline',
          metric: 'extract→quotes docs/s',
          value: null,
          unit: 'docs/s',
          target: '≥ 300',
          note: 'no stage produces quotes yet',
        },
  );
  figures.push({
    bench: 'pipeline',
    metric: 'ms/doc extract',
    value: extractMs / breakdownCount,
    unit: 'ms',
    note: `breakdown over ${breakdownCount} pages (${kept} articles)`,
  });
  for (const stage of pipelineStages)
    figures.push({ bench: 'pipeline', metric: `ms/doc ${stage.name}`, value: perDoc(stage.name), unit: 'ms' });
  figures.push(
    { bench: 'pipeline', metric: 'quotes per article', value: quotes / Math.max(1, count - refused), unit: '' },
    { bench: 'pipeline', metric: 'events per article', value: events / Math.max(1, count - refused), unit: '' },
    { bench: 'pipeline', metric: 'pages refused', value: refused, unit: 'pages' },
    { bench: 'pipeline', metric: 'peak RSS so far', value: maxRssMb(), unit: 'MB' },
  );
  rmSync(root, { recursive: true, force: true });
  return figures;
}

/**
 * The peer of the entities issue: compromise's people, places and organisations over the
 * same article texts (what a user would otherwise run for "who is named here"). About 40
 * documents/s on 5 KB articles, so a few hundred documents give a stable rate.
 */
const COMPROMISE_DOCS = 300;

async function benchCompromise(texts: readonly string[]): Promise<{ docsPerSecond: number; docs: number; version: string }> {
  const { default: nlp } = (await import('compromise')) as unknown as {
    default: ((text: string) => { people(): Named; places(): Named; organizations(): Named }) & { version: string };
  };
  type Named = { out(format: 'array'): string[] };
  for (const text of texts.slice(0, 20)) nlp(text).people().out('array');
  let names = 0;
  const t0 = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    names += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  const ms = performance.now() - t0;
  say(`compromise: ${texts.length} texts in ${(ms / 1000).toFixed(1)} s (${names} names)`);
  return { docsPerSecond: (texts.length / ms) * 1000, docs: texts.length, version: nlp.version };
}

/** (d) ingestPaths over a temporary folder of generated files into a fresh SQLite file. */
export async function benchIngest(count: number): Promise<Figure[]> {
  const { openDatabase } = await importEngine<typeof import('../src/store/database.js')>('store/database');
  const { DocumentStore } = await importEngine<typeof import('../src/store/repository.js')>('store/repository');
  const { ingestPaths } = await importEngine<typeof import('../src/serve/service/ingest.js')>('serve/service/ingest');
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-ingest-'));
  try {
    const input = path.join(root, 'pages');
    mkdirSync(input);
    let bytes = 0;
    for (const page of generatePages(count, CORPUS_SEED + 1)) {
      writeFileSync(path.join(input, page.name), page.text);
      bytes += page.text.length;
    }
    const db = openDatabase(path.join(root, 'db', 'bench.db'));
    const store = new DocumentStore(db);
    const now = () => new Date('2026-01-01T00:00:00Z');
    // Warm-up on other pages (module loads, the language model, prepared statements).
    const warm = path.join(root, 'warm');
    mkdirSync(warm);
    for (const page of generatePages(50, WARM_UP_SEED)) writeFileSync(path.join(warm, page.name), page.text);
    const config = fictionConfig(root);
    await ingestPaths(store, [warm], { now, config });
    say(`ingest: ${count} files`);
    const t0 = performance.now();
    const first = await ingestPaths(store, [input], { now, config });
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    const second = await ingestPaths(store, [input], { now, config });
    const secondMs = performance.now() - t1;
    db.close();
    const rate = (count / firstMs) * 1000;
    return [
      {
        bench: 'ingest',
        metric: 'ingest pages/s (read+extract+annotate+store)',
        value: rate,
        unit: 'pages/s',
        note: `${count} files, ${(bytes / 1e6).toFixed(1)} MB; stored ${first.stored}, refused ${first.refused}, failed ${first.failures.length}`,
      },
      {
        bench: 'ingest',
        metric: 're-ingest (all unchanged) pages/s',
        value: (count / secondMs) * 1000,
        unit: 'pages/s',
        note: `unchanged ${second.unchanged}`,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
