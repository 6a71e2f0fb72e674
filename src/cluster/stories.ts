/**
 * Story clustering: pages that report the same story, across outlets, grouped one page at
 * a time. A page is compared only with the candidate stories that share its most telling
 * terms (an inverted index with capped postings), so the cost of adding a page does not
 * grow with the collection. Stories have a life in time: when both a page and a story have
 * publication dates, a page far from the story's dates does not join it.
 *
 * Representation: TF-IDF over typed terms (terms.ts) where entity words and phrases,
 * numbers and dates weigh more than common words, because two stories "of the same kind"
 * (two rehab check-ins, two bank fires) share their vocabulary and differ in names, places,
 * numbers and dates. Similarity to a story is a damped average link (see `linkExponent`).
 */
import { DatelineError } from '../core/errors.js';
import { extractStoryTerms, type TermKind, termKind } from './terms.js';

/** A page as story clustering sees it. */
export interface StoryInput {
  readonly id: string;
  readonly text: string;
  /** Publication date, ISO 8601 (`2017-01-23` or a full timestamp); null or absent when unknown. */
  readonly published?: string | null;
  /** Resolved entity ids (Document entities), when the pipeline has them. */
  readonly entities?: readonly string[];
}

/** Tunable constants of story clustering. Defaults: {@link DEFAULT_STORY_OPTIONS}. */
export interface StoryOptions {
  /** Minimum similarity for a page to join a story; below it the page opens a new story. */
  readonly threshold: number;
  /** Weight multiplier of each term kind, on top of TF-IDF. */
  readonly kindWeights: Readonly<Record<TermKind, number>>;
  /**
   * How similarity to a story of n pages is normalised: dot(page, sum of page vectors) / n^x.
   * x = 1 is average link (mean cosine to the members), x = 0.5 is close to centroid cosine.
   */
  readonly linkExponent: number;
  /** How many of the page's heaviest terms look up candidate stories. */
  readonly queryTerms: number;
  /** How many of the page's heaviest terms are posted for its story (so later pages find it). */
  readonly postedTerms: number;
  /** Longest posting list kept per term; the oldest stories drop out first. */
  readonly maxPostings: number;
  /** Candidate stories scored exactly per page (the best by shared posted terms). */
  readonly maxCandidates: number;
  /** Terms kept per story vector; the lightest are pruned when it grows past twice this. */
  readonly maxStoryTerms: number;
  /**
   * Multiplier when the page and the story both name years and share none: the years a
   * report names are strong evidence of which occurrence of a recurring event it tells.
   */
  readonly yearConflictFactor: number;
  /** Batch only (`clusterDocuments`, batch.ts): refinement passes after each one-pass clustering. */
  readonly refinePasses: number;
  /**
   * Batch only: how many one-pass clusterings, each in another page order, are combined
   * with the neighbour-graph clusterings into the result. See batch.ts.
   */
  readonly consensusRuns: number;
  /**
   * Batch only: the share of all runs (one-pass and neighbour-graph) in which two groups of
   * pages must, on average over their pairs, have shared a story to become one story.
   */
  readonly consensusThreshold: number;
  /**
   * Batch only: the neighbour-graph clusterings that vote beside the one-pass runs
   * (communities.ts), one per k (neighbours linked per page) × power (of the similarity, as
   * link weight) × density (of links two groups need to be one). Any empty list: none.
   */
  readonly graphNeighbours: readonly number[];
  readonly graphPowers: readonly number[];
  readonly graphDensities: readonly number[];
  /** Batch only: the least similarity at which two pages are linked in the neighbour graph. */
  readonly graphMinSimilarity: number;
  /** Days between a page and a story's date range that cost nothing (same news cycle). */
  readonly graceDays: number;
  /** Beyond the grace period, similarity decays as exp(-(gap - grace) / decayDays). */
  readonly decayDays: number;
  /** A page more than this many days from a story's date range never joins it. */
  readonly maxGapDays: number;
  /**
   * Multiplier of the similarity to a story of one page. One page is a noisy prototype (its
   * incidental names and figures weigh as much as its story's), so joining it asks for a
   * higher cosine (threshold / factor) than joining a story with an established centroid.
   */
  readonly singletonFactor: number;
}

