/**
 * Profiling aid: times one stage alone (process CPU time, 7 rounds) over prepared documents.
 * `node --import tsx bench/profile-stage.ts STAGE [N]`, e.g. `resolve/entities 400`.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document } from '../src/core/document.js';
import { generatePages } from './corpus.js';
import { fictionConfig, toRawPage } from './pages.js';

const name = process.argv[2] ?? 'resolve/entities';
const count = Number(process.argv[3] ?? 400);
const pipeline = await import('../src/pipeline.js');
const { runStages } = await import('../src/core/stage.js');
const { extractPage } = await import('../src/extract/index.js');
await pipeline.preparePipeline();
const config = fictionConfig(mkdtempSync(path.join(os.tmpdir(), 'dateline-sb-')));
const stages = pipeline.stagesFor(config);
const index = stages.findIndex((s) => s.name === name);
const before = stages.slice(0, index);
const stage = stages[index]!;
const docs = [...generatePages(count, 7, 6000)].map((p) => runStages(extractPage(toRawPage(p), 'x') as Document, before, { config }));
const rounds: number[] = [];
for (let r = 0; r < 7; r++) {
  const c0 = process.cpuUsage();
  for (const doc of docs) runStages(doc, [stage], { config });
  const c = process.cpuUsage(c0);
  rounds.push((c.user + c.system) / 1000 / count);
}
rounds.sort((a, b) => a - b);
console.log(`${name}: min ${rounds[0]!.toFixed(3)} median ${rounds[3]!.toFixed(3)} ms/page (CPU)`);
