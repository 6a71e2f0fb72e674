import path from 'node:path';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { DatelineError } from '../../../core/errors.js';
import { projectRoot } from '../../../eval/shared-dir.js';
import { createApp } from '../../http/app.js';
import { openStore } from '../context.js';
import { printLine } from '../output.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** `dateline serve`: the HTTP API and the web UI. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('open the database as an HTTP API and a web UI (binds 127.0.0.1 unless told otherwise)')
    .option('--db <file>', 'database file')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--port <n>', 'port', (v) => Number.parseInt(v, 10), 8787)
    .option('--token <token>', 'bearer token every request must carry (required off loopback)')
    .action(async (options) => {
      if (!LOOPBACK.has(options.host) && !options.token) {
        throw new DatelineError(
          'USAGE',
          `binding ${options.host} exposes the database beyond this machine; give --token TOKEN to require bearer auth`,
        );
      }
      const { store, path: dbPath } = openStore(options);
      const app = createApp({
        store,
        ...(options.token ? { token: options.token } : {}),
        webRoot: path.join(projectRoot(), 'web', 'dist'),
      });
      await new Promise<void>((resolve) => {
        const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
          printLine(
            `dateline serving ${dbPath} on http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${info.port}/  (API: /api, OpenAPI: /openapi.json)`,
          );
        });
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      store.db.close();
    });
}