/**
 * Defaults, tuned on the ECB+ `train` split only (575 pages, 54 stories; see
 * src/eval/ecbplus/index.ts for the procedure and scores). ECB+ pages carry no publication
 * dates, so the time constants are set from news practice, not tuned: a story's coverage
 * comes in days (grace 3), follow-ups fade over weeks (decay 30), and pages half a year
 * apart are different stories (the same leaders' phone calls years apart are not one story).
 */
export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  // Grid-searched on ECB+ train, scored as mean BCubed F1 over three page orders (file
  // order and two fixed shuffles) so that no constant fits one arrival order:
  // threshold {0.1..0.3 step 0.05} × linkExponent {0.5, 0.75, 1}: 0.2 and 0.75 best
  // (0.5 lets big stories swallow neighbours, 1 splits big stories). Re-checked with the
  // kind weights below: {0.18, 0.2, 0.22} × {0.65, 0.7, 0.75, 0.8, 0.85}, same optimum.
  threshold: 0.2,
  // Years and year-months ×4, numbers ×3, entity phrases ×2, entity words ×1.5 over
  // common words. Two stories of the same kind share their cast (the same player, agency,
  // scandal) more often than their dates and figures, so dates and numbers tell them apart
  // best. Chosen on train only: first by pairwise separability (same-story pairs ranked
  // above pairs of the other story of the topic: AUC 0.928 → 0.945), then by clustering,
  // mean BCubed F1 over twelve page orders, grid e {1.5,2,2.5} × p {1,1.5,2} × n {2,3,4}
  // × y=m {3,4,5,7}: 0.903 → 0.922 (the former e 3, p 3, n 2, y 3: entity weight that
  // high lets the shared cast merge the two stories). Several settings in e {1.5,2},
  // p {1..2}, n {3,4}, y {4,5} score within 0.002 of it; y ≥ 7 falls (0.89).
  // Opening words (l, terms.ts), grid {1, 1.5, 2, 2.5, 3}: one pass, mean of twelve
  // orders 0.920 → 0.927 at 2; with the consensus below 0.932 → 0.942 (40 tokens).
  kindWeights: { w: 1, e: 1.5, p: 2, n: 3, y: 4, m: 4, k: 2, l: 2 },
  linkExponent: 0.75,
  queryTerms: 24,
  postedTerms: 24,
  maxPostings: 400,
  // 10, 20 and 40 give the same train score; 12 keeps the exact scoring cheap.
  maxCandidates: 12,
  // Grid {150, 250, 400} on train: 150 best (0.913 vs 0.908) and it bounds memory and dot-product cost.
  maxStoryTerms: 150,
  // Grid {1, 0.7, 0.5, 0.3} on train: 0.7 gives +1 point; harder penalties split stories
  // whose pages cite background years (a trial page naming the year of the crime). With
  // year weight 4 below, {0.5, 0.7, 1} give 0.911, 0.922, 0.924 (six orders): kept.
  yearConflictFactor: 0.7,
  // Grid {0, 1, 3} on train: one pass +0.4 points; more passes drift (-0.5).
  refinePasses: 1,
  // Grid runs {5, 9, 15} × threshold {0.5..0.8 step 0.05} on train, mean BCubed F1 over
  // twelve page orders (each a different first order, so the runs' orders differ too):
  // one run 0.920 (orders 0.906-0.938); 9 runs at 0.6 0.928, at 0.7 0.930; 15 runs at 0.7
  // 0.932 (orders 0.926-0.938), at 0.8 0.929; 5 runs 0.929. Varying the join threshold
  // across runs (±10-20%) added nothing and was dropped.
  consensusRuns: 15,
  // With the eighteen neighbour-graph runs below beside the fifteen one-pass runs, grid
  // {0.5, 0.55, 0.6, 0.65} on train, mean over twelve orders: 0.940, 0.940, 0.946, 0.944.
  consensusThreshold: 0.6,
  // Not one tuned point but a spread that votes: k from a third to half of a typical story's
  // pages, link weight the similarity or its square (which favours the closest links), and
  // densities a factor four apart. On train (file order, threshold 0.6) densities
  // {0.002, 0.004, 0.008} 0.944, {0.004, 0.008, 0.016} 0.936, {0.008, 0.016, 0.032} 0.943.
  graphNeighbours: [5, 7, 10],
  graphPowers: [1, 2],
  graphDensities: [0.002, 0.004, 0.008],
  // Grid {0, 0.1} on train: 0.9459 and 0.9460 (mean of twelve orders). 0.1 kept: a link
  // between pages that share almost nothing is no evidence, and in a small batch it would
  // be a vote to merge them.
  graphMinSimilarity: 0.1,
  graceDays: 3,
  decayDays: 30,
  maxGapDays: 180,
  // Grid {1, 0.85, 0.8, 0.75, 0.7, 0.67, 0.6} on train with the weights above: 0.75 best
  // both in file order (0.917 → 0.928, precision 0.897 → 0.918: the first page of the other
  // story of a topic no longer joins a one-page story at cosine 0.26) and in the mean over
  // twelve orders (0.9215 → 0.9237, a small gain: the orders range 0.91-0.95).
  singletonFactor: 0.75,
};

