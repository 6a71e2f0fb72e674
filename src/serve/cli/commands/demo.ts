import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { projectRoot } from '../../../eval/shared-dir.js';
import { defaultDatabasePath } from '../../../store/database.js';
import { ingestPaths } from '../../service/ingest.js';
import { openStore } from '../context.js';
import { printLine } from '../output.js';
import { printSummary } from './ingest.js';
import { printDocument } from './show.js';

/** `dateline demo`: the bundled examples into a fresh database, and what was found. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled example pages (fiction) into a fresh database and show what dateline found')
    .option('--db <file>', 'database file for the demo (default: demo.db beside the default database)')
    .action(async (options) => {
      const db = options.db ?? path.join(path.dirname(defaultDatabasePath()), 'demo.db');
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
      const { store, path: dbPath } = openStore({ db });
      const examples = path.join(projectRoot(), 'examples', 'pages');
      // The examples' own actors (fiction), given as a user gives theirs with --actors.
      const actorsFile = path.join(projectRoot(), 'examples', 'actors.yaml');
      printLine(`dateline demo: reading the example pages in ${examples} (fictional outlets, countries and people)`);
      printLine();
      const summary = await ingestPaths(store, [examples], { config: { actorsFile } });
      printSummary(summary, dbPath);
      for (const id of summary.storedIds) {
        const doc = store.get(id);
        if (doc.status !== 'article') continue;
        printLine();
        printLine('─'.repeat(78));
        printDocument(doc);
      }
      printLine();
      printLine(`Explore further: dateline list --db ${dbPath}   |   dateline show ID --furniture --db ${dbPath}`);
      store.db.close();
      process.exitCode = summary.failures.length > 0 ? 1 : 0;
    });
}
