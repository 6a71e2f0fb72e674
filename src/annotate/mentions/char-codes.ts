/**
 * The UTF-16 code units of a text in a typed array, for scanners that read a page
 * character by character. `String.prototype.charCodeAt` checks the string's layout on
 * every call (about 4-7 ns a character on the bench machine); the array, filled by one
 * native copy (`Buffer#write` in UTF-16LE, ~0.05 ns a character), is read at ~1-2 ns.
 */

/** Texts longer than this get an array of their own, so that one huge page is not kept. */
const MAX_POOLED_UNITS = 1 << 20;
/** Whether this platform's Uint16Array is little-endian, as Buffer's UTF-16LE is. */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A reader of code units (see {@link makeCharCodes}). */
export type CharCodes = (text: string) => Uint16Array;

/**
 * Makes a reader returning the code units of a text: element i is `text.charCodeAt(i)`
 * for i < text.length. The array is reused (and refilled) by the next call with another
 * text: a caller asks for it again each time it starts reading, and keeps it only while it
 * reads that one text without calling other code that reads another.
 *
 * @example
 * const codesOf = makeCharCodes();
 * codesOf('Hi')[1]; // 105
 */
export function makeCharCodes(): CharCodes {
  let buffer = Buffer.allocUnsafeSlow(2048);
  let units = new Uint16Array(buffer.buffer, buffer.byteOffset, buffer.length >>> 1);
  let last: string | null = null;
  return (text: string): Uint16Array => {
    if (text === last) return units;
    const length = text.length;
    if (length > MAX_POOLED_UNITS) {
      last = null;
      return fillUnits(new Uint16Array(length), text);
    }
    if (units.length < length) {
      // Bytes: two per code unit; at least double the last size, so growth stays rare.
      buffer = Buffer.allocUnsafeSlow(Math.max(length * 2, buffer.length * 2));
      units = new Uint16Array(buffer.buffer, buffer.byteOffset, buffer.length >>> 1);
    }
    if (IS_LITTLE_ENDIAN) buffer.write(text, 0, length * 2, 'utf16le');
    else fillUnits(units, text);
    last = text;
    return units;
  };
}

/** Copies the code units of `text` into `units` (the portable path). */
function fillUnits(units: Uint16Array, text: string): Uint16Array {
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * The reader shared by the page scanners of mention detection and time expressions: they
 * read the same page one after another, so it is copied once for all of them (each copy
 * of a page not in the cache cost tens of microseconds in the pipeline).
 */
export const codesOfPage: CharCodes = makeCharCodes();