/** One story in serialisable form. */
export interface StoryState {
  readonly id: string;
  /** Number of pages in the story. */
  readonly size: number;
  /** Sum of the members' unit-length TF-IDF vectors, as [term, weight] pairs. */
  readonly vector: readonly (readonly [string, number])[];
  /** Earliest and latest publication day of members (days since 1970-01-01), or null. */
  readonly firstDay: number | null;
  readonly lastDay: number | null;
}

/**
 * Everything a {@link StoryIndex} knows, as plain JSON: enough to persist it (e.g. in SQLite
 * tables story, story_term, doc_freq) and resume with {@link createStoryIndex}.
 */
export interface StoryIndexState {
  readonly version: 1;
  /** Number of pages seen (for IDF). */
  readonly documentCount: number;
  /** Document frequency of each term. */
  readonly documentFrequencies: readonly (readonly [string, number])[];
  readonly stories: readonly StoryState[];
  /** Which story each page joined. */
  readonly assignments: readonly (readonly [string, string])[];
  /** Counter for new story ids. */
  readonly nextStoryNumber: number;
}

/**
 * What changed in a {@link StoryIndex} since the last {@link StoryIndex.takeChanges}: what a
 * store writes to keep its saved index current without rewriting all of it.
 */
export interface StoryIndexChanges {
  readonly documentCount: number;
  readonly nextStoryNumber: number;
  /** Stories opened or changed, as they are now. */
  readonly stories: readonly StoryState[];
  /** Stories dropped (their last page removed). */
  readonly dropped: readonly string[];
  /** Terms whose document frequency changed, with the new frequency (0: no page has it now). */
  readonly documentFrequencies: readonly (readonly [string, number])[];
}

/**
 * An incremental story index: add pages one at a time, each joins the best matching story
 * or opens a new one. Adding a page already added returns its story without change.
 *
 * @example
 * const index = createStoryIndex();
 * const story = index.add({ id: 'a', text: 'Ann Vale of Norland won the Oster race.', published: '2020-05-01' });
 */
