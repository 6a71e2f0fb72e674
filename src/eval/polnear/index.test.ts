import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPolnearMetrics, runPolnearEval } from './index.js';

/**
 * Quality floors on PolNeAR dev, pinned just below the figures measured when the quote
 * finder was written (quoted F1 0.856, end-to-end 0.819, all F1 0.622, speaker 0.956).
 * Lowering one must be a deliberate change of this table, never a silent one.
 */
const FLOORS: readonly [string, (m: Awaited<ReturnType<typeof runPolnearEval>>) => number, number][] = [
  ['quoted content F1', (m) => m.quoted.f1, 0.845],
  ['quoted end-to-end F1', (m) => m.quoted.endToEndF1, 0.8],
  ['quoted speaker accuracy', (m) => m.quoted.speakerAccuracy, 0.93],
  ['all content F1', (m) => m.all.f1, 0.61],
  ['all end-to-end F1', (m) => m.all.endToEndF1, 0.57],
];

test('PolNeAR dev stays above its quality floors', async () => {
  const metrics = await runPolnearEval();
  console.log(formatPolnearMetrics(metrics).join('\n'));
  assert.equal(metrics.articles, 84);
  for (const [name, read, floor] of FLOORS) {
    assert.ok(read(metrics) >= floor, `${name}: ${read(metrics).toFixed(3)} < floor ${floor}`);
  }
});
