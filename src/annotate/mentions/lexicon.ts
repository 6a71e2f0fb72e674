/**
 * Word lists for mention detection. Each list is general English news vocabulary, never
 * strings of a particular page. Multi-word entries are matched token by token through
 * {@link buildTrie}.
 */

/** A role head: the office it normalises to, and optional implied organisation/country. */
export interface RoleHead {
  /** Normalised office ("president", "foreign minister", "spokesperson", "counterpart"). */
  readonly office: string;
  /** The organisation the role belongs to, where the words imply one ("presidency"). */
  readonly org?: string;
  /** A default country the words imply ("secretary of state" is a US office). */
  readonly country?: string;
  readonly plural?: boolean;
  /** Roles a person holds (vs "leader", "official": generic, never a title before a name). */
  readonly isTitle: boolean;
}

// office <- singular forms; plurals are derived by adding "s" unless given after "/".
// Calibrated on agency copy: these are the heads that introduce a named person.
const ROLE_TABLE: ReadonlyArray<readonly [string, string, Partial<RoleHead>?]> = [
  ['president', 'president'],
  ['vice president', 'vice president'],
  ['vice-president', 'vice president'],
  ['prime minister', 'prime minister'],
  ['premier', 'prime minister'],
  ['chancellor', 'chancellor'],
  ['foreign minister', 'foreign minister'],
  ['minister of foreign affairs', 'foreign minister'],
  ['foreign affairs minister', 'foreign minister'],
  ['foreign secretary', 'foreign minister'],
  ['secretary of state', 'foreign minister', { country: 'USA' }],
  ['state secretary', 'foreign minister', { country: 'USA' }],
  ['top diplomat', 'foreign minister'],
  ['defense minister', 'defense minister'],
  ['defence minister', 'defense minister'],
  ['minister of defense', 'defense minister'],
  ['minister of defence', 'defense minister'],
  ['defense secretary', 'defense minister'],
  ['secretary of defense', 'defense minister'],
  ['interior minister', 'interior minister'],
  ['finance minister', 'finance minister'],
  ['economy minister', 'economy minister'],
  ['minister', 'minister'],
  ['deputy minister', 'deputy minister'],
  ['deputy foreign minister', 'deputy foreign minister'],
  ['press secretary', 'spokesperson'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['press officer', 'spokesperson'],
  ['government spokesman', 'government spokesperson'],
  ['government spokeswoman', 'government spokesperson'],
  ['government spokesperson', 'government spokesperson'],
  ['ministry spokesman', 'spokesperson', { org: 'ministry' }],
  ['ministry spokeswoman', 'spokesperson', { org: 'ministry' }],
  ['ministry spokesperson', 'spokesperson', { org: 'ministry' }],
  ['foreign ministry spokesman', 'foreign ministry spokesperson'],
  ['foreign ministry spokeswoman', 'foreign ministry spokesperson'],
  ['foreign ministry spokesperson', 'foreign ministry spokesperson'],
  ['secretary general', 'secretary general'],
  ['secretary-general', 'secretary general'],
  ['ambassador', 'ambassador'],
  ['envoy', 'envoy'],
  ['special envoy', 'envoy'],
  ['counterpart', 'counterpart'],
  ['king', 'king'],
  ['queen', 'queen'],
  ['emir', 'emir'],
  ['crown prince', 'crown prince'],
  ['supreme leader', 'supreme leader'],
  ['first lady', 'first lady'],
  ['senator', 'senator'],
  ['governor', 'governor'],
  ['mayor', 'mayor'],
  ['speaker', 'speaker'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chair', 'chair'],
  ['director', 'director'],
  ['commander', 'commander'],
  ['general', 'general'],
  ['national security adviser', 'national security adviser'],
  ['national security advisor', 'national security adviser'],
  ['adviser', 'adviser'],
  ['advisor', 'adviser'],
  ['aide', 'aide'],
  ['lawmaker', 'lawmaker'],
  ['nominee', 'nominee'],
  ['candidate', 'candidate'],
  ['challenger', 'candidate'],
  ['rep', 'lawmaker'],
  ['sen', 'senator'],
  ['secretary', 'secretary'],
  ['congressman', 'lawmaker'],
  ['congresswoman', 'lawmaker'],
  ['leader', 'leader', { isTitle: false }],
  ['head', 'head', { isTitle: false }],
  ['chief', 'head', { isTitle: false }],
  ['official', 'official', { isTitle: false }],
  ['diplomat', 'diplomat', { isTitle: false }],
];

/** Role heads by lower-cased word sequence (singular and plural forms). */
export const ROLE_HEADS: ReadonlyMap<string, RoleHead> = buildRoleHeads();

function buildRoleHeads(): Map<string, RoleHead> {
  const out = new Map<string, RoleHead>();
  for (const [words, office, extra] of ROLE_TABLE) {
    const head: RoleHead = { office, isTitle: true, ...extra };
    out.set(words, head);
    const plural = pluralise(words);
    if (!out.has(plural)) out.set(plural, { ...head, plural: true });
  }
  return out;
}

/** "secretary of state" -> "secretaries of state"; "spokesman" -> "spokesmen". */
function pluralise(words: string): string {
  const parts = words.split(' ');
  const ofAt = parts.indexOf('of');
  const headIndex = ofAt > 0 ? ofAt - 1 : parts.length - 1;
  const head = parts[headIndex] ?? '';
  let plural: string;
  if (head.endsWith('man')) plural = `${head.slice(0, -3)}men`;
  else if (head.endsWith('y') && !/[aeiou]y$/.test(head)) plural = `${head.slice(0, -1)}ies`;
  else if (/(?:s|sh|ch|x)$/.test(head)) plural = `${head}es`;
  else plural = `${head}s`;
  parts[headIndex] = plural;
  return parts.join(' ');
}

/**
 * Words that may stand between a determiner and a role head without changing who is
 * meant ("the new US president", "Russia's top diplomat"), lower-cased.
 */
export const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'new',
  'former',
  'acting',
  'deputy',
  'senior',
  'chief',
  'outgoing',
  'incoming',
  'interim',
  'current',
  'first',
  'veteran',
  'longtime',
  'official',
  'top',
  'then-',
  'late',
  'elected',
  'president-elect',
  'presidential',
  'foreign',
  'defense',
  'defence',
  'permanent',
  'two',
  'both',
  'military',
  'security',
  'senior',
  'de',
  'facto',
  'self-proclaimed',
  'newly',
  'republican',
  'democratic',
  'conservative',
  'liberal',
  'opposition',
  'gop',
  'appointed',
  'recently',
]);

