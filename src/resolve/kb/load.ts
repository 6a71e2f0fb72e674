/**
 * Reading actor files (JSON or YAML) and checking their shape. Every problem names the file,
 * the entry (index and id) and the field, in the "expected X, found Y" form.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DatelineError } from '../../core/errors.js';
import type { Actor, OfficeTerm } from './types.js';

const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'country']);
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `value` is an ISO day `YYYY-MM-DD` that exists in the calendar. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Collects problems with one entry; `fail` throws with the file and entry named. */
interface EntryContext {
  readonly file: string;
  readonly where: string;
}

function fail(ctx: EntryContext, field: string, expected: string, found: unknown): never {
  throw new DatelineError(
    'CONFIG_INVALID',
    `actor file ${ctx.file}, ${ctx.where}: field "${field}": expected ${expected}, found ${describeValue(found)}`,
    { input: ctx.file },
  );
}

function readString(ctx: EntryContext, record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value.trim() === '') fail(ctx, field, 'a non-empty string', value);
  return value.trim();
}

function readOptionalString(ctx: EntryContext, record: Record<string, unknown>, field: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') fail(ctx, field, 'a non-empty string or null', value);
  return value.trim();
}

function readStringList(ctx: EntryContext, record: Record<string, unknown>, field: string): string[] {
  const value = record[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    fail(ctx, field, 'a list of non-empty strings', value);
  }
  return (value as string[]).map((v) => v.trim());
}

