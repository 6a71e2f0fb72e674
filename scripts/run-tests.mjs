#!/usr/bin/env node
// Runs every *.test.ts under src/ with Node's own test runner (Node 20 expands no globs),
// streams its report, and ends with the plain line "N passed, N failed" that CI reads.
// Arguments narrow the run to files whose path contains one of them.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

const filters = process.argv.slice(2);
const files = findTests('src')
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ') || 'src/**/*.test.ts'}`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, TZ: 'UTC' },
});
// The runner's own summary ("ℹ pass 12") can be followed by a long list of failures, so
// the counts are read line by line as the report streams past.
const counts = {};
let partial = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) {
    const match = /^ℹ (pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line.trim());
    if (match) counts[match[1]] = Number(match[2]);
  }
});
child.on('close', (code) => {
  const count = (name) => counts[name] ?? 0;
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  const skipped = count('skipped') + count('todo');
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code === 0 && passed > 0 ? 0 : code || 1);
});
