import type { Document, Refusal } from '../../core/document.js';
import { DatelineError } from '../../core/errors.js';
import type { StageConfig } from '../../core/stage.js';
import { pageId } from '../../extract/index.js';
import { type ReadOptions, readInputs } from '../../ingest/read-inputs.js';
import { preparePipeline, processPage } from '../../pipeline.js';
import type { DocumentStore } from '../../store/repository.js';
import { StoryBook } from '../../store/stories.js';

/** One input that could not be stored, named, with the reason and what to do. */
export interface IngestFailure {
  readonly input: string;
  readonly code: string;
  readonly message: string;
  readonly hint: string;
}

/** What an ingest did. */
export interface IngestSummary {
  stored: number;
  refused: number;
  unchanged: number;
  readonly failures: IngestFailure[];
  readonly refusals: { input: string; id: string; reason: string; message: string }[];
  readonly storedIds: string[];
}

/** Progress callbacks for a long ingest (a progress bar on a terminal). */
export interface IngestProgress {
  onItem?(input: string, outcome: 'stored' | 'refused' | 'unchanged' | 'failed'): void;
}

/** Options for an ingest. */
export interface IngestOptions extends ReadOptions {
  readonly config?: StageConfig;
  /** The time recorded as ingestedAt; the CLI passes the clock, tests a fixed value. */
  readonly now?: () => Date;
}

function originLabel(origin: { name: string; line?: number }): string {
  return origin.line ? `${origin.name}:${origin.line}` : origin.name;
}

/**
 * Reads, extracts, annotates and stores pages. Idempotent by content hash: a page already
 * stored is counted as unchanged and not processed again. Each page is committed on its
 * own, so a crash loses nothing already stored and a re-run resumes. One bad input is
 * recorded as a failure and never stops the batch.
 */
export async function ingestPaths(
  store: DocumentStore,
  paths: readonly string[],
  options: IngestOptions = {},
  progress: IngestProgress = {},
): Promise<IngestSummary> {
  await preparePipeline();
  const summary: IngestSummary = { stored: 0, refused: 0, unchanged: 0, failures: [], refusals: [], storedIds: [] };
  const now = options.now ?? (() => new Date());
  for await (const item of readInputs(paths, options)) {
    if (!item.ok) {
      summary.failures.push({ input: originLabel(item.origin), code: item.error.code, message: item.error.message, hint: item.error.hint });
      progress.onItem?.(originLabel(item.origin), 'failed');
      continue;
    }
    const input = originLabel(item.page.origin);
    if (store.hasDocument(pageId(item.page.source))) {
      summary.unchanged++;
      progress.onItem?.(input, 'unchanged');
      continue;
    }
    let outcome: Document | Refusal;
    try {
      outcome = processPage(item.page, options.config ? { config: options.config } : {});
    } catch (error) {
      const wrapped =
        error instanceof DatelineError
          ? error
          : new DatelineError('STAGE_FAILED', `processing failed: ${(error as Error).message}`, { input, cause: error });
      summary.failures.push({ input, code: wrapped.code, message: wrapped.message, hint: wrapped.hint });
      progress.onItem?.(input, 'failed');
      continue;
    }
    store.save(outcome, now().toISOString());
    if ('status' in outcome && outcome.status === 'refused') {
      summary.refused++;
      summary.refusals.push({ input, id: outcome.id, reason: outcome.reason, message: outcome.message });
      progress.onItem?.(input, 'refused');
    } else {
      summary.stored++;
      summary.storedIds.push(outcome.id);
      progress.onItem?.(input, 'stored');
    }
  }
  // Stories and near-duplicates are assigned once the batch is stored, so that its pages
  // have dated one another first (see StoryBook.placeUnassigned).
  new StoryBook(store.db, now).placeUnassigned();
  return summary;
}