/** Head nouns that make a capitalised sequence an organisation name. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry',
  'department',
  'office',
  'council',
  'union',
  'organization',
  'organisation',
  'agency',
  'committee',
  'commission',
  'parliament',
  'duma',
  'assembly',
  'congress',
  'senate',
  'court',
  'bank',
  'fund',
  'party',
  'army',
  'navy',
  'forces',
  'force',
  'service',
  'services',
  'administration',
  'government',
  'cabinet',
  'treaty',
  'alliance',
  'corporation',
  'company',
  'group',
  'institute',
  'university',
  'foundation',
  'federation',
  'association',
  'authority',
  'bureau',
  'guard',
  'guards',
  'police',
  'nations',
  'states',
  'command',
  'post',
  'times',
  'house',
  'caucus',
  'journal',
  'magazine',
  'herald',
  'tribune',
  'gazette',
  'news',
  'tv',
  'television',
  'radio',
  'network',
  'press',
  'inc',
  'ltd',
  'corp',
  'bloc',
  'coalition',
  'front',
  'movement',
  'secretariat',
  'directorate',
  'chamber',
  'board',
  'centre',
  'center',
  'staff',
  'kremlin',
  'pentagon',
  'knesset',
  'bundestag',
  'majlis',
  'rada',
  'cia',
  'fbi',
  'school',
  'academy',
  'club',
  'tass',
]);

/**
 * Organisation classes for descriptions ("the ministry" refers back to an organisation
 * whose name holds "Ministry"). Keys are the lower-cased description head.
 */
