import { runSeedsEval } from './seeds/index.js';

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
} as const satisfies Record<string, (options: EvalOptions) => Promise<EvalReport>>;

/** Runs one evaluation set. */
export function runEvaluation(set: keyof typeof EVAL_SETS, options: EvalOptions = {}): Promise<EvalReport> {
  return EVAL_SETS[set](options);
}
