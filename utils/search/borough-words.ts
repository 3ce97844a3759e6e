/**
 * Borough names typed into the search ("hackney stop smoking", "croydon housing").
 * A borough in the query says where the person lives: services are filtered to it, and
 * the name is not a word results must match (no message says "Hackney").
 *
 * Names come from the content's areas (content/areas.json), so a renamed or added area
 * needs no release. Besides each full name, the halves of a joined name count on their
 * own ("barking", "fulham", "kingston") unless two areas share them ("thames").
 * Matched exactly, never with typos: "ealing" is one letter from "healing", "brent"
 * one from "rent".
 */
import type { Area } from '../content/content-schema';
import { normaliseQuery } from './normalise-query';

export interface BoroughWords {
  /** Normalised name or part of a name → area id. */
  byPhrase: Map<string, string>;
  /** The most words in any phrase ("barking and dagenham": 3). */
  longest: number;
}

export interface FoundBoroughs {
  /** Area ids named in the query, in the order typed. */
  areas: string[];
  /** The query's words without the borough names. */
  rest: string[];
}

export function buildBoroughWords(areas: readonly Area[]): BoroughWords {
  const claims = new Map<string, Set<string>>();
  const claim = (phrase: string, id: string) => {
    if (!phrase) return;
    const set = claims.get(phrase) ?? new Set<string>();
    set.add(id);
    claims.set(phrase, set);
  };
  for (const area of areas) {
    const name = normaliseQuery(area.name);
    claim(name, area.id);
    claim(normaliseQuery(area.id.replace(/-/g, ' ')), area.id);
    for (const part of name.split(/ (?:and|upon) /)) if (part !== name) claim(part, area.id);
  }
  const byPhrase = new Map<string, string>();
  let longest = 0;
  for (const [phrase, ids] of claims) {
    if (ids.size !== 1) continue;
    byPhrase.set(phrase, [...ids][0]!);
    longest = Math.max(longest, phrase.split(' ').length);
  }
  return { byPhrase, longest };
}

/** Longest names first, so "barking and dagenham" is one borough, not "barking" and two words. */
export function findBoroughs(boroughs: BoroughWords, words: readonly string[]): FoundBoroughs {
  const areas: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(boroughs.longest, words.length - i); n >= 1 && !matched; n--) {
      const id = boroughs.byPhrase.get(words.slice(i, i + n).join(' '));
      if (id === undefined) continue;
      if (!areas.includes(id)) areas.push(id);
      matched = n;
    }
    if (matched) i += matched;
    else rest.push(words[i++]!);
  }
  return { areas, rest };
}
