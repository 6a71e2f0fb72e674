/**
 * A built-in country gazetteer (public facts): ISO 3166 alpha-3 code, the short name
 * news uses, other names, demonyms (adjective and plural noun) and capitals. The actor
 * knowledge base adds or overrides entries at run time; this table keeps mention
 * detection working with no knowledge base at all (tests, other languages' fallbacks).
 */

/** One country of the gazetteer. */
export interface CountryEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

// code | name | other names | demonyms | capitals (metonyms for the government)
const TABLE = `
RUS|Russia|Russian Federation,RF|Russian,Russians|Moscow
USA|United States|United States of America,US,U.S.,USA,America|American,Americans,US|Washington
UKR|Ukraine||Ukrainian,Ukrainians|Kiev,Kyiv
CHN|China|People's Republic of China,PRC|Chinese|Beijing
GBR|United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons|London
FRA|France||French|Paris
DEU|Germany|Federal Republic of Germany|German,Germans|Berlin
ITA|Italy||Italian,Italians|Rome
ESP|Spain||Spanish|Madrid
JPN|Japan||Japanese|Tokyo
IND|India||Indian,Indians|New Delhi
BRA|Brazil||Brazilian,Brazilians|Brasilia
CAN|Canada||Canadian,Canadians|Ottawa
AUS|Australia||Australian,Australians|Canberra
KOR|South Korea|Republic of Korea|South Korean,South Koreans|Seoul
PRK|North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans|Pyongyang
MEX|Mexico||Mexican,Mexicans|Mexico City
IDN|Indonesia||Indonesian,Indonesians|Jakarta
SAU|Saudi Arabia|Kingdom of Saudi Arabia|Saudi,Saudis|Riyadh
TUR|Turkey|Turkiye,Türkiye|Turkish,Turks|Ankara
ARG|Argentina||Argentine,Argentinian,Argentines|Buenos Aires
ZAF|South Africa||South African,South Africans|Pretoria
IRN|Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
ISR|Israel||Israeli,Israelis|Tel Aviv
FIN|Finland||Finnish,Finns|Helsinki
SWE|Sweden||Swedish,Swedes|Stockholm
NOR|Norway||Norwegian,Norwegians|Oslo
DNK|Denmark||Danish,Danes|Copenhagen
POL|Poland||Polish,Poles|Warsaw
BLR|Belarus|Byelorussia|Belarusian,Belarusians|Minsk
KAZ|Kazakhstan||Kazakh,Kazakhs|Astana
GEO|Georgia||Georgian,Georgians|Tbilisi
ARM|Armenia||Armenian,Armenians|Yerevan
AZE|Azerbaijan||Azerbaijani,Azerbaijanis|Baku
SYR|Syria|Syrian Arab Republic|Syrian,Syrians|Damascus
IRQ|Iraq||Iraqi,Iraqis|Baghdad
AFG|Afghanistan||Afghan,Afghans|Kabul
PAK|Pakistan||Pakistani,Pakistanis|Islamabad
EGY|Egypt||Egyptian,Egyptians|Cairo
LBN|Lebanon||Lebanese|Beirut
JOR|Jordan||Jordanian,Jordanians|Amman
QAT|Qatar||Qatari,Qataris|Doha
ARE|United Arab Emirates|UAE|Emirati,Emiratis|Abu Dhabi
YEM|Yemen||Yemeni,Yemenis|Sanaa
LBY|Libya||Libyan,Libyans|Tripoli
PSE|Palestine|Palestinian territories|Palestinian,Palestinians|Ramallah
VEN|Venezuela||Venezuelan,Venezuelans|Caracas
CUB|Cuba||Cuban,Cubans|Havana
NLD|Netherlands|Holland|Dutch|Amsterdam
BEL|Belgium||Belgian,Belgians|
CHE|Switzerland||Swiss|Bern
AUT|Austria||Austrian,Austrians|Vienna
GRC|Greece||Greek,Greeks|Athens
SRB|Serbia||Serbian,Serbs|Belgrade
HUN|Hungary||Hungarian,Hungarians|Budapest
CZE|Czech Republic|Czechia|Czech,Czechs|Prague
ROU|Romania||Romanian,Romanians|Bucharest
BGR|Bulgaria||Bulgarian,Bulgarians|Sofia
MDA|Moldova||Moldovan,Moldovans|Chisinau
LTU|Lithuania||Lithuanian,Lithuanians|Vilnius
LVA|Latvia||Latvian,Latvians|Riga
EST|Estonia||Estonian,Estonians|Tallinn
IRL|Ireland||Irish|Dublin
PRT|Portugal||Portuguese|Lisbon
VNM|Vietnam|Viet Nam|Vietnamese|Hanoi
THA|Thailand||Thai|Bangkok
PHL|Philippines||Philippine,Filipino,Filipinos|Manila
MYS|Malaysia||Malaysian,Malaysians|Kuala Lumpur
SGP|Singapore||Singaporean,Singaporeans|
NZL|New Zealand||New Zealander,New Zealanders|Wellington
NGA|Nigeria||Nigerian,Nigerians|Abuja
ETH|Ethiopia||Ethiopian,Ethiopians|Addis Ababa
KEN|Kenya||Kenyan,Kenyans|Nairobi
DZA|Algeria||Algerian,Algerians|Algiers
MAR|Morocco||Moroccan,Moroccans|Rabat
TUN|Tunisia||Tunisian,Tunisians|Tunis
SDN|Sudan||Sudanese|Khartoum
CHL|Chile||Chilean,Chileans|Santiago
COL|Colombia||Colombian,Colombians|Bogota
PER|Peru||Peruvian,Peruvians|Lima
UZB|Uzbekistan||Uzbek,Uzbeks|Tashkent
TKM|Turkmenistan||Turkmen|Ashgabat
KGZ|Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
TJK|Tajikistan||Tajik,Tajiks|Dushanbe
MNG|Mongolia||Mongolian,Mongolians|Ulaanbaatar
`;

/** Parses the table once at module load. */
function parseTable(source: string): CountryEntry[] {
  const out: CountryEntry[] = [];
  for (const line of source.split('\n')) {
    if (!line.trim()) continue;
    const [code = '', name = '', aliases = '', demonyms = '', capitals = ''] = line.split('|');
    const list = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    out.push({ code, name, aliases: list(aliases), demonyms: list(demonyms), capitals: list(capitals) });
  }
  return out;
}

/** The built-in countries, in table order. */
export const BUILTIN_COUNTRIES: readonly CountryEntry[] = parseTable(TABLE);
