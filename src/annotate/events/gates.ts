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
 *
 * The same pass finds the anchor words of the text (see `defineAnchor`) and the capitals
 * that may start a name (see `GateIndex.capitals`): the page's letters are read once.
 */

/** A gate: its bit in the masks of `GateIndex`. */
export type Gate = number;

/**
 * One trie holds the gate literals (over a-z) and the anchor words (over a-z, "-" and "'"),
 * so a run of letters walks one trie for both. Per node: the gates its word opens, whether
 * it is on the path of a gate literal or of an anchor word, and the anchor word ending there.
 */
const SYMBOLS = 28;
const HYPHEN = 26;
const APOSTROPHE = 27;
const children: number[] = new Array(SYMBOLS).fill(0);
const nodeMasks: number[] = [0];
const isGatePath: boolean[] = [true];
const isAnchorPath: boolean[] = [true];
/** Per node, 1 + the id of the anchor word ending there, else 0. */
const anchorEnds: number[] = [0];
let gateCount = 0;
let anchorCount = 0;

/** a-z → 0..25, "-" → 26, "'" → 27. */
function symbolOf(code: number): number {
  return code === 45 ? HYPHEN : code === 39 ? APOSTROPHE : code - 97;
}

/** The node of `word` in the trie, made as needed; marks its path as a gate's or an anchor's. */
function insert(word: string, isAnchor: boolean): number {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = node * SYMBOLS + symbolOf(word.charCodeAt(i));
    let next = children[slot] as number;
    if (next === 0) {
      next = nodeMasks.length;
      nodeMasks.push(0);
      isGatePath.push(false);
      isAnchorPath.push(false);
      anchorEnds.push(0);
      for (let k = 0; k < SYMBOLS; k++) children.push(0);
      children[slot] = next;
    }
    node = next;
    if (isAnchor) isAnchorPath[node] = true;
    else isGatePath[node] = true;
  }
  packed = null;
  return node;
}

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
    const node = insert(literal, false);
    nodeMasks[node] = (nodeMasks[node] as number) | bit;
  }
  return bit;
}

/**
 * Anchor words: whole words, registered with `defineAnchor`, at which a caller tries its
 * sticky regexes (the first words of the trigger patterns). Their words are spelled as
 * /[a-z]+(?:-[a-z]+)*|'[a-z]+/g finds them on the lower case ("they'll" gives "they" and
 * "'ll"; "cease-fire" is one word), and a word glued to a letter or digit before it ("3rd",
 * "ab'cd") is none.
 *
 * Registers an anchor word (at module load: lower-case a-z, "-" and "'") and returns its id
 * (0, 1, 2... in registration order; the same word gets the same id).
 */