export const ORG_DESCRIPTION_HEADS: ReadonlyMap<string, string> = new Map([
  ['ministry', 'ministry'],
  ['department', 'department'],
  ['agency', 'agency'],
  ['committee', 'committee'],
  ['commission', 'commission'],
  ['council', 'council'],
  ['alliance', 'alliance'],
  ['bloc', 'alliance'],
  ['coalition', 'alliance'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['union', 'union'],
  ['parliament', 'parliament'],
  ['office', 'office'],
  ['company', 'company'],
  ['party', 'party'],
  ['court', 'court'],
  ['bank', 'bank'],
  ['government', 'government'],
]);

/** Well-known single-word organisation names (proper nouns, case-sensitive in text). */
export const KNOWN_ORGS: ReadonlyMap<string, { readonly country?: string; readonly org?: string }> = new Map([
  ['kremlin', { country: 'RUS', org: 'presidency' }],
  ['white house', { country: 'USA', org: 'presidency' }],
  ['pentagon', { country: 'USA', org: 'defense ministry' }],
  ['state department', { country: 'USA', org: 'foreign ministry' }],
  ['department of state', { country: 'USA', org: 'foreign ministry' }],
  ['us department of state', { country: 'USA', org: 'foreign ministry' }],
  ['foreign office', { country: 'GBR', org: 'foreign ministry' }],
  ['downing street', { country: 'GBR', org: 'government' }],
  ['élysée', { country: 'FRA', org: 'presidency' }],
  ['elysee', { country: 'FRA', org: 'presidency' }],
  ['knesset', { country: 'ISR', org: 'parliament' }],
  ['bundestag', { country: 'DEU', org: 'parliament' }],
  ['state duma', { country: 'RUS', org: 'parliament' }],
  ['verkhovna rada', { country: 'UKR', org: 'parliament' }],
  ['congress', { country: 'USA', org: 'parliament' }],
  ['capitol hill', { country: 'USA', org: 'parliament' }],
]);

/** Organisations that are alliances ("the bloc", "the alliance" refer back to them). */
export const ALLIANCE_ACRONYMS: ReadonlySet<string> = new Set([
  'nato',
  'csto',
  'eu',
  'asean',
  'sco',
  'brics',
  'aukus',
  'gcc',
  'cis',
  'osce',
  'opec',
]);

/**
 * Capitalised words that open sentences or stand in titles without naming anyone:
 * function words, sentence adverbs, months and weekdays. Lower-cased.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its he his him she her they their them we our us you your i my me
  and but or nor so yet for if unless since as because although though while whereas when where what which who whom
  whose why how whether also still now then today yesterday tomorrow tonight earlier later last next meanwhile however
  moreover furthermore additionally besides otherwise finally firstly secondly thirdly overall currently recently
  previously initially eventually apparently clearly certainly perhaps maybe indeed thus therefore hence nevertheless
  nonetheless instead accordingly consequently notably importantly separately similarly likewise specifically
  at by from in into on onto of off out with without within among amid amidst between through against across
  after before during despite following prior until till toward towards upon over under about above below around
  behind beyond near along according regarding concerning including excluding unlike like than to
  all any both each every either neither no not none some many much more most few several such other another
  only just even too very well please let read see photo photos video share watch listen related more advertisement
  mr mrs ms dr sir madam
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  one two three four five six seven eight nine ten first second third
  yes oh ok okay thanks thank dear
  islamic western eastern northern southern central arab muslim christian jewish european asian african latin
  republican republicans democrat democrats democratic conservative conservatives liberal liberals
  editor's editor breaking update updated exclusive opinion analysis comment comments topics persons tags`.split(/\s+/),
);

/** Adjectives of the non-name list that may still open an organisation name ("European Union"). */
export const NAME_ADJECTIVES: ReadonlySet<string> = new Set(
  'islamic western eastern northern southern central arab muslim christian jewish european asian african latin republican democratic conservative liberal'.split(
    ' ',
  ),
);

/** Reporting verbs (lower-cased forms) that make the nearby mention a speaker. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling add adds added note notes noted stress stresses stressed emphasize
  emphasizes emphasized emphasise emphasises emphasised explain explains explained state states stated recall recalls
  recalled comment comments commented announce announces announced declare declares declared insist insists insisted
  argue argues argued warn warns warned claim claims claimed believe believes believed continue continues continued
  urge urges urged ask asks asked reply replies replied respond responds responded confirm confirms confirmed deny
  denies denied reject rejects rejected reiterate reiterates reiterated underline underlines underlined underscore
  underscores underscored remark remarks remarked write writes wrote tweet tweets tweeted describe describes described
  suggest suggests suggested acknowledge acknowledges acknowledged admit admits admitted observe observes observed
  point points pointed assure assures assured accuse accuses accused report reports reported quote quoted
  mention mentions mentioned clarify clarifies clarified predict predicts predicted promise promises promised vow vows
  vowed disagree disagrees disagreed object objects objected counter counters countered retort retorts retorted`.split(/\s+/),
);

/** Adverbs and auxiliaries that may stand between a speaker and the reporting verb. */
export const VERB_FILLERS: ReadonlySet<string> = new Set(
  `also later earlier further then again once repeatedly previously recently has have had was is would will could
  went on to already never not reportedly publicly separately officially firmly strongly explicitly has also`.split(/\s+/),
);

/** Prepositions after which a capital city is a place, not its government. */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'around',
  'across',
  'inside',
  'into',
  'via',
  'throughout',
  'downtown',
  'central',
]);

