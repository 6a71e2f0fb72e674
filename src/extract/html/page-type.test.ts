// Table-driven tests for the page-type features and the title and date rules added for
// the WCXB targets. Every page here is fiction written for the tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSlashDay, formatDay } from './dates.js';
import { extractHtml, extractHtmlWithTrace } from './index.js';
import { countPersonWords, readUrlShape } from './page-type.js';

const URL_CASES: ReadonlyArray<{ url: string; depth: number; slugWords: number; hasQuery: boolean }> = [
  { url: 'https://news.example/', depth: 0, slugWords: 0, hasQuery: false },
  { url: 'https://news.example/en-us/', depth: 0, slugWords: 0, hasQuery: false },
  { url: 'https://news.example/2031/04/02/lorvik-council-votes-to-rebuild-the-old-bridge/', depth: 4, slugWords: 8, hasQuery: false },
  { url: 'https://shop.example/kettles?page=2', depth: 1, slugWords: 1, hasQuery: true },
  { url: 'https://docs.example/guide/getting_started.html', depth: 2, slugWords: 2, hasQuery: false },
  { url: 'not a url', depth: 0, slugWords: 0, hasQuery: false },
];

for (const c of URL_CASES) {
  test(`readUrlShape: ${c.url}`, () => {
    assert.deepEqual(readUrlShape(c.url), { depth: c.depth, slugWords: c.slugWords, hasQuery: c.hasQuery });
  });
}

const PERSON_CASES: ReadonlyArray<{ name: string; text: string; you: boolean; we: boolean; i: boolean }> = [
  {
    name: 'reporting',
    text: 'The council of Lorvik voted on Tuesday to rebuild the bridge, the mayor said.',
    you: false,
    we: false,
    i: false,
  },
  {
    name: 'sales copy',
    text: 'We build kitchens that last. Our team will visit you and plan your new room with you.',
    you: true,
    we: true,
    i: false,
  },
  { name: 'forum post', text: 'I tried this on my old drill and it worked for me after a while.', you: false, we: false, i: true },
];

for (const c of PERSON_CASES) {
  test(`countPersonWords: ${c.name}`, () => {
    const r = countPersonWords(c.text);
    assert.equal(r.youRate > 0, c.you);
    assert.equal(r.weRate > 0, c.we);
    assert.equal(r.iRate > 0, c.i);
  });
}

const SLASH_CASES: ReadonlyArray<{ text: string; monthFirst: boolean; day: string | null }> = [
  { text: 'Updated: 10/31/2030', monthFirst: false, day: '2030-10-31' },
  { text: 'Posted on the 15/12/2030 at 19:00', monthFirst: false, day: '2030-12-15' },
  { text: '3/4/2030', monthFirst: true, day: '2030-03-04' },
  { text: '3/4/2030', monthFirst: false, day: null },
  { text: 'no date here', monthFirst: true, day: null },
];

for (const c of SLASH_CASES) {
  test(`findSlashDay: ${c.text} (month first: ${c.monthFirst})`, () => {
    const found = findSlashDay(c.text, c.monthFirst);
    assert.equal(found ? formatDay(found) : null, c.day);
  });
}

const PARAGRAPHS = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} tells, in plain words, how the harbour town of Emberly repaired its sea wall after the storm, what the work cost and who paid for it.</p>`,
).join('');

/** A small article page: `head` goes into <head>, `top` above the body, `lang` on <html>. */
function articlePage(options: { head?: string; top?: string; lang?: string }): string {
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head>${options.head ?? ''}</head><body><main>${options.top ?? ''}<div class="entry-content">${PARAGRAPHS}</div></main></body></html>`;
}

const TITLE_CASES: ReadonlyArray<{ name: string; html: string; title: string }> = [
  {
    name: 'site-name h1, post title in an h2 the metadata confirms',
    html: articlePage({
      head: '<title>Mending the Emberly sea wall - Harbour Notes</title><meta property="og:title" content="Mending the Emberly sea wall">',
      top: '<h1>Harbour Notes</h1><h2>Mending the Emberly sea wall</h2>',
    }),
    title: 'Mending the Emberly sea wall',
  },
  {
    name: 'h2 shortened from a longer metadata title',
    html: articlePage({
      head: '<meta property="og:title" content="The sea wall of Emberly, mended in nine weeks | Harbour Notes"><meta property="og:site_name" content="Harbour Notes">',
      top: '<h1>Harbour Notes</h1><h2>The sea wall of Emberly, mended</h2>',
    }),
    title: 'The sea wall of Emberly, mended in nine weeks',
  },
  {
    name: 'short label after a pipe in the h1',
    html: articlePage({ top: '<h1>How Emberly mended its sea wall | Opinion</h1>' }),
    title: 'How Emberly mended its sea wall',
  },
  {
    name: 'date printed at the start of the h1',
    html: articlePage({ top: '<h1><span>March 2, 2031</span> Emberly mends its sea wall</h1>' }),
    title: 'Emberly mends its sea wall',
  },
  {
    name: 'typographic apostrophe',
    html: articlePage({ top: '<h1>Emberly’s sea wall is mended</h1>' }),
    title: "Emberly's sea wall is mended",
  },
];

for (const c of TITLE_CASES) {
  test(`title: ${c.name}`, () => {
    const r = extractHtml(c.html);
    assert.equal(r.meta.title, c.title);
  });
}

