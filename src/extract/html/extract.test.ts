// Behaviour tests for extractHtml on small hand-written pages (all content is fiction).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { prepareLanguageDetector } from '../language.js';
import { extractHtml } from './index.js';

// The body's language comes from the shared detector, loaded once as a run does.
before(prepareLanguageDetector);

/** A page with an article body of `n` generic paragraphs and the given extra markup. */
function page(options: { head?: string; before?: string; after?: string; inside?: string; paragraphs?: number } = {}): string {
  const n = options.paragraphs ?? 5;
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    body.push(
      `<p>Paragraph ${i + 1} of the story tells, in plain words, how the small town of Lorvik rebuilt its old bridge, what it cost, and who paid for the work in the end.</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Lorvik rebuilds its bridge | Lorvik Post</title>${options.head ?? ''}</head><body>${options.before ?? ''}<article><h1>Lorvik rebuilds its bridge</h1><div class="article-body">${body.join('')}${options.inside ?? ''}</div></article>${options.after ?? ''}</body></html>`;
}

const FURNITURE_CASES: ReadonlyArray<{ name: string; html: string; leak: string; furniture: string }> = [
  {
    name: 'cookie banner',
    html: page({ before: '<div class="cookie-notice"><p>This site uses cookies to store your preferences, accept them all?</p></div>' }),
    leak: 'uses cookies',
    furniture: 'cookie-banner',
  },
  {
    name: 'share block',
    html: page({ inside: '<div class="social-share"><p>Share this story with your friends on every network</p></div>' }),
    leak: 'Share this story',
    furniture: 'share',
  },
  {
    name: 'related links',
    html: page({
      inside:
        '<div class="related-posts"><h3>More reading</h3><ul><li><a href="/x">The ferry to Orsa is late again this week</a></li><li><a href="/y">A new school opens in the hills above Lorvik</a></li></ul></div>',
    }),
    leak: 'ferry to Orsa',
    furniture: 'related',
  },
  {
    name: 'newsletter box',
    html: page({ after: '<div class="newsletter"><p>Get our morning briefing delivered to your inbox every day.</p></div>' }),
    leak: 'morning briefing',
    furniture: 'newsletter',
  },
  {
    name: 'comments',
    html: page({
      after: '<section id="comments"><p>What a lovely bridge, I walked across it yesterday with my dog and it was great.</p></section>',
    }),
    leak: 'walked across',
    furniture: 'comments',
  },
  {
    name: 'figure caption',
    html: page({
      inside: '<figure><img src="a.jpg"><figcaption>The bridge at dawn, seen from the eastern bank of the river.</figcaption></figure>',
    }),
    leak: 'at dawn',
    furniture: 'caption',
  },
  {
    name: 'navigation',
    html: page({ before: '<nav><a href="/">Home</a> <a href="/news">News desk front page</a></nav>' }),
    leak: 'News desk',
    furniture: 'navigation',
  },
  {
    name: 'footer',
    html: page({ after: '<footer><p>All rights reserved by the Lorvik Post company.</p></footer>' }),
    leak: 'All rights reserved',
    furniture: 'footer',
  },
  {
    name: 'author box named by its class inside the body',
    html: page({
      inside:
        '<div class="entry-author"><p>Mira Tolvan writes about roads and rivers for the Lorvik Post since the old mill closed.</p></div>',
    }),
    leak: 'Mira Tolvan writes',
    furniture: 'byline',
  },
  {
    name: 'affiliate disclosure box inside the body',
    html: page({
      inside: '<div class="affiliate-disclosure"><p>Products are picked by our editors; we may earn a small fee from some links.</p></div>',
    }),
    leak: 'picked by our editors',
    furniture: 'other',
  },
  {
    name: 'call to action inside the body',
    html: page({
      inside: '<div class="inline-cta"><p>Planning a bridge of your own? Ask our builders for a free estimate today.</p></div>',
    }),
    leak: 'free estimate',
    furniture: 'advert',
  },
  {
    name: 'promotional banner inside the body',
    html: page({ inside: '<div class="promo-banner"><p>Lorvik Ferries: three crossings a day, book your seat online now.</p></div>' }),
    leak: 'three crossings',
    furniture: 'advert',
  },
  {
    name: 'reader feedback widget inside the body',
    html: page({ inside: '<div class="post-feedback"><p>Was this story useful to you? Tell us with one click below.</p></div>' }),
    leak: 'Was this story useful',
    furniture: 'other',
  },
  {
    name: 'embedded social post inside the body',
    html: page({
      inside:
        '<blockquote class="twitter-tweet"><p>Crossed the new Lorvik bridge this morning, what a view over the river!</p></blockquote>',
    }),
    leak: 'what a view',
    furniture: 'other',
  },
  {
    name: 'contact form inside the body',
    html: page({
      inside:
        '<form class="contact"><p>Tell us about your project and we will reply within a day.</p><label>Full name</label><input name="n"><label>Email address</label><input name="e"></form>',
    }),
    leak: 'Email address',
    furniture: 'other',
  },
];

for (const c of FURNITURE_CASES) {
  test(`furniture stays out of the text: ${c.name}`, () => {
    const result = extractHtml(c.html);
    assert.equal(result.kind, 'article');
    if (result.kind !== 'article') return;
    assert.ok(result.text.includes('Paragraph 1 of the story'), 'body kept');
    assert.ok(!result.text.includes(c.leak), `"${c.leak}" leaked into the text`);
    const block = result.furniture.find((f) => f.class === c.furniture);
    assert.ok(block, `expected a ${c.furniture} furniture block, found ${result.furniture.map((f) => f.class).join(',')}`);
    assert.ok(c.html.slice(block.start, block.end).includes(c.leak), 'furniture span covers the removed text');
  });
}

test('in-body headings, list items and table rows stay as paragraphs', () => {
  const html = page({
    inside:
      '<h2>What it cost</h2><ul><li>Steel: forty tonnes</li><li>Labour: six months</li></ul><table><tr><td>Year</td><td>Cost</td></tr><tr><td>2020</td><td>Two million</td></tr></table>',
  });
  const result = extractHtml(html);
  assert.equal(result.kind, 'article');
  if (result.kind !== 'article') return;
  const paragraphs = result.paragraphs.map((p) => ({ kind: p.kind, text: result.text.slice(p.start, p.end) }));
  assert.ok(paragraphs.some((p) => p.kind === 'heading' && p.text === 'What it cost'));
  assert.ok(paragraphs.some((p) => p.text === 'Steel: forty tonnes'));
  assert.ok(paragraphs.some((p) => p.text.includes('2020') && p.text.includes('Two million')));
  assert.ok(!result.text.includes('Lorvik rebuilds its bridge'), 'the headline is metadata, not body');
});

test('paragraph spans map to the source and are sorted', () => {
  const html = page();
  const result = extractHtml(html);
  assert.equal(result.kind, 'article');
  if (result.kind !== 'article') return;
  assert.equal(result.paragraphs.length, 5);
  let last = 0;
  for (const p of result.paragraphs) {
    const text = result.text.slice(p.start, p.end);
    assert.ok(html.slice(p.source.start, p.source.end).includes(text.slice(0, 20)), 'source span holds the paragraph');
    assert.ok(p.source.start >= last);
    last = p.source.start;
    assert.equal(p.by, 'extract/html');
  }
  assert.equal(result.text.split('\n\n').length, result.paragraphs.length);
});

const META_CASES: ReadonlyArray<{
  name: string;
  head: string;
  url?: string;
  expect: { title?: string; published?: string | null; rule?: string; outlet?: string; byline?: string; url?: string };
}> = [
  {
    name: 'JSON-LD',
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lorvik rebuilds its bridge","datePublished":"2022-06-30T23:10:00-04:00","author":[{"@type":"Person","name":"Ana Veld"}],"publisher":{"name":"Lorvik Post"}}</script>',
    expect: {
      published: '2022-06-30',
      rule: 'json-ld:datePublished',
      byline: 'Ana Veld',
      outlet: 'Lorvik Post',
      title: 'Lorvik rebuilds its bridge',
    },
  },
  {
    name: 'Open Graph',
    head: '<meta property="article:published_time" content="2021-04-16T08:00:00Z"><meta property="og:site_name" content="Lorvik Post"><link rel="canonical" href="https://post.example/bridge">',
    expect: { published: '2021-04-16', rule: 'meta:article:published_time', outlet: 'Lorvik Post', url: 'https://post.example/bridge' },
  },
  { name: 'time element', head: '', expect: { published: null } },
  { name: 'URL pattern', head: '', url: 'https://post.example/2019/11/05/bridge', expect: { published: '2019-11-05', rule: 'url-path' } },
  {
    name: 'title suffix stripped without an h1 match',
    head: '<meta property="og:title" content="Lorvik rebuilds its bridge">',
    expect: { title: 'Lorvik rebuilds its bridge' },
  },
];

for (const c of META_CASES) {
  test(`metadata: ${c.name}`, () => {
    const result = extractHtml(page({ head: c.head }), c.url ? { url: c.url } : {});
    const meta = result.meta;
    if (c.expect.title !== undefined) assert.equal(meta.title, c.expect.title);
    if (c.expect.published !== undefined) assert.equal(meta.published?.start ?? null, c.expect.published);
    if (c.expect.rule) assert.equal(meta.evidence.published?.rule, c.expect.rule);
    if (c.expect.outlet) assert.equal(meta.outlet, c.expect.outlet);
    if (c.expect.byline) assert.equal(meta.byline, c.expect.byline);
    if (c.expect.url) assert.equal(meta.url, c.expect.url);
  });
}

test('a date written under the headline is read with its source span', () => {
  const html = page({ inside: '' }).replace(
    '<div class="article-body">',
    '<p class="dateline">Published 3 February 2020</p><div class="article-body">',
  );
  const result = extractHtml(html);
  assert.equal(result.meta.published?.start, '2020-02-03');
  const span = result.meta.evidence.published?.span;
  assert.ok(span);
  assert.equal(html.slice(span.start, span.end), '3 February 2020');
});

test('language comes from the text, then from <html lang>', () => {
  const french = page().replace(
    /<p>Paragraph \d+ of the story[^<]*<\/p>/g,
    '<p>Le petit village de Lorvik a reconstruit son vieux pont cette année, et les habitants sont très contents du résultat final.</p>',
  );
  assert.equal(extractHtml(french).meta.language, 'fr');
  assert.equal(extractHtml(page()).meta.language, 'en');
});

const REFUSAL_CASES: ReadonlyArray<{ name: string; html: string }> = [
  {
    name: 'listing page',
    html: `<html><head><title>Section</title></head><body><h1>News</h1>${Array.from({ length: 20 }, (_, i) => `<div class="card"><a href="/s/${i}"><h3>Headline number ${i} about the town</h3></a><a href="/s/${i}">Read more</a></div>`).join('')}</body></html>`,
  },
  {
    name: 'product page',
    html: '<html><head><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"price":"20"}}</script></head><body><h1>Steel kettle</h1><span itemprop="price">20.00</span><form><input name="q"><select><option>Red</option></select><button>Add to basket</button></form><p>A kettle that boils water quickly.</p></body></html>',
  },
  { name: 'empty page', html: '<html><body></body></html>' },
];

for (const c of REFUSAL_CASES) {
  test(`refused: ${c.name}`, () => {
    const result = extractHtml(c.html);
    assert.equal(result.kind, 'refused');
    if (result.kind !== 'refused') return;
    assert.ok(result.confidence > 0 && result.confidence <= 1);
    assert.ok(result.reason === 'not-an-article' || result.reason === 'no-body');
  });
}

test('paywall and next-page links are diagnostics', () => {
  const html = page({
    head: '<link rel="next" href="?page=2"><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>',
  });
  const result = extractHtml(html);
  const rules = result.diagnostics.map((d) => d.rule).sort();
  assert.deepEqual(rules, ['multi-page', 'paywall']);
});

const HOSTILE_CASES: ReadonlyArray<{ name: string; make: () => string; maxMs: number }> = [
  {
    name: 'unclosed tags',
    make: () =>
      `<html><body><div><p>Unclosed paragraph one that goes on for a while, with commas, and more words.<p>Second one, also unclosed, and long enough to count as prose here.<div><span><b><i>${'text '.repeat(50)}`,
    maxMs: 1000,
  },
  {
    name: '10k nested divs',
    make: () =>
      `<html><body>${'<div>'.repeat(10_000)}<p>Deep text, with a comma, that is long enough to score as a paragraph.</p>${'</div>'.repeat(10_000)}</body></html>`,
    maxMs: 2500,
  },
  { name: '10k unclosed nested spans', make: () => `<html><body>${'<span><div>'.repeat(10_000)}deep</body></html>`, maxMs: 2500 },
  { name: 'binary junk', make: () => String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)), maxMs: 1000 },
  { name: 'a 20 MB page', make: () => page({ paragraphs: 120_000 }), maxMs: 20_000 },
];

