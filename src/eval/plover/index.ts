/**
 * `dateline eval plover-dev`: the PLOVER projection of the events stage against 161
 * human-coded newswire sentences (../shared/datasets/README.md, "plover-dev"). Each
 * sentence stands alone: it is split into sentences, the detector runs with every
 * candidate kept, and the most confident event with a PLOVER projection is the answer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findEvents } from '../../annotate/events/detect.js';
import { isOrganizationCode } from '../../annotate/events/gazetteer.js';
import { PLOVER_TYPES } from '../../annotate/events/lexicon.js';
import { splitSentences } from '../../annotate/sentences/split.js';
import { DatelineError } from '../../core/errors.js';
import type { EventRecord } from '../../core/layers.js';
import { sharedDir } from '../shared-dir.js';

/** One line of plover_gsr_dev.jsonl (the fields the evaluation reads). */
export interface PloverGoldSentence {
  readonly id: string;
  readonly text: string;
  readonly event: string;
  readonly mode: readonly string[];
  readonly actor: readonly { readonly text: string; readonly code: string | null }[];
  readonly recipient: readonly { readonly text: string; readonly code: string | null }[];
}

/** Per-type precision, recall and F1. */
export interface TypeScore {
  readonly type: string;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** What the PLOVER evaluation reports. */
export interface PloverMetrics {
  readonly sentences: number;
  /** Share of sentences whose top predicted PLOVER type is the gold type. */
  readonly top1: number;
  readonly microF1: number;
  readonly macroF1: number;
  /** Sentences with no prediction at all. */
  readonly noPrediction: number;
  /** On sentences whose type is right: the predicted actor code set equals the gold set. */
  readonly actorAccuracy: number;
  readonly recipientAccuracy: number;
  /** On right-type sentences whose gold has a mode: the predicted mode is among them. */
  readonly modeAccuracy: number;
  readonly modeSentences: number;
  readonly perType: readonly TypeScore[];
  /** Gold → predicted type counts, for error analysis. */
  readonly confusions: Readonly<Record<string, number>>;
}

/** Reads the dev set. */
export function loadPloverDev(): PloverGoldSentence[] {
  const file = path.join(sharedDir(), 'datasets', 'plover-dev', 'plover_gsr_dev.jsonl');
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as PloverGoldSentence);
  } catch (error) {
    throw new DatelineError('EVAL_DATA_MISSING', `cannot read the PLOVER dev set at ${file}`, { input: file, cause: error });
  }
}

/**
 * The top event of a standalone sentence: the most confident candidate whose projection
 * is a PLOVER event (negated statements project to none), earliest first on ties.
 */
export function predictTopEvent(text: string): EventRecord | null {
  const events = findEvents({ text, sentences: splitSentences(text), keepWeak: true });
  let best: EventRecord | null = null;
  for (const event of events) {
    const projected = (event.plover as { event?: string | null } | null)?.event ?? null;
    if (!projected) continue;
    if (!best || event.confidence > best.confidence) best = event;
  }
  return best;
}

/** PLOVER files organisations under group codes: every IGO we know becomes `IGO`. */
function toPloverCode(code: string): string {
  return isOrganizationCode(code) ? 'IGO' : code;
}

function sameCodes(gold: readonly { readonly code: string | null }[], predicted: readonly string[]): boolean {
  const want = new Set(gold.map((a) => a.code).filter((c): c is string => c !== null));
  const got = new Set(predicted.map(toPloverCode));
  return want.size === got.size && [...want].every((c) => got.has(c));
}

/** Runs the evaluation over the dev set (or its first `limit` sentences). */
export async function runPloverEval(options: { limit?: number } = {}): Promise<PloverMetrics> {
  const rows = loadPloverDev().slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const goldCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  const correctCount = new Map<string, number>();
  const confusions: Record<string, number> = {};
  let correct = 0;
  let noPrediction = 0;
  let actorRight = 0;
  let recipientRight = 0;
  let modeRight = 0;
  let modeSentences = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const row of rows) {
    const top = predictTopEvent(row.text);
    const plover = top?.plover as { event?: string | null; mode?: readonly string[] } | undefined;
    const type = plover?.event ?? null;
    bump(goldCount, row.event);
    if (type) bump(predCount, type);
    else noPrediction++;
    if (type !== row.event) {
      const key = `${row.event}→${type ?? 'none'}`;
      confusions[key] = (confusions[key] ?? 0) + 1;
      continue;
    }
    correct++;
    bump(correctCount, row.event);
    const event = top as EventRecord;
    if (sameCodes(row.actor, event.actors)) actorRight++;
    if (sameCodes(row.recipient, event.recipients)) recipientRight++;
    if (row.mode.length > 0) {
      modeSentences++;
      if (event.mode && row.mode.includes(event.mode)) modeRight++;
    }
  }
  const perType: TypeScore[] = PLOVER_TYPES.map((t) => {
    const gold = goldCount.get(t) ?? 0;
    const predicted = predCount.get(t) ?? 0;
    const ok = correctCount.get(t) ?? 0;
    const precision = predicted > 0 ? ok / predicted : 0;
    const recall = gold > 0 ? ok / gold : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { type: t, gold, predicted, correct: ok, precision, recall, f1 };
  });
  const predictedTotal = [...predCount.values()].reduce((a, b) => a + b, 0);
  const microP = predictedTotal > 0 ? correct / predictedTotal : 0;
  const microR = rows.length > 0 ? correct / rows.length : 0;
  const withGold = perType.filter((t) => t.gold > 0);
  return {
    sentences: rows.length,
    top1: rows.length > 0 ? correct / rows.length : 0,
    microF1: microP + microR > 0 ? (2 * microP * microR) / (microP + microR) : 0,
    macroF1: withGold.length > 0 ? withGold.reduce((a, t) => a + t.f1, 0) / withGold.length : 0,
    noPrediction,
    actorAccuracy: correct > 0 ? actorRight / correct : 0,
    recipientAccuracy: correct > 0 ? recipientRight / correct : 0,
    modeAccuracy: modeSentences > 0 ? modeRight / modeSentences : 0,
    modeSentences,
    perType,
    confusions,
  };
}

/** Human-readable lines of the metrics. */
export function formatPloverMetrics(m: PloverMetrics): string[] {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `plover-dev: ${m.sentences} sentences, top-1 ${pct(m.top1)}, micro F1 ${pct(m.microF1)}, macro F1 ${pct(m.macroF1)}, no prediction ${m.noPrediction}`,
    `on right-type sentences: actor ${pct(m.actorAccuracy)}, recipient ${pct(m.recipientAccuracy)}, mode ${pct(m.modeAccuracy)} (${m.modeSentences} with a mode)`,
    ...m.perType.map((t) => `  ${t.type.padEnd(10)} gold ${t.gold} pred ${t.predicted} right ${t.correct} F1 ${pct(t.f1)}`),
  ];
}
