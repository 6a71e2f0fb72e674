import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { projectRoot, sharedDir } from '../../eval/shared-dir.js';

/**
 * The CLI as a user runs it, from the sources, in one child process (tsx as a loader, not
 * its CLI wrapper, which would put the real process one level further down where a kill
 * does not reach it).
 */
const CLI = ['--import', 'tsx', path.join(projectRoot(), 'src', 'serve', 'cli', 'run.ts')];

function run(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-'));
}

const seeds = path.join(sharedDir(), 'seeds');

test('ingest of the seeds twice: 5 stored, then 0 new; exit 0 both times', () => {
  const db = path.join(tempDir(), 'seeds.db');
  const first = run(['ingest', seeds, '--db', db, '--json']);
  assert.equal(first.code, 0, first.stderr);
  const summary = JSON.parse(first.stdout) as { stored: number; unchanged: number; failures: unknown[] };
  assert.equal(summary.stored, 5);
  const second = run(['ingest', seeds, '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^0 stored, 0 refused, 5 already stored, 0 failed/);
  const list = run(['list', '--db', db, '--json']);
  assert.equal(list.stdout.trim().split('\n').length, 5);
});

test('stories after ingesting the seeds: four stories, one of them the two January 2017 pages; stories ID lists its pages', () => {
  const db = path.join(tempDir(), 'stories.db');
  assert.equal(run(['ingest', seeds, '--db', db]).code, 0);
  const listed = run(['stories', '--db', db, '--json']);
  assert.equal(listed.code, 0, listed.stderr);
  const stories = listed.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; pages: number; firstPublished: string | null });
  assert.equal(stories.length, 4);
  const shared = stories.find((s) => s.pages === 2);
  assert.ok(shared);
  assert.match(shared.firstPublished ?? '', /^2017-01/);
  const one = run(['stories', shared.id, '--db', db]);
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /2 pages \(0 near-duplicates\)/);
  const missing = run(['stories', 's999', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /s999/);
});

test('demo ingests the fictional examples with their actor file: officials resolve, a page is dated by terms of office', () => {
  const db = path.join(tempDir(), 'demo.db');
  const demo = run(['demo', '--db', db]);
  assert.equal(demo.code, 0, demo.stderr);
  assert.match(demo.stdout, /5 stored, 1 refused/);
  assert.match(demo.stdout, /Ilse Varga \(person, VLD/);
  assert.match(demo.stdout, /published {2}2026-03-12 \(inferred\)/);
  assert.doesNotMatch(demo.stdout, /Lake Ossel \(person/);
});

test('a folder of bad inputs: each named with its reason, the good page stored, exit 1', () => {
  const dir = tempDir();
  const inbox = path.join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(path.join(inbox, 'photo.jpg'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
  writeFileSync(path.join(inbox, 'empty.txt'), '');
  writeFileSync(path.join(inbox, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'valdoria '));
  // Fiction, in windows-1251: a short Valdorian agency page.
  const cyrillic =
    'ВЕЛГРАД, 3 марта. /ВАЛПРЕСС/. Президент Валдории Остап Берг заявил в четверг, что готов к телефонному разговору с президентом Острела, если стороны договорятся о повестке.\n\n' +
    '«Мы готовы к диалогу на любом уровне, но сроки пока не определены», — сказал Берг журналистам в столице после встречи с министрами.\n\n' +
    'По словам пресс-секретаря президента Ивы Керн, переговоры могут пройти в ближайшие недели, однако конкретных договоренностей о дате и месте встречи пока нет.\n';
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  writeFileSync(path.join(inbox, 'velgrad-1251.txt'), Uint8Array.from([...cyrillic].map((c) => table.get(c) ?? 0x3f)));
  const db = path.join(dir, 'bad.db');
  const result = run(['ingest', inbox, '--db', db]);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /photo\.jpg: .*binary.*\[INPUT_BINARY\]/);
  assert.match(result.stdout, /empty\.txt: .*empty.*\[INPUT_EMPTY\]/);
  assert.match(result.stdout, /huge\.txt: .*50\.0 MB.*\[INPUT_TOO_LARGE\]/);
  assert.match(result.stdout, /^1 stored, 0 refused, 0 already stored, 3 failed/);
  const stored = new Database(db, { readonly: true }).prepare('select text, encoding from documents').get() as {
    text: string;
    encoding: string;
  };
  assert.equal(stored.encoding, 'windows-1251');
  assert.match(stored.text, /Президент Валдории Остап Берг/);
});

test('extract --json prints one line per seed page in the DESIGN.md shape', () => {
  const files = readdirSync(seeds).map((f) => path.join(seeds, f));
  const result = run(['extract', ...files, '--json']);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 5);
  for (const line of lines) {
    assert.equal(line.status, 'article');
    assert.equal(typeof line.text, 'string');
    const meta = line.meta as Record<string, unknown>;
    for (const key of ['outlet', 'title', 'standfirst', 'byline', 'dateline', 'published', 'language', 'url', 'section', 'tags'])
      assert.ok(key in meta, key);
  }
});

test('annotate keeps each input id and refers offsets to the given text', () => {
  const input = [
    JSON.stringify({ id: 'v1', text: 'Ostap Berg, the Valdorian president, said on Monday that "talks are possible."' }),
    JSON.stringify({
      id: 'v2',
      html: '<html><body><article><h1>Valdoria</h1><p>The Valdorian foreign minister Ada Rusk met her Ostrel counterpart in Velgrad on Monday, the ministry said in a statement.</p><p>"The talks were useful and frank," Rusk told reporters after the meeting.</p></article></body></html>',
    }),
    '{broken',
  ].join('\n');
  const result = run(['annotate'], input);
  assert.equal(result.code, 1);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string | null; text?: string; error?: unknown });
  assert.equal(lines.length, 3);
  assert.equal(lines[0]?.id, 'v1');
  assert.equal(lines[0]?.text, 'Ostap Berg, the Valdorian president, said on Monday that "talks are possible."');
  assert.equal(lines[1]?.id, 'v2');
  assert.ok(lines[2]?.error);
});

