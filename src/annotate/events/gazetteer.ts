/**
 * A small fallback gazetteer for event parties: country names, demonyms, capitals and
 * metonyms mapped to ISO 3166 alpha-3 codes, plus international organisations with their
 * usual short codes. The entity stage (doc.entities) is preferred where it ran; this list
 * lets the events stage code standalone sentences (the PLOVER set) and documents that
 * were annotated without entities. Public facts only.
 */

/** A country-like party found in text. */
export interface GazetteerHit {
  readonly start: number;
  readonly end: number;
  /** ISO alpha-3 code, or an organisation code (NATO, EU, UN...). */
  readonly code: string;
  /** How the party was named: a country name, a demonym, a capital or seat (metonym), an organisation. */
  readonly kind: 'country' | 'demonym' | 'capital' | 'organization';
}

/**
 * ISO3 | names | demonyms | capitals and seats of government (used as metonyms).
 * Names and demonyms are matched case-sensitively at word boundaries.
 */
const COUNTRY_ROWS = `
AFG|Afghanistan|Afghan;Afghans|Kabul
ALB|Albania|Albanian;Albanians|Tirana
DZA|Algeria|Algerian;Algerians|Algiers
AGO|Angola|Angolan|Luanda
ARG|Argentina|Argentine;Argentinian|Buenos Aires
ARM|Armenia|Armenian;Armenians|Yerevan
AUS|Australia|Australian;Australians|Canberra
AUT|Austria|Austrian|Vienna
AZE|Azerbaijan|Azerbaijani;Azeri|Baku
BHR|Bahrain|Bahraini|Manama
BGD|Bangladesh|Bangladeshi|Dhaka
BLR|Belarus|Belarusian;Belarusan|Minsk
BEL|Belgium|Belgian|Brussels
BEN|Benin|Beninese|Porto-Novo
BOL|Bolivia|Bolivian|La Paz
BIH|Bosnia and Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BRA|Brazil|Brazilian|Brasilia
BGR|Bulgaria|Bulgarian|Sofia
BFA|Burkina Faso|Burkinabe|Ouagadougou
MMR|Myanmar;Burma|Burmese|Naypyidaw;Rangoon;Yangon
BDI|Burundi|Burundian|Bujumbura;Gitega
KHM|Cambodia|Cambodian|Phnom Penh
CMR|Cameroon|Cameroonian|Yaounde
CAN|Canada|Canadian;Canadians|Ottawa
CAF|Central African Republic|Central African|Bangui
TCD|Chad|Chadian|N'Djamena
CHL|Chile|Chilean|Santiago
CHN|China;People's Republic of China;PRC|Chinese|Beijing;Peking
COL|Colombia|Colombian|Bogota
COD|Democratic Republic of the Congo;DR Congo;DRC;Zaire|Congolese|Kinshasa
COG|Republic of the Congo|Congolese|Brazzaville
CRI|Costa Rica|Costa Rican|San Jose
CIV|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian|Abidjan;Yamoussoukro
HRV|Croatia|Croatian;Croat;Croats|Zagreb
CUB|Cuba|Cuban;Cubans|Havana
CYP|Cyprus|Cypriot|Nicosia
CZE|Czech Republic;Czechia;Czechoslovakia|Czech;Czechoslovak|Prague
DNK|Denmark|Danish|Copenhagen
DJI|Djibouti|Djiboutian|
DOM|Dominican Republic|Dominican|Santo Domingo
ECU|Ecuador|Ecuadorian|Quito
EGY|Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador|Salvadoran|San Salvador
ERI|Eritrea|Eritrean|Asmara
EST|Estonia|Estonian|Tallinn
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FJI|Fiji|Fijian|Suva
FIN|Finland|Finnish|Helsinki
FRA|France|French|Paris;Elysee;Élysée
GAB|Gabon|Gabonese|Libreville
GMB|Gambia;The Gambia|Gambian|Banjul
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany;West Germany;East Germany|German;Germans|Berlin;Bonn
GHA|Ghana|Ghanaian;Ghanaians|Accra
GRC|Greece|Greek;Greeks|Athens
GTM|Guatemala|Guatemalan|Guatemala City
GIN|Guinea|Guinean|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
HTI|Haiti|Haitian|Port-au-Prince
HND|Honduras|Honduran|Tegucigalpa
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic|Reykjavik
IND|India|Indian;Indians|New Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran|Iranian;Iranians|Tehran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland|Irish|Dublin
ISR|Israel;Isreal|Israeli;Israelis|Jerusalem;Tel Aviv
ITA|Italy|Italian;Italians|Rome
JAM|Jamaica|Jamaican|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh|Astana;Almaty
KEN|Kenya|Kenyan;Kenyans|Nairobi
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea|South Korean;South Koreans|Seoul
KWT|Kuwait|Kuwaiti|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz|Bishkek
LAO|Laos|Laotian|Vientiane
LVA|Latvia|Latvian|Riga
LBN|Lebanon|Lebanese|Beirut
LBR|Liberia|Liberian;Liberians|Monrovia
LBY|Libya|Libyan;Libyans|Tripoli
LTU|Lithuania|Lithuanian|Vilnius
MKD|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian|Lilongwe
MYS|Malaysia|Malaysian|Kuala Lumpur
MLI|Mali|Malian|Bamako
MRT|Mauritania|Mauritanian|Nouakchott
MEX|Mexico|Mexican;Mexicans|Mexico City
MDA|Moldova|Moldovan|Chisinau
MNG|Mongolia|Mongolian|Ulaanbaatar
MNE|Montenegro|Montenegrin|Podgorica
MAR|Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique|Mozambican|Maputo
NAM|Namibia|Namibian|Windhoek
NPL|Nepal|Nepalese;Nepali|Kathmandu
NLD|Netherlands;Holland|Dutch|Amsterdam;The Hague
NZL|New Zealand|New Zealander|Wellington
NIC|Nicaragua|Nicaraguan|Managua
NER|Niger|Nigerien|Niamey
NGA|Nigeria|Nigerian;Nigerians|Abuja;Lagos
NOR|Norway|Norwegian|Oslo
OMN|Oman|Omani|Muscat
PAK|Pakistan|Pakistani;Pakistanis|Islamabad
PSE|Palestine;Gaza Strip;Gaza;West Bank;Palestinian territories|Palestinian;Palestinians|Ramallah
PAN|Panama|Panamanian|Panama City
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay|Paraguayan|Asuncion
PER|Peru|Peruvian|Lima
PHL|Philippines|Filipino;Philippine|Manila
POL|Poland|Polish;Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar;Quatar|Qatari|Doha
ROU|Romania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation;Soviet Union;USSR|Russian;Russians;Soviet|Moscow;Kremlin
RWA|Rwanda|Rwandan;Rwandans|Kigali
SAU|Saudi Arabia|Saudi;Saudis|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia;Yugoslavia|Serbian;Serb;Serbs;Yugoslav|Belgrade
SLE|Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore|Singaporean|
SVK|Slovakia|Slovak|Bratislava
SVN|Slovenia|Slovenian|Ljubljana
SOM|Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa|South African|Pretoria;Cape Town
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish|Madrid
LKA|Sri Lanka|Sri Lankan|Colombo
SDN|Sudan|Sudanese|Khartoum
SWE|Sweden|Swedish|Stockholm
CHE|Switzerland|Swiss|Bern
SYR|Syria|Syrian;Syrians|Damascus
TWN|Taiwan|Taiwanese|Taipei
TJK|Tajikistan|Tajik|Dushanbe
TZA|Tanzania|Tanzanian|Dodoma;Dar es Salaam
THA|Thailand|Thai|Bangkok
TLS|East Timor;Timor-Leste|Timorese|Dili
TGO|Togo|Togolese|Lome
TTO|Trinidad and Tobago;Trinidad|Trinidadian|Port of Spain
TUN|Tunisia|Tunisian|Tunis
TUR|Turkey;Türkiye|Turkish;Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
UGA|Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|Ukrainian;Ukrainians|Kiev;Kyiv
ARE|United Arab Emirates;UAE;Emirates|Emirati|Abu Dhabi
GBR|United Kingdom;Britain;Great Britain;UK;U.K.;England;Scotland|British;Briton;Britons;English|London;Downing Street;Whitehall
USA|United States of America;United States;U.S.A.;USA;U.S.;US;America|American;Americans|Washington;White House;Pentagon;State Department;Department of State
URY|Uruguay|Uruguayan|Montevideo
UZB|Uzbekistan|Uzbek|Tashkent
VEN|Venezuela|Venezuelan|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni;Yemenis|Sanaa
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
`;

