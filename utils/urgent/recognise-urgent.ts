/**
 * The urgent floor's recogniser: does a query say that someone's life is at risk or
 * that they are in danger now? Pure, and apart from ranking: whatever search finds, the
 * first urgent route whose pattern fits comes first on screen (docs/search.md, "The
 * urgent floor"). The patterns are content (`urgentRoutes`, urgent-patterns.ts), so a
 * publisher can add a way of saying it without a release.
 *
 * It generalises in three ways. Stems and word lists cover word forms ("kill* @self":
 * kill himself, killing myself). Up to MAX_GAP words may stand between a pattern's words
 * ("took too many of her pills"). And a long word may carry one typo ("sucidal",
 * "overdoes") past its first two letters, unless the content itself has the typed word
 * (a real word is what was meant: the same rule search follows). False alarms are held off by `unless` patterns:
 * the words they cover ("killing time", "food poisoning") cannot start an urgent route.
 */
import type { ContentBundle, UrgentRoute } from '../content/content-schema';
import { editDistance } from './edit-distance';
import { compilePattern, MAX_GAP, type CompiledPattern, type Slot } from './urgent-patterns';

/** Words shorter than this are matched exactly: one edit in a short word is another word ("hit", "hot"). */
export const TYPO_MIN_LENGTH = 6;
/** From this length, two edits. */
const TWO_TYPOS_LENGTH = 10;

export interface UrgentMatcher {
  routes: Array<{ route: UrgentRoute; patterns: CompiledPattern[]; unless: CompiledPattern[] }>;
}

export interface UrgentMatch {
  route: UrgentRoute;
  /** The pattern that fitted, as the publisher wrote it. */
  pattern: string;
}

/** Patterns that cannot be read are left out: content:check and the feed refuse them before they get here. */
export function buildUrgentMatcher(content: Pick<ContentBundle, 'urgentRoutes' | 'urgentWords'>): UrgentMatcher {
  const groups = new Map(content.urgentWords.map((g) => [g.id, g.words]));
  const compile = (sources: readonly string[] = []) =>
    sources.flatMap((source) => {
      const result = compilePattern(source, groups);
      return result.ok ? [result.pattern] : [];
    });
  return { routes: content.urgentRoutes.map((route) => ({ route, patterns: compile(route.patterns), unless: compile(route.unless) })) };
}

/**
 * A typo keeps the first two letters: people seldom get those wrong, and most look-alike
 * words differ there ("cooking" is not "choking").
 */
const sameStart = (word: string, target: string) => word[0] === target[0] && word[1] === target[1];

const allowedTypos = (length: number) => (length >= TWO_TYPOS_LENGTH ? 2 : 1);

/** Does a typed word fit one of a slot's words or stems? */
function fits(slot: Slot, word: string, isKnown: (word: string) => boolean): boolean {
  if (slot.words.has(word)) return true;
  for (const stem of slot.stems) if (word.startsWith(stem)) return true;
  if (word.length < TYPO_MIN_LENGTH || isKnown(word)) return false;
  for (const target of slot.words) {
    if (!sameStart(word, target)) continue;
    if (target.length >= TYPO_MIN_LENGTH && editDistance(word, target, allowedTypos(target.length)) <= allowedTypos(target.length))
      return true;
  }
  for (const stem of slot.stems) {
    if (stem.length < TYPO_MIN_LENGTH || !sameStart(word, stem)) continue;
    // The stem against the typed word's start, a letter shorter or longer: "sucidal" starts "sucid", one edit from "suicid".
    const limit = allowedTypos(stem.length);
    for (let length = stem.length - limit; length <= stem.length + limit; length++) {
      if (length <= word.length && editDistance(word.slice(0, length), stem, limit) <= limit) return true;
    }
  }
  return false;
}

/**
 * Where the pattern fits the words, as [first, last] positions, or null. Each word of the
 * pattern must follow the one before with at most MAX_GAP words between; a word covered
 * by an `unless` match (`blocked`) fits nothing.
 */
function findSpan(
  pattern: CompiledPattern,
  words: readonly string[],
  blocked: Uint8Array,
  isKnown: (word: string) => boolean,
): [number, number] | null {
  const { slots } = pattern;
  const from = (slot: number, start: number, end: number): number => {
    for (let at = start; at <= end && at < words.length; at++) {
      if (blocked[at] || !fits(slots[slot]!, words[at]!, isKnown)) continue;
      if (slot === slots.length - 1) return at;
      const last = from(slot + 1, at + 1, at + 1 + MAX_GAP);
      if (last >= 0) return last;
    }
    return -1;
  };
  for (let start = 0; start < words.length; start++) {
    if (blocked[start] || !fits(slots[0]!, words[start]!, isKnown)) continue;
    const last = slots.length === 1 ? start : from(1, start + 1, start + 1 + MAX_GAP);
    if (last >= 0) return [start, last];
  }
  return null;
}

/**
 * The first urgent route, in the publisher's order, that the query (normalised,
 * normalise-query.ts) fits, or null. `isKnown`: words the content has, never read as typos.
 */
export function recogniseUrgent(
  matcher: UrgentMatcher,
  query: string,
  isKnown: (word: string) => boolean = () => false,
): UrgentMatch | null {
  const words = query.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  for (const { route, patterns, unless } of matcher.routes) {
    const blocked = new Uint8Array(words.length);
    for (const pattern of unless) {
      const span = findSpan(pattern, words, new Uint8Array(words.length), () => true);
      if (span) blocked.fill(1, span[0], span[1] + 1);
    }
    for (const pattern of patterns) if (findSpan(pattern, words, blocked, isKnown)) return { route, pattern: pattern.source };
  }
  return null;
}
