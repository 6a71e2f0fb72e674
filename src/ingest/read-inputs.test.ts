import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { InputItem } from './raw-page.js';
import { readInputs } from './read-inputs.js';

async function collect(paths: string[], options = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

// Fiction: pages of the invented Valdorian wire service.
const page = 'VELGRAD, March 3. /VALPRESS/. The Valdorian president said talks are ready.\n';

test('a folder of good and bad files: each bad one named with its reason, the good ones read', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-inputs-'));
  writeFileSync(path.join(dir, 'a-good.txt'), page);
  writeFileSync(path.join(dir, 'b-empty.txt'), '');
  writeFileSync(path.join(dir, 'c-image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFileSync(path.join(dir, 'd-big.txt'), Buffer.alloc(2048, 'x'));
  writeFileSync(path.join(dir, 'e-page.html.gz'), gzipSync(`<html><body><p>${page}</p></body></html>`));
  writeFileSync(path.join(dir, 'f-truncated.txt.gz'), gzipSync(page).subarray(0, 20));
  writeFileSync(path.join(dir, '.hidden'), page);
  const items = await collect([dir], { maxBytes: 1024 });
  const byName = new Map(items.map((item) => [path.basename(item.ok ? item.page.origin.name : item.origin.name), item]));
  assert.equal(items.length, 6);
  assert.equal(byName.get('a-good.txt')?.ok, true);
  const codeOf = (name: string) => {
    const item = byName.get(name);
    return item && !item.ok ? item.error.code : 'ok';
  };
  assert.equal(codeOf('b-empty.txt'), 'INPUT_EMPTY');
  assert.equal(codeOf('c-image.png'), 'INPUT_BINARY');
  assert.equal(codeOf('d-big.txt'), 'INPUT_TOO_LARGE');
  assert.equal(codeOf('f-truncated.txt.gz'), 'INPUT_GZIP');
  const html = byName.get('e-page.html.gz');
  assert.ok(html?.ok);
  assert.equal(html.page.format, 'html');
});

test('a missing path is a named failure, and the next input is still read', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-inputs-'));
  const good = path.join(dir, 'page.txt');
  writeFileSync(good, page);
  const items = await collect([path.join(dir, 'nope.txt'), good]);
  assert.equal(items.length, 2);
  assert.ok(!items[0]?.ok && items[0]?.error.code === 'INPUT_NOT_FOUND');
  assert.ok(items[1]?.ok && items[1].page.format === 'text');
});

test('JSONL: text, html and raw lines keep their ids; bad lines are named by line number', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-inputs-'));
  const file = path.join(dir, 'batch.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ id: 'a', text: 'Clean text.' }),
      JSON.stringify({ id: 'b', html: '<p>Hi</p>', url: 'https://example.org/x', published: '2020-02-02' }),
      'not json',
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 7, raw: page }),
    ].join('\n'),
  );
  const items = await collect([file]);
  assert.equal(items.length, 5);
  const [a, b, bad, missing, raw] = items;
  assert.ok(a?.ok && a.page.format === 'clean' && a.page.origin.externalId === 'a');
  assert.ok(b?.ok && b.page.format === 'html' && b.page.url === 'https://example.org/x' && b.page.published === '2020-02-02');
  assert.ok(bad && !bad.ok && bad.error.code === 'INPUT_JSONL' && bad.origin.line === 3);
  assert.ok(missing && !missing.ok && missing.error.code === 'INPUT_JSONL' && missing.origin.externalId === 'c');
  assert.ok(raw?.ok && raw.page.format === 'text' && raw.page.origin.externalId === '7');
});
