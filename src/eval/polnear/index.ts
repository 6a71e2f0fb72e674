import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findParagraphs, findQuoteDrafts } from '../../annotate/quotes/index.js';
import { splitSentences } from '../../annotate/sentences/split.js';
import { DatelineError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import { sharedDir } from '../shared-dir.js';
import { type Attribution, emptyCounts, finishSubset, type SubsetMetrics, scoreArticle } from './score.js';

export { type Attribution, type SubsetMetrics, scoreArticle } from './score.js';

/** The figures of `dateline eval polnear-dev`. */
export interface PolnearMetrics {
  readonly articles: number;
  /** Every gold attribution (statements, beliefs, "according to"). */
  readonly all: SubsetMetrics;
  /** Gold attributions whose content holds a quotation mark. */
  readonly quoted: SubsetMetrics;
  /** Speed of sentences + quote finding, articles per CPU second (one core). */
  readonly docsPerSecond: number;
}

interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly segments?: readonly (readonly [number, number])[];
}

interface PolnearArticle {
  readonly id: string;
  readonly text: string;
  readonly quotes: readonly { readonly content: GoldSpan; readonly speaker: GoldSpan | null; readonly cue: GoldSpan | null }[];
  readonly boilerplate_spans: readonly GoldSpan[];
}

const QUOTE_MARK = /["“”„«»]/;

/** Reads ../shared/datasets/polnear-dev/dev.jsonl. */
export function loadPolnearDev(): PolnearArticle[] {
  const file = path.join(sharedDir(), 'datasets', 'polnear-dev', 'dev.jsonl');
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as PolnearArticle);
  } catch (error) {
    throw new DatelineError('EVAL_DATA_MISSING', `cannot read PolNeAR dev at ${file}`, { input: file, cause: error });
  }
}

function goldContent(span: GoldSpan): Span[] {
  return span.segments && span.segments.length > 0
    ? span.segments.map(([start, end]) => ({ start, end }))
    : [{ start: span.start, end: span.end }];
}

/** Runs sentences and the quote finder over one clean text; speakers are the local spans. */
export function predictAttributions(text: string): Attribution[] {
  const sentences: Span[] = [];
  for (const paragraph of findParagraphs(text)) sentences.push(...splitSentences(text, paragraph.start, paragraph.end));
  // PolNeAR marks an interrupted or continued quotation as one attribution with several
  // content pieces; dateline gives one item per piece sharing a group, so pieces of a
  // group within one paragraph are joined here.
  const paragraphs = findParagraphs(text);
  const paragraphOf = (pos: number) => paragraphs.findIndex((p) => p.start <= pos && pos <= p.end);
  const out: Attribution[] = [];
  const byGroup = new Map<string, { content: Span[]; speaker: Span | null; quoted: boolean }>();
  for (const d of findQuoteDrafts(text, sentences)) {
    const piece = { start: d.start, end: d.end };
    const key = d.group !== null ? `${d.group}:${paragraphOf(d.start)}` : null;
    const existing = key ? byGroup.get(key) : undefined;
    if (existing) {
      existing.content.push(piece);
      existing.speaker ??= d.speaker;
      existing.quoted ||= d.kind !== 'indirect';
      continue;
    }
    const item = { content: [piece], speaker: d.speaker, quoted: d.kind !== 'indirect' };
    if (key) byGroup.set(key, item);
    out.push(item);
  }
  return out;
}

/**
 * Scores the quote finder on PolNeAR dev (../shared/datasets/README.md): content F1
 * (lenient token overlap), speaker-mention accuracy and end-to-end F1, for the quoted
 * subset and for all attributions. The texts are already clean, so only sentences and
 * the quote finder run; entity resolution is not needed for speaker mentions.
 */
export async function runPolnearEval(options: { limit?: number } = {}): Promise<PolnearMetrics> {
  const articles = loadPolnearDev().slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const all = emptyCounts();
  const quoted = emptyCounts();
  // CPU time, not wall time: the figure is per core and does not depend on machine load.
  let elapsedMs = 0;
  // One untimed pass first, so the timed pass measures warm code as a long batch would.
  for (const article of articles) predictAttributions(article.text);
  for (const article of articles) {
    const started = process.cpuUsage();
    const predicted = predictAttributions(article.text);
    const used = process.cpuUsage(started);
    elapsedMs += (used.user + used.system) / 1000;
    const gold: Attribution[] = article.quotes.map((q) => ({
      content: goldContent(q.content),
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
      quoted: QUOTE_MARK.test(q.content.text),
    }));
    const boilerplate = article.boilerplate_spans.map((b) => ({ start: b.start, end: b.end }));
    scoreArticle(article.text, gold, predicted, boilerplate, all, quoted);
  }
  return {
    articles: articles.length,
    all: finishSubset(all),
    quoted: finishSubset(quoted),
    docsPerSecond: elapsedMs > 0 ? (articles.length * 1000) / elapsedMs : 0,
  };
}

/** Human-readable lines for a PolNeAR result. */
export function formatPolnearMetrics(m: PolnearMetrics): string[] {
  const line = (name: string, s: SubsetMetrics) =>
    `${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} speaker ${s.speakerAccuracy.toFixed(3)} end-to-end F1 ${s.endToEndF1.toFixed(3)} (gold ${s.gold}, predicted ${s.predicted})`;
  return [`PolNeAR dev: ${m.articles} articles, ${m.docsPerSecond.toFixed(0)} docs/s`, line('quoted', m.quoted), line('all', m.all)];
}