export interface StoryIndex {
  /**
   * Adds a page and returns the id of the story it joined or opened. `terms` are the page's
   * {@link storyTermCounts} when the caller has them already (batch clustering counts each
   * page once for all its runs); they are read, not changed. `vector` is the page's unit
   * TF-IDF vector when the caller has weighed it already (batch clustering weighs every
   * page with the IDF of the whole batch); by default the index weighs the terms with the
   * document frequencies it has seen so far.
   */
  add(doc: StoryInput, terms?: ReadonlyMap<string, number>, vector?: ReadonlyMap<string, number>): string;
  /** The story of a page added earlier. */
  storyOf(docId: string): string | undefined;
  /**
   * Takes a page added earlier out of its story (its weights subtracted, as well as the
   * current term weights allow; a story left empty is dropped) so that it can be added again,
   * e.g. once its publication date is known. `storyId` names its story when the index was
   * resumed without its assignments (a store keeps them in its own table). Returns the story
   * it left, or undefined when the page is in none.
   */
  remove(doc: StoryInput, storyId?: string): string | undefined;
  /** Number of stories. */
  readonly storyCount: number;
  /** A JSON-safe snapshot of the whole index. */
  serialise(): StoryIndexState;
  /** What changed since the last call (or since the index was made), and forgets it. */
  takeChanges(): StoryIndexChanges;
}

interface Story {
  readonly id: string;
  size: number;
  vector: Map<string, number>;
  firstDay: number | null;
  lastDay: number | null;
  /** Year terms its pages name (kept when the vector is pruned). */
  readonly years: Set<string>;
  /** Dropped from the index (its last page removed); postings may still name it. */
  dropped: boolean;
  /** Its number in the index's slot arrays (posting lists and candidate scratch). */
  readonly slot: number;
}

/**
 * Creates an in-memory story index, empty or resumed from a saved state.
 * Throws CONFIG_INVALID when an option is out of range.
 */
