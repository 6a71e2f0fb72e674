import type { Command } from 'commander';
import { DatelineError } from '../../../core/errors.js';
import { StoryBook, type StorySummary } from '../../../store/stories.js';
import { openStore } from '../context.js';
import { cell, printJson, printLine } from '../output.js';

const integer = (v: string) => Number.parseInt(v, 10);

/** `dateline stories [ID]`: the stories ingest grouped pages into, and their near-duplicates. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('stories across the stored pages (newest first); with an ID, its pages and which copy which')
    .argument('[id]', 'story id (from the list)')
    .option('--db <file>', 'database file')
    .option('--min-pages <n>', 'only stories with at least this many pages', integer, 1)
    .option('--limit <n>', 'rows', integer, 50)
    .option('--offset <n>', 'skip rows', integer, 0)
    .option('--json', 'JSON Lines')
    .action((id: string | undefined, options) => {
      const { store } = openStore(options);
      const book = new StoryBook(store.db);
      if (id) {
        const story = book.get(id);
        if (!story) throw new DatelineError('STORE_NOT_FOUND', `no story has the id ${id}`, { input: id });
        if (options.json) printJson(story);
        else {
          printLine(`${story.id}: ${story.title ?? '(untitled)'}`);
          printLine(
            `${story.pages} ${story.pages === 1 ? 'page' : 'pages'} (${story.duplicates} near-duplicate${story.duplicates === 1 ? '' : 's'}), ${storySpan(story)}; ${story.outlets.join(', ')}`,
          );
          for (const m of story.members) {
            const copy = m.duplicateOf ? `  copy of ${m.duplicateOf.slice(0, 12)}` : '';
            const when = m.published ?? (m.publishedRange ? `${m.publishedRange.start}..${m.publishedRange.end}` : 'date open');
            printLine(`  ${m.id.slice(0, 12)}  ${cell(when, 24)}${cell(m.outlet, 14)}${m.title ?? ''}${copy}`);
          }
        }
      } else {
        const rows = book.list({ limit: options.limit, offset: options.offset, minPages: options.minPages });
        if (options.json) for (const row of rows) printJson(row);
        else {
          printLine(`${cell('story', 8)}${cell('pages', 7)}${cell('from', 12)}${cell('to', 12)}${cell('outlets', 24)}title`);
          for (const r of rows)
            printLine(
              `${cell(r.id, 8)}${cell(r.pages, 7)}${cell(r.firstPublished ?? approximate(r.publishedRange?.start), 12)}${cell(r.lastPublished ?? approximate(r.publishedRange?.end), 12)}${cell(r.outlets.join(', '), 24)}${r.title ?? ''}`,
            );
        }
      }
      store.db.close();
    });
}

/** A story's dates in words: its first and last known days, else the range its pages are known to fall in. */
function storySpan(story: StorySummary): string {
  if (story.firstPublished) return `${story.firstPublished} to ${story.lastPublished ?? story.firstPublished}`;
  if (story.publishedRange) return `${story.publishedRange.start} to ${story.publishedRange.end}, day open`;
  return 'date open';
}

/** A bound of a range in a list cell: marked "~" (the day is open), or "?" when unknown. */
function approximate(day: string | undefined): string {
  return day ? `~${day}` : '?';
}