/** International organisations: code | names. Their members' capitals are not metonyms for them. */
const ORGANIZATION_ROWS = `
NATO|NATO;North Atlantic Treaty Organization;North Atlantic Alliance;the Alliance;US-led bloc
EU|European Union;EU;European Commission;European Community;EC;Brussels-based bloc
UN|United Nations;UN;U.N.;Security Council;UN Security Council;General Assembly;UNHCR;World Food Program;World Food Programme;WFP;UNICEF;IAEA;International Atomic Energy Agency;International Labor Office;International Labour Organization;ILO;UNIFIL
OSCE|OSCE;Organization for Security and Co-operation in Europe
CIS|CIS;Commonwealth of Independent States
AU|African Union;AU;Organization of African Unity;OAU
ARAB_LEAGUE|Arab League
ASEAN|ASEAN
ECOWAS|ECOWAS
IMF|IMF;International Monetary Fund
WB|World Bank
ICRC|Red Cross;International Committee of the Red Cross;ICRC
WTO|WTO;World Trade Organization
SCO|Shanghai Cooperation Organisation;SCO
BRICS|BRICS
G7|G7;G-7;Group of Seven
G20|G20;G-20
`;

/** Organisation codes that PLOVER files under the generic IGO group. */
export const ORGANIZATION_CODES: ReadonlySet<string> = new Set(
  ORGANIZATION_ROWS.trim()
    .split('\n')
    .map((row) => row.split('|')[0] ?? ''),
);