export function defineAnchor(word: string): number {
  if (!/^[a-z'-]+$/.test(word)) throw new Error(`events/gates: expected a-z, "-" or "'", found "${word}"`);
  const node = insert(word, true);
  if (anchorEnds[node] === 0) anchorEnds[node] = ++anchorCount;
  return (anchorEnds[node] as number) - 1;
}

/** The trie as typed arrays, packed at the first index after the last definition. */
interface PackedTrie {
  readonly children: Int32Array;
  /**
   * Per node, the gates opened by a word that walks the trie to it: the masks of the gate
   * literals among its beginnings (a node off every gate path adds nothing to its parent's).
   */
  readonly masks: Int32Array;
  /** Per node: 1 when it lies on an anchor word's path. */
  readonly isAnchorPath: Uint8Array;
  readonly anchorEnds: Int32Array;
}
let packed: PackedTrie | null = null;

function pack(): PackedTrie {
  const masks = new Int32Array(nodeMasks.length);
  // Parents come before children (nodes are numbered as made), so one pass in order.
  for (let node = 0; node < nodeMasks.length; node++) {
    const own = isGatePath[node] ? (nodeMasks[node] as number) : 0;
    masks[node] = (masks[node] as number) | own;
    for (let k = 0; k < HYPHEN; k++) {
      const child = children[node * SYMBOLS + k] as number;
      if (child !== 0) masks[child] = masks[node] as number;
    }
  }
  packed = {
    children: Int32Array.from(children),
    masks,
    isAnchorPath: Uint8Array.from(isAnchorPath, (b) => (b ? 1 : 0)),
    anchorEnds: Int32Array.from(anchorEnds),
  };
  return packed;
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
  /** Start offsets of the anchor words of the text (see `defineAnchor`), ascending; none when `scan` is null. */
  readonly anchorStarts: readonly number[];
  /** The id of each of those anchor words. */
  readonly anchorIds: readonly number[];
  /**
   * Offsets, ascending, of every A-Z that starts a run of letters and of every code unit
   * from U+00C0 up that is no surrogate nor general punctuation (U+2000-U+206F): a superset
   * of where a capitalised word can start. Null unless `scan` is the text itself.
   */
  readonly capitals: readonly number[] | null;
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

/** Anchor state of a word whose anchor walk is the gate walk of its first run. */
const SAME_WALK = -2;

/**
 * Indexes the words of `text` (same offsets as the text) that open a gate, its anchor words
 * and its capitals, in one pass: a run of letters walks the trie once for its gates and, in
 * a word that starts with it, its anchor (most words leave the trie within two letters).
 */
export function indexGates(text: string): GateIndex {
  let scan: string = text;
  if (text.indexOf('\u212a') >= 0 || text.indexOf('\u0130') >= 0) {
    scan = text.toLowerCase();
    if (scan.length !== text.length) {
      return { scan: null, starts: [], masks: [], all: -1, anchorStarts: [], anchorIds: [], capitals: null };
    }
  }
  const trie = packed ?? pack();
  const links = trie.children;
  const starts: number[] = [];
  const masks: number[] = [];
  const anchorStarts: number[] = [];
  const anchorIds: number[] = [];
  const capitals: number[] = [];
  let all = 0;
  const n = scan.length;
  let i = 0;
  while (i < n) {
    let code = scan.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    const wordStart = i;
    // The anchor node of the word so far (-1: no anchor word has this beginning).
    let anchor = SAME_WALK;
    const isQuoted = code === 39;
    if (isQuoted) {
      if (!isLetter(foldedCodeAt(scan, i + 1))) {
        i++;
        continue;
      }
      anchor = links[APOSTROPHE] || -1;
      i++;
      code = foldedCodeAt(scan, i);
    } else if (!isLetter(code)) {
      if (code >= 0xc0 && (code < 0x2000 || code > 0x206f) && (code < 0xd800 || code > 0xdfff)) capitals.push(i);
      i++;
      continue;
    }
    // One run of letters per turn: a gate word; the anchor word goes on over "-" and a letter.
    while (true) {
      const start = i;
      if (scan.charCodeAt(i) <= 90) capitals.push(i);
      let node = 0;
      let last = 0;
      do {
        if (node >= 0) {
          node = links[node * SYMBOLS + code - 97] || -1;
          if (node > 0) last = node;
        }
        i++;
        code = foldedCodeAt(scan, i);
      } while (isLetter(code));
      const mask = trie.masks[last] as number;
      if (mask !== 0) {
        starts.push(start);
        masks.push(mask);
        all |= mask;
      }
      if (anchor === SAME_WALK) anchor = node > 0 && trie.isAnchorPath[node] === 1 ? node : -1;
      else if (anchor >= 0) anchor = walkAnchor(links, scan, start, i, anchor);
      if (isQuoted || code !== 45 || !isLetter(foldedCodeAt(scan, i + 1))) break;
      if (anchor >= 0) anchor = links[anchor * SYMBOLS + HYPHEN] || -1;
      i++;
      code = foldedCodeAt(scan, i);
    }
    if (anchor > 0 && trie.anchorEnds[anchor] !== 0 && !(wordStart > 0 && isLetterOrDigit(foldedCodeAt(scan, wordStart - 1)))) {
      anchorStarts.push(wordStart);
      anchorIds.push((trie.anchorEnds[anchor] as number) - 1);
    }
  }
  return { scan, starts, masks, all, anchorStarts, anchorIds, capitals: scan === text ? capitals : null };
}

/** The trie node reached from `node` along the letters scan[from, to), or -1. */
function walkAnchor(links: Int32Array, scan: string, from: number, to: number, node: number): number {
  let at = node;
  for (let i = from; i < to && at > 0; i++) at = links[at * SYMBOLS + foldedCodeAt(scan, i) - 97] || -1;
  return at;
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
  const trie = packed ?? pack();
  let node = 0;
  for (let i = from; i < end; i++) {
    const code = foldedCodeAt(scan, i);
    if (!isLetter(code)) break;
    const next = trie.children[node * SYMBOLS + code - 97] as number;
    if (next === 0) break;
    node = next;
  }
  return trie.masks[node] as number;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
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
