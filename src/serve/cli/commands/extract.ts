import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import type { Document, Refusal } from '../../../core/document.js';
import { describeError } from '../../../core/errors.js';
import { extractPage, isRefusal } from '../../../extract/index.js';
import { prepareLanguageDetector } from '../../../extract/language.js';
import type { InputItem } from '../../../ingest/raw-page.js';
import { readInputs, readJsonl } from '../../../ingest/read-inputs.js';
import { annotateDocument, PIPELINE_VERSION, preparePipeline } from '../../../pipeline.js';
import { formatDate, printJson, printLine } from '../output.js';

/** The `extract` JSON line of DESIGN.md. */
export function extractLine(file: string, outcome: Document | Refusal): Record<string, unknown> {
  const meta = outcome.meta;
  const shaped = {
    outlet: meta.outlet,
    title: meta.title,
    standfirst: meta.standfirst,
    byline: meta.byline,
    dateline: meta.dateline,
    published: meta.published,
    language: meta.language,
    url: meta.url,
    section: meta.section,
    tags: meta.tags,
    pageTime: meta.pageTime,
  };
  if (isRefusal(outcome)) {
    return { file, status: 'refused', reason: outcome.reason, message: outcome.message, title: meta.title, text: '', meta: shaped };
  }
  return { file, status: 'article', title: meta.title, text: outcome.text, meta: shaped };
}

/** `dateline extract FILE...|--dir DIR` */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract clean articles from pages without storing them (one JSON line per page with --json)')
    .argument('[files...]', 'page files')
    .option('--dir <dir>', 'read every file below this folder')
    .option('--format <format>', 'treat every page as "html" or "text"')
    .option('--json', 'JSON Lines in the DESIGN.md shape')
    .action(async (files: string[], options) => {
      const inputs = [...files, ...(options.dir ? [options.dir] : [])];
      if (inputs.length === 0) {
        program.error('extract needs files or --dir DIR (see dateline extract --help)', { exitCode: 2, code: 'USAGE' });
      }
      await prepareLanguageDetector();
      let failed = 0;
      for await (const item of readInputs(inputs, options.format ? { format: options.format } : {})) {
        if (!item.ok) {
          failed++;
          process.stderr.write(`${describeError(item.error)}\n`);
          continue;
        }
        const file = item.page.origin.name;
        const outcome = extractPage(item.page, PIPELINE_VERSION);
        if (options.json) printJson(extractLine(file, outcome));
        else if (isRefusal(outcome)) printLine(`${file}: refused (${outcome.reason}): ${outcome.message}`);
        else {
          const m = outcome.meta;
          printLine(
            `${file}: ${m.title ?? '(no title)'} | ${m.outlet ?? 'outlet unknown'} | ${formatDate(m.published)} | ${outcome.layers.paragraphs?.length ?? 0} paragraphs`,
          );
        }
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
}

/** Reads the annotate command's input: a JSONL file, or standard input. */
function annotateInput(input: string | undefined): AsyncGenerator<InputItem> {
  if (!input || input === '-') return readJsonl('-', process.stdin, {}, false);
  return readJsonl(input, createReadStream(input), {}, /\.gz$/i.test(input));
}

/** `dateline annotate` */
export function registerAnnotate(program: Command): void {
  program
    .command('annotate')
    .description('batch mode without a database: JSONL {id, text|html|raw} in, one Document JSON line out per input')
    .option('--input <file>', 'JSONL input file (default: standard input; "-" too)')
    .option('--actors <file>', 'your own actor file (YAML or JSON)')
    .option('--json', 'JSON Lines output (the default for this command)')
    .action(async (options) => {
      await preparePipeline();
      let failed = 0;
      const config = options.actors ? { actorsFile: options.actors as string } : {};
      for await (const item of annotateInput(options.input)) {
        const id = item.ok ? (item.page.origin.externalId ?? null) : (item.origin.externalId ?? null);
        if (!item.ok) {
          failed++;
          printJson({ id, error: item.error.toJSON() });
          continue;
        }
        try {
          const extracted = extractPage(item.page, PIPELINE_VERSION);
          if (isRefusal(extracted)) {
            printJson({ id, status: 'refused', reason: extracted.reason, message: extracted.message, meta: extracted.meta });
            continue;
          }
          const doc = annotateDocument(extracted, { config });
          printJson({ id, text: doc.text, meta: doc.meta, layers: doc.layers, entities: doc.entities, diagnostics: doc.diagnostics });
        } catch (error) {
          failed++;
          printJson({ id, error: { message: describeError(error) } });
        }
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
