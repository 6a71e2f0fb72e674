import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sentencesStage } from '../../annotate/sentences/index.js';
import { type Document, emptyMeta } from '../../core/document.js';
import type { Paragraph } from '../../core/layers.js';
import { runStages } from '../../core/stage.js';
import { entitiesStage } from '../../resolve/entities/index.js';
import { type GoldPage, isSameActor, loadSeedGold, seedPath } from './gold.js';
import { scoreSeedMentions } from './mentions.js';

/**
 * A stand-in for the extractor, for this test only: the body is cut from the seed file
 * between the gold's first and last paragraph, without the lines the gold excludes.
 */
function seedDocument(page: GoldPage): Document {
  const source = readFileSync(seedPath(page.file), 'utf8');
  const from = source.indexOf(page.body.first);
  const lastAt = source.indexOf(page.body.last, Math.max(0, from));
  assert.ok(from >= 0 && lastAt >= 0, `body bounds of ${page.file} found`);
  const lines = source
    .slice(from, lastAt + page.body.last.length)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !page.body.excluded.some((x) => line.startsWith(x) || x.startsWith(line)));
  const text = lines.join('\n\n');
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const line of lines) {
    paragraphs.push({ start: at, end: at + line.length, kind: 'body', source: { start: 0, end: 0, in: 'source' }, by: 'test' });
    at += line.length + 2;
  }
  return {
    id: page.file,
    origin: { name: page.file, kind: 'file' },
    source,
    format: 'text',
    encoding: 'utf-8',
    text,
    meta: emptyMeta(),
    layers: { paragraphs },
    entities: [],
    diagnostics: [],
    pipelineVersion: 'test',
  };
}

const gold = loadSeedGold();
/** Floor on the share of gold hard mentions resolved right (measured 28/28 at writing). */
const FLOOR = 1;

test('seed pages: every gold hard mention resolves to the right entity (no page date)', () => {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const page of gold.pages) {
    const doc = runStages(seedDocument(page), [sentencesStage, entitiesStage]);
    const score = scoreSeedMentions(gold, page, doc);
    right += score.right;
    total += score.total;
    for (const o of score.outcomes)
      if (!o.right) wrong.push(`${page.file}: "${o.mention}" in "${o.key}" → ${o.found} (${o.reason}), want ${o.expected}`);
  }
  console.log(`seed mentions right: ${right}/${total}`);
  assert.ok(total >= 28, `expected the gold's 28 hard mentions, found ${total}`);
  assert.ok(right / total >= FLOOR, `mention accuracy ${right}/${total} below floor:\n${wrong.join('\n')}`);
});

test('seed pages: knowing the page date changes no gold mention', () => {
  const wrong: string[] = [];
  for (const page of gold.pages) {
    const doc = runStages(seedDocument(page), [sentencesStage, entitiesStage], {
      referenceTime: new Date(`${page.published.date}T12:00:00Z`),
    });
    for (const o of scoreSeedMentions(gold, page, doc).outcomes) if (!o.right) wrong.push(`${page.file}: "${o.mention}" → ${o.found}`);
  }
  assert.deepEqual(wrong, []);
});

test('seed pages: every quote speaker and event person is an entity of the page', () => {
  const missing: string[] = [];
  for (const page of gold.pages) {
    const doc = runStages(seedDocument(page), [sentencesStage, entitiesStage]);
    const names = new Set<string>();
    for (const q of page.quotes) if (!q.where) names.add(q.speaker);
    for (const e of page.events) for (const p of e.people ?? []) names.add(p);
    for (const name of names) {
      if (!doc.entities.some((e) => isSameActor(gold, name, e.name))) missing.push(`${page.file}: ${name}`);
    }
  }
  assert.deepEqual(missing, []);
});
