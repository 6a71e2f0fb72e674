/**
 * Office vocabulary: the normalised office names the knowledge base stores, the phrases news
 * uses for them, and the groups a generic phrase ("spokesman", "head of state") stands for.
 */
import { normalisePhrase } from './normalise.js';

/** The normalised offices the shipped data uses. User files may add others. */
export const OFFICES = [
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'monarch',
  'crown prince',
  'supreme leader',
  'foreign minister',
  'press secretary',
  'foreign ministry spokesperson',
  'government spokesperson',
  'secretary general',
  'commission president',
  'council president',
  'high representative',
  'defence minister',
  'deputy foreign minister',
  'national security adviser',
  'security council secretary',
  'un ambassador',
  'chief of staff',
  'presidential aide',
  'speaker',
  'general secretary',
  'defence ministry spokesperson',
] as const;

/**
 * Offices one person holds at a time in one country or organisation. Spokesperson offices
 * are left out: China's foreign ministry has three or four spokespeople at once.
 */
export const SINGLE_HOLDER_OFFICES: ReadonlySet<string> = new Set([
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'monarch',
  'supreme leader',
  'foreign minister',
  'secretary general',
  'commission president',
  'council president',
  'high representative',
  'defence minister',
  'national security adviser',
  'security council secretary',
  'un ambassador',
  'chief of staff',
  'general secretary',
]);

/** Generic office words that stand for several stored offices. */
export const OFFICE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  spokesperson: ['press secretary', 'foreign ministry spokesperson', 'government spokesperson', 'defence ministry spokesperson'],
  'head of state': ['president', 'monarch', 'supreme leader'],
  'head of government': ['prime minister', 'chancellor', 'president'],
  leader: ['president', 'prime minister', 'chancellor', 'monarch', 'supreme leader'],
};

/** What a role phrase means: an office (or group) and, when the phrase implies one, a country. */
export interface RoleEntry {
  /** A normalised office from {@link OFFICES} or a key of {@link OFFICE_GROUPS}. */
  readonly office: string;
  /** The country or organisation the phrase itself implies ("Kremlin spokesman" → RUS). */
  readonly country?: string;
}