for (const c of HOSTILE_CASES) {
  test(`survives hostile input: ${c.name}`, () => {
    const html = c.make();
    const t0 = performance.now();
    const result = extractHtml(html);
    const ms = performance.now() - t0;
    assert.ok(result.kind === 'article' || result.kind === 'refused');
    assert.ok(ms < c.maxMs, `took ${ms.toFixed(0)} ms, budget ${c.maxMs} ms`);
  });
}

// Rules added for issue 3 (WCXB quality). All pages are fiction.
const DATE_RULE_CASES: ReadonlyArray<{ name: string; head?: string; inside?: string; url: string; published: string; rule: string }> = [
  {
    name: 'the URL day wins over a metadata day stated in UTC',
    head: '<meta property="article:published_time" content="2031-12-19T03:05:00+00:00">',
    url: 'https://post.example/2031/12/18/lorvik-rebuilds-its-bridge/',
    published: '2031-12-18',
    rule: 'url-path-over-metadata',
  },
  {
    name: 'a month name in the URL path',
    url: 'https://post.example/blog/2031/october/03/lorvik-rebuilds-its-bridge',
    published: '2031-10-03',
    rule: 'url-path',
  },
  {
    name: 'a URL day followed by a plus-joined slug',
    url: 'https://post.example/articles/2031-12-15+Lorvik+rebuilds',
    published: '2031-12-15',
    rule: 'url-path',
  },
  {
    name: 'the page says when it was originally published',
    head: '<meta property="article:published_time" content="2033-02-01T10:00:00Z">',
    inside: '<p>This story was originally published on 14 Sep 2031 at 4:12pm and has since been updated.</p>',
    url: 'https://post.example/articles/lorvik-bridge',
    published: '2031-09-14',
    rule: 'text-originally-published',
  },
  {
    name: 'a digits-only day shown in the other order does not override JSON-LD',
    head: '<script type="application/ld+json">{"@type":"Article","datePublished":"2031-09-10T16:00:00Z"}</script>',
    inside: '<p class="post-date">09.10.2031</p>',
    url: 'https://post.example/articles/lorvik-bridge',
    published: '2031-09-10',
    rule: 'json-ld:datePublished',
  },
  {
    name: 'a day shown in words still overrides JSON-LD',
    head: '<script type="application/ld+json">{"@type":"Article","datePublished":"2031-09-10T16:00:00Z"}</script>',
    inside: '<p class="post-date">3 May 2031</p>',
    url: 'https://post.example/articles/lorvik-bridge',
    published: '2031-05-03',
    rule: 'text-near-headline-over-json-ld',
  },
  {
    name: 'an "originally published" month without a day is not read',
    head: '<meta property="article:published_time" content="2033-02-01T10:00:00Z">',
    inside: '<p>Originally published in March 2031. Last updated on December 20, 2032.</p>',
    url: 'https://post.example/articles/lorvik-bridge',
    published: '2033-02-01',
    rule: 'meta:article:published_time',
  },
  {
    name: 'JSON-LD shipped in a meta tag',
    head: '<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2031-11-17T09:00:00-05:00&quot;}">',
    url: 'https://post.example/articles/lorvik-bridge',
    published: '2031-11-17',
    rule: 'json-ld:datePublished',
  },
];

