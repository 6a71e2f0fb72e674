// Generic sentences and invented names only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstWord, hasLetterOrDigit, hasWords, isJsSpace, type Word, wordsIn } from './words.js';

/** The regex definitions the scanners replace: they must agree on every input. */
function referenceWordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu)) {
    let w = m[0];
    while (w.length > 1 && /[.’'&-]$/.test(w) && !/^(?:[A-Z]\.)+$/.test(w)) w = w.slice(0, -1);
    const s = start + m.index;
    out.push({ start: s, end: s + w.length, lower: w.toLowerCase(), cap: /^\p{Lu}/u.test(w) });
  }
  return out;
}

function referenceFirstWord(text: string, pos: number, ceil: number): Word | null {
  const slice = text.slice(pos, Math.min(ceil, pos + 60));
  const m = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/u.exec(slice);
  if (!m || /\S/.test(slice.slice(0, m.index))) return null;
  const s = pos + m.index;
  return { start: s, end: s + m[0].length, lower: m[0].toLowerCase(), cap: /^\p{Lu}/u.test(m[0]) };
}

function referenceHasWords(text: string, start: number, end: number, min: number): boolean {
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = start;
  for (let n = 0; n < min; n++) {
    const m = re.exec(text);
    if (!m || m.index + m[0].length > end) return false;
  }
  return true;
}

const SAMPLES = [
  'The minister said on Monday that the U.S. talks would go on.',
  "Officials' remarks -- and the envoy's too -- were brief.",
  'Varr’s aide, 45, said: “We’re ready.”',
  '  Ö. Ånsgar & Co. told reporters the A.B.C. plan was “over-ambitious…”',
  'Die Stadt Ärø sagte: 12.5% mehr — und 3-4 Tage.',
  'The 𝐀lpha team said 𝟏𝟐 things\u00a0today\u2003again.',
  '\u202fTabs\tand\u2028lines\u3000here.',
  "''Quoted'' words and trailing dashes- and dots... end.",
  '',
];

test('wordsIn agrees with the regex definition on every stretch', () => {
  for (const text of SAMPLES) {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        assert.deepEqual(wordsIn(text, start, end), referenceWordsIn(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`);
      }
    }
  }
});

test('firstWord agrees with the regex definition at every position', () => {
  for (const text of SAMPLES) {
    for (let pos = 0; pos <= text.length; pos++) {
      for (const ceil of [text.length, pos + 3, pos + 80]) {
        assert.deepEqual(firstWord(text, pos, ceil), referenceFirstWord(text, pos, ceil), `${JSON.stringify(text)} at ${pos}`);
      }
    }
  }
});

test('hasWords agrees with the regex definition on every stretch', () => {
  for (const text of SAMPLES) {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        for (const min of [1, 2, 3]) {
          assert.equal(
            hasWords(text, start, end, min),
            referenceHasWords(text, start, end, min),
            `${JSON.stringify(text)} [${start}, ${end}) ${min}`,
          );
        }
      }
    }
  }
});

test('hasLetterOrDigit agrees with the regex on every stretch', () => {
  for (const text of SAMPLES) {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const expected = /[\p{L}\p{N}]/u.test(text.slice(start, end));
        assert.equal(hasLetterOrDigit(text, start, end), expected, `${JSON.stringify(text)} [${start}, ${end})`);
      }
    }
  }
});

test('isJsSpace matches \\s on every BMP code unit', () => {
  for (let code = 0; code < 0x10000; code++) {
    assert.equal(isJsSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  }
});
