import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { formatWcxbMetrics, runWcxbEval, wcxbDir } from './index.js';

test('runWcxbEval scores a small slice of the data set', { skip: !existsSync(wcxbDir()) && 'wcxb-dev not present' }, async () => {
  const m = await runWcxbEval({ limit: 30 });
  assert.equal(m.pages, 30);
  assert.equal(m.articles + m.nonArticles, 30);
  assert.ok(m.bagOfWords.f1 > 0.5 && m.bagOfWords.f1 <= 1);
  assert.ok(m.shingle.f1 > 0.5 && m.shingle.f1 <= 1);
  const table = formatWcxbMetrics(m);
  assert.match(table, /bag-of-words/);
  assert.match(table, /non-articles refused/);
});