const DATE_CASES: ReadonlyArray<{ name: string; html: string; day: string | null }> = [
  {
    name: 'publisher meta key not in the list',
    html: articlePage({ head: '<meta name="x-published-date" content="2031-02-16">', top: '<h1>Emberly mends its sea wall</h1>' }),
    day: '2031-02-16',
  },
  {
    name: 'unambiguous slash date under the headline',
    html: articlePage({ top: '<h1>Emberly mends its sea wall</h1><div><i>Updated: 10/31/2030</i></div>' }),
    day: '2030-10-31',
  },
  {
    name: 'ambiguous slash date on an English page reads month first',
    html: articlePage({ top: '<h1>Emberly mends its sea wall</h1><span class="time">3/4/2031</span>' }),
    day: '2031-03-04',
  },
  {
    name: 'ambiguous slash date on a French page is not read',
    html: articlePage({ lang: 'fr', top: '<h1>Emberly répare sa digue</h1><span class="time">3/4/2031</span>' }),
    day: null,
  },
];

for (const c of DATE_CASES) {
  test(`date: ${c.name}`, () => {
    const r = extractHtml(c.html);
    assert.equal(r.meta.published?.start ?? null, c.day);
  });
}

const PAGE_TYPE_CASES: ReadonlyArray<{ name: string; html: string; url: string; article: boolean }> = [
  {
    name: 'news article with article markup',
    html: articlePage({
      head: '<meta property="og:type" content="article"><meta property="article:published_time" content="2031-03-02T08:00:00Z">',
      top: '<h1>Emberly mends its sea wall after the winter storm</h1>',
    }),
    url: 'https://harbour.example/news/2031/03/02/emberly-mends-its-sea-wall-after-the-winter-storm/',
    article: true,
  },
  {
    name: 'shop category grid',
    html: `<!doctype html><html lang="en"><head><title>Kettles</title><meta property="og:type" content="website"></head><body><h1>Kettles</h1><div class="grid">${Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="product-card"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""><h3>Stove kettle ${i}</h3></a><span class="price">$${20 + i}.99</span><a class="btn add-to-cart" href="/cart?add=${i}">Add to cart</a></div>`,
    ).join('')}</div></body></html>`,
    url: 'https://shop.example/collections/kettles',
    article: false,
  },
];

for (const c of PAGE_TYPE_CASES) {
  test(`page type: ${c.name}`, () => {
    const r = extractHtml(c.html, { url: c.url });
    assert.equal(r.kind === 'article', c.article, r.kind === 'refused' ? r.message : 'accepted');
  });
}

// Shop, forum and sales clues (issue 3): what the page-type features read from a page.
const CLUE_CASES: ReadonlyArray<{
  name: string;
  html: string;
  expect: { cartButton: boolean; replyControls: number; bodyPrices: number; salesCall: boolean };
}> = [
  {
    name: 'plain news story: no clue',
    html: articlePage({ top: '<h1>Emberly mends its sea wall</h1>' }),
    expect: { cartButton: false, replyControls: 0, bodyPrices: 0, salesCall: false },
  },
  {
    name: 'shop page: cart control and prices',
    html: `<html><body><main><h1>Stove kettle, enamel</h1><div class="desc"><p>A sturdy enamel kettle for the stove, now $24.99 instead of $31.00, in three colours for every kitchen in Emberly.</p><p>Ships in two days; returns within thirty days are free of charge for every order.</p></div><button class="add-to-cart">Add to Cart</button></main></body></html>`,
    expect: { cartButton: true, replyControls: 0, bodyPrices: 2, salesCall: false },
  },
  {
    name: 'forum thread: reply and quote controls',
    html: `<html><body><main><h1>Best bait for the harbour pier?</h1>${[1, 2, 3]
      .map(
        (i) =>
          `<div class="post"><p>Post ${i}: I have tried worms and small shrimp off the Emberly pier, and the shrimp did better at dusk.</p><a href="#r${i}">Reply</a> <a href="#q${i}"> Quote </a></div>`,
      )
      .join('')}</main></body></html>`,
    expect: { cartButton: false, replyControls: 6, bodyPrices: 0, salesCall: false },
  },
  {
    name: 'service page: a call for a demo',
    html: `<html><body><main><h1>Ledger software for small firms</h1><p>Our ledger keeps the books of small firms in Emberly tidy, with reports every month and support by phone.</p><a class="btn" href="/demo">Request a demo</a></main></body></html>`,
    expect: { cartButton: false, replyControls: 0, bodyPrices: 0, salesCall: true },
  },
];

for (const c of CLUE_CASES) {
  test(`page-type clues: ${c.name}`, () => {
    const { trace } = extractHtmlWithTrace(c.html, { url: 'https://site.example/emberly-page' });
    const f = trace.features;
    assert.deepEqual(
      { cartButton: f.cartButton, replyControls: f.replyControls, bodyPrices: f.bodyPrices, salesCall: f.salesCall },
      c.expect,
    );
  });
}

test('page-type clues leave a short wire story accepted', () => {
  // Fiction: four short paragraphs with a dateline and quotes, one mentioning a price.
  const html = `<!doctype html><html lang="en"><head><title>Velgrad port reopens</title></head><body><article><h1>Velgrad port reopens after the storm</h1><p>VELGRAD, March 3. The port of Velgrad reopened on Tuesday after a storm closed it for two days, the harbour office said.</p><p>"The cranes are working again," the harbour master Ivo Kern said. Repairs cost about $2 million, he added.</p><p>Ferries to Ostrel will sail on Wednesday morning, the ferry company said in a statement.</p><p>The storm also cut power to parts of the old town, where crews worked through the night.</p></article></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.kind, 'article', result.kind === 'refused' ? result.message : '');
});
