#!/usr/bin/env node
// The installed command: runs the compiled CLI from dist/ (built by `npm ci` through the
// prepare script). When dist/ is missing, says how to build it instead of a stack trace.
// In a source checkout (src/ beside dist/, tsx installed) whose sources changed after the
// last build, it runs the sources instead and says so: a stale dist/ must never answer
// for code that is no longer there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = path.join(root, 'dist/serve/cli/main.js');

/** Newest modification time of a .ts file under `dir` (0 when none). */
function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const sources = path.join(root, 'src');
const canRunSources = existsSync(sources) && existsSync(path.join(root, 'node_modules/tsx'));
const stale = canRunSources && (!existsSync(entry) || newestSource(sources) > statSync(entry).mtimeMs);
let main;
if (stale) {
  process.stderr.write('dateline: src/ is newer than the build in dist/; running the sources (npm run build to refresh dist/).\n');
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport(path.join(sources, 'serve/cli/main.ts'), import.meta.url));
} else if (existsSync(entry)) {
  ({ main } = await import(new URL('../dist/serve/cli/main.js', import.meta.url).href));
} else {
  process.stderr.write(
    'dateline: the compiled CLI is missing (dist/). Run "npm run build" in the dateline folder, or "npm ci" to install and build.\n',
  );
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
