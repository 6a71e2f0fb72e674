/**
 * Near-duplicates: syndicated and lightly edited copies of one article (another headline,
 * other page furniture, a changed sentence) found by MinHash over word shingles, with LSH
 * banding so that candidates come from equal band keys, never from all pairs.
 *
 * Shingles are runs of 5 lower-cased words (letter/digit runs), each word hashed with FNV-1a
 * and the run combined by FNV steps with a murmur3 mix. Each of the 128 permutations is the murmur3 finaliser
 * applied to (shingle hash XOR a per-permutation seed); the signature keeps the minimum per
 * permutation. 32 bands of 4 rows put the LSH threshold near (1/32)^(1/4) ≈ 0.42 Jaccard: a
 * pair at Jaccard 0.5 becomes a candidate with probability 0.87, at 0.7 with 0.9998, at
 * 0.2 with 0.05.
 *
 * Storage: {@link computeBandKeys} gives one 32-bit key per band; persist them as rows
 * (band INTEGER, key INTEGER, doc_id TEXT) with an index on (band, key), and look a new page
 * up with `WHERE band = ? AND key = ?` for each of its bands.
 */

/** MinHash and LSH settings. */
export interface MinHashOptions {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** Signature length (number of hash permutations); must equal bands × rows. */
  readonly permutations: number;
  readonly bands: number;
  readonly rows: number;
}

/** 5-word shingles, 128 permutations, 32 bands × 4 rows (see the module comment). */
export const DEFAULT_MINHASH_OPTIONS: MinHashOptions = { shingleSize: 5, permutations: 128, bands: 32, rows: 4 };

/**
 * Minimum estimated Jaccard for two pages to count as near-duplicates. Calibrated on
 * constructed copies (minhash.test.ts): a copy with another headline, an added byline and
 * "related articles" furniture and two edited sentences of ten scores 0.77; another report
 * of the same event by another writer scores 0. Halfway between an edited copy and the LSH
 * threshold (0.42), so copies with heavier furniture still pass.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function hashFnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The murmur3 32-bit finaliser: a fast bijective mix of a 32-bit value. */
export function mixMurmur3(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** Deterministic per-permutation seeds (splitmix32 from a fixed start), cached per length. */
export function permutationSeeds(count: number): Uint32Array {
  const cached = seedCache.get(count);
  if (cached) return cached;
  const seeds = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mixMurmur3(state ^ (state >>> 15));
  }
  seedCache.set(count, seeds);
  return seeds;
}

const SHINGLE_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Distinct hashes of the text's word shingles (the whole text is one shingle when shorter).
 * Words are the lower-cased letter/digit runs: punctuation, apostrophes and spacing do not
 * count, so re-typeset copies (curly quotes, other line breaks) keep their shingles.
 */
export function hashShingles(text: string, shingleSize = DEFAULT_MINHASH_OPTIONS.shingleSize): Uint32Array {
  const wordHashes: number[] = [];
  for (const match of text.toLowerCase().matchAll(SHINGLE_WORD)) wordHashes.push(hashFnv1a(match[0]));
  if (wordHashes.length === 0) return new Uint32Array(0);
  const hashes = new Set<number>();
  const last = Math.max(0, wordHashes.length - shingleSize);
  const end = (i: number): number => Math.min(wordHashes.length, i + shingleSize);
  for (let i = 0; i <= last; i++) {
    let hash = 0x811c9dc5;
    for (let j = i; j < end(i); j++) hash = mixMurmur3(Math.imul(hash ^ (wordHashes[j] as number), 0x01000193));
    hashes.add(hash);
  }
  return Uint32Array.from(hashes);
}

/**
 * MinHash signature of a text: for each permutation, the least mixed shingle hash. An empty
 * text gets all 0xffffffff (it matches only other empty texts).
 */
export function computeMinHash(text: string, options: MinHashOptions = DEFAULT_MINHASH_OPTIONS): Uint32Array {
  assertMinHashOptions(options);
  const shingles = hashShingles(text, options.shingleSize);
  const seeds = permutationSeeds(options.permutations);
  const signature = new Uint32Array(options.permutations).fill(0xffffffff);
  const count = options.permutations;
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] as number;
    for (let p = 0; p < count; p++) {
      // mixMurmur3 inlined: this loop runs shingles × 128 times per page.
      let h = (shingle ^ (seeds[p] as number)) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (signature[p] as number)) signature[p] = h;
    }
  }
  return signature;
}

