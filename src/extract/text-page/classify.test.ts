import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, splitBlocks } from './blocks.js';
import { isCaption, matchFurniture } from './classify.js';

// Block classifier: line -> class and rule. Lines are generic site furniture or fictional.
const FURNITURE_CASES: readonly [string, string, string][] = [
  ['All news', 'navigation', 'menu-word'],
  ['Back to home', 'navigation', 'menu-word'],
  ['Show more', 'navigation', 'show-more'],
  ['3 pages in this article', 'navigation', 'page-count'],
  ['^', 'navigation', 'symbol-line'],
  ['Share', 'share', 'share-widget'],
  ['SHARE THIS STORY', 'share', 'share-widget'],
  ['{{story.updated_at}}', 'template', 'template-junk'],
  ['Реклама', 'advert', 'advert'],
  ['Advertisement', 'advert', 'advert'],
  ['© Northwire Photo/Lena Broek', 'photo-credit', 'photo-credit'],
  ['Photo: Ledger/Ana Brandt', 'photo-credit', 'photo-credit'],
  ['© 2026 The Lindhaven Ledger. All rights reserved.', 'footer', 'copyright'],
  ['Radio Caldera’s website can also be accessed at the following alternate addresses:', 'footer', 'alternate-addresses'],
  ['www.radiocaldera.example', 'footer', 'domain-line'],
  ['For media enquiries, contact the Press Office.', 'footer', 'press-contact'],
  ['Persons', 'tags', 'tag-label'],
  ['Topics:', 'tags', 'tag-label'],
  ['Read also', 'teaser', 'teaser-label'],
  ['Читайте также', 'teaser', 'teaser-label'],
  ['Most read', 'sidebar', 'sidebar-header'],
  ['TOP STORIES', 'sidebar', 'sidebar-header'],
  ['In other media', 'sidebar', 'sidebar-header'],
  ['7', 'sidebar', 'list-number'],
  ['March 12, 16:45 UTC+2', 'page-time', 'page-time'],
  ['12 марта 2026, 14:20', 'page-time', 'page-time'],
  ['Statement by the Press Office, 2 June 2026', 'page-time', 'labelled-date'],
  ['News / Valdora / Editor’s Choice', 'breadcrumb', 'breadcrumb'],
  ['Home › World › Politics', 'breadcrumb', 'breadcrumb'],
  ['By Oskar Lindqvist', 'byline', 'byline'],
  ['We use cookies to improve your experience.', 'cookie-banner', 'cookie-banner'],
  ['Sign up for our newsletter', 'newsletter', 'newsletter'],
  ['Comments (12)', 'comments', 'comments'],
  ['(Fictional example page written for dateline.)', 'other', 'fiction-notice'],
];

for (const [line, cls, rule] of FURNITURE_CASES) {
  test(`furniture: ${JSON.stringify(line)} -> ${cls}/${rule}`, () => {
    const verdict = matchFurniture(line);
    assert.equal(verdict?.class, cls);
    assert.equal(verdict?.rule, rule);
  });
}

// Negatives: body sentences and headings that share words with furniture must not match.
const NOT_FURNITURE: readonly string[] = [
  'Valdora and Marest agreed to share intelligence on border crossings, the ministry said.',
  'By then the talks had collapsed.',
  'By Monday, the two presidents had spoken twice.',
  'Most read the statement as a rebuke to Corvana.',
  'The photo shows the two leaders shaking hands.',
  'Sanctions remain in place',
  'News of the call reached Lindhaven on Thursday.',
  'Read the full statement of the ministry below, the spokesman told reporters.',
  'He said the website of the ministry had been down since Monday.',
  'The president will travel to Tessel / Marest next week to meet officials there.',
  'Topics discussed included fishing rights and the border.',
  'On March 12, 2026, the two presidents spoke by phone.',
];

