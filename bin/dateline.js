#!/usr/bin/env node
// The installed command: runs the compiled CLI from dist/ (built by `npm ci` through the
// prepare script). When dist/ is missing, says how to build it instead of a stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/serve/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'dateline: the compiled CLI is missing (dist/). Run "npm run build" in the dateline folder, or "npm ci" to install and build.\n',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
