import type { Command } from 'commander';
import { PIPELINE_VERSION } from '../../../pipeline.js';
import { reprocessStored } from '../../service/reprocess.js';
import { openStore } from '../context.js';
import { printJson, printLine } from '../output.js';

/** `dateline reprocess`: re-run the pipeline over stored pages. */
export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description(`re-run the pipeline over stored pages made by another version (this is ${PIPELINE_VERSION}), or all with --all`)
    .option('--db <file>', 'database file')
    .option('--all', 'reprocess every stored page')
    .option('--actors <file>', 'your own actor file (YAML or JSON)')
    .option('--json', 'print the summary as JSON')
    .action(async (options) => {
      const { store } = openStore(options);
      const summary = await reprocessStored(store, {
        all: Boolean(options.all),
        ...(options.actors ? { config: { actorsFile: options.actors } } : {}),
      });
      store.db.close();
      if (options.json) printJson(summary);
      else {
        printLine(`${summary.reprocessed} reprocessed, ${summary.skipped} already current, ${summary.failures.length} failed`);
        for (const f of summary.failures) printLine(`  failed ${f.id}: ${f.message}`);
      }
      process.exitCode = summary.failures.length > 0 ? 1 : 0;
    });
}
