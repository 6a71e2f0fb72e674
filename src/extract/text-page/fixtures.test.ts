// Golden fixtures: every fixtures/extract-text/<slug>/ holds case.json (which example page,
// in which encoding; all fictional) and expected.json. Regenerate one with
// `UPDATE_FIXTURES=<slug> npm test -- src/extract/text-page/fixtures` (or UPDATE_FIXTURES=all)
// and review the diff.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../eval/shared-dir.js';
import { extractTextPage } from './index.js';

const FIXTURES = path.join(projectRoot(), 'fixtures', 'extract-text');

interface Case {
  readonly input: string;
  readonly encoding: string;
  readonly fiction: boolean;
}

/** The fields a fixture pins: the extraction's verdict and metadata, and the shape of its body. */
function summarise(source: string): Record<string, unknown> {
  const result = extractTextPage(source);
  const meta = result.meta;
  const base = {
    status: result.kind === 'article' ? 'article' : 'refused',
    title: meta.title,
    standfirst: meta.standfirst,
    outlet: meta.outlet,
    byline: meta.byline,
    dateline: meta.dateline,
    pageTime: meta.pageTime?.text ?? null,
    section: meta.section,
    tags: meta.tags,
    furnitureClasses: [...new Set(result.furniture.map((f) => f.class))].sort(),
  };
  if (result.kind === 'refused') return { ...base, reason: result.reason };
  const texts = result.paragraphs.map((p) => result.text.slice(p.start, p.end));
  return {
    ...base,
    paragraphCount: result.paragraphs.length,
    headings: result.paragraphs.filter((p) => p.kind === 'heading').map((p) => result.text.slice(p.start, p.end)),
    firstParagraph: texts[0] ?? null,
    lastParagraph: texts[texts.length - 1] ?? null,
  };
}

/** Reads a fixture's page in its declared encoding. */
export function readCase(slug: string): { source: string; spec: Case } {
  const spec = JSON.parse(readFileSync(path.join(FIXTURES, slug, 'case.json'), 'utf8')) as Case;
  const bytes = readFileSync(path.join(projectRoot(), spec.input));
  return { source: new TextDecoder(spec.encoding).decode(bytes), spec };
}

const slugs = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((d) => existsSync(path.join(FIXTURES, d, 'case.json')))
      .sort()
  : [];
const update = process.env.UPDATE_FIXTURES ?? '';

test('fixtures folder holds at least six cases', () => {
  assert.ok(slugs.length >= 6, `expected at least 6 fixtures in ${FIXTURES}, found ${slugs.length}`);
});

for (const slug of slugs) {
  test(`fixture ${slug}`, () => {
    const { source, spec } = readCase(slug);
    assert.equal(spec.fiction, true, `expected ${slug} to be marked as fiction`);
    const actual = summarise(source);
    const expectedPath = path.join(FIXTURES, slug, 'expected.json');
    if (update === 'all' || update === slug || !existsSync(expectedPath))
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(actual, expected);
  });
}
