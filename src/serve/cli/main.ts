/**
 * The dateline command line. Every command prints text for people by default and JSON
 * with --json. Exit codes: 0 success, 1 some inputs failed (named in the output), 2 bad usage.
 */
import { Command, CommanderError } from 'commander';
import { DatelineError, describeError } from '../../core/errors.js';
import { PIPELINE_VERSION } from '../../pipeline.js';
import { registerCluster } from './commands/cluster.js';
import { registerDemo } from './commands/demo.js';
import { registerEval } from './commands/eval.js';
import { registerAnnotate, registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerList } from './commands/list.js';
import { registerQueries } from './commands/query.js';
import { registerReprocess } from './commands/reprocess.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerStories } from './commands/stories.js';

/** Builds the command tree (exported for tests). */
export function buildProgram(): Command {
  const program = new Command('dateline')
    .description('Reads news pages the way an analyst does: clean articles, who said what, what happened, and when.')
    .version(PIPELINE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerDemo(program);
  registerIngest(program);
  registerList(program);
  registerShow(program);
  registerExtract(program);
  registerAnnotate(program);
  registerEval(program);
  registerQueries(program);
  registerStories(program);
  registerServe(program);
  registerReprocess(program);
  registerCluster(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    process.stderr.write(`dateline: ${describeError(error)}\n`);
    if (error instanceof DatelineError && error.code === 'USAGE') return 2;
    if (error instanceof DatelineError && error.code === 'STORE_NOT_FOUND') return 1;
    if (!(error instanceof DatelineError) && error instanceof Error && process.env.DATELINE_DEBUG) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
