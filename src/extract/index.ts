import { hash } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostics.js';
import { type Document, type DocumentMeta, emptyMeta, type Refusal } from '../core/document.js';
import type { DateValue, Paragraph } from '../core/layers.js';
import type { RawPage } from '../ingest/raw-page.js';
import { extractHtml } from './html/index.js';
import { detectLanguage } from './language.js';
import { extractTextPage } from './text-page/index.js';
import type { ExtractResult } from './types.js';

/** The content hash that identifies a page: the first 16 hex digits of SHA-256 of its decoded source. */
export function pageId(source: string): string {
  // One-shot hash: the same digest as createHash('sha256').update(source), without the Hash object.
  return hash('sha256', source, 'hex').slice(0, 16);
}

/**
 * Reads a user-supplied publication date ("2015-05-14", "2015-05", "2015", or a full ISO
 * timestamp) as a stated date; null when it is not a date (the caller reports it).
 */
export function parseSuppliedDate(value: string): DateValue | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return { start: `${year}-${month}-${day}`, end: `${year}-${month}-${day}`, granularity: 'day', evidence: [], inferred: false };
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return {
      start: `${year}-${month}-01`,
      end: `${year}-${month}-${String(last).padStart(2, '0')}`,
      granularity: 'month',
      evidence: [],
      inferred: false,
    };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year', evidence: [], inferred: false };
}

/** Splits already-clean text into paragraphs at blank lines; offsets refer to the text itself. */
function cleanTextParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const start = match.index + lead;
    const end = match.index + raw.trimEnd().length;
    if (end > start) paragraphs.push({ start, end, kind: 'body', source: { start, end, in: 'source' }, by: 'extract/clean' });
  }
  return paragraphs;
}

/** Runs the extractor that fits the page's format (no language, no ids: the raw result). */
export function extractResult(raw: RawPage): ExtractResult {
  const options = { ...(raw.url ? { url: raw.url } : {}), ...(raw.published ? { published: raw.published } : {}) };
  if (raw.format === 'html') return extractHtml(raw.source, options);
  if (raw.format === 'text') return extractTextPage(raw.source, options);
  return {
    kind: 'article',
    text: raw.source,
    paragraphs: cleanTextParagraphs(raw.source),
    furniture: [],
    meta: emptyMeta(),
    diagnostics: [],
  };
}

/**
 * Turns a raw page into a Document (clean text, paragraphs, furniture, metadata) or a
 * Refusal with its reason. The language and a user-supplied date are set here, the same
 * way for every format.
 */
export function extractPage(raw: RawPage, pipelineVersion: string): Document | Refusal {
  const id = pageId(raw.source);
  const result = extractResult(raw);
  const diagnostics: Diagnostic[] = result.diagnostics.map((d) => ({ ...d, stage: `extract/${raw.format}` }));
  let meta: DocumentMeta = result.meta;
  if (raw.url && !meta.url) meta = { ...meta, url: raw.url };
  if (raw.published) {
    const supplied = parseSuppliedDate(raw.published);
    if (supplied) meta = { ...meta, published: supplied, evidence: { ...meta.evidence, published: { rule: 'user-supplied' } } };
    else
      diagnostics.push({
        stage: 'extract/page',
        rule: 'bad-published',
        severity: 'warning',
        message: `ignored the supplied publication date "${raw.published}": expected YYYY-MM-DD, YYYY-MM or YYYY`,
      });
  }
  if (result.kind === 'refused') {
    return {
      status: 'refused',
      id,
      origin: raw.origin,
      reason: result.reason,
      confidence: result.confidence,
      message: result.message,
      meta,
      diagnostics,
      source: raw.source,
      format: raw.format,
      encoding: raw.encoding,
      furniture: result.furniture,
      pipelineVersion,
    };
  }
  if (!meta.language) meta = { ...meta, language: detectLanguage(result.text) };
  return Object.freeze({
    id,
    origin: raw.origin,
    source: raw.source,
    format: raw.format,
    encoding: raw.encoding,
    text: result.text,
    meta,
    layers: Object.freeze({ paragraphs: result.paragraphs, furniture: result.furniture }),
    entities: [],
    diagnostics,
    pipelineVersion,
  });
}

/** True when an extraction outcome is a refusal. */
export function isRefusal(outcome: Document | Refusal): outcome is Refusal {
  return (outcome as Refusal).status === 'refused';
}
