/**
 * The small pattern language of urgent routes (content's `urgentRoutes`, docs/search.md,
 * "The urgent floor"). Publishers write patterns in it; this turns them into slots once,
 * when the content loads, and says plainly what is wrong with one that cannot be read
 * (`npm run content:check` and the feed refuse it).
 *
 *   kill*|end* @self     words in order, spaces between them; up to MAX_GAP other words
 *                        may stand between two of them ("kill himself", "killing herself")
 *   a|b|c                any one of these words
 *   stem*                any word that starts with the stem ("overdos*": overdose, overdosed)
 *   @name                any word of the named list in `urgentWords` ("@self": myself, …)
 *
 * Words are normalised as queries are (normalise-query.ts): "can't" is written "cant".
 */
import { normaliseQuery } from '../search/normalise-query';

/** Other words that may stand between two words of a pattern: "took too many of her pills". */
export const MAX_GAP = 2;
/** A stem shorter than this is too broad to be useful ("ki*" is half the dictionary). */
const MIN_STEM = 3;
const MAX_SLOTS = 8;

export interface Slot {
  /** Whole words. */
  words: ReadonlySet<string>;
  /** Stems: a word starting with one fits. */
  stems: readonly string[];
}

export interface CompiledPattern {
  source: string;
  slots: Slot[];
}

export type CompileResult = { ok: true; pattern: CompiledPattern } | { ok: false; problem: string };

/** One alternative, as a word or a stem, or the reason it is not one. */
function readWord(raw: string): { word: string; stem: boolean } | string {
  const stem = raw.endsWith('*');
  const text = normaliseQuery(stem ? raw.slice(0, -1) : raw);
  if (!text) return `"${raw}" has no letters or digits`;
  if (text.includes(' ')) return `"${raw}" is more than one word: put a space between pattern words, not inside one`;
  if (stem && text.length < MIN_STEM) return `"${raw}": a stem needs at least ${MIN_STEM} letters`;
  return { word: text, stem };
}

/**
 * Compiles one pattern. `groups`: the `urgentWords` lists by id. A word list may hold
 * stems too ("pill*").
 */
export function compilePattern(source: string, groups: ReadonlyMap<string, readonly string[]>): CompileResult {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, problem: 'is empty' };
  if (parts.length > MAX_SLOTS) return { ok: false, problem: `has ${parts.length} words; at most ${MAX_SLOTS}` };
  const slots: Slot[] = [];
  for (const part of parts) {
    const words = new Set<string>();
    const stems: string[] = [];
    for (const alternative of part.split('|')) {
      if (!alternative) return { ok: false, problem: `"${part}" has an empty alternative` };
      const listed = alternative.startsWith('@') ? groups.get(alternative.slice(1)) : [alternative];
      if (!listed) return { ok: false, problem: `"${alternative}" names no word list in urgentWords` };
      for (const raw of listed) {
        const read = readWord(raw);
        if (typeof read === 'string') return { ok: false, problem: read };
        if (read.stem) stems.push(read.word);
        else words.add(read.word);
      }
    }
    slots.push({ words, stems });
  }
  return { ok: true, pattern: { source, slots } };
}
