import type { Command } from 'commander';
import { DatelineError } from '../../../core/errors.js';
import { Queries } from '../../../store/queries.js';
import { buildTimeline } from '../../service/timeline.js';
import { openStore } from '../context.js';
import { cell, formatDate, printJson, printLine } from '../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').filter(Boolean)];
const integer = (v: string) => Number.parseInt(v, 10);

function checkDate(value: string | undefined, flag: string): void {
  if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new DatelineError('USAGE', `${flag} expects YYYY, YYYY-MM or YYYY-MM-DD, found "${value}"`);
  }
}

/** `dateline entities`, `quotes`, `events`, `timeline`, `search`: read the database. */
export function registerQueries(program: Command): void {
  program
    .command('entities')
    .description('people, organisations and countries across the stored pages; with an ID, one entity and what it said')
    .argument('[id]', 'entity id (from the list)')
    .option('--db <file>', 'database file')
    .option('--q <text>', 'name contains')
    .option('--type <type>', 'person, organization, country or place')
    .option('--country <code>', 'ISO 3166 alpha-3 country')
    .option('--limit <n>', 'rows', integer, 50)
    .option('--json', 'JSON Lines')
    .action((id: string | undefined, options) => {
      const { store } = openStore(options);
      const queries = new Queries(store.db);
      if (id) {
        const entity = queries.entity(integer(id));
        if (!entity) throw new DatelineError('STORE_NOT_FOUND', `no entity has the id ${id}`);
        const quotes = queries.quotes({ speakerId: entity.id, limit: 1000 });
        if (options.json) printJson({ ...entity, quotes });
        else {
          printLine(`${entity.name} (${entity.type}${entity.country ? `, ${entity.country}` : ''}${entity.kb ? `, ${entity.kb}` : ''})`);
          if (entity.roles.length) printLine(`roles: ${entity.roles.join('; ')}`);
          printLine(`in ${entity.documents} pages: ${entity.documentIds.join(' ')}`);
          for (const q of quotes) printLine(`  ${q.published ?? '????'}  [${q.kind}] ${q.content}`);
        }
      } else {
        const rows = queries.entities(options);
        if (options.json) for (const row of rows) printJson(row);
        else {
          printLine(`${cell('id', 6)}${cell('name', 32)}${cell('type', 14)}${cell('country', 9)}${cell('pages', 7)}mentions`);
          for (const r of rows)
            printLine(`${cell(r.id, 6)}${cell(r.name, 32)}${cell(r.type, 14)}${cell(r.country, 9)}${cell(r.documents, 7)}${r.mentions}`);
        }
      }
      store.db.close();
    });

  program
    .command('quotes')
    .description('who said what, when: quotes across the stored pages')
    .option('--db <file>', 'database file')
    .option('--speaker <name>', 'speaker name contains')
    .option('--from <date>', 'said (or published) on or after')
    .option('--to <date>', 'said (or published) on or before')
    .option('--limit <n>', 'rows', integer, 100)
    .option('--json', 'JSON Lines')
    .action((options) => {
      checkDate(options.from, '--from');
      checkDate(options.to, '--to');
      const { store } = openStore(options);
      const rows = new Queries(store.db).quotes(options);
      if (options.json) for (const row of rows) printJson(row);
      else
        for (const r of rows)
          printLine(`${cell(r.saidStart ?? r.published, 11)}${cell(r.speakerName ?? '(unknown)', 22)}[${r.kind}] ${r.content}`);
      store.db.close();
    });

  program
    .command('events')
    .description('what happened, or was only planned, proposed or considered: one record per statement')
    .option('--db <file>', 'database file')
    .option('--actor <code>', 'a party (repeat for several: all must take part)', collect)
    .option('--type <type>', 'PLOVER type, e.g. CONSULT')
    .option('--status <status>', 'occurred, planned, proposed, considered, not_planned, not_occurred, denied, hypothetical')
    .option('--from <date>', 'on or after')
    .option('--to <date>', 'on or before')
    .option('--format <format>', '"plover" writes PLOVER JSON Lines')
    .option('--limit <n>', 'rows', integer, 200)
    .option('--json', 'JSON Lines')
    .action((options) => {
      checkDate(options.from, '--from');
      checkDate(options.to, '--to');
      const { store } = openStore(options);
      const rows = new Queries(store.db).events({ ...options, actors: options.actor ?? [] });
      if (options.format === 'plover') {
        for (const r of rows) if (r.event.plover) printJson({ ...r.event.plover, source: r.documentId });
      } else if (options.json) for (const row of rows) printJson(row);
      else {
        for (const r of rows) {
          const e = r.event;
          const parties = [...e.actors, ...(e.recipients.length ? ['→', ...e.recipients] : [])].join(' ');
          printLine(
            `${cell(formatDate(e.date ?? null), 24)}${cell(`${e.type}${e.mode ? `/${e.mode}` : ''}`, 20)}${cell(e.status, 13)}${cell(parties, 18)}${r.evidence.slice(0, 80)}`,
          );
        }
      }
      store.db.close();
    });

  program
    .command('timeline')
    .description('actions merged across pages in date order, with status history, sources and key quotes')
    .option('--db <file>', 'database file')
    .option('--actor <code>', 'a party (repeat for several)', collect)
    .option('--type <type>', 'PLOVER type, e.g. CONSULT')
    .option('--status <status>', 'only actions that had this status')
    .option('--from <date>', 'on or after')
    .option('--to <date>', 'on or before')
    .option('--json', 'JSON Lines')
    .action((options) => {
      checkDate(options.from, '--from');
      checkDate(options.to, '--to');
      const { store } = openStore(options);
      const entries = buildTimeline(store.db, { ...options, actors: options.actor ?? [] });
      if (options.json) for (const entry of entries) printJson(entry);
      else {
        for (const e of entries) {
          printLine(
            `${cell(e.date ? formatDate(e.date) : `(told ${e.firstTold ?? '?'})`, 24)}${e.type}${e.mode ? `/${e.mode}` : ''} ${e.parties.join('–')}: ${e.status.toUpperCase()}${e.location ? ` in ${e.location}` : ''}`,
          );
          for (const s of e.statusHistory)
            printLine(
              `    ${cell(s.statedOn ?? '?', 11)}${cell(s.status, 13)}${s.assertedBy ? `${s.assertedBy}: ` : ''}${s.evidence.slice(0, 90)}`,
            );
        }
      }
      store.db.close();
    });

  program
    .command('search')
    .description('full-text search over the stored pages (bm25 ranking), with filters')
    .argument('<query...>', 'words; "quoted phrases"; OR between alternatives')
    .option('--db <file>', 'database file')
    .option('--speaker <name>', 'pages quoting this speaker')
    .option('--actor <code>', 'pages with an event involving this party')
    .option('--type <type>', 'pages with an event of this type')
    .option('--status <status>', 'pages with an event of this status')
    .option('--from <date>', 'published on or after')
    .option('--to <date>', 'published on or before')
    .option('--limit <n>', 'rows', integer, 20)
    .option('--json', 'JSON Lines')
    .action((words: string[], options) => {
      checkDate(options.from, '--from');
      checkDate(options.to, '--to');
      const { store } = openStore(options);
      const hits = new Queries(store.db).search(words.join(' '), options);
      if (options.json) for (const hit of hits) printJson(hit);
      else for (const h of hits) printLine(`${h.id}  ${cell(h.published, 11)}${h.title ?? ''}\n    ${h.snippet.replace(/\s+/g, ' ')}`);
      store.db.close();
    });
}
