#!/usr/bin/env node
// Re-measures the figures pinned in bench/baseline.json for the named sets and raises
// each floor (or lowers each ceiling) to what is measured now, rounded toward safety.
// A figure that got worse is never loosened silently: that needs --lower --reason "…",
// and the reason is written beside the figure.
//   npm run floors -- seeds polnear-dev
//   npm run floors -- seeds --lower --reason "new gold for page 3 counts two more quotes"
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const lower = args.includes('--lower');
const reasonAt = args.indexOf('--reason');
const reason = reasonAt >= 0 ? args[reasonAt + 1] : undefined;
const sets = args.filter((a, i) => !a.startsWith('--') && (reasonAt < 0 || i !== reasonAt + 1));
if (lower && !reason) {
  console.error('--lower needs --reason "why the figure may fall"');
  process.exit(2);
}
const file = 'bench/baseline.json';
const baseline = JSON.parse(readFileSync(file, 'utf8'));
const read = (metrics, dotted) => dotted.split('.').reduce((v, k) => v?.[k], metrics);
for (const set of sets.length ? sets : Object.keys(baseline.sets)) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/serve/cli/run.ts', 'eval', set, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const metrics = JSON.parse(out.trim().split('\n').pop());
  for (const bound of baseline.sets[set] ?? []) {
    const value = read(metrics, bound.metric);
    if (typeof value !== 'number') throw new Error(`${set}: ${bound.metric} is not a number`);
    if (bound.min !== undefined) {
      const next = Math.floor(value * 1000) / 1000;
      if (next > bound.min) bound.min = next;
      else if (next < bound.min) {
        if (!lower) console.error(`${set}: ${bound.metric} fell to ${value} below ${bound.min}; kept (use --lower --reason)`);
        else Object.assign(bound, { min: next, reason });
      }
    }
    if (bound.max !== undefined) {
      const next = Math.ceil(value * 1000) / 1000;
      if (next < bound.max) bound.max = next;
      else if (next > bound.max) {
        if (!lower) console.error(`${set}: ${bound.metric} rose to ${value} above ${bound.max}; kept (use --lower --reason)`);
        else Object.assign(bound, { max: next, reason });
      }
    }
    console.log(`${set}: ${bound.metric} = ${value} (bound ${bound.min ?? bound.max})`);
  }
}
writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
