/**
 * The actor knowledge base: people, organisations and countries with names, offices
 * and terms. Compiled from public facts and shipped in `data/actors/`; users extend or
 * override it with `--actors FILE` (YAML or JSON, same shape).
 */

/** One office a person held, with its term. Dates are ISO `YYYY-MM-DD`; `end` null while in office. */
export interface OfficeTerm {
  /** Normalised office name, e.g. "president", "prime minister", "foreign minister", "press secretary". */
  readonly office: string;
  /** The office as commonly written, e.g. "President of Russia", "US Secretary of State". */
  readonly title: string;
  /** ISO 3166 alpha-3 country, or an organisation code ("NATO", "UN", "EU"). */
  readonly country: string;
  readonly start: string;
  readonly end: string | null;
  /** Ordinal where the office counts its holders ("45th US president"). */
  readonly ordinal?: number;
  /** True when `start` or `end` is known only to the month or year (the day given is the first of it). */
  readonly approx?: boolean;
  /** True for an acting or interim holder. */
  readonly acting?: boolean;
}

/** One actor of the knowledge base. */
export interface Actor {
  /** Stable id: the Wikidata id where known ("Q7747"), else a slug. */
  readonly id: string;
  readonly name: string;
  readonly type: 'person' | 'organization' | 'country';
  /** Other names and spellings ("Sergei Lavrov", "Lavrov" is derived automatically from the surname). */
  readonly aliases: readonly string[];
  /** ISO 3166 alpha-3 country, or the organisation's own code for IGOs. */
  readonly country: string | null;
  /** PLOVER sector: GOV, MIL, LEG, JUD, IGO, NGO, MED, BUS, ... */
  readonly sector: string | null;
  readonly wikidata: string | null;
  readonly offices: readonly OfficeTerm[];
  /** For organisations and countries: metonyms and demonyms ("Kremlin", "Moscow", "Russian"). */
  readonly metonyms?: readonly string[];
  readonly demonyms?: readonly string[];
  /** Marks fictional actors from the examples and user files. */
  readonly fictional?: boolean;
  /**
   * The name a person is called by alone ("Xi" for Xi Jinping, "Lula"). When absent the last
   * word of the name and of each full-name alias is used.
   */
  readonly surname?: string;
  /** Grammatical gender for pronoun resolution ("he" / "she"); absent when unknown. */
  readonly gender?: 'male' | 'female';
}

/** Look-ups the other stages use; implemented by the knowledge-base module. */
export interface KnowledgeBase {
  /** All actors a name or alias may denote (case-insensitive, diacritics folded). */
  lookup(name: string): readonly Actor[];
  byId(id: string): Actor | undefined;
  /** Who held an office in a country on a date (ISO day). */
  holdersAt(office: string, country: string, date: string): readonly Actor[];
  /** The terms of an actor, for dating pages by who was in office. */
  terms(actorId: string): readonly OfficeTerm[];
  readonly size: number;
}