/** Cities often named as venues that are not capitals, by country. */
const VENUE_ROWS = `
CHE|Geneva;Davos;Lausanne;Zurich
RUS|St. Petersburg;Saint Petersburg;Vladivostok
USA|New York;Camp David;Anchorage;Los Angeles;Chicago
DEU|Munich;Hamburg;Frankfurt
ITA|Genoa;Milan
CHN|Shanghai
TUR|Istanbul;Antalya
ARE|Dubai
JPN|Osaka
IND|Mumbai
`;

interface NameEntry {
  readonly code: string;
  readonly kind: GazetteerHit['kind'];
}

function buildTable(): Map<string, NameEntry> {
  const table = new Map<string, NameEntry>();
  const add = (name: string, entry: NameEntry) => {
    const key = name.trim();
    if (key && !table.has(key)) table.set(key, entry);
  };
  for (const row of COUNTRY_ROWS.trim().split('\n')) {
    const [code = '', names = '', demonyms = '', capitals = ''] = row.split('|');
    for (const n of names.split(';')) add(n, { code, kind: 'country' });
    for (const n of demonyms.split(';')) add(n, { code, kind: 'demonym' });
    for (const n of capitals.split(';')) add(n, { code, kind: 'capital' });
  }
  for (const row of ORGANIZATION_ROWS.trim().split('\n')) {
    const [code = '', names = ''] = row.split('|');
    for (const n of names.split(';')) add(n, { code, kind: 'organization' });
  }
  return table;
}

const TABLE = buildTable();

/** Venue cities (not capitals) → ISO3, used only to place events, never as parties. */
const VENUES: ReadonlyMap<string, string> = new Map(
  VENUE_ROWS.trim()
    .split('\n')
    .flatMap((row) => {
      const [code = '', names = ''] = row.split('|');
      return names.split(';').map((n) => [n, code] as const);
    }),
);

/**
 * Form `k` of a token, in the order names are tried: 0 the token itself, 1 without a final
 * full stop, 2 without a possessive, 3 without a hyphenated tail; null where that form
 * does not apply. Spares the lookups an array of forms per word.
 */
function strippedForm(token: string, k: number): string | null {
  if (k === 0) return token;
  if (k === 1) return token.endsWith('.') ? token.slice(0, -1) : null;
  if (k === 2) return token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : null;
  const hyphen = token.lastIndexOf('-');
  return hyphen > 0 ? token.slice(0, hyphen) : null;
}

/** For each first word of a name, the most words a name starting with it has. */
const FIRST_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const name of TABLE.keys()) {
    const words = name.split(/\s+/);
    const first = (words[0] ?? '').replace(/-.*$/, '');
    map.set(first, Math.max(map.get(first) ?? 0, words.length));
  }
  return map;
})();

/**
 * FIRST_WORDS as a trie over code units (the value of the key that ends at a node, else
 * 0), so a capitalised word is looked up where it stands: most ("The", "President") leave
 * the trie within two letters, without being cut out of the text. Children by ASCII code in
 * one flat table (0: none), by any other code in a map keyed node * 65536 + code.
 */
const FIRST_TRIE = (() => {
  const table: number[] = new Array(128).fill(0);
  const values: number[] = [0];
  const other = new Map<number, number>();
  for (const [key, value] of FIRST_WORDS) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = code < 128 ? (table[node * 128 + code] as number) : (other.get(node * 65536 + code) ?? 0);
      if (next === 0) {
        next = values.length;
        values.push(0);
        for (let k = 0; k < 128; k++) table.push(0);
        if (code < 128) table[node * 128 + code] = next;
        else other.set(node * 65536 + code, next);
      }
      node = next;
    }
    values[node] = value;
  }
  return { asciiChildren: Int32Array.from(table), otherChildren: other as ReadonlyMap<number, number>, values: Int32Array.from(values) };
})();
const FIRST_ASCII_CHILDREN = FIRST_TRIE.asciiChildren;
const FIRST_OTHER_CHILDREN = FIRST_TRIE.otherChildren;
const FIRST_VALUES = FIRST_TRIE.values;

