import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadSeedGold, seedPath } from '../../eval/seeds/gold.js';
import { projectRoot } from '../../eval/shared-dir.js';
import type { ExtractResult } from '../types.js';
import { extractTextPage } from './index.js';

const EXAMPLES = path.join(projectRoot(), 'examples', 'pages');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function readExample(file: string): string {
  const bytes = readFileSync(path.join(EXAMPLES, file));
  return new TextDecoder(file.includes('1251') ? 'windows-1251' : 'utf-8').decode(bytes);
}

/** Every page the invariants run over: the fictional examples and the five seeds. */
function allPages(): [string, string][] {
  const pages: [string, string][] = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readExample(f)]);
  for (const page of loadSeedGold().pages) pages.push([page.file, readFileSync(seedPath(page.file), 'utf8')]);
  return pages;
}

function assertInvariants(source: string, result: ExtractResult): void {
  let previousEnd = 0;
  for (const block of result.furniture) {
    assert.equal(block.in, 'source');
    assert.ok(block.start >= previousEnd, `furniture sorted and non-overlapping at ${block.start}`);
    assert.ok(block.end > block.start && block.end <= source.length);
    assert.equal(block.by, 'extract/text-page');
    previousEnd = block.end;
  }
  if (result.kind !== 'article') return;
  let previousText = 0;
  let previousSource = 0;
  for (const p of result.paragraphs) {
    assert.ok(p.start >= previousText && p.source.start >= previousSource, 'paragraphs sorted');
    assert.equal(normalise(source.slice(p.source.start, p.source.end)), result.text.slice(p.start, p.end));
    for (const block of result.furniture)
      assert.ok(block.end <= p.source.start || block.start >= p.source.end, 'body and furniture do not overlap');
    previousText = p.end;
    previousSource = p.source.end;
  }
  assert.equal(result.paragraphs.map((p) => result.text.slice(p.start, p.end)).join('\n\n'), result.text);
}

for (const [name, source] of allPages()) {
  test(`invariants: ${name}`, () => assertInvariants(source, extractTextPage(source)));
}

test('every non-blank line of a page is either body or furniture', () => {
  for (const [name, source] of allPages()) {
    const result = extractTextPage(source);
    const covered = [
      ...result.furniture.map((f) => [f.start, f.end]),
      ...(result.kind === 'article' ? result.paragraphs.map((p) => [p.source.start, p.source.end]) : []),
    ];
    let offset = 0;
    for (const line of source.split('\n')) {
      const lead = line.length - line.trimStart().length;
      if (line.trim())
        assert.ok(
          covered.some(([s, e]) => (s ?? 0) <= offset + lead && offset + lead < (e ?? 0)),
          `${name}: line ${JSON.stringify(line)} unclassified`,
        );
      offset += line.length + 1;
    }
  }
});

test('CRLF line ends and NBSP give the same extraction', () => {
  const source = readExample('01-northwire-wire-agency.txt');
  const plain = extractTextPage(source);
  const crlf = extractTextPage(source.replace(/\n/g, '\r\n').replace(/ the /g, ' the\u00a0'));
  assert.equal(crlf.kind, 'article');
  assert.equal(plain.kind, 'article');
  if (crlf.kind !== 'article' || plain.kind !== 'article') return;
  assert.equal(crlf.text, plain.text.replace(/ the /g, ' the '));
  assert.deepEqual({ ...crlf.meta, evidence: {} }, { ...plain.meta, evidence: {} });
});

test('metadata evidence points at the source text it was read from', () => {
  const source = readExample('01-northwire-wire-agency.txt');
  const { evidence, title } = extractTextPage(source).meta;
  const span = evidence.title?.span;
  assert.ok(span);
  assert.equal(source.slice(span.start, span.end), title);
  const dateline = evidence.dateline?.span;
  assert.ok(dateline);
  assert.equal(source.slice(dateline.start, dateline.end), 'CORVANA, March 12. /NORTHWIRE/.');
});

// Negatives: pages with no article are refused with a reason, never an empty article.
const REFUSALS: readonly [string, string, string][] = [
  ['only a menu', 'Home\nWorld\nPolitics\nBusiness\nSport\nSearch\nSign in\n', 'not-an-article'],
  ['an empty page', '', 'not-an-article'],
  [
    'a headline and one line',
    'Varga calls Rendell\n\nThe two presidents spoke by phone on Thursday, officials in Corvana said today.\n\nShare\n',
    'no-body',
  ],
  [
    'a listing of headlines with blurbs',
    'Politics\n\nVarga calls Rendell\nThe two presidents spoke by phone on Thursday, officials said in a short note.\n\nMarest widens sanctions\nLindhaven added three more companies to its list on Monday, the ministry said.\n\nTessel summit planned\nThe leaders will meet next month in the border town, both offices said today.\n\nFishing talks stall\nExperts from both countries failed to agree on quotas for the lake this week.\n',
    'not-an-article',
  ],
];

