import type { Command } from 'commander';
import type { Document } from '../../../core/document.js';
import { StoryBook } from '../../../store/stories.js';
import { openStore } from '../context.js';
import { formatDate, printJson, printLine } from '../output.js';

function printMeta(doc: Pick<Document, 'id' | 'origin' | 'meta'>): void {
  const m = doc.meta;
  const rows: Array<[string, string | null]> = [
    ['id', doc.id],
    ['origin', doc.origin.name],
    ['outlet', m.outlet],
    ['title', m.title],
    ['standfirst', m.standfirst],
    ['byline', m.byline],
    ['dateline', m.dateline ? `${m.dateline.place}${m.dateline.month ? `, month ${m.dateline.month} day ${m.dateline.day}` : ''}` : null],
    ['page time', m.pageTime?.text ?? null],
    ['published', formatDate(m.published)],
    ['section', m.section],
    ['language', m.language],
    ['url', m.url],
  ];
  for (const [label, value] of rows) if (value) printLine(`${label.padEnd(11)}${value}`);
  for (const [label, values] of Object.entries(m.tags)) printLine(`${`tags/${label}`.padEnd(10)} ${values.join('; ')}`);
}

/** Prints a stored article for people: metadata, text, and what was found in it. */
export function printDocument(doc: Document, options: { furniture?: boolean } = {}): void {
  printMeta(doc);
  printLine();
  printLine(doc.text);
  const entities = doc.entities;
  if (entities.length > 0) {
    printLine();
    printLine('Entities');
    for (const e of entities)
      printLine(
        `  ${e.name} (${e.type}${e.country ? `, ${e.country}` : ''}${e.roles.length ? `; ${e.roles.join(', ')}` : ''}) ×${e.mentions.length}`,
      );
  }
  const quotes = doc.layers.quotes ?? [];
  if (quotes.length > 0) {
    printLine();
    printLine('Quotes');
    // A speaker named on the page but not resolved to an entity ("officials in Corvana") is shown as written.
    const speakerOf = (q: (typeof quotes)[number]): string =>
      q.speakerName ?? (q.speaker ? `"${doc.text.slice(q.speaker.start, q.speaker.end)}" (unresolved)` : '(unknown speaker)');
    for (const q of quotes) printLine(`  [${q.kind}] ${speakerOf(q)}: ${doc.text.slice(q.start, q.end)}`);
  }
  const events = doc.layers.events ?? [];
  if (events.length > 0) {
    printLine();
    printLine('Events');
    for (const e of events) {
      const parties = [...e.actors, ...(e.recipients.length ? ['→', ...e.recipients] : [])].join(' ');
      printLine(`  ${e.type}${e.mode ? `/${e.mode}` : ''} ${e.status} ${parties}${e.date ? ` ${formatDate(e.date)}` : ''}`);
    }
  }
  if (options.furniture) {
    printLine();
    printLine('Removed from the page (furniture)');
    for (const block of doc.layers.furniture ?? []) {
      const text = doc.source.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
      printLine(`  ${block.class.padEnd(13)}${block.rule.padEnd(24)}${text.length > 90 ? `${text.slice(0, 89)}…` : text}`);
    }
  }
}

/** `dateline show ID` */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one stored page: clean text and metadata')
    .argument('<id>', 'document id (or a unique prefix of at least 4 digits)')
    .option('--db <file>', 'database file')
    .option('--furniture', 'also show the removed page furniture and why it was removed')
    .option('--json', 'print the stored document as JSON')
    .action((id: string, options) => {
      const { store } = openStore(options);
      try {
        const outcome = store.get(id);
        if (options.json) {
          const { source: _source, ...rest } = outcome as Document;
          printJson(options.furniture ? outcome : rest);
        } else if (outcome.status === 'refused') {
          printMeta(outcome);
          printLine(`refused: ${outcome.reason} (confidence ${outcome.confidence.toFixed(2)}): ${outcome.message}`);
        } else {
          printDocument(outcome, { furniture: Boolean(options.furniture) });
          const stories = new StoryBook(store.db);
          const placed = stories.storyOf(outcome.id);
          const story = placed ? stories.get(placed.storyId) : null;
          if (placed && story) {
            printLine();
            printLine(
              `Story ${story.id}: ${story.pages} page${story.pages === 1 ? '' : 's'}, ${story.firstPublished ?? '?'} to ${story.lastPublished ?? '?'} (dateline stories ${story.id})`,
            );
            if (placed.duplicateOf)
              printLine(`  a near-duplicate of ${placed.duplicateOf} (estimated Jaccard ${(placed.similarity ?? 0).toFixed(2)})`);
          }
        }
      } finally {
        store.db.close();
      }
    });
}
