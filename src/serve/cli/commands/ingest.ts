import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { listFolder } from '../../../ingest/read-inputs.js';
import { type IngestSummary, ingestPaths } from '../../service/ingest.js';
import { openStore } from '../context.js';
import { printJson, printLine } from '../output.js';

/** Counts the files the inputs name, for the progress bar's total (0 when unknown). */
async function countInputs(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const input of paths) {
    if (input === '-') return 0;
    try {
      total += statSync(input).isDirectory() ? (await listFolder(input)).length : 1;
    } catch {
      total += 1; // a missing input still shows up once, as a failure
    }
  }
  return total;
}

/** Prints an ingest summary for people. */
export function printSummary(summary: IngestSummary, dbPath: string): void {
  printLine(
    `${summary.stored} stored, ${summary.refused} refused, ${summary.unchanged} already stored, ${summary.failures.length} failed  (database: ${dbPath})`,
  );
  for (const refusal of summary.refusals) printLine(`  refused  ${refusal.input}: ${refusal.reason}: ${refusal.message}`);
  for (const failure of summary.failures) printLine(`  failed   ${failure.input}: ${failure.message} [${failure.code}] ${failure.hint}`);
}

/** `dateline ingest PATH...` */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read pages (files, folders recursively, "-" for stdin, JSONL) into the database')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--db <file>', 'database file (default: DATELINE_DB or ~/.local/share/dateline/dateline.db)')
    .option('--max-bytes <n>', 'largest page accepted, in bytes', (v) => Number.parseInt(v, 10))
    .option('--published <date>', 'publication date for pages that carry none (YYYY-MM-DD)')
    .option('--format <format>', 'treat every page as "html" or "text" instead of detecting it')
    .option('--actors <file>', 'your own actor file (YAML or JSON) extending the knowledge base')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options) => {
      const { store, path } = openStore(options);
      const showBar = process.stderr.isTTY && !options.json;
      const total = showBar ? await countInputs(paths) : 0;
      const bar = showBar
        ? new cliProgress.SingleBar(
            {
              format: ' {bar} {value}/{total} pages | {stored} stored, {failed} failed | {input}',
              stream: process.stderr,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      let stored = 0;
      let failed = 0;
      bar?.start(total, 0, { stored, failed, input: '' });
      const summary = await ingestPaths(
        store,
        paths,
        {
          ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
          ...(options.published ? { published: options.published } : {}),
          ...(options.format ? { format: options.format } : {}),
          ...(options.actors ? { config: { actorsFile: options.actors } } : {}),
        },
        {
          onItem(input, outcome) {
            if (outcome === 'stored') stored++;
            if (outcome === 'failed') failed++;
            if (bar && total > 0) bar.increment(1, { stored, failed, input: input.length > 40 ? `…${input.slice(-39)}` : input });
          },
        },
      );
      bar?.stop();
      store.db.close();
      if (options.json) printJson({ database: path, ...summary });
      else printSummary(summary, path);
      process.exitCode = summary.failures.length > 0 ? 1 : 0;
    });
}
