/**
 * Child process of the API benchmark: serves the HTTP app over an existing database on
 * 127.0.0.1 (a free port) and prints `{"port": N}` once listening. Stopped by its parent.
 *
 *   node --import tsx bench/server-child.ts DATABASE
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { importEngine } from './lib.js';

const { createApp } = await importEngine<typeof import('../src/serve/http/app.js')>('serve/http/app');
const { openDatabase } = await importEngine<typeof import('../src/store/database.js')>('store/database');
const { DocumentStore } = await importEngine<typeof import('../src/store/repository.js')>('store/repository');

const file = process.argv[2];
if (!file) throw new Error('usage: server-child.ts DATABASE');
const store = new DocumentStore(openDatabase(file));
const app = createApp({ store });
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
