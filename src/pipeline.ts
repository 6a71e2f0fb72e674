/**
 * The one place where the order of dateline's stages is written:
 *
 *   ingest → extract → annotate/resolve stages (below) → store → cluster → serve
 *
 * Each stage declares what it requires and produces; `checkStageOrder` fails at start-up
 * when the order is wrong, before any document is read.
 */
import { eventsStage } from './annotate/events/index.js';
import { quotesStage } from './annotate/quotes/index.js';
import { sentencesStage } from './annotate/sentences/index.js';
import { timexesStage } from './annotate/timexes/index.js';
import type { Document, Refusal } from './core/document.js';
import { checkStageOrder, runStages, type Stage, type StageConfig } from './core/stage.js';
import { extractPage, isRefusal } from './extract/index.js';
import { prepareLanguageDetector } from './extract/language.js';
import type { RawPage } from './ingest/raw-page.js';
import { createDatesStage } from './resolve/dates/index.js';
import { entitiesStage } from './resolve/entities/index.js';
import { defaultKnowledgeBase } from './resolve/kb/index.js';

/**
 * Bumped whenever a stage changes its output, so stored documents made by an older
 * pipeline can be found and reprocessed (`dateline reprocess`).
 */
export const PIPELINE_VERSION = '0.1.0';

/**
 * The annotation and resolution stages, in order, for one actor knowledge base (the
 * shipped one, extended by the user's `--actors` file). Checked once per knowledge base.
 */
export function stagesFor(config: StageConfig = {}): readonly Stage[] {
  const key = config.actorsFile ?? '';
  let stages = STAGE_CACHE.get(key);
  if (!stages) {
    stages = [
      sentencesStage,
      timexesStage,
      entitiesStage,
      createDatesStage(defaultKnowledgeBase(config.actorsFile)),
      quotesStage,
      eventsStage,
    ];
    checkStageOrder(stages);
    STAGE_CACHE.set(key, stages);
  }
  return stages;
}

const STAGE_CACHE = new Map<string, readonly Stage[]>();

// Fail at start-up, before any page is read, when the order is wrong.
stagesFor();

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
  return runStages(doc, stagesFor(options.config), {
    ...(options.config ? { config: options.config } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
  });
}
