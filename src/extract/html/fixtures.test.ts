// Golden fixtures: every fixtures/extract-html/<slug>/ holds input.html (fiction) and
// expected.json. Regenerate one with `UPDATE_FIXTURES=<slug> npm test -- src/extract/html/fixtures`
// (or UPDATE_FIXTURES=all) and review the diff.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../eval/shared-dir.js';
import { extractHtml } from './index.js';

const FIXTURES = path.join(projectRoot(), 'fixtures', 'extract-html');

interface Expected {
  kind: string;
  reason?: string;
  title: string | null;
  published: string | null;
  language: string | null;
  outlet: string | null;
  byline: string | null;
  text?: string;
  headings?: string[];
  furnitureClasses: string[];
}

function summarise(html: string): Expected {
  const result = extractHtml(html);
  const base = {
    kind: result.kind,
    title: result.meta.title,
    published: result.meta.published?.start ?? null,
    language: result.meta.language,
    outlet: result.meta.outlet,
    byline: result.meta.byline,
    furnitureClasses: [...new Set(result.furniture.map((f) => f.class))].sort(),
  };
  if (result.kind === 'refused') return { ...base, reason: result.reason };
  return {
    ...base,
    text: result.text,
    headings: result.paragraphs.filter((p) => p.kind === 'heading').map((p) => result.text.slice(p.start, p.end)),
  };
}

const slugs = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((d) => existsSync(path.join(FIXTURES, d, 'input.html')))
      .sort()
  : [];
const update = process.env.UPDATE_FIXTURES ?? '';

test('fixtures folder holds cases', () => {
  assert.ok(slugs.length >= 4, `expected at least 4 fixtures in ${FIXTURES}, found ${slugs.length}`);
});

for (const slug of slugs) {
  test(`fixture ${slug}`, () => {
    const html = readFileSync(path.join(FIXTURES, slug, 'input.html'), 'utf8');
    const actual = summarise(html);
    const expectedPath = path.join(FIXTURES, slug, 'expected.json');
    if (update === 'all' || update === slug || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    assert.deepEqual(actual, expected);
  });
}

test('fixture paragraphs and furniture spans are in range, sorted and non-overlapping', () => {
  for (const slug of slugs) {
    const html = readFileSync(path.join(FIXTURES, slug, 'input.html'), 'utf8');
    const result = extractHtml(html);
    let last = -1;
    for (const f of result.furniture) {
      assert.ok(f.start >= last && f.end > f.start && f.end <= html.length, `${slug}: furniture ${f.start}-${f.end}`);
      last = f.end;
    }
    if (result.kind !== 'article') continue;
    let lastSource = 0;
    let lastEnd = 0;
    for (const p of result.paragraphs) {
      assert.ok(p.start >= lastEnd && p.end <= result.text.length, `${slug}: paragraph ${p.start}-${p.end}`);
      assert.ok(
        p.source.start >= lastSource && p.source.end <= html.length && p.source.start <= p.source.end,
        `${slug}: source ${p.source.start}`,
      );
      lastSource = p.source.start;
      lastEnd = p.end;
    }
  }
});
