/**
 * Refactoring guard: runs the whole pipeline over generated pages (and the seed pages when
 * ../shared is present) and prints one SHA-256 per layer, so a speed change can prove it
 * left every output as it was.
 *
 *   node --import tsx bench/fingerprint.ts [--pages N] [--dump FILE]
 *
 * Two runs with the same hashes produced the same meta, layers, entities and diagnostics on
 * every page; `--dump` writes every page's output as JSON lines to diff when they differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Document } from '../src/core/document.js';
import { sharedDir } from '../src/eval/shared-dir.js';
import { decodeBytes } from '../src/ingest/decode.js';
import type { RawPage } from '../src/ingest/raw-page.js';
import { generatePages } from './corpus.js';
import { fictionConfig, toRawPage } from './pages.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '400' }, dump: { type: 'string' } } });
const pipeline = await import('../src/pipeline.js');
await pipeline.preparePipeline();
const config = fictionConfig(mkdtempSync(path.join(os.tmpdir(), 'dateline-fingerprint-')));

function seedPages(): RawPage[] {
  const folder = path.join(sharedDir(), 'seeds');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(folder, name));
      const decoded = decodeBytes(bytes, name);
      return { origin: { name, kind: 'file' }, source: decoded.text, encoding: decoded.encoding, format: 'text', byteLength: bytes.length };
    });
}

const pages = [...seedPages(), ...[...generatePages(Number(values.pages), 11, 5000)].map(toRawPage)];
const parts = ['meta', 'layers', 'entities', 'diagnostics'] as const;
const hashes = new Map<string, ReturnType<typeof createHash>>();
const hashFor = (key: string) => hashes.get(key) ?? hashes.set(key, createHash('sha256')).get(key)!;
const dump: string[] = [];
for (const raw of pages) {
  const outcome = pipeline.processPage(raw, { config }) as Document;
  const record: Record<string, unknown> = { name: raw.origin.name };
  for (const part of parts) {
    if (part === 'layers') {
      for (const [layer, value] of Object.entries(outcome.layers ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        const json = JSON.stringify(value);
        hashFor(`layer ${layer}`).update(json);
        record[layer] = value;
      }
    } else {
      const json = JSON.stringify(outcome[part] ?? null);
      hashFor(part).update(json);
      record[part] = outcome[part] ?? null;
    }
  }
  if (values.dump) dump.push(JSON.stringify(record));
}
for (const [key, hash] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) console.log(`${hash.digest('hex').slice(0, 16)}  ${key}`);
console.log(`${pages.length} pages`);
if (values.dump) writeFileSync(values.dump, `${dump.join('\n')}\n`);