export function createStoryIndex(options: Partial<StoryOptions> = {}, state?: StoryIndexState): StoryIndex {
  const config: StoryOptions = { ...DEFAULT_STORY_OPTIONS, ...options };
  assertStoryOptions(config);
  const documentFrequencies = new Map<string, number>(state?.documentFrequencies ?? []);
  let documentCount = state?.documentCount ?? 0;
  let nextStoryNumber = state?.nextStoryNumber ?? 1;
  const stories = new Map<string, Story>();
  // Every story has a slot number; posting lists hold slots, and candidate search adds up
  // overlaps in typed arrays indexed by slot. Reading a story object per posting was most of
  // the cost of a page at 100,000 pages: the objects lie all over a large heap, the arrays
  // are a few hundred kilobytes.
  const bySlot: Story[] = [];
  const postings = new Map<string, Set<number>>();
  let queryOf = new Int32Array(1024);
  let overlapOf = new Float64Array(1024);
  const touched: number[] = [];
  let queryNumber = 0;
  // What changed since takeChanges() was last called.
  const changedStories = new Set<Story>();
  const changedTerms = new Set<string>();
  const droppedIds: string[] = [];
  const assignments = new Map<string, string>(state?.assignments ?? []);

  for (const saved of state?.stories ?? []) {
    const story = newStory(saved.id);
    story.size = saved.size;
    story.vector = new Map(saved.vector);
    story.firstDay = saved.firstDay;
    story.lastDay = saved.lastDay;
    for (const year of yearTerms(story.vector)) story.years.add(year);
    stories.set(story.id, story);
    postStory(story, topTerms(story.vector, config.postedTerms));
  }

  /** A new empty story in the next slot. */
  function newStory(id: string): Story {
    const slot = bySlot.length;
    const story: Story = { id, size: 0, vector: new Map(), firstDay: null, lastDay: null, years: new Set(), dropped: false, slot };
    bySlot.push(story);
    if (slot >= queryOf.length) {
      const grownQuery = new Int32Array(queryOf.length * 2);
      grownQuery.set(queryOf);
      queryOf = grownQuery;
      const grownOverlap = new Float64Array(overlapOf.length * 2);
      grownOverlap.set(overlapOf);
      overlapOf = grownOverlap;
    }
    return story;
  }

  function idf(term: string): number {
    const df = documentFrequencies.get(term) ?? 0;
    return Math.log((documentCount + 1) / (df + 1)) + 1;
  }

  function postStory(story: Story, terms: readonly string[]): void {
    for (const term of terms) {
      let list = postings.get(term);
      if (!list) {
        list = new Set();
        postings.set(term, list);
      }
      // Re-inserting moves the story to the recent end of the list.
      list.delete(story.slot);
      list.add(story.slot);
      if (list.size > config.maxPostings) {
        const oldest = list.values().next().value;
        if (oldest !== undefined) list.delete(oldest);
      }
    }
  }

  /**
   * The stories sharing the most query-term weight with the page, best first (ties: the
   * story met first), at most `maxCandidates`. Linear in the postings read.
   */
  function findCandidates(queryTerms: readonly string[], vector: ReadonlyMap<string, number>): Story[] {
    const query = ++queryNumber;
    touched.length = 0;
    for (const term of queryTerms) {
      const list = postings.get(term);
      if (!list) continue;
      const weight = vector.get(term) ?? 0;
      for (const slot of list) {
        if (queryOf[slot] !== query) {
          queryOf[slot] = query;
          overlapOf[slot] = 0;
          touched.push(slot);
        }
        overlapOf[slot] = (overlapOf[slot] as number) + weight;
      }
    }
    return bestByOverlap(touched, overlapOf, config.maxCandidates).map((slot) => bySlot[slot] as Story);
  }

  function add(doc: StoryInput, counts: ReadonlyMap<string, number> = storyTermCounts(doc), given?: ReadonlyMap<string, number>): string {
    const known = assignments.get(doc.id);
    if (known !== undefined) return known;
    documentCount++;
    for (const term of counts.keys()) {
      documentFrequencies.set(term, (documentFrequencies.get(term) ?? 0) + 1);
      changedTerms.add(term);
    }
    const vector = given ?? weighTerms(counts, idf, config.kindWeights);
    const day = parseDay(doc.published);
    const heaviest = topTerms(vector, Math.max(config.queryTerms, config.postedTerms));
    const pageYears = yearTerms(vector);

    let best: Story | undefined;
    let bestScore = config.threshold;
    for (const story of findCandidates(heaviest.slice(0, config.queryTerms), vector)) {
      if (story.dropped) continue;
      const timeFactor = scoreTimeGap(day, story, config);
      if (timeFactor === 0) continue;
      const yearFactor = hasYearConflict(pageYears, story.years) ? config.yearConflictFactor : 1;
      const score = scoreLink(vector, story.vector, story.size, config) * timeFactor * yearFactor;
      if (score >= bestScore) {
        best = story;
        bestScore = score;
      }
    }

    const story = best ?? openStory();
    addToStory(story, vector, day);
    changedStories.add(story);
    postStory(story, heaviest.slice(0, config.postedTerms));
    assignments.set(doc.id, story.id);
    return story.id;
  }

  function openStory(): Story {
    const story = newStory(`s${nextStoryNumber++}`);
    stories.set(story.id, story);
    return story;
  }

  function addToStory(story: Story, vector: ReadonlyMap<string, number>, day: number | null): void {
    story.size++;
    for (const year of yearTerms(vector)) story.years.add(year);
    for (const [term, weight] of vector) story.vector.set(term, (story.vector.get(term) ?? 0) + weight);
    if (story.vector.size > 2 * config.maxStoryTerms) {
      story.vector = new Map(topTerms(story.vector, config.maxStoryTerms).map((t) => [t, story.vector.get(t) ?? 0]));
    }
    if (day !== null) {
      story.firstDay = story.firstDay === null ? day : Math.min(story.firstDay, day);
      story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
    }
  }

  function remove(doc: StoryInput, known?: string): string | undefined {
    const storyId = assignments.get(doc.id) ?? known;
    if (storyId === undefined) return undefined;
    assignments.delete(doc.id);
    const counts = storyTermCounts(doc);
    const vector = weighTerms(counts, idf, config.kindWeights);
    documentCount = Math.max(0, documentCount - 1);
    for (const term of counts.keys()) {
      const df = (documentFrequencies.get(term) ?? 0) - 1;
      if (df > 0) documentFrequencies.set(term, df);
      else documentFrequencies.delete(term);
      changedTerms.add(term);
    }
    const story = stories.get(storyId);
    if (!story) return storyId;
    story.size--;
    if (story.size <= 0) {
      story.dropped = true;
      stories.delete(storyId);
      changedStories.delete(story);
      droppedIds.push(storyId);
      return storyId;
    }
    changedStories.add(story);
    // The page was weighed with the IDF of its day; today's differs a little, so what is
    // left of a term is kept only while it is clearly more than rounding.
    for (const [term, weight] of vector) {
      const left = (story.vector.get(term) ?? 0) - weight;
      if (left > 1e-6) story.vector.set(term, left);
      else story.vector.delete(term);
    }
    return storyId;
  }

  return {
    add,
    remove,
    storyOf: (docId) => assignments.get(docId),
    get storyCount() {
      return stories.size;
    },
    serialise: () => ({
      version: 1,
      documentCount,
      documentFrequencies: [...documentFrequencies.entries()],
      stories: [...stories.values()].map(storyState),
      assignments: [...assignments.entries()],
      nextStoryNumber,
    }),
    takeChanges: () => {
      const changes: StoryIndexChanges = {
        documentCount,
        nextStoryNumber,
        stories: [...changedStories].map(storyState),
        dropped: droppedIds.splice(0),
        documentFrequencies: [...changedTerms].map((term) => [term, documentFrequencies.get(term) ?? 0] as const),
      };
      changedStories.clear();
      changedTerms.clear();
      return changes;
    },
  };
}