/** Phrase → meaning. Phrases are written plainly; the index normalises them. */
const ROLE_PHRASES: ReadonlyArray<readonly [string, RoleEntry]> = [
  ['president', { office: 'president' }],
  ['head of state', { office: 'head of state' }],
  ['head of government', { office: 'head of government' }],
  ['leader', { office: 'leader' }],
  ['vice president', { office: 'vice president' }],
  ['vice-president', { office: 'vice president' }],
  ['prime minister', { office: 'prime minister' }],
  ['premier', { office: 'prime minister' }],
  ['PM', { office: 'prime minister' }],
  ['chancellor', { office: 'chancellor' }],
  ['federal chancellor', { office: 'chancellor' }],
  ['king', { office: 'monarch' }],
  ['queen', { office: 'monarch' }],
  ['emperor', { office: 'monarch' }],
  ['monarch', { office: 'monarch' }],
  ['emir', { office: 'monarch' }],
  ['crown prince', { office: 'crown prince' }],
  ['supreme leader', { office: 'supreme leader', country: 'IRN' }],
  ['leader of the islamic revolution', { office: 'supreme leader', country: 'IRN' }],
  ['foreign minister', { office: 'foreign minister' }],
  ['minister of foreign affairs', { office: 'foreign minister' }],
  ['minister for foreign affairs', { office: 'foreign minister' }],
  ['foreign affairs minister', { office: 'foreign minister' }],
  ['external affairs minister', { office: 'foreign minister', country: 'IND' }],
  ['minister of external affairs', { office: 'foreign minister', country: 'IND' }],
  ['foreign secretary', { office: 'foreign minister', country: 'GBR' }],
  ['top diplomat', { office: 'foreign minister' }],
  ['chief diplomat', { office: 'foreign minister' }],
  ['secretary of state', { office: 'foreign minister', country: 'USA' }],
  ['state secretary', { office: 'foreign minister', country: 'USA' }],
  ['press secretary', { office: 'press secretary' }],
  ['presidential press secretary', { office: 'press secretary' }],
  ['presidential spokesman', { office: 'press secretary' }],
  ['presidential spokesperson', { office: 'press secretary' }],
  ['kremlin spokesman', { office: 'press secretary', country: 'RUS' }],
  ['kremlin spokesperson', { office: 'press secretary', country: 'RUS' }],
  ['kremlin press secretary', { office: 'press secretary', country: 'RUS' }],
  ['white house press secretary', { office: 'press secretary', country: 'USA' }],
  ['white house spokesman', { office: 'press secretary', country: 'USA' }],
  ['white house spokeswoman', { office: 'press secretary', country: 'USA' }],
  ['white house spokesperson', { office: 'press secretary', country: 'USA' }],
  ['spokesman', { office: 'spokesperson' }],
  ['spokeswoman', { office: 'spokesperson' }],
  ['spokesperson', { office: 'spokesperson' }],
  ['press spokesman', { office: 'spokesperson' }],
  ['government spokesman', { office: 'government spokesperson' }],
  ['government spokeswoman', { office: 'government spokesperson' }],
  ['government spokesperson', { office: 'government spokesperson' }],
  ['foreign ministry spokesman', { office: 'foreign ministry spokesperson' }],
  ['foreign ministry spokeswoman', { office: 'foreign ministry spokesperson' }],
  ['foreign ministry spokesperson', { office: 'foreign ministry spokesperson' }],
  ['mfa spokesperson', { office: 'foreign ministry spokesperson' }],
  ['mfa spokesman', { office: 'foreign ministry spokesperson' }],
  ['state department spokesperson', { office: 'foreign ministry spokesperson', country: 'USA' }],
  ['state department spokesman', { office: 'foreign ministry spokesperson', country: 'USA' }],
  ['state department spokeswoman', { office: 'foreign ministry spokesperson', country: 'USA' }],
  ['state department press secretary', { office: 'foreign ministry spokesperson', country: 'USA' }],
  ['defence minister', { office: 'defence minister' }],
  ['defense minister', { office: 'defence minister' }],
  ['minister of defence', { office: 'defence minister' }],
  ['minister of defense', { office: 'defence minister' }],
  ['defence secretary', { office: 'defence minister', country: 'GBR' }],
  ['defense secretary', { office: 'defence minister', country: 'USA' }],
  ['secretary of defense', { office: 'defence minister', country: 'USA' }],
  ['secretary of war', { office: 'defence minister', country: 'USA' }],
  ['war secretary', { office: 'defence minister', country: 'USA' }],
  ['pentagon chief', { office: 'defence minister', country: 'USA' }],
  ['deputy foreign minister', { office: 'deputy foreign minister' }],
  ['vice foreign minister', { office: 'deputy foreign minister' }],
  ['national security adviser', { office: 'national security adviser' }],
  ['national security advisor', { office: 'national security adviser' }],
  ['security council secretary', { office: 'security council secretary' }],
  ['secretary of the security council', { office: 'security council secretary' }],
  ['un ambassador', { office: 'un ambassador' }],
  ['ambassador to the un', { office: 'un ambassador' }],
  ['ambassador to the united nations', { office: 'un ambassador' }],
  ['permanent representative to the un', { office: 'un ambassador' }],
  ['permanent representative to the united nations', { office: 'un ambassador' }],
  ['envoy to the un', { office: 'un ambassador' }],
  ['chief of staff', { office: 'chief of staff' }],
  ['head of the presidential administration', { office: 'chief of staff' }],
  ['kremlin chief of staff', { office: 'chief of staff', country: 'RUS' }],
  ['white house chief of staff', { office: 'chief of staff', country: 'USA' }],
  ['head of the presidential office', { office: 'chief of staff', country: 'UKR' }],
  ['presidential aide', { office: 'presidential aide' }],
  ['kremlin aide', { office: 'presidential aide', country: 'RUS' }],
  ['speaker', { office: 'speaker' }],
  ['duma speaker', { office: 'speaker', country: 'RUS' }],
  ['general secretary', { office: 'general secretary' }],
  ['party leader', { office: 'general secretary' }],
  ['defence ministry spokesman', { office: 'defence ministry spokesperson' }],
  ['defense ministry spokesman', { office: 'defence ministry spokesperson' }],
  ['defence ministry spokesperson', { office: 'defence ministry spokesperson' }],
  ['defense ministry spokesperson', { office: 'defence ministry spokesperson' }],
  ['pentagon press secretary', { office: 'defence ministry spokesperson', country: 'USA' }],
  ['pentagon spokesman', { office: 'defence ministry spokesperson', country: 'USA' }],
  ['pentagon spokesperson', { office: 'defence ministry spokesperson', country: 'USA' }],
  ['secretary general', { office: 'secretary general' }],
  ['secretary-general', { office: 'secretary general' }],
  ['un chief', { office: 'secretary general', country: 'UN' }],
  ['nato chief', { office: 'secretary general', country: 'NATO' }],
  ['commission president', { office: 'commission president', country: 'EU' }],
  ['president of the european commission', { office: 'commission president', country: 'EU' }],
  ['european commission president', { office: 'commission president', country: 'EU' }],
  ['european council president', { office: 'council president', country: 'EU' }],
  ['president of the european council', { office: 'council president', country: 'EU' }],
  ['high representative', { office: 'high representative', country: 'EU' }],
  ['foreign policy chief', { office: 'high representative', country: 'EU' }],
  ['eu foreign policy chief', { office: 'high representative', country: 'EU' }],
  ['foreign affairs chief', { office: 'high representative', country: 'EU' }],
];