/** The child of a FIRST_WORDS trie node by a code unit, or 0. */
function firstChild(node: number, code: number): number {
  return code < 128 ? (FIRST_ASCII_CHILDREN[node * 128 + code] as number) : (FIRST_OTHER_CHILDREN.get(node * 65536 + code) ?? 0);
}

/**
 * The most words a name starting with the word text[start, end) can have: the largest
 * FIRST_WORDS value of the word or of its forms without a final full stop, possessive or
 * hyphenated tail (all prefixes of the word), 0 when none is a first word.
 */
function findMaxWords(text: string, start: number, end: number): number {
  const length = end - start;
  const last = text.charCodeAt(end - 1);
  const withoutStop = last === 46 ? length - 1 : -1;
  const before = text.charCodeAt(end - 2);
  const withoutPossessive = length >= 2 && last === 115 && (before === 39 || before === 8217) ? length - 2 : -1;
  let withoutTail = -1;
  for (let i = end - 1; i > start; i--) {
    if (text.charCodeAt(i) === 45) {
      withoutTail = i - start;
      break;
    }
  }
  let max = 0;
  let node = 0;
  for (let depth = 1; depth <= length; depth++) {
    const next = firstChild(node, text.charCodeAt(start + depth - 1));
    if (next === 0) break;
    node = next;
    const value = FIRST_VALUES[node] as number;
    if (value > max && (depth === length || depth === withoutStop || depth === withoutPossessive || depth === withoutTail)) max = value;
  }
  return max;
}

/** Words that make "Georgia", "Jordan" or "Chad" a person or US state rather than a country. */
const FALSE_FRIENDS = /^(?:Michael|Chad|Jordan|Georgia|Turkey|Niger|Guinea|Jersey)$/;

/**
 * Finds country and organisation names, demonyms and capitals in text[start, end).
 * Possessives ("Russia's") are matched by the name alone. Works on words (see
 * `readWordEnd`) and looks each run of words that starts like a name up in one table,
 * longest first (one big alternation regex was ten times slower on 5 KB pages). Only
 * capitalised words can start a name, so the scan jumps from capital to capital and reads
 * the words after one only when its word starts a name. `capitals`, when given with a
 * range from 0, lists ascending offsets among which every capital that starts a word of
 * the text stands (see gates.ts `GateIndex.capitals`): the scan visits those alone.
 *
 * @example findGazetteerHits('Russia and the US met.') // RUS at 0, USA at 15
 */
export function findGazetteerHits(text: string, start = 0, end = text.length, capitals?: readonly number[] | null): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  let i = start;
  const listed = start === 0 ? capitals : null;
  let next = 0;
  while (i < end) {
    if (listed) {
      // The next listed offset at or after i.
      while (next < listed.length && (listed[next] as number) < i) next++;
      if (next === listed.length) break;
      i = listed[next] as number;
      if (i >= end) break;
    }
    const head = text.charCodeAt(i);
    if (head < 65 || (head > 90 && head < 128)) {
      i++;
      continue;
    }
    if (head >= 128) {
      // Names start with a capital; "Côte" and "Élysée" start with accented capitals.
      const ch = text[i] ?? '';
      if (ch === ch.toLowerCase()) {
        i++;
        continue;
      }
    }
    const width = wordCharWidth(text, i, end);
    if (width === 0 || !isWordStart(text, i, start)) {
      i++;
      continue;
    }
    const firstStart = i;
    const firstEnd = readWordEnd(text, i, width, end);
    const maxWords = findMaxWords(text, firstStart, firstEnd);
    i = firstEnd;
    if (maxWords === 0) continue;
    // The ends of the words of the longest name that can start here.
    const ends = wordEnds;
    ends[0] = firstEnd;
    let available = 1;
    while (available < maxWords) {
      const after = findNextWord(text, ends[available - 1] as number, end);
      if (after === end) break;
      ends[available++] = readWordEnd(text, after, wordCharWidth(text, after, end), end);
    }
    for (let n = available; n >= 1; n--) {
      const found = lookUpWords(text, firstStart, ends[n - 1] as number);
      if (found) {
        hits.push(found);
        i = ends[n - 1] as number;
        break;
      }
    }
  }
  return hits;
}

