/**
 * Projection of a base action plus status to PLOVER 2.0 and CAMEO codes, by the rule in
 * ../shared/gold/events.md:
 *
 * - an occurred action keeps its type and mode;
 * - a planned or proposed cooperative action (a meeting, aid, a withdrawal) is PLOVER
 *   AGREE, a considered or hypothetical one AGREE with the auxiliary mode `hypothetical`
 *   (the PLOVER manual codes promises and offers as AGREE);
 * - a planned hostile material action (sanctions, force) is THREATEN: an announced harm;
 * - verbal acts (REQUEST, ACCUSE, REJECT, THREATEN) keep their type;
 * - not_planned, not_occurred and denied give no PLOVER event (auxiliary `negation`); the
 *   record itself is kept, since "no talks are planned" is news.
 */
import type { EventRecord } from '../../core/layers.js';
import { isOrganizationCode } from './gazetteer.js';
import { COOPERATIVE_TYPES, HOSTILE_TYPES } from './lexicon.js';

/** The fields of a record that the projection reads. */
export type ProjectableEvent = Pick<EventRecord, 'type' | 'mode' | 'status' | 'actors' | 'recipients' | 'location' | 'date'>;

/** A PLOVER 2.0 event record (the spec's field names). */
export type PloverRecord = {
  /** The PLOVER event type, or null where the statement negates the action. */
  readonly event: string | null;
  readonly mode: readonly string[];
  /** Auxiliary modality: `hypothetical` for considered or conditional, `negation` for negated actions. */
  readonly auxiliary: 'hypothetical' | 'negation' | null;
  readonly actor: readonly { readonly code: string; readonly sector: string | null }[];
  readonly recipient: readonly { readonly code: string; readonly sector: string | null }[];
  readonly reciprocal: boolean;
  readonly event_loc: string | null;
  readonly date: string | null;
  /** The base action and status it was projected from. */
  readonly base: { readonly type: string; readonly status: string };
};

const NEGATED = new Set(['not_planned', 'not_occurred', 'denied']);
const TENTATIVE = new Set(['considered', 'hypothetical']);

/** The projected PLOVER type of a base action and status (null for negated statements). */
export function projectType(type: string, status: string): string | null {
  if (NEGATED.has(status)) return null;
  if (status === 'occurred') return type;
  if (COOPERATIVE_TYPES.has(type)) return 'AGREE';
  if (HOSTILE_TYPES.has(type)) return 'THREATEN';
  return type;
}

/**
 * The PLOVER record of an event.
 *
 * @example projectToPlover({ type: 'CONSULT', mode: 'phone', status: 'planned', ... }).event // 'AGREE'
 */
export function projectToPlover(event: ProjectableEvent): PloverRecord {
  const projected = projectType(event.type, event.status);
  const auxiliary = NEGATED.has(event.status) ? 'negation' : TENTATIVE.has(event.status) ? 'hypothetical' : null;
  const keepsMode = projected === event.type && event.mode !== null;
  return {
    event: projected,
    mode: keepsMode ? [event.mode as string] : [],
    auxiliary,
    actor: event.actors.map((code) => toPloverParty(code)),
    recipient: event.recipients.map((code) => toPloverParty(code)),
    reciprocal: event.type === 'CONSULT' || event.type === 'COOPERATE' ? event.recipients.length === 0 : false,
    event_loc: event.location,
    date: event.date ? event.date.start : null,
    base: { type: event.type, status: event.status },
  };
}

/** CAMEO root codes by PLOVER type, for types the rule does not refine. */
const CAMEO_ROOT: Readonly<Record<string, string>> = {
  AGREE: '030',
  CONSULT: '040',
  SUPPORT: '050',
  COOPERATE: '060',
  AID: '070',
  CONCEDE: '080',
  RETREAT: '080',
  REQUEST: '100',
  ACCUSE: '110',
  REJECT: '120',
  THREATEN: '130',
  PROTEST: '140',
  MOBILIZE: '150',
  SANCTION: '160',
  COERCE: '170',
  ASSAULT: '180',
};

const CAMEO_BY_MODE: Readonly<Record<string, string>> = {
  'CONSULT/phone': '041',
  'CONSULT/visit': '042',
  'CONSULT/third-party': '044',
  'SANCTION/discontinue': '163',
  'SANCTION/expel': '174',
  'SANCTION/withdraw': '164',
  'ACCUSE/disapprove': '111',
  'ACCUSE/investigate': '090',
  'PROTEST/demo': '141',
  'PROTEST/hunger': '142',
  'PROTEST/strike': '143',
  'PROTEST/obstruct': '144',
  'PROTEST/riot': '145',
  'COERCE/arrest': '173',
  'COERCE/destroy': '175',
  'ASSAULT/heavy-weapons': '190',
  'ASSAULT/targeted': '186',
};

/**
 * The CAMEO code of an event, or null for negated statements. "040" stands for the CONSULT
 * root ("04" in events.md) so that every code has three digits.
 *
 * @example toCameo({ type: 'CONSULT', mode: 'phone', status: 'occurred', ... }) // '041'
 */
export function toCameo(event: ProjectableEvent): string | null {
  if (NEGATED.has(event.status)) return null;
  if (event.type === 'CONSULT' && event.status !== 'occurred') return '036';
  if (event.status !== 'occurred' && COOPERATIVE_TYPES.has(event.type)) return '030';
  if (event.status !== 'occurred' && HOSTILE_TYPES.has(event.type)) return '130';
  if (event.type === 'CONSULT' && event.mode === 'visit' && event.recipients.length === 0) return '042';
  return CAMEO_BY_MODE[`${event.type}/${event.mode ?? ''}`] ?? CAMEO_ROOT[event.type] ?? null;
}

/** A party as PLOVER lists it: the code, with the IGO sector for an organisation. */
function toPloverParty(code: string): { code: string; sector: string | null } {
  return { code, sector: isOrganizationCode(code) ? 'IGO' : null };
}