/**
 * The role index: normalised office phrase → meaning. Entity resolution uses it to read
 * titles ("the Kremlin spokesman", "US state secretary") and the knowledge base to answer
 * {@link RoleEntry}-based questions about who held an office.
 */
export const ROLE_INDEX: ReadonlyMap<string, RoleEntry> = new Map(
  ROLE_PHRASES.map(([phrase, entry]) => [normalisePhrase(phrase), entry] as const),
);

/** The longest role phrase, in words; bounds suffix matching in {@link splitRolePhrase}. */
const MAX_ROLE_WORDS = Math.max(...[...ROLE_INDEX.keys()].map((k) => k.split(' ').length));

/**
 * Expands an office or group name to the stored offices it covers.
 *
 * @example
 * expandOffice('spokesperson'); // ['press secretary', 'foreign ministry spokesperson', 'government spokesperson']
 */
export function expandOffice(office: string): readonly string[] {
  const key = normalisePhrase(office);
  const role = ROLE_INDEX.get(key);
  const name = role?.office ?? key;
  return OFFICE_GROUPS[name] ?? [name];
}

/** A title split into the words before the role and the role itself. */
export interface RolePhraseParts {
  /** The normalised words before the role ("us" in "US Secretary of State"), or "". */
  readonly qualifier: string;
  readonly role: RoleEntry;
  /** The normalised role phrase that matched. */
  readonly phrase: string;
}

/**
 * Splits a title into qualifier and role: the longest role phrase at the end
 * ("Russian Foreign Minister", "US Secretary of State"), or at the start before "of"
 * ("President of Russia", "Secretary-General of the United Nations").
 */
export function splitRolePhrase(title: string): RolePhraseParts | undefined {
  const words = normalisePhrase(title).split(' ').filter(Boolean);
  for (let size = Math.min(MAX_ROLE_WORDS, words.length); size >= 1; size--) {
    const phrase = words.slice(words.length - size).join(' ');
    const role = ROLE_INDEX.get(phrase);
    if (role) return { qualifier: words.slice(0, words.length - size).join(' '), role, phrase };
  }
  for (let ofIndex = words.lastIndexOf('of'); ofIndex > 0; ofIndex = words.lastIndexOf('of', ofIndex - 1)) {
    const phrase = words.slice(0, ofIndex).join(' ');
    const role = ROLE_INDEX.get(phrase);
    if (role) return { qualifier: words.slice(ofIndex + 1).join(' '), role, phrase };
  }
  return undefined;
}
