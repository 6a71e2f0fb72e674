/**
 * Profiling aid: text-page extraction over generated pages, for `node --cpu-prof`.
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-extract.ts [N]`
 */
import { generatePages } from './corpus.js';
import { toRawPage } from './pages.js';

const count = Number(process.argv[2] ?? 5000);
const { extractPage } = await import('../src/extract/index.js');
const { prepareLanguageDetector } = await import('../src/extract/language.js');
await prepareLanguageDetector();
const pages = [...generatePages(count, 7, 5000)].map(toRawPage);
const t0 = performance.now();
for (const raw of pages) extractPage(raw, 'profile');
const ms = performance.now() - t0;
process.stderr.write(`${count} pages in ${ms.toFixed(0)} ms: ${((count / ms) * 1000).toFixed(1)} pages/s\n`);
