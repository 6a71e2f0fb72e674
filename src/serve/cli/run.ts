#!/usr/bin/env node
/** Development entry point: `npm run dateline -- ARGS` runs the CLI from the sources. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