for (const [name, source, reason] of REFUSALS) {
  test(`refused: ${name}`, () => {
    const result = extractTextPage(source);
    assert.equal(result.kind, 'refused');
    if (result.kind !== 'refused') return;
    assert.equal(result.reason, reason);
    assert.ok(result.confidence > 0 && result.confidence <= 1);
    assert.match(result.message, /expected/);
  });
}

test('a body-only page without furniture is an article', () => {
  const source = [
    'Rendell and Varga agree to talk',
    '',
    'The presidents of Marest and Valdora agreed on Friday to hold a phone call next week, their offices said in a joint statement.',
    '',
    '"We have agreed to keep talking," Rendell told reporters in Lindhaven, adding that the call would focus on fishing rights.',
    '',
    'Valdora imposed sanctions on Marestian shipping firms in January.',
  ].join('\n');
  const result = extractTextPage(source);
  assert.equal(result.kind, 'article');
  if (result.kind !== 'article') return;
  assert.equal(result.meta.title, 'Rendell and Varga agree to talk');
  assert.equal(result.paragraphs.length, 3);
  assert.equal(result.meta.outlet, null, 'the outlet is never guessed');
});

// The five seed pages against the gold's extraction fields (read from ../shared, never copied).
for (const page of loadSeedGold().pages) {
  test(`seed ${page.file}: gold extraction fields`, () => {
    const result = extractTextPage(readFileSync(seedPath(page.file), 'utf8'));
    assert.equal(result.kind, 'article');
    if (result.kind !== 'article') return;
    const paragraphs = result.paragraphs.map((p) => normalise(result.text.slice(p.start, p.end)));
    const n = (s: string | null | undefined) => (s == null ? s : normalise(s));
    assert.equal(n(result.meta.title), n(page.title));
    assert.equal(n(result.meta.standfirst), n(page.standfirst));
    assert.equal(result.meta.outlet, page.outlet);
    assert.deepEqual(result.meta.dateline, page.dateline);
    assert.equal(n(result.meta.section), n(page.section ?? null));
    assert.equal(n(result.meta.pageTime?.text ?? null), n(page.page_time ?? null));
    assert.deepEqual(result.meta.tags, page.tags ?? {});
    assert.ok(paragraphs[0]?.startsWith(normalise(page.body.first)));
    assert.ok(paragraphs[paragraphs.length - 1]?.endsWith(normalise(page.body.last)));
    assert.equal(paragraphs.length, page.body.paragraphs);
    assert.deepEqual(
      result.paragraphs.filter((p) => p.kind === 'heading').map((p) => result.text.slice(p.start, p.end)),
      page.body.headings.map(normalise),
    );
    const body = normalise(result.text);
    for (const line of page.body.excluded) assert.ok(!body.includes(normalise(line)), `excluded line in body: ${line}`);
  });
}

// Layout perturbations must not change what is read: blank lines dropped or doubled, CRLF,
// and paragraphs hard-wrapped at 70 columns (on the fictional examples and the seeds).
function wrapAt70(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      if (line.length < 80) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > 70) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

const PERTURBATIONS: readonly [string, (source: string) => string][] = [
  ['no blank lines', (s) => s.replace(/\n\s*\n/g, '\n')],
  ['doubled line breaks', (s) => s.replace(/\n/g, '\n\n')],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
  ['hard-wrapped at 70 columns', wrapAt70],
];

function readOut(result: ExtractResult): unknown {
  const m = result.meta;
  const paragraphs = result.kind === 'article' ? result.paragraphs.map((p) => `${p.kind}:${result.text.slice(p.start, p.end)}`) : [];
  return { kind: result.kind, title: m.title, standfirst: m.standfirst, outlet: m.outlet, dateline: m.dateline, tags: m.tags, paragraphs };
}

for (const [name, perturb] of PERTURBATIONS) {
  test(`layout perturbation leaves the extraction unchanged: ${name}`, () => {
    for (const [file, source] of allPages()) {
      assert.deepEqual(readOut(extractTextPage(perturb(source))), readOut(extractTextPage(source)), file);
    }
  });
}
