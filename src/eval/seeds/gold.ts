import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatelineError } from '../../core/errors.js';
import { sharedDir } from '../shared-dir.js';

/** A gold quote of a seed page (see ../shared/gold/README.md). */
export interface GoldQuote {
  readonly key: string;
  readonly content: string;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly speaker: string;
  readonly cue?: string;
  readonly where?: 'standfirst';
  readonly optional?: boolean;
}

/** A gold event of a seed page (see ../shared/gold/events.md). */
export interface GoldEvent {
  readonly key: string;
  readonly type: string;
  readonly mode: string | null;
  readonly actors: readonly string[];
  readonly recipients?: readonly string[];
  readonly people?: readonly string[];
  readonly status: string;
  readonly accept_status: readonly string[];
  readonly asserted_by?: string;
  readonly date: string | null;
  readonly accept_dates?: readonly string[];
  readonly location?: string;
  readonly optional?: boolean;
}

/** One seed page's gold. */
export interface GoldPage {
  readonly file: string;
  readonly outlet: string;
  readonly title: string;
  readonly standfirst: string | null;
  readonly dateline: { readonly place: string; readonly month: number; readonly day: number } | null;
  readonly published: { readonly date: string; readonly year_from_text: boolean; readonly accept: readonly string[] };
  readonly page_time?: string;
  readonly section?: string;
  readonly tags?: Readonly<Record<string, readonly string[]>>;
  readonly body: {
    readonly first: string;
    readonly last: string;
    readonly paragraphs: number;
    readonly headings: readonly string[];
    readonly excluded: readonly string[];
  };
  readonly quotes: readonly GoldQuote[];
  readonly not_quotes: readonly string[];
  readonly mentions: readonly { readonly key: string; readonly mention: string; readonly entity: string }[];
  readonly events: readonly GoldEvent[];
  readonly not_events: readonly string[];
}

/** The whole gold file. */
export interface SeedGold {
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly pages: readonly GoldPage[];
}

/** Reads ../shared/gold/seeds.gold.json. */
export function loadSeedGold(): SeedGold {
  const file = path.join(sharedDir(), 'gold', 'seeds.gold.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SeedGold;
  } catch (error) {
    throw new DatelineError('EVAL_DATA_MISSING', `cannot read the seed gold at ${file}`, { input: file, cause: error });
  }
}

/** The path of a seed page named in the gold. */
export function seedPath(file: string): string {
  return path.join(sharedDir(), 'seeds', file);
}

/** True when `name` is `canonical` or one of its aliases in the gold. */
export function isSameActor(gold: SeedGold, canonical: string, name: string | null | undefined): boolean {
  if (!name) return false;
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const want = norm(name);
  return norm(canonical) === want || (gold.aliases[canonical] ?? []).some((alias) => norm(alias) === want);
}
