/**
 * Names: a service's name and organisation, a message's title, and the short forms
 * people type for them. A query that is a name, or the start of one, is the strongest
 * signal there is (docs/search.md, "Names win").
 *
 * Short forms of "Breathe: It's About Living", "NHS Talking Therapies, for anxiety and
 * depression" or "Sexual Health London (SHL)": the part before a colon or comma, the
 * part after a colon, the name without a bracket, and a one-word bracket ("SHL"). (The
 * query is also tried without its spaces, since "step change" is "StepChange" to the
 * person typing: run-search.ts.)
 * A short form that is also everyday wording is not a name: "Staying safe: domestic
 * abuse" must not make "domestic abuse" name one borough's service, nor "NHS: Find a
 * dentist" make "nhs" name that one.
 */
import { normaliseQuery } from './normalise-query';

/** How a name belongs to its record; the ranking rules weigh them (ranking-rules.ts). */
export const NAME_FULL = 0;
export const NAME_SHORT = 1;
export const NAME_ORGANISATION = 2;
export type NameKind = typeof NAME_FULL | typeof NAME_SHORT | typeof NAME_ORGANISATION;

export interface NameIndex {
  texts: string[];
  record: Int32Array;
  kind: Uint8Array;
  /** Record r's entries are firstEntry[r] .. firstEntry[r + 1] (they are added record by record). */
  firstEntry: Int32Array;
  /** Entries by the first two letters of their text. */
  byLead: Map<string, number[]>;
}

export interface NameSource {
  /** As published, for its short forms. */
  name: string;
  /** Normalised (normalise-query.ts). */
  text: string;
  /** Normalised; '' when none. */
  organisation: string;
}

/**
 * The normalised short forms of a name, without the full name itself. `normalise`: a
 * remembering normaliseQuery, when building an index (short forms repeat across boroughs).
 * String searches, not regular expressions: every name of 20,000 records passes here.
 */
export function shortNames(name: string, normalise: (raw: string) => string = normaliseQuery, full = normaliseQuery(name)): string[] {
  const colon = name.indexOf(':');
  const comma = name.indexOf(',');
  const bracket = name.indexOf('(');
  if (colon < 0 && comma < 0 && bracket < 0) return [];
  const forms = new Set<string>();
  const add = (raw: string) => {
    const text = normalise(raw);
    if (text.length >= 2) forms.add(text);
  };
  add(name.slice(0, Math.min(...[colon, comma, bracket].filter((at) => at >= 0))));
  if (colon >= 0) add(name.slice(colon + 1));
  if (bracket >= 0) {
    let outside = '';
    let from = 0;
    for (let open = bracket; open >= 0; open = name.indexOf('(', from)) {
      const close = name.indexOf(')', open);
      if (close < 0) break;
      outside += name.slice(from, open) + ' ';
      const inside = name.slice(open + 1, close);
      // A one-word bracket is what people call it ("SHL"); a longer one describes it.
      if (inside && !/\s/.test(inside)) add(inside);
      from = close + 1;
    }
    add(outside + name.slice(from));
  }
  forms.delete(full);
  return [...forms];
}

/**
 * `taken`: is this normalised text already someone's name or everyday wording (a record's
 * title or organisation, a keyword, a word for a topic)? Then it is no short form: one
 * record's short form never claims another's name.
 */
export function buildNameIndex(
  sources: readonly NameSource[],
  taken: (text: string) => boolean,
  normalise: (raw: string) => string = normaliseQuery,
): NameIndex {
  const texts: string[] = [];
  const records: number[] = [];
  const kinds: number[] = [];
  const firstEntry = new Int32Array(sources.length + 1);
  const add = (text: string, kind: NameKind, r: number) => {
    texts.push(text);
    records.push(r);
    kinds.push(kind);
  };
  sources.forEach((source, r) => {
    add(source.text, NAME_FULL, r);
    for (const short of shortNames(source.name, normalise, source.text)) if (!taken(short)) add(short, NAME_SHORT, r);
    if (source.organisation && source.organisation !== source.text) add(source.organisation, NAME_ORGANISATION, r);
    firstEntry[r + 1] = texts.length;
  });
  const byLead = new Map<string, number[]>();
  texts.forEach((text, e) => {
    const lead = text.slice(0, 2);
    const group = byLead.get(lead);
    if (group) group.push(e);
    else byLead.set(lead, [e]);
  });
  return { texts, record: Int32Array.from(records), kind: Uint8Array.from(kinds), firstEntry, byLead };
}

/** Entries whose text starts with `query` (two letters or more), the name itself included. */
export function namesStartingWith(index: NameIndex, query: string): number[] {
  if (query.length < 2) return [];
  const group = index.byLead.get(query.slice(0, 2)) ?? [];
  return query.length === 2 ? group : group.filter((e) => index.texts[e]!.startsWith(query));
}

/**
 * Does the query hold record r's own name, or a short form of it, as whole words
 * ("samaritans number" holds "samaritans")? Not its organisation: many services share one.
 */
export function queryHoldsOwnName(index: NameIndex, r: number, query: string): boolean {
  const padded = ` ${query} `;
  for (let e = index.firstEntry[r]!; e < index.firstEntry[r + 1]!; e++) {
    if (index.kind[e] !== NAME_ORGANISATION && padded.includes(` ${index.texts[e]!} `)) return true;
  }
  return false;
}