/** Words of motion after which "to/from X" is a place ("a visit to Moscow"). */
export const MOTION_WORDS: ReadonlySet<string> = new Set([
  'visit',
  'visits',
  'visited',
  'visiting',
  'trip',
  'travel',
  'travels',
  'travelled',
  'traveled',
  'flew',
  'fly',
  'flies',
  'arrived',
  'arrive',
  'arrives',
  'came',
  'come',
  'comes',
  'went',
  'go',
  'goes',
  'return',
  'returned',
  'returns',
  'moved',
  'move',
  'way',
  'back',
  'headed',
  'journey',
  'flight',
  'flights',
  'road',
  'embassy',
  'delegation',
  'route',
]);

/** Lower-case nouns that follow a name to make a place ("the Donbass region"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'region',
  'province',
  'oblast',
  'city',
  'area',
  'district',
  'peninsula',
  'strait',
  'island',
  'islands',
  'valley',
  'river',
  'sea',
  'gulf',
  'county',
  'territory',
  'enclave',
  'republic',
  'governorate',
  'state',
]);

/** Honorifics before a name ("Mr. King"): the words after are a name even if they look like a title. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['dr', undefined],
  ['sir', 'm'],
  ['madam', 'f'],
]);

/**
 * First words of geographic names ("Lake Ossel", "Mount Tarran", "Cape Verde", "Port Lira"):
 * a capitalised run they open names a place, never a person.
 */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([
  'lake',
  'mount',
  'mt',
  'cape',
  'gulf',
  'bay',
  'isle',
  'port',
  'fort',
  'loch',
  'sierra',
  'glen',
]);

/**
 * Last words that make a capitalised sequence something other than a person ("Wall
 * Street", "Labor Day", "Clean Power Plan"): value `place` or `skip`.
 */
export const NON_PERSON_LAST: ReadonlyMap<string, 'place' | 'skip'> = new Map([
  ...'street avenue road square boulevard bridge airport station park palace hall tower building'
    .split(' ')
    .map((w) => [w, 'place'] as const),
  ...`day week plan act bill law war program programme initiative agreement accord deal summit music coal oil gas prize award games cup
  olympics championship festival conference forum index doctrine strategy project pipeline stream fargo era age revolution crisis declaration
  charter protocol convention constitution amendment resolution report universe series show network`
    .split(/\s+/)
    .map((w) => [w, 'skip'] as const),
]);

/** US states news names without their country (public facts). */
const US_STATES =
  'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming';
const US_STATE_PHRASES = [
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'rhode island',
  'south carolina',
  'south dakota',
  'west virginia',
];

/** A small list of well-known places that are not countries (public facts). */
export const KNOWN_PLACES: ReadonlySet<string> = new Set(
  `sochi geneva davos vienna helsinki crimea donbass donbas donetsk luhansk lugansk kharkiv kharkov odessa odesa
  mariupol kherson zaporizhzhia zaporozhye gaza jerusalem sevastopol istanbul brussels strasbourg munich hamburg
  normandy mar-a-lago capitol kaliningrad chechnya dagestan siberia caucasus idlib aleppo raqqa mosul hormuz
  kashmir taiwan tibet xinjiang europe asia africa eurasia balkans baltics scandinavia arctic antarctica d.c. n.y. n.c. l.a. ${US_STATES}`.split(
    /\s+/,
  ),
);

