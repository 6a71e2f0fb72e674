import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EVAL_SETS, type EvalReport } from './index.js';
import { projectRoot } from './shared-dir.js';

/**
 * The quality gate: every figure pinned in bench/baseline.json is re-measured on the
 * development sets and must stay on the right side of its floor (or ceiling). Floors are
 * raised with `npm run floors -- SET` and lowered only with `--lower --reason "…"`,
 * which records the reason beside the figure.
 */
interface Bound {
  readonly metric: string;
  readonly min?: number;
  readonly max?: number;
  readonly reason?: string;
}

interface Baseline {
  readonly sets: Record<string, readonly Bound[]>;
}

const baseline = JSON.parse(readFileSync(path.join(projectRoot(), 'bench', 'baseline.json'), 'utf8')) as Baseline;

/** Reads a dotted path ("quotes.recall") out of a metrics object. */
export function readMetric(metrics: unknown, dotted: string): number {
  let value: unknown = metrics;
  for (const part of dotted.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'number') throw new Error(`metric ${dotted} is not a number (found ${JSON.stringify(value)})`);
  return value;
}

for (const [set, bounds] of Object.entries(baseline.sets)) {
  test(`quality gate: ${set}`, async () => {
    const run = EVAL_SETS[set as keyof typeof EVAL_SETS] as ((o: object) => Promise<EvalReport>) | undefined;
    assert.ok(run, `bench/baseline.json names an unknown set "${set}"`);
    const report = await run({});
    const failures: string[] = [];
    for (const bound of bounds) {
      const value = readMetric(report.metrics, bound.metric);
      if (bound.min !== undefined && value < bound.min) failures.push(`${bound.metric} = ${value} is below its floor ${bound.min}`);
      if (bound.max !== undefined && value > bound.max) failures.push(`${bound.metric} = ${value} is above its ceiling ${bound.max}`);
    }
    if (failures.length > 0) console.log(report.lines.join('\n'));
    assert.deepEqual(failures, [], `${set}: ${failures.join('; ')}`);
  });
}
