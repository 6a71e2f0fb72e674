/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot, sharedDir } from '../../eval/shared-dir.js';
import { openDatabase } from '../../store/database.js';
import { DocumentStore } from '../../store/repository.js';
import { createApp } from '../http/app.js';
import { ingestPaths } from '../service/ingest.js';

/**
 * End-to-end tests of the web UI in a real browser (Debian chromium driven by
 * playwright-core) against a real server on loopback, over the seed pages and a hostile
 * page. Screenshots of every view go to test-results/screenshots/.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = path.join(projectRoot(), 'test-results', 'screenshots');
const webRoot = path.join(projectRoot(), 'web', 'dist');

// Fiction: a hostile page of an invented outlet, carrying script payloads as page text.
const HOSTILE = `<!doctype html><html lang="en"><head><title>Valdoria &lt;img src=x onerror="window.__pwned=1"&gt; talks</title>
<meta property="og:site_name" content="Valpress (fiction)"></head><body><article>
<h1>Valdoria &lt;img src=x onerror="window.__pwned=1"&gt; talks</h1>
<p>VELGRAD, March 3. The Valdorian president Ostap Berg said on Tuesday that talks with Ostrel were possible. &lt;script&gt;window.__pwned=1&lt;/script&gt; was printed in a comment field.</p>
<p>"We are ready for a phone call," Berg said. A link read &lt;a href="javascript:window.__pwned=1"&gt;click&lt;/a&gt; and nobody clicked it.</p>
<p>The spokesman Ivo Kern told reporters that no date had been set. He added that the ministries would talk first, and that the call was not planned yet.</p>
<p><img src="x" onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">more</a><script>window.__pwned=1</script></p>
</article></body></html>`;

let browser: Browser;
let base = '';
let close: () => void = () => undefined;

before(async () => {
  assert.ok(existsSync(path.join(webRoot, 'index.html')), 'the web UI is not built: run "npm run build" first');
  assert.ok(existsSync(CHROMIUM), `no chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-web-'));
  const store = new DocumentStore(openDatabase(path.join(dir, 'web.db')));
  const hostile = path.join(dir, 'hostile.html');
  writeFileSync(hostile, HOSTILE);
  const summary = await ingestPaths(store, [path.join(sharedDir(), 'seeds'), hostile]);
  assert.equal(summary.failures.length, 0, JSON.stringify(summary.failures));
  const app = createApp({ store, webRoot });
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
    close = () => server.close();
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  close();
});

async function newPage(width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

test('timeline → article → speaker, with screenshots of each view', async () => {
  const page = await newPage();
  await page.goto(`${base}/#/timeline`);
  await page.locator('.entry').first().waitFor();
  const entries = await page.locator('.entry').count();
  assert.ok(entries >= 3, `expected at least 3 timeline entries, found ${entries}`);
  assert.ok((await page.locator('.entry .badge').count()) > 0);
  await page.screenshot({ path: path.join(shots, 'timeline.png'), fullPage: true });

  await page.locator('.entry .sources a').first().click();
  await page.locator('article .text p').first().waitFor();
  assert.ok((await page.locator('mark.mark-quote').count()) > 0, 'quotes are highlighted');
  await page.locator('mark.mark-quote').first().hover();
  assert.match((await page.locator('.explain').textContent()) ?? '', /quote/);
  await page.getByLabel('Removed furniture').check();
  await page.locator('.furniture tr').nth(1).waitFor();
  await page.screenshot({ path: path.join(shots, 'article.png'), fullPage: true });

  await page.goto(`${base}/#/people`);
  await page.getByRole('link', { name: 'Dmitry Peskov' }).first().click();
  await page.locator('.quotes li').first().waitFor();
  assert.ok((await page.locator('.quotes li').count()) >= 3, 'Peskov said several things');
  await page.screenshot({ path: path.join(shots, 'speaker.png'), fullPage: true });
  await page.close();
});

test('search finds pages and shows highlighted snippets', async () => {
  const page = await newPage();
  await page.goto(`${base}/#/search?q=telephone`);
  await page.locator('.hits li').first().waitFor();
  assert.ok((await page.locator('.hits mark').count()) > 0);
  await page.screenshot({ path: path.join(shots, 'search.png'), fullPage: true });
  await page.close();
});

test('a hostile page stays inert: its payloads show as text and never run', async () => {
  const page = await newPage();
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto(`${base}/#/pages`);
  await page
    .getByRole('link', { name: /Valdoria/ })
    .first()
    .click();
  await page.locator('article .text p').first().waitFor();
  await page.getByLabel('Removed furniture').check();
  await page.locator('.text p').first().hover();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('article img, article script, article a[href^="javascript:"]').count(), 0);
  assert.match((await page.locator('#doc-title').textContent()) ?? '', /<img src=x onerror=/);
  await page.screenshot({ path: path.join(shots, 'hostile.png'), fullPage: true });
  await page.close();
});

test('usable by keyboard and at phone width', async () => {
  const page = await newPage(390, 844);
  await page.goto(`${base}/#/timeline`);
  await page.locator('.entry').first().waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Skip link, brand-less nav: Timeline, then Stories.
  await page.waitForFunction(() => location.hash === '#/stories');
  await page.locator('.stories > li').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'stories-phone.png'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px at phone width`);
  await page.goto(`${base}/#/ingest`);
  await page.locator('.drop').focus();
  await page.screenshot({ path: path.join(shots, 'ingest-phone.png'), fullPage: true });
  await page.close();
});

test('ingest by upload shows progress and the outcome per file', async () => {
  const page = await newPage();
  await page.goto(`${base}/#/ingest`);
  await page.locator('input[type=file]').setInputFiles([
    {
      name: 'valdoria-note.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'VELGRAD, May 2. /VALPRESS/. The Valdorian foreign minister Ada Rusk met her Ostrel counterpart on Monday in the capital, the ministry said in a statement after the talks had ended.\n\n' +
          '"The talks were useful and frank, and we agreed to meet again before the summer," Rusk told reporters after the meeting in Velgrad, adding that trade was discussed at length.\n',
      ),
    },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
  ]);
  await page.locator('.upload-failed').waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('.uploads li').length === 2 && !document.body.textContent?.includes('sending'),
  );
  assert.match((await page.locator('.uploads').textContent()) ?? '', /valdoria-note\.txt: stored/);
  assert.match((await page.locator('.uploads').textContent()) ?? '', /empty\.txt: failed/);
  await page.screenshot({ path: path.join(shots, 'ingest.png'), fullPage: true });
  await page.close();
});