/** Multi-word known places (matched as token sequences). */
export const KNOWN_PLACE_PHRASES: readonly string[] = [
  'west bank',
  'golan heights',
  'saint petersburg',
  'st petersburg',
  'new york',
  'the hague',
  'camp david',
  'persian gulf',
  'black sea',
  'middle east',
  'latin america',
  'north america',
  'south america',
  'hong kong',
  'strait of hormuz',
  'kuril islands',
  'south china sea',
  'far east',
  'gaza strip',
  'us capitol',
  ...US_STATE_PHRASES,
];

/** Personal pronouns and what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, { readonly gender: 'm' | 'f' | 'n' | 'p'; readonly case: 'subject' | 'object' | 'possessive' }> =
  new Map([
    ['he', { gender: 'm', case: 'subject' }],
    ['him', { gender: 'm', case: 'object' }],
    ['his', { gender: 'm', case: 'possessive' }],
    ['she', { gender: 'f', case: 'subject' }],
    ['her', { gender: 'f', case: 'possessive' }],
    ['hers', { gender: 'f', case: 'possessive' }],
    ['they', { gender: 'p', case: 'subject' }],
    ['them', { gender: 'p', case: 'object' }],
    ['their', { gender: 'p', case: 'possessive' }],
    ['it', { gender: 'n', case: 'subject' }],
    ['its', { gender: 'n', case: 'possessive' }],
  ]);

/** Tokens that join the parts of a name ("Department of State", "Mohammed bin Salman"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'da',
  'del',
  'van',
  'von',
  'bin',
  'al',
  'el',
  'la',
  'le',
  'der',
  'ibn',
  'dos',
]);

/** Common female first names, for "she/her" agreement (a small list; unknown stays unknown). */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  `maria marie anna angela hillary kamala nancy theresa ursula kaja annalena liz elizabeth maria zakharova valentina
  tulsi karine jen nikki condoleezza madeleine samantha linda victoria christine catherine emmanuelle ivanka melania
  jill michelle laura julia yulia giorgia sanna mette jacinda marine ella olena irina natalia tatyana svetlana olga
  elena ekaterina yekaterina dilma cristina sheikh`
    .split(/\s+/)
    .filter((name) => name !== 'sheikh'),
);

/** A word trie over lower-cased token sequences, for longest-match look-ups. */
export interface Trie<T> {
  value?: T;
  readonly next: Map<string, Trie<T>>;
}

/** Builds a trie from phrases (split on spaces) to values. */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>): Trie<T> {
  const root: Trie<T> = { next: new Map() };
  for (const [phrase, value] of entries) addToTrie(root, phrase, value);
  return root;
}

/** Adds one phrase to a trie; the first value stored for a phrase wins. */
export function addToTrie<T>(root: Trie<T>, phrase: string, value: T): void {
  let node = root;
  for (const word of phrase.toLowerCase().replace(/’/g, "'").split(/\s+/)) {
    if (!word) continue;
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  if (node.value === undefined) node.value = value;
}

/**
 * The longest phrase of the trie starting at `tokens[from]`, as [value, token count];
 * `accept` can reject tokens (e.g. require capitals).
 */
export function matchTrie<T>(
  root: Trie<T>,
  tokens: readonly { readonly lower: string }[],
  from: number,
  limit = tokens.length,
): [T, number] | undefined {
  let node: Trie<T> | undefined = root;
  let best: [T, number] | undefined;
  for (let i = from; i < limit && node; i++) {
    const token = tokens[i];
    if (!token) break;
    node = node.next.get(token.lower);
    if (node?.value !== undefined) best = [node.value, i - from + 1];
  }
  return best;
}

/** Upper-case tokens that are not organisations. */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set([
  'utc',
  'gmt',
  'am',
  'pm',
  'tv',
  'ok',
  'id',
  'i',
  'ii',
  'iii',
  'iv',
  'covid',
  'ceo',
  'pdf',
  'faq',
]);
/** Lower-case words that may join the words of an organisation name ("Department of State"). */
export const ORG_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);
/** Capitalised plural groups that act and speak as one ("Republicans", "Democrats"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['republicans', 'democrats', 'conservatives', 'liberals', 'tories', 'socialists']);

/** Verbs after which a title describes the subject ("Holt became the new US president"). */
export const COPULAS: ReadonlySet<string> = new Set([
  'became',
  'becomes',
  'become',
  'remains',
  'remained',
  'is',
  'was',
  'elected',
  'appointed',
  'named',
]);
/** Auxiliaries of the passive ("it was said"). */
export const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Words that open a sentence with a phrase before its subject ("During his visit, ..."). */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set([
  'during',
  'after',
  'before',
  'despite',
  'following',
  'upon',
  'on',
  'in',
  'at',
  'since',
  'ahead',
  'prior',
  'while',
  'throughout',
  'in spite',
]);