function storyState(story: Story): StoryState {
  return { id: story.id, size: story.size, vector: [...story.vector.entries()], firstDay: story.firstDay, lastDay: story.lastDay };
}

/** The story terms of a page with their counts: those of its text, and its entity ids as `k:` terms. */
export function storyTermCounts(doc: StoryInput): Map<string, number> {
  const counts = extractStoryTerms(doc.text);
  for (const entityId of doc.entities ?? []) counts.set(`k:${entityId}`, (counts.get(`k:${entityId}`) ?? 0) + 1);
  return counts;
}

/**
 * Unit-length TF-IDF vector of term counts: (1 + ln tf) × idf × kind weight.
 */
export function weighTerms(
  counts: ReadonlyMap<string, number>,
  idf: (term: string) => number,
  kindWeights: Readonly<Record<TermKind, number>>,
): Map<string, number> {
  const vector = new Map<string, number>();
  let sumSquares = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * idf(term) * (kindWeights[termKind(term)] ?? 1);
    if (weight <= 0) continue;
    vector.set(term, weight);
    sumSquares += weight * weight;
  }
  const norm = Math.sqrt(sumSquares);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Day number (days since 1970-01-01, UTC) of an ISO 8601 date, or null when absent or unreadable. */
export function parseDay(published: string | null | undefined): number | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 15));
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : null;
}

/** Multiplier in [0, 1] for joining a page published on `day` to a story (1 when either date is unknown). */
export function scoreTimeGap(day: number | null, story: { firstDay: number | null; lastDay: number | null }, config: StoryOptions): number {
  if (day === null || story.firstDay === null || story.lastDay === null) return 1;
  const gap = Math.max(0, story.firstDay - day, day - story.lastDay);
  if (gap > config.maxGapDays) return 0;
  if (gap <= config.graceDays) return 1;
  return Math.exp(-(gap - config.graceDays) / config.decayDays);
}

/** The year terms (`y:2017`) of a vector. */
export function yearTerms(vector: ReadonlyMap<string, number>): string[] {
  const years: string[] = [];
  for (const term of vector.keys()) if (term.charCodeAt(0) === 121 && term.charCodeAt(1) === 58) years.push(term);
  return years;
}

/** True when the page names years, the story names years, and they share none. */
export function hasYearConflict(pageYears: readonly string[], storyYears: { readonly size: number; has(year: string): boolean }): boolean {
  if (pageYears.length === 0 || storyYears.size === 0) return false;
  for (const term of pageYears) if (storyYears.has(term)) return false;
  return true;
}

