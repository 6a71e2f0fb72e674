import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { runClusterCommand } from '../../../cluster/batch.js';
import { DEFAULT_STORY_OPTIONS } from '../../../cluster/stories.js';
import { DatelineError } from '../../../core/errors.js';
import { printLine } from '../output.js';

/** `dateline cluster --input FILE.jsonl`: batch story clustering, no database. */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('group documents into stories: {id, text, published?} JSON lines in, id<TAB>story lines out')
    .option('--input <file>', 'JSONL input ("-" or absent: standard input)')
    .option(
      '--runs <n>',
      `one-pass clusterings, each in another page order, combined with the neighbour-graph clusterings (default ${DEFAULT_STORY_OPTIONS.consensusRuns}; 1: the single pass alone, nothing combined, many times faster)`,
    )
    .action(async (options) => {
      const consensusRuns = options.runs === undefined ? undefined : Number(options.runs);
      if (consensusRuns !== undefined && !(Number.isInteger(consensusRuns) && consensusRuns >= 1)) {
        throw new DatelineError('USAGE', `--runs expects a whole number of at least 1, found "${String(options.runs)}"`);
      }
      const input = !options.input || options.input === '-' ? process.stdin : createReadStream(checkedInput(options.input));
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      const storyOptions =
        consensusRuns === undefined ? {} : consensusRuns === 1 ? { consensusRuns, graphNeighbours: [] } : { consensusRuns };
      await runClusterCommand(lines, (line) => printLine(line), storyOptions);
    });
}

/** The input file, once it is known to be a readable file (else the error names it and says what to do). */
function checkedInput(file: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (error) {
    throw new DatelineError('INPUT_NOT_FOUND', 'no such file', { input: file, cause: error });
  }
  if (!isFile) throw new DatelineError('USAGE', '--input expects a JSONL file, and this is not a file', { input: file });
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw new DatelineError('INPUT_UNREADABLE', 'not readable', { input: file, cause: error });
  }
  return file;
}