/**
 * Word classes as bits, so that mention detection tests a token's membership in the lists
 * above with one AND instead of a set look-up per list (each token carries the bits of
 * its lower-case form; see {@link wordClassesOf}).
 */
export const WORD_CLASS = {
  NON_NAME: 1 << 0,
  ORG_JOINER: 1 << 1,
  NAME_ADJECTIVE: 1 << 2,
  ORG_HEAD: 1 << 3,
  NAME_JOINER: 1 << 4,
  ROLE_ADJECTIVE: 1 << 5,
  VERB_FILLER: 1 << 6,
  PASSIVE: 1 << 7,
  REPORTING_VERB: 1 << 8,
  PRONOUN: 1 << 9,
  NOT_ACRONYM: 1 << 10,
  FEMALE_FIRST_NAME: 1 << 11,
  COPULA: 1 << 12,
  ORG_DESCRIPTION_HEAD: 1 << 13,
  HONORIFIC: 1 << 14,
  GROUP_NOUN: 1 << 15,
  PLACE_NOUN: 1 << 16,
  PLACE_FIRST_WORD: 1 << 17,
  NON_PERSON_LAST: 1 << 18,
  LOCATIVE: 1 << 19,
  MOTION: 1 << 20,
  FRONTED_OPENER: 1 << 21,
  /** The first word of a role head ("foreign" of "foreign minister"). */
  ROLE_FIRST_WORD: 1 << 22,
} as const;

function buildWordClasses(): Map<string, number> {
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | bit);
  };
  mark(NON_NAME_WORDS, WORD_CLASS.NON_NAME);
  mark(ORG_JOINERS, WORD_CLASS.ORG_JOINER);
  mark(NAME_ADJECTIVES, WORD_CLASS.NAME_ADJECTIVE);
  mark(ORG_HEADS, WORD_CLASS.ORG_HEAD);
  mark(NAME_JOINERS, WORD_CLASS.NAME_JOINER);
  mark(ROLE_ADJECTIVES, WORD_CLASS.ROLE_ADJECTIVE);
  mark(VERB_FILLERS, WORD_CLASS.VERB_FILLER);
  mark(PASSIVE, WORD_CLASS.PASSIVE);
  mark(REPORTING_VERBS, WORD_CLASS.REPORTING_VERB);
  mark(PRONOUNS.keys(), WORD_CLASS.PRONOUN);
  mark(NOT_ACRONYMS, WORD_CLASS.NOT_ACRONYM);
  mark(FEMALE_FIRST_NAMES, WORD_CLASS.FEMALE_FIRST_NAME);
  mark(COPULAS, WORD_CLASS.COPULA);
  mark(ORG_DESCRIPTION_HEADS.keys(), WORD_CLASS.ORG_DESCRIPTION_HEAD);
  mark(HONORIFICS.keys(), WORD_CLASS.HONORIFIC);
  mark(GROUP_NOUNS, WORD_CLASS.GROUP_NOUN);
  mark(PLACE_NOUNS, WORD_CLASS.PLACE_NOUN);
  mark(PLACE_FIRST_WORDS, WORD_CLASS.PLACE_FIRST_WORD);
  mark(NON_PERSON_LAST.keys(), WORD_CLASS.NON_PERSON_LAST);
  mark(LOCATIVE_WORDS, WORD_CLASS.LOCATIVE);
  mark(MOTION_WORDS, WORD_CLASS.MOTION);
  mark(FRONTED_OPENERS, WORD_CLASS.FRONTED_OPENER);
  mark(buildTrie(ROLE_HEADS).next.keys(), WORD_CLASS.ROLE_FIRST_WORD);
  return classes;
}

const WORD_CLASSES: ReadonlyMap<string, number> = buildWordClasses();

/** The {@link WORD_CLASS} bits of a lower-case word (0: in none of the lists). */
export function wordClassesOf(lower: string): number {
  return WORD_CLASSES.get(lower) ?? 0;
}
