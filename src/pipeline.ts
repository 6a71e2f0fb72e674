/**
 * The one place where the order of dateline's stages is written:
 *
 *   ingest → extract → annotate/resolve stages (below) → store → cluster → serve
 *
 * Each stage declares what it requires and produces; `checkStageOrder` fails at start-up
 * when the order is wrong, before any document is read.
 */
import { sentencesStage } from './annotate/sentences/index.js';
import type { Document, Refusal } from './core/document.js';
import { checkStageOrder, runStages, type Stage, type StageConfig } from './core/stage.js';
import { extractPage, isRefusal } from './extract/index.js';
import { prepareLanguageDetector } from './extract/language.js';
import type { RawPage } from './ingest/raw-page.js';

/**
 * Bumped whenever a stage changes its output, so stored documents made by an older
 * pipeline can be found and reprocessed (`dateline reprocess`).
 */
export const PIPELINE_VERSION = '0.1.0';

/** The annotation and resolution stages, in order. */
export const STAGES: readonly Stage[] = [sentencesStage];

checkStageOrder(STAGES);

/** Options for processing pages. */
export interface ProcessOptions {
  readonly config?: StageConfig;
  readonly trace?: (line: string) => void;
}

/** Loads what the pipeline needs once per process (the language model). */
export async function preparePipeline(): Promise<void> {
  await prepareLanguageDetector();
}

/** Extracts and annotates one page. A refusal comes back as it is, with its reason. */
export function processPage(raw: RawPage, options: ProcessOptions = {}): Document | Refusal {
  const extracted = extractPage(raw, PIPELINE_VERSION);
  if (isRefusal(extracted)) return extracted;
  return annotateDocument(extracted, options);
}

/** Runs the annotation stages over an extracted document. */
export function annotateDocument(doc: Document, options: ProcessOptions = {}): Document {
  return runStages(doc, STAGES, {
    ...(options.config ? { config: options.config } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
  });
}
