import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ownString } from './span.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap used after a full collection, in MB, while `keep` is alive. */
function heapWith(keep: unknown): number {
  gc();
  const used = process.memoryUsage().heapUsed / 1e6;
  assert.ok(keep);
  return used;
}

/** Names cut from 300 pages of 200 KB each (flat strings, as read from files). */
function cutNames(copy: (name: string) => string): string[] {
  const names: string[] = [];
  for (let i = 0; i < 300; i++) {
    const page = Array.from({ length: 4000 }, (_, k) => `w${(i * 7 + k) % 97}`)
      .join(' ')
      .padEnd(200_000, '.');
    const at = 1000 + i;
    names.push(copy(page.slice(at, at + 40)));
  }
  return names;
}

test('ownString keeps the text of a name and not the page it was cut from', () => {
  assert.equal(ownString('short'), 'short');
  assert.equal(ownString('a name longer than thirteen'), 'a name longer than thirteen');
  const base = heapWith(true);
  const viewed = cutNames((name) => name);
  const withViews = heapWith(viewed) - base;
  viewed.length = 0;
  const base2 = heapWith(true);
  const owned = cutNames(ownString);
  const withCopies = heapWith(owned) - base2;
  assert.ok(withViews > 30, `substrings keep their pages: ${withViews.toFixed(1)} MB`);
  assert.ok(withCopies < 5, `copies keep only themselves: ${withCopies.toFixed(1)} MB`);
});
