import type { Diagnostic } from './diagnostics.js';
import type { Document, DocumentMeta, Entity } from './document.js';
import { DatelineError } from './errors.js';
import { LAYER_MAY_OVERLAP, type LayerMap, type LayerName } from './layers.js';
import type { Span } from './span.js';

/** What a stage may produce: a layer, the entity list, or the publication date. */
export type Product = LayerName | 'entities' | 'published';

/** Settings every stage can read. */
export interface StageConfig {
  /** A user-supplied actor file that extends the knowledge base (`--actors`). */
  readonly actorsFile?: string;
  readonly [key: string]: unknown;
}

/** What a stage gets besides the document: config, reference time, reporting. */
export interface StageContext {
  readonly config: StageConfig;
  /** The reference time for relative dates; stages never read the clock. */
  readonly referenceTime: Date | null;
  report(diagnostic: Omit<Diagnostic, 'stage'>): void;
  debug(message: () => string): void;
}

/** What a stage returns: only the products it declares. */
export interface StageOutput extends Partial<LayerMap> {
  readonly entities?: readonly Entity[];
  readonly published?: DocumentMeta['published'];
}

/** A pipeline stage as a value: its name, what it needs, what it adds, and how. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Product[];
  readonly produces: readonly Product[];
  run(doc: Document, ctx: StageContext): StageOutput;
}

/** Declares a stage; the name must read `<phase>/<thing>`. */
export function defineStage(stage: Stage): Stage {
  if (!/^[a-z]+\/[a-z-]+$/.test(stage.name)) {
    throw new DatelineError('PIPELINE_ORDER', `expected a stage name like "annotate/quotes", found "${stage.name}"`);
  }
  return Object.freeze({ ...stage });
}

/** Products that extraction itself provides before any stage runs. */
const EXTRACTED: readonly Product[] = ['paragraphs', 'furniture'];

/**
 * Checks that every stage's requirements are produced by extraction or an earlier stage,
 * and that no two stages produce the same thing. Fails at construction, not mid-batch.
 */
export function checkStageOrder(stages: readonly Stage[]): void {
  const available = new Set<Product>(EXTRACTED);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new DatelineError(
          'PIPELINE_ORDER',
          `stage ${stage.name} requires "${need}", which no earlier stage produces (available: ${[...available].join(', ')})`,
        );
      }
    }
    for (const product of stage.produces) {
      if (available.has(product)) {
        throw new DatelineError('PIPELINE_ORDER', `stage ${stage.name} produces "${product}", already produced earlier`);
      }
      available.add(product);
    }
  }
}

function checkSpans(stage: string, layer: string, spans: readonly Span[], length: number, mayOverlap: boolean): void {
  let previous: Span | undefined;
  for (const span of spans) {
    if (span.start < 0 || span.end > length || span.start > span.end) {
      throw new DatelineError(
        'STAGE_OUTPUT',
        `stage ${stage}: ${layer} span {${span.start}, ${span.end}} is outside the text (length ${length})`,
      );
    }
    if (previous) {
      if (span.start < previous.start || (span.start === previous.start && span.end < previous.end)) {
        throw new DatelineError('STAGE_OUTPUT', `stage ${stage}: ${layer} is not sorted by (start, end)`);
      }
      if (!mayOverlap && span.start < previous.end) {
        throw new DatelineError('STAGE_OUTPUT', `stage ${stage}: ${layer} spans overlap but the layer forbids it`);
      }
    }
    previous = span;
  }
}

/**
 * Checks a stage's output against its declaration (only declared products, spans in
 * range and sorted) and merges it into a new frozen document. Input is never mutated.
 */
export function applyStageOutput(doc: Document, stage: Stage, output: StageOutput, diagnostics: Diagnostic[]): Document {
  const layers: Partial<Record<LayerName, unknown>> = { ...doc.layers };
  let entities = doc.entities;
  let meta = doc.meta;
  for (const [key, value] of Object.entries(output)) {
    if (value === undefined) continue;
    if (!stage.produces.includes(key as Product)) {
      throw new DatelineError('STAGE_OUTPUT', `stage ${stage.name} returned "${key}", which it does not declare`);
    }
    if (key === 'entities') entities = Object.freeze([...(value as Entity[])]);
    else if (key === 'published') meta = { ...meta, published: value as DocumentMeta['published'] };
    else {
      const name = key as LayerName;
      const spans = value as readonly Span[];
      const length = name === 'furniture' ? doc.source.length : doc.text.length;
      checkSpans(stage.name, name, spans, length, LAYER_MAY_OVERLAP[name]);
      layers[name] = Object.freeze([...spans]);
    }
  }
  return Object.freeze({
    ...doc,
    meta,
    layers: Object.freeze(layers) as Document['layers'],
    entities,
    diagnostics: Object.freeze([...doc.diagnostics, ...diagnostics]),
  });
}

/** Runs the stages in order over one document; a stage failure becomes STAGE_FAILED naming the document. */
export function runStages(
  doc: Document,
  stages: readonly Stage[],
  options: { config?: StageConfig; referenceTime?: Date | null; trace?: (line: string) => void } = {},
): Document {
  let current = doc;
  for (const stage of stages) {
    const found: Diagnostic[] = [];
    const ctx: StageContext = {
      config: options.config ?? {},
      referenceTime: options.referenceTime ?? null,
      report: (d) => found.push({ ...d, stage: stage.name }),
      debug: (message) => options.trace?.(`[${stage.name}] ${message()}`),
    };
    let output: StageOutput;
    try {
      output = stage.run(current, ctx);
    } catch (error) {
      if (error instanceof DatelineError) throw error;
      throw new DatelineError('STAGE_FAILED', `stage ${stage.name} failed on document ${doc.id}`, {
        input: doc.origin.name,
        cause: error,
      });
    }
    current = applyStageOutput(current, stage, output, found);
  }
  return current;
}
