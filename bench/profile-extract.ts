/**
 * Profiling aid: text-page extraction over generated pages, split into the extractor and
 * language identification (process CPU time), and usable under `node --cpu-prof`.
 * `node --import tsx bench/profile-extract.ts [N]`
 */
import { generatePages } from './corpus.js';
import { toRawPage } from './pages.js';

const count = Number(process.argv[2] ?? 5000);
const { extractPage, extractResult } = await import('../src/extract/index.js');
const { detectLanguage, prepareLanguageDetector } = await import('../src/extract/language.js');
await prepareLanguageDetector();
const pages = [...generatePages(count, 7, 5000)].map(toRawPage);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const raw of pages.slice(0, 500)) extractPage(raw, 'profile');
let c0 = cpu();
const texts: string[] = [];
for (const raw of pages) {
  const result = extractResult(raw);
  if (result.kind === 'article') texts.push(result.text);
}
const extractorMs = cpu() - c0;
c0 = cpu();
for (const text of texts) detectLanguage(text);
const languageMs = cpu() - c0;
c0 = cpu();
for (const raw of pages) extractPage(raw, 'profile');
const wholeMs = cpu() - c0;
const per = (ms: number): string => `${((ms / count) * 1000).toFixed(0)} µs/page`;
process.stderr.write(
  `${count} pages: extractor ${per(extractorMs)}, language ${per(languageMs)}, extractPage ${per(wholeMs)} = ${((count / wholeMs) * 1000).toFixed(0)} pages per CPU-second\n`,
);