for (const line of NOT_FURNITURE) {
  test(`not furniture: ${JSON.stringify(line)}`, () => {
    assert.equal(matchFurniture(line), null);
  });
}

// Captions: (line, next line, is it a caption?)
const CAPTION_CASES: readonly [string, string, boolean][] = [
  ['President Ilse Varga (L) and Foreign Minister Anya Koszel (R)', '', true],
  ['The two presidents at a summit in Tessel (file photo via Caldera Images)', '', true],
  ['Ilse Varga and Tomas Rendell attend a ceremony in Tessel on May 14, 2026. (Photos by Northwire)', '', true],
  ['Ilse Varga speaks to reporters as Anya Koszel looks on at the palace on March 3, 2026 in Corvana.', '', true],
  ['Ilse Varga and Tomas Rendell', '© Northwire Photo/Lena Broek', true],
  ['Ilse Varga and Tomas Rendell Presidential press service/NORTHWIRE', '', true],
  ['The leaders will attend the summit on May 14, 2026 in Tessel, officials said.', '', false],
  ['Varga spoke to Rendell by phone on Thursday, her spokesman said.', '', false],
  ['The accord was signed on March 3, 2019 in Corvana by both foreign ministers.', '', false],
];

for (const [line, next, expected] of CAPTION_CASES) {
  test(`caption ${expected ? 'yes' : 'no'}: ${JSON.stringify(line.slice(0, 50))}`, () => {
    const blocks = splitBlocks(next ? `${line}\n${next}` : line);
    const [first, second] = blocks;
    assert.ok(first);
    assert.equal(isCaption(first, second), expected);
  });
}

test('blocks: a hard-wrapped paragraph is one block, CRLF and NBSP are normalised', () => {
  const source = 'Title line here now\r\n\r\nThe president said the talks\r\nwould resume\u00a0on Monday.\r\nShare\r\n';
  const blocks = splitBlocks(source);
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['Title line here now', 'The president said the talks would resume on Monday.', 'Share'],
  );
  const second = blocks[1];
  assert.ok(second);
  assert.equal(source.slice(second.start, second.end), 'The president said the talks\r\nwould resume\u00a0on Monday.');
});

// Blocks: (source, expected block texts, expected word counts). Lines with only single plain
// spaces keep their own text; any other whitespace (tabs, NBSP, thin and ideographic spaces,
// BOM, runs of spaces) is collapsed to one space; hard-wrapped lines join with one space.
const BLOCK_CASES: readonly [string, readonly string[], readonly number[]][] = [
  ['One two three', ['One two three'], [3]],
  ['  One two  three\t', ['One two three'], [3]],
  ['One\u00a0two\u2009three\u3000four\ufefffive', ['One two three four five'], [5]],
  ['Alpha\n\nBeta gamma\n\n\n   \nDelta', ['Alpha', 'Beta gamma', 'Delta'], [1, 2, 1]],
  ['The minister said that the\ntalks would resume\non Monday.', ['The minister said that the talks would resume on Monday.'], [10]],
  ['The minister said that the\n\u00a0talks  would resume.', ['The minister said that the talks would resume.'], [8]],
  ['Two words\nlower case line', ['Two words', 'lower case line'], [2, 3]],
  ['Title: Valdora\nécoles ouvertes', ['Title: Valdora', 'écoles ouvertes'], [2, 2]],
  ['Trois mots ici\nécoles ouvertes', ['Trois mots ici écoles ouvertes'], [5]],
  ['', [], []],
];

for (const [source, texts, words] of BLOCK_CASES) {
  test(`blocks: ${JSON.stringify(source.slice(0, 40))}`, () => {
    const blocks = splitBlocks(source);
    assert.deepEqual(
      blocks.map((b) => b.text),
      texts,
    );
    assert.deepEqual(
      blocks.map((b) => b.words),
      words,
    );
    for (const b of blocks) assert.equal(b.words, countWords(b.text));
  });
}