function readTerm(ctx: EntryContext, value: unknown, index: number, actorCountry: string | null): OfficeTerm {
  const field = `offices[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(ctx, field, 'an object', value);
  const record = value as Record<string, unknown>;
  const sub: EntryContext = { file: ctx.file, where: `${ctx.where}, ${field}` };
  const office = readString(sub, record, 'office').toLowerCase();
  const country = readOptionalString(sub, record, 'country') ?? actorCountry;
  if (country === null) fail(sub, 'country', 'a country code (or one on the actor)', record.country);
  const start = record.start;
  if (typeof start !== 'string' || !isIsoDay(start)) fail(sub, 'start', 'an ISO day YYYY-MM-DD', start);
  const end = record.end ?? null;
  if (end !== null && (typeof end !== 'string' || !isIsoDay(end))) fail(sub, 'end', 'an ISO day YYYY-MM-DD or null', end);
  if (end !== null && end < start) fail(sub, 'end', `a day on or after start ${start}`, end);
  const title = readOptionalString(sub, record, 'title') ?? `${office} (${country})`;
  const term: {
    office: string;
    title: string;
    country: string;
    start: string;
    end: string | null;
    ordinal?: number;
    approx?: boolean;
    acting?: boolean;
  } = { office, title, country, start, end };
  if (record.ordinal !== undefined && record.ordinal !== null) {
    if (typeof record.ordinal !== 'number' || !Number.isInteger(record.ordinal) || record.ordinal < 1) {
      fail(sub, 'ordinal', 'a positive whole number', record.ordinal);
    }
    term.ordinal = record.ordinal;
  }
  for (const flag of ['approx', 'acting'] as const) {
    const v = record[flag];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') fail(sub, flag, 'true or false', v);
    if (v) term[flag] = true;
  }
  return term;
}

/**
 * Checks one raw entry and returns it as an {@link Actor}, filling defaults: `aliases` and
 * `offices` empty, `country`, `sector` and `wikidata` null, a term's `country` from the
 * actor and its `title` from office and country.
 *
 * @throws DatelineError CONFIG_INVALID naming the file, the entry and the field.
 */
export function validateActor(raw: unknown, file: string, index: number): Actor {
  const guessId =
    typeof raw === 'object' && raw !== null && typeof (raw as Record<string, unknown>).id === 'string'
      ? ` (id ${(raw as Record<string, unknown>).id as string})`
      : '';
  const ctx: EntryContext = { file, where: `entry ${index}${guessId}` };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(ctx, '(entry)', 'an object', raw);
  const record = raw as Record<string, unknown>;
  const id = readString(ctx, record, 'id');
  const name = readString(ctx, record, 'name');
  const type = record.type;
  if (typeof type !== 'string' || !ACTOR_TYPES.has(type)) fail(ctx, 'type', 'person, organization or country', type);
  const country = readOptionalString(ctx, record, 'country');
  const sector = readOptionalString(ctx, record, 'sector');
  const wikidata = readOptionalString(ctx, record, 'wikidata');
  if (wikidata !== null && !/^Q\d+$/.test(wikidata)) fail(ctx, 'wikidata', 'a Wikidata id like Q7747 or null', wikidata);
  const offices = record.offices ?? [];
  if (!Array.isArray(offices)) fail(ctx, 'offices', 'a list of terms', offices);
  const actor: {
    -readonly [K in keyof Actor]: Actor[K];
  } = {
    id,
    name,
    type: type as Actor['type'],
    aliases: readStringList(ctx, record, 'aliases'),
    country,
    sector,
    wikidata,
    offices: offices.map((term, i) => readTerm(ctx, term, i, country)),
  };
  const metonyms = readStringList(ctx, record, 'metonyms');
  if (metonyms.length > 0) actor.metonyms = metonyms;
  const demonyms = readStringList(ctx, record, 'demonyms');
  if (demonyms.length > 0) actor.demonyms = demonyms;
  const surname = readOptionalString(ctx, record, 'surname');
  if (surname !== null) actor.surname = surname;
  if (record.gender !== undefined && record.gender !== null) {
    if (record.gender !== 'male' && record.gender !== 'female') fail(ctx, 'gender', 'male or female', record.gender);
    actor.gender = record.gender;
  }
  if (record.fictional !== undefined && record.fictional !== null) {
    if (typeof record.fictional !== 'boolean') fail(ctx, 'fictional', 'true or false', record.fictional);
    if (record.fictional) actor.fictional = true;
  }
  return actor;
}

/**
 * Checks a parsed actor file: a list of entries, or an object with an `actors` list. Ids
 * must be unique within the file.
 *
 * @throws DatelineError CONFIG_INVALID naming the file and the bad entry.
 */
export function validateActors(parsed: unknown, file: string): Actor[] {
  const list =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>).actors : parsed;
  if (!Array.isArray(list)) {
    throw new DatelineError(
      'CONFIG_INVALID',
      `actor file ${file}: expected a list of actors (or an object with an "actors" list), found ${describeValue(list)}`,
      { input: file },
    );
  }
  const seen = new Map<string, number>();
  return list.map((raw, index) => {
    const actor = validateActor(raw, file, index);
    const earlier = seen.get(actor.id);
    if (earlier !== undefined) {
      throw new DatelineError(
        'CONFIG_INVALID',
        `actor file ${file}, entry ${index} (id ${actor.id}): field "id": expected an id not used before, found the id of entry ${earlier}`,
        { input: file },
      );
    }
    seen.set(actor.id, index);
    return actor;
  });
}

/**
 * Reads an actor file: `.yaml`/`.yml` through the `yaml` package, anything else as JSON.
 *
 * @example
 * const actors = loadActorFile('examples/actors.yaml');
 * @throws DatelineError INPUT_NOT_FOUND when the file is missing, CONFIG_INVALID when it does
 * not parse or an entry has the wrong shape (the message names the file and the entry).
 */
export function loadActorFile(file: string): Actor[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatelineError('INPUT_NOT_FOUND', `cannot read actor file ${file}`, { input: file, cause: error });
  }
  const extension = path.extname(file).toLowerCase();
  let parsed: unknown;
  try {
    parsed = extension === '.yaml' || extension === '.yml' ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatelineError('CONFIG_INVALID', `actor file ${file} does not parse: ${reason}`, {
      input: file,
      cause: error,
    });
  }
  return validateActors(parsed, file);
}
