import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { runClusterCommand } from '../../../cluster/stories.js';
import { printLine } from '../output.js';

/** `dateline cluster --input FILE.jsonl`: batch story clustering, no database. */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('group documents into stories: {id, text, published?} JSON lines in, id<TAB>story lines out')
    .option('--input <file>', 'JSONL input ("-" or absent: standard input)')
    .action(async (options) => {
      const input = !options.input || options.input === '-' ? process.stdin : createReadStream(options.input);
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      await runClusterCommand(lines, (line) => printLine(line));
    });
}
