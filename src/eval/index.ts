import { runEcbplusReport } from './ecbplus/index.js';
import { formatPloverMetrics, runPloverEval } from './plover/index.js';
import { formatPolnearMetrics, runPolnearEval } from './polnear/index.js';
import { runSeedsEval } from './seeds/index.js';
import { formatWcxbMetrics, runWcxbEval } from './wcxb/index.js';

/** What an evaluation returns: one object of metrics, and the same as lines for people. */
export interface EvalReport {
  readonly metrics: Record<string, unknown>;
  readonly lines: readonly string[];
}

/** Options every evaluation takes. */
export interface EvalOptions {
  readonly limit?: number;
}

/** The evaluation sets, by the name `dateline eval SET` takes. */
export const EVAL_SETS = {
  seeds: runSeedsEval,
  'wcxb-dev': async (options: EvalOptions) => {
    const metrics = await runWcxbEval(options);
    return { metrics: metrics as unknown as Record<string, unknown>, lines: formatWcxbMetrics(metrics).split('\n') };
  },
  'polnear-dev': async (options: EvalOptions) => {
    const metrics = await runPolnearEval(options);
    return { metrics: metrics as unknown as Record<string, unknown>, lines: formatPolnearMetrics(metrics) };
  },
  'plover-dev': async (options: EvalOptions) => {
    const metrics = await runPloverEval(options);
    return { metrics: metrics as unknown as Record<string, unknown>, lines: formatPloverMetrics(metrics) };
  },
  'ecbplus-dev': runEcbplusReport,
} as const satisfies Record<string, (options: EvalOptions) => Promise<EvalReport>>;

/** Runs one evaluation set. */
export function runEvaluation(set: keyof typeof EVAL_SETS, options: EvalOptions = {}): Promise<EvalReport> {
  return EVAL_SETS[set](options);
}
