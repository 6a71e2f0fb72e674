import type { Command } from 'commander';
import { openStore } from '../context.js';
import { cell, printJson, printLine } from '../output.js';

/** `dateline list` */
export function registerList(program: Command): void {
  program
    .command('list')
    .description('list the stored pages')
    .option('--db <file>', 'database file')
    .option('--status <status>', 'only "article" or "refused" pages')
    .option('--limit <n>', 'at most this many rows', (v) => Number.parseInt(v, 10), 100)
    .option('--offset <n>', 'skip this many rows', (v) => Number.parseInt(v, 10), 0)
    .option('--json', 'JSON Lines, one page a line')
    .action((options) => {
      const { store } = openStore(options);
      const rows = store.list({ status: options.status, limit: options.limit, offset: options.offset });
      if (options.json) for (const row of rows) printJson(row);
      else {
        printLine(`${cell('id', 17)}${cell('published', 11)}${cell('outlet', 10)}${cell('status', 9)}title / reason`);
        for (const row of rows) {
          printLine(
            `${cell(row.id, 17)}${cell(row.published, 11)}${cell(row.outlet, 10)}${cell(row.status, 9)}${row.status === 'refused' ? `(${row.reason}) ${row.origin}` : (row.title ?? row.origin)}`,
          );
        }
        const counts = store.counts();
        printLine(`${counts.articles} articles, ${counts.refused} refused pages stored`);
      }
      store.db.close();
    });
}
