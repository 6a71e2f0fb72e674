import type { Command } from 'commander';
import { DatelineError } from '../../../core/errors.js';
import { EVAL_SETS, runEvaluation } from '../../../eval/index.js';
import { printJson, printLine } from '../output.js';

/** `dateline eval SET` */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score dateline on a data set in ../shared (${Object.keys(EVAL_SETS).join(', ')})`)
    .argument('<set>', 'the data set')
    .option('--limit <n>', 'score only the first N items (quick runs)', (v) => Number.parseInt(v, 10))
    .option('--json', 'print one JSON object of metrics')
    .action(async (set: string, options) => {
      if (!(set in EVAL_SETS)) {
        throw new DatelineError('USAGE', `unknown evaluation set "${set}"; expected one of ${Object.keys(EVAL_SETS).join(', ')}`);
      }
      const report = await runEvaluation(set as keyof typeof EVAL_SETS, options.limit ? { limit: options.limit } : {});
      if (options.json) printJson(report.metrics);
      else for (const line of report.lines) printLine(line);
    });
}