/** Share of equal positions of two signatures: an unbiased estimate of shingle Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`expected two signatures of one non-zero length, found ${a.length} and ${b.length}`);
  }
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** One 32-bit key per LSH band (FNV-1a over the band's rows, seeded by the band number). */
export function computeBandKeys(signature: Uint32Array, options: MinHashOptions = DEFAULT_MINHASH_OPTIONS): Uint32Array {
  assertMinHashOptions(options);
  if (signature.length !== options.permutations) {
    throw new RangeError(`expected a signature of ${options.permutations} hashes, found ${signature.length}`);
  }
  const keys = new Uint32Array(options.bands);
  for (let band = 0; band < options.bands; band++) {
    let hash = (0x811c9dc5 ^ band) >>> 0;
    for (let row = 0; row < options.rows; row++) {
      const value = signature[band * options.rows + row] as number;
      for (let shift = 0; shift < 32; shift += 8) {
        hash ^= (value >>> shift) & 0xff;
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    }
    keys[band] = hash;
  }
  return keys;
}

/** A pair of near-duplicate pages. */
export interface NearDuplicatePair {
  readonly a: string;
  readonly b: string;
  /** Estimated Jaccard of their shingle sets. */
  readonly jaccard: number;
}

/** What {@link findNearDuplicates} finds. */
export interface NearDuplicateResult {
  /** Pairs at or above the threshold, `a` before `b` in input order. */
  readonly pairs: readonly NearDuplicatePair[];
  /** Groups of two or more pages joined by those pairs (transitively), in input order. */
  readonly groups: readonly (readonly string[])[];
}

/**
 * Finds near-duplicate pages in a batch: LSH candidates (equal key in some band), kept when
 * their estimated Jaccard reaches `threshold`. Cost is linear in the batch plus the number
 * of candidate pairs.
 *
 * @example
 * findNearDuplicates([{ id: 'a', text }, { id: 'b', text: `Other headline\n${text}` }]).groups // [['a', 'b']]
 */
export function findNearDuplicates(
  docs: readonly { readonly id: string; readonly text: string }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  options: MinHashOptions = DEFAULT_MINHASH_OPTIONS,
): NearDuplicateResult {
  const signatures = docs.map((doc) => computeMinHash(doc.text, options));
  const buckets = new Map<string, number[]>();
  const candidates = new Set<number>();
  signatures.forEach((signature, index) => {
    const keys = computeBandKeys(signature, options);
    keys.forEach((key, band) => {
      const bucketKey = `${band}:${key}`;
      const bucket = buckets.get(bucketKey);
      if (!bucket) {
        buckets.set(bucketKey, [index]);
        return;
      }
      for (const other of bucket) candidates.add(other * docs.length + index);
      bucket.push(index);
    });
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const pairs: NearDuplicatePair[] = [];
  for (const code of [...candidates].sort((x, y) => x - y)) {
    const i = Math.floor(code / docs.length);
    const j = code % docs.length;
    const jaccard = estimateJaccard(signatures[i] as Uint32Array, signatures[j] as Uint32Array);
    if (jaccard < threshold) continue;
    pairs.push({ a: (docs[i] as { id: string }).id, b: (docs[j] as { id: string }).id, jaccard });
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  const groups = new Map<number, string[]>();
  docs.forEach((doc, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(doc.id);
    groups.set(root, group);
  });
  return { pairs, groups: [...groups.values()].filter((g) => g.length > 1) };
}

function assertMinHashOptions(options: MinHashOptions): void {
  if (options.bands * options.rows !== options.permutations || options.shingleSize < 1) {
    throw new RangeError(
      `expected bands × rows = permutations and shingleSize ≥ 1, found ${options.bands} × ${options.rows} vs ${options.permutations}, shingle ${options.shingleSize}`,
    );
  }
}
