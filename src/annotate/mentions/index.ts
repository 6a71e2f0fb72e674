/**
 * Mention detection: persons, organisations, countries, places, roles, descriptions and
 * pronouns found by rules and gazetteers. The stage that publishes them (with entity ids)
 * is `resolve/entities`; this module is the pure detector other stages may call.
 */
export { type FindMentionsOptions, type FoundMention, findMentions, isPersonPronoun, type RoleInfo } from './find.js';
export { type Gazetteer, type GazetteerEntry, gazetteerFor } from './gazetteer.js';
export { type Token, tokenize } from './tokenize.js';
