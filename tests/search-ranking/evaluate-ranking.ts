/**
 * Scores a search against the public ranking set (ranking-set.json): for each query,
 * is what staff mean the first result on screen (top-1), or among the first three
 * (top-3)? Used by tests/unit/search/ranking-set.test.ts, which holds our search to it,
 * and by `npm run bench`, which reports it beside the speed figures, for our search and
 * for the Fuse.js baselines.
 *
 * Expectations name content, and content grows while the set stays put, so an
 * expectation about a topic or a borough's service that the content does not have yet
 * ("local:hackney:smoking" before Hackney's stop smoking service is listed) leaves its
 * query pending: reported, not counted. A plain id must exist.
 */
import type { ContentBundle, ServiceArea } from '../../utils/content/content-schema';
import rankingSet from './ranking-set.json';

export interface RankingCase {
  query: string;
  top1?: string;
  top3?: string[];
  list?: 'services';
  borough?: string;
  kind: string;
}

/** What a search shows, in screen order: enough of a record to judge it. */
export interface ShownResult {
  kind: 'message' | 'service';
  id: string;
  /** The first is the main topic. */
  topics: string[];
  area: ServiceArea;
}

/** A search under test: what it shows for a query, in order, with the picker set to `borough`. */
export type RankedSearch = (query: string, borough: string | null) => ShownResult[];

export interface CaseOutcome {
  case: RankingCase;
  /** Ids of the first three results considered. */
  shown: string[];
  top1: boolean;
  top3: boolean;
}

export interface RankingReport {
  /** Queries counted: the set less the pending ones. */
  counted: number;
  top1: number;
  top3: number;
  /** Shares of `counted`, 0–1. */
  top1Rate: number;
  top3Rate: number;
  outcomes: CaseOutcome[];
  /** Queries whose expected content does not exist yet. */
  pending: RankingCase[];
}

export const RANKING_CASES: readonly RankingCase[] = (rankingSet as { cases: RankingCase[] }).cases;

export function expectationsOf(c: RankingCase): string[] {
  return c.top1 ? [c.top1] : (c.top3 ?? []);
}

const mainTopic = (r: ShownResult) => r.topics[0];

/** Does this result satisfy the expectation? */
export function fits(expected: string, r: ShownResult): boolean {
  const [kind, a, b] = expected.split(':');
  if (kind === 'topic' && a !== undefined && b === undefined) return mainTopic(r) === a;
  if (kind === 'local' && a !== undefined && b !== undefined) {
    return r.kind === 'service' && Array.isArray(r.area) && r.area.includes(a) && r.topics.includes(b);
  }
  return r.id === expected;
}

/** Everything in the content, as results, to tell which expectations can be met at all. */
export function allResults(content: ContentBundle): ShownResult[] {
  return [
    ...content.messages.map((m) => ({ kind: 'message' as const, id: m.id, topics: [m.topic], area: 'national' as const })),
    ...content.services.map((s) => ({ kind: 'service' as const, id: s.id, topics: s.topics, area: s.area })),
  ];
}

/** Expectations that name ids the content does not hold: mistakes in the set, or content removed. */
export function unknownIds(content: ContentBundle, cases: readonly RankingCase[] = RANKING_CASES): string[] {
  const ids = new Set(allResults(content).map((r) => r.id));
  return cases.flatMap(expectationsOf).filter((e) => !e.includes(':') && !ids.has(e));
}

export function evaluateRanking(
  content: ContentBundle,
  search: RankedSearch,
  cases: readonly RankingCase[] = RANKING_CASES,
): RankingReport {
  const everything = allResults(content);
  const outcomes: CaseOutcome[] = [];
  const pending: RankingCase[] = [];
  for (const c of cases) {
    const expected = expectationsOf(c);
    const reachable = expected.filter((e) => everything.some((r) => fits(e, r)));
    if (reachable.length === 0) {
      pending.push(c);
      continue;
    }
    const shown = search(c.query, c.borough ?? null).filter((r) => c.list !== 'services' || r.kind === 'service');
    const first = shown.slice(0, 3);
    outcomes.push({
      case: c,
      shown: first.map((r) => r.id),
      top1: first[0] !== undefined && reachable.some((e) => fits(e, first[0]!)),
      top3: first.some((r) => reachable.some((e) => fits(e, r))),
    });
  }
  const top1 = outcomes.filter((o) => o.top1).length;
  const top3 = outcomes.filter((o) => o.top3).length;
  const counted = outcomes.length;
  return { counted, top1, top3, top1Rate: counted ? top1 / counted : 0, top3Rate: counted ? top3 / counted : 0, outcomes, pending };
}

/** One line per miss, for a test failure or the bench's notes. */
export function describeMisses(report: RankingReport, which: 'top1' | 'top3'): string[] {
  return report.outcomes
    .filter((o) => !o[which])
    .map(
      (o) =>
        `"${o.case.query}"${o.case.borough ? ` (borough ${o.case.borough})` : ''}: expected ${expectationsOf(o.case).join(' or ')}, shown ${o.shown.join(', ') || 'nothing'}`,
    );
}
