/**
 * The codes an actor's `country` may carry: ISO 3166-1 alpha-3 country codes, plus the
 * codes the knowledge base uses for international organisations (PLOVER/CAMEO style).
 */

/** ISO 3166-1 alpha-3 codes (officially assigned), plus XKX for Kosovo as used by the EU and IMF. */
export const ISO_ALPHA3: ReadonlySet<string> = new Set(
  (
    'ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR ' +
    'BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG ' +
    'COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH ' +
    'FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY ' +
    'HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM ' +
    'KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL ' +
    'MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR ' +
    'NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU ' +
    'SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA ' +
    'TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB ' +
    'VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX'
  ).split(' '),
);

/** Codes for international organisations, used as `country` of their bodies and officers. */
export const ORGANISATION_CODES: ReadonlySet<string> = new Set([
  'UN',
  'NATO',
  'EU',
  'OSCE',
  'CIS',
  'CSTO',
  'SCO',
  'BRICS',
  'G7',
  'G20',
  'AU',
  'ASEAN',
  'ARL',
  'GCC',
  'OPEC',
  'IAEA',
  'WHO',
  'IMF',
  'WTO',
  'ICC',
  'ICJ',
  'COE',
  'EAEU',
  'OIC',
]);

/** True when `code` is an ISO alpha-3 code or a known organisation code. */
export function isKnownCountryCode(code: string): boolean {
  return ISO_ALPHA3.has(code) || ORGANISATION_CODES.has(code);
}
