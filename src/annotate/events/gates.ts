/**
 * Keyword gates for the regexes of the events stage. A gate is a list of lower-case word
 * beginnings one of which every match of its regex contains at the start of a word ("den"
 * for `\b(?:denied|denies|deny)`, "plan" for `\bplans?\b`). One pass over the words of a
 * text records which gates each word opens; a span where no word opens a regex's gate
 * cannot match it, so the regex is not run there. A gate may open where its regex then
 * finds nothing ("set" in "settle"), never the reverse: output is the same as running
 * every regex, at a fraction of the cost (the cue, trigger and reporting regexes were
 * half of the stage's time on 5 KB pages).
 *
 * Words here are runs of a-z in the lower-cased text. A regex `\b` stands before a letter
 * only where no ASCII letter, digit or underscore precedes it, so every match starts a run
 * (or starts the span it is run on, which `openGates` handles).
 */

/** A gate: its bit in the masks of `GateIndex`. */
export type Gate = number;

const ALPHABET = 26;
/** Trie of all gate literals over a-z: child links and, per node, the gates a word reaching it opens. */
const children: number[] = new Array(ALPHABET).fill(0);
const nodeMasks: number[] = [0];
let gateCount = 0;

/**
 * Registers a gate (at module load): `literals` are lower-case a-z word beginnings one of
 * which every match of the gated regex has at the start of a word.
 */
export function defineGate(literals: readonly string[]): Gate {
  // Masks are 31-bit integers.
  if (gateCount >= 31) throw new Error('events/gates: at most 31 gates; merge some or widen the masks');
  const bit = 1 << gateCount++;
  for (const literal of literals) {
    if (!/^[a-z]+$/.test(literal)) throw new Error(`events/gates: expected a-z letters, found "${literal}"`);
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const slot = node * ALPHABET + literal.charCodeAt(i) - 97;
      let next = children[slot] as number;
      if (next === 0) {
        next = nodeMasks.length;
        nodeMasks.push(0);
        for (let k = 0; k < ALPHABET; k++) children.push(0);
        children[slot] = next;
      }
      node = next;
    }
    nodeMasks[node] = (nodeMasks[node] as number) | bit;
  }
  return bit;
}

/** The words of a text that open at least one gate, with their masks; or all gates open. */
export interface GateIndex {
  /**
   * The text to read with `foldedCodeAt` as if lower-cased: the text itself, or its lower
   * case when the text holds one of the two characters whose lower case is ASCII (the Kelvin
   * sign, the dotted capital I). Null when lower-casing changed the length: every gate is open.
   */
  readonly scan: string | null;
  /** Start offsets of the words that open a gate, ascending. */
  readonly starts: readonly number[];
  readonly masks: readonly number[];
  /** Every gate some word of the text opens. */
  readonly all: number;
}

/**
 * The code unit at text[i] as `text.toLowerCase()` has it, for the ASCII range (A-Z folded
 * to a-z; every other code unit unchanged). On a `GateIndex.scan` string this is the lower
 * case of the text wherever the result is ASCII, without lower-casing the whole page.
 */
export function foldedCodeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Indexes the words of `text` (same offsets as the text) that open a gate. */
export function indexGates(text: string): GateIndex {
  let scan: string = text;
  if (text.indexOf('\u212a') >= 0 || text.indexOf('\u0130') >= 0) {
    scan = text.toLowerCase();
    if (scan.length !== text.length) return { scan: null, starts: [], masks: [], all: -1 };
  }
  const starts: number[] = [];
  const masks: number[] = [];
  let all = 0;
  const n = scan.length;
  let i = 0;
  while (i < n) {
    let code = foldedCodeAt(scan, i);
    if (!isLetter(code)) {
      i++;
      continue;
    }
    // Walk the trie along the word while reading it once; past the trie, just find its end.
    const start = i;
    let node = 0;
    let mask = 0;
    do {
      if (node >= 0) {
        node = (children[node * ALPHABET + code - 97] as number) || -1;
        if (node > 0) mask |= nodeMasks[node] as number;
      }
      i++;
      code = foldedCodeAt(scan, i);
    } while (i < n && isLetter(code));
    if (mask !== 0) {
      starts.push(start);
      masks.push(mask);
      all |= mask;
    }
  }
  return { scan, starts, masks, all };
}

/** The gates opened by the words of text[start, end); a word cut by `start` counts from `start`. */
export function openGates(index: GateIndex, start: number, end: number): number {
  const scan = index.scan;
  if (scan === null) return -1;
  let mask = 0;
  // A span starting inside a word: its regexes see the word's tail as a word.
  if (start > 0 && isLetter(foldedCodeAt(scan, start - 1)) && isLetter(foldedCodeAt(scan, start))) {
    mask |= walk(scan, start, end);
  }
  const starts = index.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < starts.length && (starts[k] as number) < end; k++) mask |= index.masks[k] as number;
  return mask;
}

/** The gates the word at scan[from...] opens (its letters before `end`). */
function walk(scan: string, from: number, end: number): number {
  let node = 0;
  let mask = 0;
  for (let i = from; i < end; i++) {
    const code = foldedCodeAt(scan, i);
    if (!isLetter(code)) break;
    node = children[node * ALPHABET + code - 97] as number;
    if (node === 0) break;
    mask |= nodeMasks[node] as number;
  }
  return mask;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The gate index of the last text seen, so the functions of one page share one pass. */
let lastText: string | null = null;
let lastIndex: GateIndex | null = null;

/** `indexGates(text)`, computed once for consecutive calls on the same text. */
export function gateIndexOf(text: string): GateIndex {
  if (lastText === text && lastIndex) return lastIndex;
  lastIndex = indexGates(text);
  lastText = text;
  return lastIndex;
}