test('bad usage exits 2 with a hint; an unknown document exits 1 naming it', () => {
  const usage = run(['eval', 'no-such-set']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /unknown evaluation set/);
  const missing = run(['show', 'abcdef12', '--db', path.join(tempDir(), 'x.db')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /abcdef12/);
  assert.equal(run(['--help']).code, 0);
  assert.equal(run(['no-such-command']).code, 2);
});

test('cluster reads JSON lines on standard input and prints id<TAB>story; --runs 1 is one pass; a bad --runs exits 2', () => {
  // Fiction: two invented stories, three reports each.
  const lines = [
    ['t1', 'The trial of Dravian port official Emil Rask opened in Solt on Monday; he denies taking bribes.'],
    ['f1', 'A storm flooded the lower town of Vesmar on Thursday and cut power to 40,000 homes.'],
    ['t2', 'Emil Rask, the Dravian port official accused of taking bribes, pleaded not guilty as his trial opened in Solt.'],
    ['f2', 'Floods in Vesmar left 40,000 homes without power after the storm on Thursday.'],
    ['t3', 'Prosecutors in Solt told the court that Emil Rask, a Dravian port official, took bribes.'],
    ['f3', 'Army engineers pumped water out of the lower town of Vesmar after the storm cut power to 40,000 homes.'],
  ]
    .map(([id, text]) => JSON.stringify({ id, text }))
    .join('\n');
  for (const args of [['cluster'], ['cluster', '--input', '-', '--runs', '1']]) {
    const result = run(args, lines);
    assert.equal(result.code, 0, result.stderr);
    const storyOf = new Map(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t') as [string, string]),
    );
    assert.deepEqual([...storyOf.keys()], ['t1', 'f1', 't2', 'f2', 't3', 'f3'], 'input order');
    assert.equal(new Set(['t1', 't2', 't3'].map((id) => storyOf.get(id))).size, 1, args.join(' '));
    assert.equal(new Set(['f1', 'f2', 'f3'].map((id) => storyOf.get(id))).size, 1, args.join(' '));
    assert.notEqual(storyOf.get('t1'), storyOf.get('f1'));
  }
  const bad = run(['cluster', '--runs', '0'], lines);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--runs expects a whole number/);
  const missing = run(['cluster', '--input', path.join(tempDir(), 'none.jsonl')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /none\.jsonl: no such file \[INPUT_NOT_FOUND\]/);
  const broken = run(['cluster'], `${lines}\n{"id": "x", `);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /line 7: expected a JSON object.*\[INPUT_JSONL\].*for cluster "id" and "text"/);
});

function fictionalPage(i: number): string {
  // Fiction: numbered pages of an invented wire service, each one unique.
  return `All news\n\nValdoria and Ostrel discuss item ${i}\n\nVELGRAD, March ${(i % 28) + 1}. /VALPRESS/. The Valdorian foreign ministry said on Tuesday that consultations with Ostrel on item ${i} would continue next month, spokesman Ivo Kern told journalists in the capital after a meeting of the cabinet.\n\n"We are ready to continue the dialogue on item ${i} at any level, but no date has been agreed yet," Kern said, adding that both delegations had worked constructively.\n\nShare\n`;
}

test('kill -9 in the middle of a 5,000-page ingest, then a re-run: every page stored exactly once', async () => {
  const dir = tempDir();
  const pages = path.join(dir, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < 5000; i++) writeFileSync(path.join(pages, `p${String(i).padStart(5, '0')}.txt`), fictionalPage(i));
  const db = path.join(dir, 'crash.db');
  const child: ChildProcess = spawn(process.execPath, [...CLI, 'ingest', pages, '--db', db], { stdio: 'ignore' });
  const countNow = (): number => {
    try {
      const handle = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (handle.prepare('select count(*) as n from documents').get() as { n: number }).n;
      } finally {
        handle.close();
      }
    } catch {
      return 0;
    }
  };
  const deadline = Date.now() + 120_000;
  while (countNow() < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const before = countNow();
  assert.ok(before >= 300 && before < 5000, `killed after ${before} pages`);
  const rerun = run(['ingest', pages, '--db', db, '--json']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { stored: number; unchanged: number };
  assert.equal(summary.stored + summary.unchanged, 5000);
  assert.equal(summary.unchanged, before, 'every page committed before the kill is found again');
  const handle = new Database(db, { readonly: true });
  const counts = handle.prepare('select count(*) as n, count(distinct id) as d, count(distinct origin) as o from documents').get() as {
    n: number;
    d: number;
    o: number;
  };
  assert.deepEqual(counts, { n: 5000, d: 5000, o: 5000 });
});
