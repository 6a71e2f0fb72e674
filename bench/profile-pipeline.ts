/**
 * Profiling aid: runs the whole pipeline over generated pages so `node --cpu-prof` can show
 * where the time goes, and prints the wall time per page of extraction and of each stage.
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-pipeline.ts [N]`
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document } from '../src/core/document.js';
import { generatePages } from './corpus.js';
import { fictionConfig, timedStage, toRawPage } from './pages.js';

const count = Number(process.argv[2] ?? 1000);
const pipeline = await import('../src/pipeline.js');
const { runStages } = await import('../src/core/stage.js');
const { extractPage } = await import('../src/extract/index.js');
await pipeline.preparePipeline();
const config = fictionConfig(mkdtempSync(path.join(os.tmpdir(), 'dateline-prof-')));
const pages = [...generatePages(count, 7, 6000)].map(toRawPage);
// Warm-up pages (another seed) so the figures are for compiled code, as in `npm run bench`.
for (const page of generatePages(150, 3, 6000)) pipeline.processPage(toRawPage(page), { config });
const times = new Map<string, number>();
const stages = pipeline.stagesFor(config).map((stage) => timedStage(stage, times));
const t0 = performance.now();
for (const raw of pages) {
  const e0 = performance.now();
  const doc = extractPage(raw, pipeline.PIPELINE_VERSION);
  times.set('extract', (times.get('extract') ?? 0) + performance.now() - e0);
  if ((doc as { status?: string }).status !== 'refused') runStages(doc as Document, stages, { config });
}
const ms = performance.now() - t0;
process.stderr.write(`${count} pages in ${ms.toFixed(0)} ms: ${((count / ms) * 1000).toFixed(1)} docs/s\n`);
for (const [name, total] of times) process.stderr.write(`  ${name.padEnd(20)} ${(total / count).toFixed(3)} ms/page\n`);
