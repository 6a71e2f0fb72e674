/**
 * Cluster phase: near-duplicate pages (MinHash + LSH) and stories (incremental, time-aware
 * TF-IDF clustering). See minhash.ts and stories.ts.
 */

export { clusterDocuments, combineRuns, runClusterCommand } from './batch.js';
export {
  computeBandKeys,
  computeMinHash,
  DEFAULT_MINHASH_OPTIONS,
  estimateJaccard,
  findNearDuplicates,
  type MinHashOptions,
  NEAR_DUPLICATE_THRESHOLD,
  type NearDuplicatePair,
  type NearDuplicateResult,
} from './minhash.js';
export {
  createStoryIndex,
  DEFAULT_STORY_OPTIONS,
  type StoryIndex,
  type StoryIndexChanges,
  type StoryIndexState,
  type StoryInput,
  type StoryOptions,
  type StoryState,
} from './stories.js';
export { extractStoryTerms } from './terms.js';