/** Damped average link of a page to a story of `size` pages (see `linkExponent` and `singletonFactor`). */
export function scoreLink(
  vector: ReadonlyMap<string, number>,
  storyVector: ReadonlyMap<string, number>,
  size: number,
  config: StoryOptions,
): number {
  const factor = size === 1 ? config.singletonFactor : 1;
  return (factor * dot(vector, storyVector)) / size ** config.linkExponent;
}

export function dot(small: ReadonlyMap<string, number>, large: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/**
 * The `count` slots of highest overlap, best first; among equal overlaps the one earlier in
 * `slots` (a stable sort of the whole list would give the same, at n log n).
 */
function bestByOverlap(slots: readonly number[], overlapOf: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (const slot of slots) {
    const overlap = overlapOf[slot] as number;
    if (best.length === count && overlap <= (overlapOf[best[count - 1] as number] as number)) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && (overlapOf[best[at - 1] as number] as number) < overlap) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = slot;
  }
  return best;
}

/**
 * The postings of a batch of pages (batch refinement and the neighbour search): each page's
 * `queryTerms` heaviest terms, and for each term the pages that have it among theirs, in
 * page order, the latest `maxPostings` kept (so reading them stays linear in the batch).
 */
export function pagePostings(
  pages: readonly { readonly vector: ReadonlyMap<string, number> }[],
  config: StoryOptions,
): { queries: string[][]; postings: Map<string, number[]> } {
  const postings = new Map<string, number[]>();
  const queries = pages.map((page, index) => {
    const terms = topTerms(page.vector, config.queryTerms);
    for (const term of terms) {
      let list = postings.get(term);
      if (!list) {
        list = [];
        postings.set(term, list);
      }
      list.push(index);
      if (list.length > config.maxPostings) list.shift();
    }
    return terms;
  });
  return { queries, postings };
}

export function topTerms(vector: ReadonlyMap<string, number>, count: number): string[] {
  return [...vector.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
}

/** Throws CONFIG_INVALID when a story option is out of range. */
export function assertStoryOptions(config: StoryOptions): void {
  const positive: (keyof StoryOptions)[] = ['queryTerms', 'postedTerms', 'maxPostings', 'maxCandidates', 'maxStoryTerms', 'consensusRuns'];
  for (const key of positive) {
    const value = config[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new DatelineError('CONFIG_INVALID', `story option ${key}: expected a positive integer, found ${String(value)}`);
    }
  }
  if (!(config.singletonFactor > 0 && config.singletonFactor <= 1)) {
    throw new DatelineError('CONFIG_INVALID', `story option singletonFactor: expected (0, 1], found ${config.singletonFactor}`);
  }
  if (!(config.consensusThreshold > 0 && config.consensusThreshold <= 1)) {
    throw new DatelineError('CONFIG_INVALID', `story option consensusThreshold: expected (0, 1], found ${config.consensusThreshold}`);
  }
  for (const value of config.graphNeighbours) {
    if (!Number.isInteger(value) || value < 1) {
      throw new DatelineError('CONFIG_INVALID', `story option graphNeighbours: expected positive integers, found ${String(value)}`);
    }
  }
  for (const key of ['graphPowers', 'graphDensities'] as const) {
    for (const value of config[key]) {
      if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
        throw new DatelineError('CONFIG_INVALID', `story option ${key}: expected positive numbers, found ${String(value)}`);
      }
    }
  }
  if (!(config.graphMinSimilarity >= 0 && config.graphMinSimilarity <= 1)) {
    throw new DatelineError('CONFIG_INVALID', `story option graphMinSimilarity: expected 0..1, found ${config.graphMinSimilarity}`);
  }
  if (!(config.threshold >= 0 && config.threshold <= 1)) {
    throw new DatelineError('CONFIG_INVALID', `story option threshold: expected 0..1, found ${config.threshold}`);
  }
  if (!(config.decayDays > 0) || config.graceDays < 0 || config.maxGapDays < config.graceDays) {
    throw new DatelineError('CONFIG_INVALID', 'story time options: expected decayDays > 0 and 0 <= graceDays <= maxGapDays');
  }
}
