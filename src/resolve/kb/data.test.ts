import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { isKnownCountryCode, loadActorFile, SINGLE_HOLDER_OFFICES, shippedActorsDir } from './index.js';
import type { Actor, OfficeTerm } from './types.js';

const dir = shippedActorsDir();
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const loaded: Array<[string, Actor[]]> = files.map((name) => [name, loadActorFile(path.join(dir, name))]);
const actors = loaded.flatMap(([, list]) => list);
const PLOVER_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'IGO', 'NGO', 'MED', 'BUS', 'REB', 'OPP', 'PTY', 'CVL']);

test('every shipped file loads and is not empty', () => {
  assert.ok(files.length >= 5, `expected several actor files in ${dir}`);
  for (const [name, list] of loaded) assert.ok(list.length > 0, `${name} is empty`);
});

test('ids and Wikidata ids are unique across all shipped files', () => {
  const ids = new Map<string, string>();
  const wikidata = new Map<string, string>();
  for (const [file, list] of loaded) {
    for (const actor of list) {
      assert.equal(ids.get(actor.id), undefined, `${actor.id} in ${file} and ${ids.get(actor.id)}`);
      ids.set(actor.id, file);
      if (actor.wikidata === null) continue;
      assert.equal(wikidata.get(actor.wikidata), undefined, `${actor.wikidata} given twice`);
      wikidata.set(actor.wikidata, actor.id);
      assert.ok(/^Q\d+$/.test(actor.id) ? actor.id === actor.wikidata : true, `${actor.id} id and wikidata differ`);
    }
  }
});

test('countries, sectors and genders come from the known lists', () => {
  for (const actor of actors) {
    if (actor.country !== null) assert.ok(isKnownCountryCode(actor.country), `${actor.id}: country ${actor.country}`);
    if (actor.sector !== null) assert.ok(PLOVER_SECTORS.has(actor.sector), `${actor.id}: sector ${actor.sector}`);
    for (const term of actor.offices) assert.ok(isKnownCountryCode(term.country), `${actor.id}: term country ${term.country}`);
    if (actor.type === 'country') assert.ok(actor.country !== null && actor.country.length === 3, `${actor.id}: country code`);
  }
});

test('every term starts no later than it ends and no later than today', () => {
  for (const actor of actors) {
    for (const term of actor.offices) {
      assert.ok(term.end === null || term.start <= term.end, `${actor.id}: ${term.office} ${term.start}..${term.end}`);
      assert.ok(term.start >= '1945-01-01' && term.start <= '2026-12-31', `${actor.id}: start ${term.start}`);
    }
  }
});

test('single-holder offices have no overlapping terms in one country', () => {
  const byOffice = new Map<string, Array<{ actor: Actor; term: OfficeTerm }>>();
  for (const actor of actors) {
    for (const term of actor.offices) {
      if (!SINGLE_HOLDER_OFFICES.has(term.office)) continue;
      const key = `${term.office}|${term.country}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), { actor, term }]);
    }
  }
  const problems: string[] = [];
  for (const [key, list] of byOffice) {
    list.sort((a, b) => a.term.start.localeCompare(b.term.start));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const next = list[i];
      if (!prev || !next) continue;
      // A handover day belongs to both holders (inauguration at noon), so equal days are fine.
      if (prev.term.end === null || next.term.start < prev.term.end) {
        problems.push(`${key}: ${prev.actor.name} ${prev.term.start}..${prev.term.end} and ${next.actor.name} from ${next.term.start}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('people have a gender for pronoun resolution, countries have demonyms', () => {
  for (const actor of actors) {
    if (actor.type === 'person') assert.ok(actor.gender !== undefined, `${actor.id}: gender`);
    if (actor.type === 'country') assert.ok((actor.demonyms ?? []).length > 0, `${actor.id}: demonyms`);
  }
});