for (const c of DATE_RULE_CASES) {
  test(`date rule: ${c.name}`, () => {
    const result = extractHtml(page({ head: c.head ?? '', inside: c.inside ?? '' }), { url: c.url });
    assert.equal(result.meta.published?.start ?? null, c.published);
    assert.equal(result.meta.evidence.published?.rule, c.rule);
  });
}

test('date rule: a date line read from a classed element whose text runs on into tags', () => {
  const html = page().replace(
    '</article>',
    '<div class="meta date-section-header"><span>Posted on April 13, 2031</span><div class="tags"><span>Tags:</span><a href="/t/bridges">bridges</a></div></div></article>',
  );
  // The date text ("2031") and the next text ("Tags:") must not run together.
  assert.equal(extractHtml(html).meta.published?.start, '2031-04-13');
});

/** Long generic sentences for bodies that need several paragraphs of prose. */
function prose(i: number): string {
  return `Sentence group ${i} explains, at some length and in plain words, how the council of Lorvik planned the repairs, which stones were replaced, and why the work took two summers.`;
}

const BODY_RULE_CASES: ReadonlyArray<{ name: string; html: string; has: readonly string[]; lacks: readonly string[] }> = [
  {
    name: 'React streamed part (hidden id="S:0") is content',
    html: `<html><body><header><a href="/">Lorvik Post</a></header><main><h1>Lorvik rebuilds its bridge</h1><template id="B:0"></template><p>Loading...</p></main>${[0, 1, 2].map((k) => `<div hidden id="S:${k}"><div class="part">${[1, 2].map((i) => `<p>${prose(2 * k + i)}</p>`).join('')}</div></div>`).join('')}<div hidden id="other"><p>${prose(9)} Hidden draft text.</p></div></body></html>`,
    has: ['Sentence group 1', 'Sentence group 6'],
    lacks: ['Hidden draft text'],
  },
  {
    name: 'a CMS status class ("paragraph-published") is not a byline',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3].map((i) => `<div class="paragraph paragraph-published"><p>${prose(i)}</p></div>`).join('')}<div class="date-published">May 3, 2031</div></article></body></html>`,
    has: ['Sentence group 1', 'Sentence group 3'],
    lacks: ['May 3, 2031'],
  },
  {
    name: 'bare text between <br>s is scored as paragraphs',
    html: `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2031-05-03T08:00:00Z"></head><body><div class="promo">${[1, 2, 3].map((i) => `<div class="card"><p>Try our ledger app ${i}, fast and simple for every small firm in town.</p></div>`).join('')}</div><article><h1>Lorvik rebuilds its bridge</h1><div class="entry-content">${[1, 2, 3, 4, 5].map((i) => `${prose(i)}<br><br>`).join('')}<div class="figure-box"><img src="a.jpg"></div>${prose(6)}</div></article></body></html>`,
    has: ['Sentence group 1', 'Sentence group 6'],
    lacks: ['ledger app'],
  },
  {
    name: 'the author box at the end is cut (byline from metadata)',
    html: `<html><head><meta name="author" content="Ana Veld"></head><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3, 4].map((i) => `<p>${prose(i)}</p>`).join('')}<div class="about"><p>Ana Veld is a reporter at the Lorvik Post who covers roads, bridges and the town council.</p><p>Write to her at the newsroom.</p></div></article></body></html>`,
    has: ['Sentence group 4'],
    lacks: ['is a reporter', 'Write to her'],
  },
  {
    name: 'the byline name inside the story is not an author box',
    html: `<html><head><meta name="author" content="Ana Veld"></head><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3].map((i) => `<p>${prose(i)}</p>`).join('')}<p>Ana Veld said in reply that the council would publish the accounts in the spring.</p><p>${prose(5)}</p></article></body></html>`,
    has: ['Ana Veld said in reply', 'Sentence group 5'],
    lacks: [],
  },
  {
    name: 'a body shipped twice yields each paragraph once',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1><div class="mobile-copy">${[1, 2, 3].map((i) => `<p>${prose(i)}</p>`).join('')}</div><div class="desktop-copy">${[1, 2, 3].map((i) => `<p>${prose(i)}</p>`).join('')}</div><p>Short line.</p><p>Short line.</p></article></body></html>`,
    has: ['Sentence group 1', 'Short line.\n\nShort line.'],
    lacks: [],
  },
  {
    name: 'a teaser list after a "Related posts" heading at the end is cut',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3, 4, 5, 6].map((i) => `<p>${prose(i)}</p>`).join('')}<h3>Related posts</h3><p>The ferry timetable changes.</p><p>A school opens.</p></article></body></html>`,
    has: ['Sentence group 6'],
    lacks: ['Related posts', 'ferry timetable'],
  },
  {
    name: 'a "More from" heading followed by much more text is kept',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2].map((i) => `<p>${prose(i)}</p>`).join('')}<h3>More from the council</h3>${[3, 4, 5].map((i) => `<p>${prose(i)}</p>`).join('')}</article></body></html>`,
    has: ['More from the council', 'Sentence group 5'],
    lacks: [],
  },
  {
    name: 'a list whose items run on past their links is kept',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3].map((i) => `<p>${prose(i)}</p>`).join('')}<ul>${['Orsa Stoneworks of Lorvik and Sons', 'Veld and Daughters Masons of Orsa', 'North Quarry Group of Orsa and Vell'].map((n) => `<li><a href="/x">${n}</a>: cut the arches</li>`).join('')}</ul><p>${prose(4)}</p></article></body></html>`,
    has: ['Orsa Stoneworks of Lorvik and Sons: cut the arches', 'Sentence group 4'],
    lacks: [],
  },
  {
    name: 'a list of bare links stays out',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3].map((i) => `<p>${prose(i)}</p>`).join('')}<ul>${['Roads', 'Rivers', 'Council'].map((n) => `<li><a href="/x">${n}</a></li>`).join('')}</ul><p>${prose(4)}</p></article></body></html>`,
    has: ['Sentence group 4'],
    lacks: ['Rivers'],
  },
  {
    name: 'an affiliate notice at the top of the body is dropped, the topic in the middle is kept',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1><p>This post may contain affiliate links; we may earn a commission at no cost to you.</p>${[1, 2, 3].map((i) => `<p>${prose(i)}</p>`).join('')}<p>The council also asked whether shops on the bridge could use affiliate links to sell souvenirs.</p>${[4, 5, 6, 7, 8].map((i) => `<p>${prose(i)}</p>`).join('')}</article></body></html>`,
    has: ['Sentence group 1', 'use affiliate links to sell'],
    lacks: ['This post may contain'],
  },
  {
    name: 'a source list after a "Sources" heading at the end is cut',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2, 3, 4, 5, 6].map((i) => `<p>${prose(i)}</p>`).join('')}<h3>Sources</h3><p>Lorvik council minutes, 2031.</p></article></body></html>`,
    has: ['Sentence group 6'],
    lacks: ['council minutes'],
  },
  {
    name: 'calls to subscribe, form fine print, rating prompts and control labels are dropped',
    html: `<html><body><article><h1>Lorvik rebuilds its bridge</h1>${[1, 2].map((i) => `<p>${prose(i)}</p>`).join('')}<p>Show Caption</p><p>Sign up for our newsletter and get the week's stories in your inbox.</p><p>By clicking Sign up, you agree to our terms of use.</p>${[3, 4].map((i) => `<p>${prose(i)}</p>`).join('')}<p>Learn more</p><p>The council told residents to subscribe to the river board's flood alerts.</p>${[5, 6].map((i) => `<p>${prose(i)}</p>`).join('')}<p>How useful was this post?</p><p>${prose(7)}</p></article></body></html>`,
    has: ['Sentence group 7', "subscribe to the river board's flood alerts"],
    lacks: ['Show Caption', 'Sign up for our newsletter', 'you agree', 'Learn more', 'How useful'],
  },
];

for (const c of BODY_RULE_CASES) {
  test(`body rule: ${c.name}`, () => {
    const result = extractHtml(c.html);
    assert.equal(result.kind, 'article', result.kind === 'refused' ? result.message : '');
    if (result.kind !== 'article') return;
    for (const s of c.has) assert.ok(result.text.includes(s), `missing "${s}" in:\n${result.text}`);
    for (const s of c.lacks) assert.ok(!result.text.includes(s), `kept "${s}" in:\n${result.text}`);
    if (c.name.startsWith('a body shipped twice')) assert.equal(result.text.split('Sentence group 1').length - 1, 1);
  });
}
