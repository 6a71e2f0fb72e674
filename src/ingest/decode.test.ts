import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatelineError } from '../core/errors.js';
import { decodeBytes } from './decode.js';

// Fiction: short lines about the invented republic of Valdoria, encoded many ways.
const russian = 'Президент Валдории Остап Берг заявил, что переговоры состоятся в четверг. Пресс-секретарь подтвердил это журналистам.';
const english = 'The Valdorian president said on Thursday that talks would take place. “Ready,” he said.';

function encodeUtf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (bigEndian) bytes.swap16();
  return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]) : bytes;
}

function encodeSingleByte(text: string, encoding: 'windows-1251' | 'koi8-r'): Uint8Array {
  // Build the byte table by decoding every byte value once.
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

const decodes: Array<[string, Uint8Array, string, string]> = [
  ['plain UTF-8', Buffer.from(english), 'utf-8', english],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(russian)]), 'utf-8', russian],
  ['UTF-16LE with BOM', encodeUtf16(english, false, true), 'utf-16le', english],
  ['UTF-16BE with BOM', encodeUtf16(english, true, true), 'utf-16be', english],
  ['UTF-16LE without BOM', encodeUtf16(english, false, false), 'utf-16le', english],
  ['windows-1251', encodeSingleByte(russian, 'windows-1251'), 'windows-1251', russian],
  ['KOI8-R', encodeSingleByte(russian, 'koi8-r'), 'koi8-r', russian],
  [
    'windows-1252 Latin',
    Uint8Array.from([...'Caf\u00e9 talks in Valdoria ended.'].map((c) => c.charCodeAt(0))),
    'windows-1252',
    'Café talks in Valdoria ended.',
  ],
  ['CRLF normalised', Buffer.from('Line one.\r\nLine two.\r\n'), 'utf-8', 'Line one.\nLine two.\n'],
];

for (const [name, bytes, encoding, text] of decodes) {
  test(`decodes ${name}`, () => {
    const decoded = decodeBytes(bytes, 'page.txt');
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.text, text);
  });
}

test('a declared meta charset wins over sniffing for non-UTF-8 bytes', () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'),
    encodeSingleByte('Валдория', 'windows-1251'),
    Buffer.from('</p></body></html>'),
  ]);
  const decoded = decodeBytes(html, 'page.html');
  assert.equal(decoded.encoding, 'windows-1251');
  assert.match(decoded.text, /Валдория/);
  assert.equal(decoded.how, 'declared');
});

const refusals: Array<[string, Uint8Array, string, RegExp]> = [
  ['an empty file', new Uint8Array(), 'INPUT_EMPTY', /empty/],
  ['white space only', Buffer.from('  \n\t \r\n'), 'INPUT_EMPTY', /empty|white space/],
  ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'INPUT_BINARY', /PNG/],
  ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'INPUT_BINARY', /PDF/],
  ['random bytes with NULs', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), 'INPUT_BINARY', /binary/],
];

for (const [name, bytes, code, message] of refusals) {
  test(`refuses ${name} with ${code}, naming the file`, () => {
    assert.throws(
      () => decodeBytes(bytes, 'inbox/thing.bin'),
      (error: unknown) =>
        error instanceof DatelineError &&
        error.code === code &&
        message.test(error.message) &&
        error.describe().startsWith('inbox/thing.bin: '),
    );
  });
}
