import type { Document } from '../../core/document.js';
import { DatelineError } from '../../core/errors.js';
import { extractPage, extractResult, isRefusal } from '../../extract/index.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { annotateDocument, PIPELINE_VERSION, preparePipeline } from '../../pipeline.js';
import type { EvalOptions, EvalReport } from '../index.js';
import { scoreSeedPublished } from './dates.js';
import { scoreSeedEvents, summariseSeedEvents } from './events.js';
import { scoreSeedExtraction } from './extraction.js';
import { loadSeedGold, seedPath } from './gold.js';
import { scoreSeedMentions } from './mentions.js';
import { scoreSeedQuotes, summariseSeedQuotes } from './quotes.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * `dateline eval seeds`: runs the whole pipeline on the five seed pages and scores each
 * stage against ../shared/gold/seeds.gold.json with the rules of its README.
 */
export async function runSeedsEval(options: EvalOptions = {}): Promise<EvalReport> {
  await preparePipeline();
  const gold = loadSeedGold();
  const pages = gold.pages.slice(0, options.limit ?? gold.pages.length);
  const perPage: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const quoteCounts = [];
  const eventCounts = [];
  let fieldsRight = 0;
  let fieldsTotal = 0;
  let pagesAllFieldsRight = 0;
  let mentionsRight = 0;
  let mentionsTotal = 0;
  const published = { right: 0, unknown: 0, wrong: 0 };
  for (const page of pages) {
    let raw = null;
    for await (const item of readInputs([seedPath(page.file)])) {
      if (!item.ok) throw new DatelineError('EVAL_DATA_MISSING', `cannot read the seed page: ${item.error.message}`, { input: page.file });
      raw = item.page;
    }
    if (!raw) throw new DatelineError('EVAL_DATA_MISSING', 'the seed page is missing', { input: page.file });
    const extraction = scoreSeedExtraction(page, extractResult(raw));
    fieldsRight += extraction.right;
    fieldsTotal += extraction.total;
    if (extraction.right === extraction.total) pagesAllFieldsRight++;
    const extracted = extractPage(raw, PIPELINE_VERSION);
    if (isRefusal(extracted)) {
      lines.push(`${page.file}: refused (${extracted.reason}): ${extracted.message}`);
      perPage.push({ file: page.file, refused: extracted.reason, extraction });
      continue;
    }
    const doc: Document = annotateDocument(extracted);
    const date = scoreSeedPublished(page, doc.meta.published);
    published[date]++;
    const mentions = scoreSeedMentions(gold, page, doc);
    mentionsRight += mentions.right;
    mentionsTotal += mentions.total;
    const quotes = scoreSeedQuotes(gold, page, doc);
    quoteCounts.push(quotes);
    const events = scoreSeedEvents(gold, page, doc);
    eventCounts.push(events);
    perPage.push({
      file: page.file,
      extraction,
      published: { score: date, value: doc.meta.published },
      mentions: { right: mentions.right, total: mentions.total, wrong: mentions.outcomes.filter((o) => !o.right) },
      quotes,
      events,
    });
    const wrongFields = Object.entries(extraction.fields)
      .filter(([, ok]) => !ok)
      .map(([name]) => name);
    lines.push(
      `${page.file}  extraction ${extraction.right}/${extraction.total}${wrongFields.length ? ` (wrong: ${wrongFields.join(', ')})` : ''}  published ${date}  mentions ${mentions.right}/${mentions.total}  quotes ${quotes.found}/${quotes.gold} (${quotes.speakerRight} speakers right, ${quotes.falseQuotes} false)  events ${events.found}/${events.gold} (${events.statusRight} status right, ${events.falseOccurred} false occurred, ${events.unmatched} unmatched)`,
    );
  }
  const quoteSummary = summariseSeedQuotes(quoteCounts);
  const eventSummary = summariseSeedEvents(eventCounts);
  const metrics = {
    pages: pages.length,
    extraction: { fieldsRight, fieldsTotal, accuracy: fieldsTotal ? fieldsRight / fieldsTotal : 0, pagesAllRight: pagesAllFieldsRight },
    published: { ...published, accuracy: pages.length ? published.right / pages.length : 0 },
    mentions: { right: mentionsRight, total: mentionsTotal, accuracy: mentionsTotal ? mentionsRight / mentionsTotal : 0 },
    quotes: {
      ...quoteSummary,
      gold: quoteCounts.reduce((a, c) => a + c.gold, 0),
      found: quoteCounts.reduce((a, c) => a + c.found, 0),
      speakerRight: quoteCounts.reduce((a, c) => a + c.speakerRight, 0),
      notQuotesReturned: quoteCounts.reduce((a, c) => a + c.notQuotesReturned, 0),
    },
    events: eventSummary,
    perPage,
  };
  lines.push(
    '',
    `extraction   ${fieldsRight}/${fieldsTotal} fields right (${pct(metrics.extraction.accuracy)}), ${pagesAllFieldsRight}/${pages.length} pages entirely right`,
    `published    ${published.right} right, ${published.unknown} unknown, ${published.wrong} wrong (of ${pages.length})`,
    `mentions     ${mentionsRight}/${mentionsTotal} right (${pct(metrics.mentions.accuracy)})`,
    `quotes       P ${pct(quoteSummary.precision)} R ${pct(quoteSummary.recall)} F1 ${pct(quoteSummary.f1)}; speaker accuracy ${pct(quoteSummary.speakerAccuracy)}; ${quoteSummary.falseQuotes} false quotes; ${metrics.quotes.notQuotesReturned} furniture quotes returned`,
    `events       P ${pct(eventSummary.precision)} R ${pct(eventSummary.recall)} F1 ${pct(eventSummary.f1)}; status ${pct(eventSummary.statusAccuracy)}; ${eventSummary.falseOccurred} false occurred; ${eventSummary.unmatched} unmatched; mode ${pct(eventSummary.modeAccuracy)}, date ${pct(eventSummary.dateAccuracy)}`,
  );
  return { metrics, lines };
}
