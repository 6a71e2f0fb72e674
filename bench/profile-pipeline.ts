/**
 * Profiling aid: runs the whole pipeline over generated pages so `node --cpu-prof` can show
 * where the time goes. `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-pipeline.ts [N]`
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePages } from './corpus.js';
import { fictionConfig, toRawPage } from './pages.js';

const count = Number(process.argv[2] ?? 1000);
const pipeline = await import('../src/pipeline.js');
await pipeline.preparePipeline();
const config = fictionConfig(mkdtempSync(path.join(os.tmpdir(), 'dateline-prof-')));
const pages = [...generatePages(count, 7, 6000)].map(toRawPage);
const t0 = performance.now();
for (const raw of pages) pipeline.processPage(raw, { config });
const ms = performance.now() - t0;
process.stderr.write(`${count} pages in ${ms.toFixed(0)} ms: ${((count / ms) * 1000).toFixed(1)} docs/s\n`);
