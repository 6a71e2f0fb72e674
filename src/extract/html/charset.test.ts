import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHtmlBytes } from './charset.js';

/** Bytes of a string in windows-1251 (Cyrillic letters only, enough for the tests). */
function cp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (code === 0x401) out.push(0xa8);
    else if (code === 0x451) out.push(0xb8);
    else throw new Error(`no windows-1251 byte for ${ch}`);
  }
  return new Uint8Array(out);
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const CASES: ReadonlyArray<{ name: string; bytes: Uint8Array; contentType?: string; encoding: string; contains: string }> = [
  {
    name: 'windows-1251 with <meta charset>',
    bytes: cp1251('<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'),
    encoding: 'windows-1251',
    contains: 'Привет, мир',
  },
  {
    name: 'windows-1251 with http-equiv',
    bytes: cp1251('<meta http-equiv="Content-Type" content="text/html; charset=cp1251"><p>Ёлка</p>'),
    encoding: 'windows-1251',
    contains: 'Ёлка',
  },
  {
    name: 'UTF-8 BOM wins over a wrong meta',
    bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('<meta charset="windows-1251"><p>Grüße</p>')),
    encoding: 'utf-8',
    contains: '<meta charset="windows-1251"><p>Grüße',
  },
  {
    name: 'HTTP header charset',
    bytes: cp1251('<p>Дом</p>'),
    contentType: 'text/html; charset=windows-1251',
    encoding: 'windows-1251',
    contains: 'Дом',
  },
  { name: 'no declaration: UTF-8', bytes: utf8('<p>naïve café</p>'), encoding: 'utf-8', contains: 'naïve café' },
  { name: 'unknown label falls back to UTF-8', bytes: utf8('<meta charset="x-klingon"><p>ok</p>'), encoding: 'utf-8', contains: 'ok' },
  {
    name: 'meta says UTF-16 in ASCII bytes: UTF-8',
    bytes: utf8('<meta charset="utf-16"><p>plain</p>'),
    encoding: 'utf-8',
    contains: 'plain',
  },
  {
    name: 'UTF-16LE BOM',
    bytes: concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from('<p>hi</p>', 'utf16le'))),
    encoding: 'utf-16le',
    contains: '<p>hi</p>',
  },
];

for (const c of CASES) {
  test(`decodeHtmlBytes: ${c.name}`, () => {
    const decoded = decodeHtmlBytes(c.bytes, c.contentType);
    assert.equal(decoded.encoding, c.encoding);
    assert.ok(decoded.text.includes(c.contains), `expected ${JSON.stringify(c.contains)} in ${JSON.stringify(decoded.text)}`);
    assert.ok(!decoded.text.startsWith('\ufeff'), 'BOM removed');
  });
}
