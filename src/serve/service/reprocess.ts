import type { Document, Refusal } from '../../core/document.js';
import { DatelineError } from '../../core/errors.js';
import type { StageConfig } from '../../core/stage.js';
import type { RawPage } from '../../ingest/raw-page.js';
import { PIPELINE_VERSION, preparePipeline, processPage } from '../../pipeline.js';
import type { DocumentStore } from '../../store/repository.js';

/** What a reprocessing run did. */
export interface ReprocessSummary {
  reprocessed: number;
  skipped: number;
  readonly failures: { id: string; message: string }[];
}

/**
 * Re-runs the pipeline over stored pages from their stored source: those made by another
 * pipeline version, or all of them with `all`. Each page is replaced in its own
 * transaction, so an interrupted run leaves every page either old or new, never half.
 */
export async function reprocessStored(
  store: DocumentStore,
  options: { all?: boolean; config?: StageConfig; now?: () => Date; onItem?: (id: string) => void } = {},
): Promise<ReprocessSummary> {
  await preparePipeline();
  const summary: ReprocessSummary = { reprocessed: 0, skipped: 0, failures: [] };
  const now = options.now ?? (() => new Date());
  for (const { id, pipelineVersion } of store.versions()) {
    if (!options.all && pipelineVersion === PIPELINE_VERSION) {
      summary.skipped++;
      continue;
    }
    const stored = store.get(id);
    const source = stored.source;
    if (!source) {
      summary.failures.push({ id, message: 'no stored source to reprocess from (stored by an older dateline); ingest the page again' });
      continue;
    }
    const raw: RawPage = {
      origin: stored.origin,
      source,
      encoding: stored.status === 'article' ? stored.encoding : (stored.encoding ?? 'utf-8'),
      format: (stored.status === 'article' ? stored.format : stored.format) ?? 'text',
      byteLength: Buffer.byteLength(source),
      ...(stored.meta.url ? { url: stored.meta.url } : {}),
      ...(stored.meta.evidence.published?.rule === 'user-supplied' && stored.meta.published
        ? { published: stored.meta.published.start }
        : {}),
    };
    let outcome: Document | Refusal;
    try {
      outcome = processPage(raw, options.config ? { config: options.config } : {});
    } catch (error) {
      summary.failures.push({ id, message: error instanceof DatelineError ? error.describe() : (error as Error).message });
      continue;
    }
    store.db.transaction(() => {
      store.delete(id);
      store.save(outcome, now().toISOString());
    })();
    summary.reprocessed++;
    options.onItem?.(id);
  }
  return summary;
}