/** Scratch list of word ends for `findGazetteerHits` (names have a handful of words). */
const wordEnds: number[] = [];

/**
 * The name of the words text[start, end), tried as written, then without a final full stop,
 * possessive or hyphenated tail; null when no form is in the table.
 */
function lookUpWords(text: string, start: number, end: number): GazetteerHit | null {
  const full = text.slice(start, end);
  for (let k = 0; k <= 3; k++) {
    const name = strippedForm(full, k);
    if (name === null) continue;
    const entry = TABLE.get(name);
    if (!entry) continue;
    if (FALSE_FRIENDS.test(name) && /^\s+[A-Z][a-z]/.test(text.slice(start + name.length, start + name.length + 3))) continue;
    return { start, end: start + name.length, code: entry.code, kind: entry.kind };
  }
  return null;
}

/**
 * Words are what /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu finds, scanning from the
 * start of the range (letters and digits, with inner dots, apostrophes and hyphens: "U.S.",
 * "d'Ivoire"), read by hand because the regex with its match objects cost more than the
 * rest of the lookup. A word never ends just before a letter or digit, so a letter or digit
 * at `i` starts a word unless a letter or digit, or one of them and an inner separator,
 * stand just before it (inside the range).
 */
function isWordStart(text: string, i: number, start: number): boolean {
  if (isWordCharBefore(text, i, start)) return false;
  if (i - 1 <= start) return true;
  const sep = text.charCodeAt(i - 1);
  return !((sep === 39 || sep === 8217 || sep === 46 || sep === 45) && isWordCharBefore(text, i - 1, start));
}

/** True when the code point just before text[i] lies in the range and is a letter or digit. */
function isWordCharBefore(text: string, i: number, start: number): boolean {
  if (i - 1 < start) return false;
  const code = text.charCodeAt(i - 1);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const high = i - 2 >= start && code >= 0xdc00 && code <= 0xdfff ? text.charCodeAt(i - 2) : 0;
  return high >= 0xd800 && high <= 0xdbff ? wordCharWidth(text, i - 2, i) === 2 : isWordPoint(code);
}

/** The end of the word starting at text[i] (a letter or digit `width` code units wide). */
function readWordEnd(text: string, i: number, width: number, end: number): number {
  let j = skipWordChars(text, i + width, end);
  while (j < end) {
    const sep = text.charCodeAt(j);
    if (sep !== 39 && sep !== 8217 && sep !== 46 && sep !== 45) break;
    const next = j + 1 < end ? wordCharWidth(text, j + 1, end) : 0;
    if (next === 0) break;
    j = skipWordChars(text, j + 1 + next, end);
  }
  if (j < end && text.charCodeAt(j) === 46) j++;
  return j;
}

/** The start of the first word at or after `from` (which is not inside a word), or `end`. */
function findNextWord(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && wordCharWidth(text, i, end) === 0) i += codePointWidth(text, i, end);
  return i;
}

function skipWordChars(text: string, from: number, end: number): number {
  let j = from;
  while (j < end) {
    const width = wordCharWidth(text, j, end);
    if (width === 0) break;
    j += width;
  }
  return j;
}

/** Code units of the code point at text[i] (a surrogate pair cut by `end` counts as one lone unit). */
function codePointWidth(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** Code units of the letter or digit (\p{L} or \p{N}) at text[i], or 0 when it is neither. */
function wordCharWidth(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  const width = codePointWidth(text, i, end);
  return isWordPoint(width === 2 ? (text.codePointAt(i) as number) : code) ? width : 0;
}

/** True for a letter or digit code point (\p{L} or \p{N}); a lone surrogate is neither. */
function isWordPoint(point: number): boolean {
  let isWord = WORD_POINTS.get(point);
  if (isWord === undefined) {
    isWord = WORD_CHAR.test(String.fromCodePoint(point));
    WORD_POINTS.set(point, isWord);
  }
  return isWord;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Non-ASCII code points already classified as letter or digit, or not. */
const WORD_POINTS = new Map<number, boolean>();

/** The country of a venue city or capital ("Geneva" → CHE), or null. */
export function lookUpPlaceCountry(name: string): string | null {
  const entry = TABLE.get(name);
  if (entry && (entry.kind === 'capital' || entry.kind === 'country')) return entry.code;
  return VENUES.get(name) ?? null;
}

/** The code of a country, demonym, capital or organisation name, or null. */
export function lookUpName(name: string): string | null {
  return TABLE.get(name)?.code ?? null;
}

/** True when `code` is an international organisation code rather than a state. */
export function isOrganizationCode(code: string): boolean {
  return ORGANIZATION_CODES.has(code);
}
