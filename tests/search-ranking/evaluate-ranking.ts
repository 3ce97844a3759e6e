/**
 * Scores a search against a public ranking set (ranking-set.json, or the blind set,
 * blind-set.json): for each query, is what staff mean the first result on screen (top-1),
 * or among the first three (top-3)? Does the urgent card come first for every
 * safety-critical query, and for no other (false alarms)? Is nothing shown where the
 * content has no good answer (honest empty)? Results are judged below the urgent card. Used by tests/unit/search/ranking-set.test.ts, which holds our search to it,
 * and by `npm run bench`, which reports it beside the speed figures, for our search and
 * for the Fuse.js baselines.
 *
 * Expectations name content, and content grows while the set stays put, so an
 * expectation about a topic or a borough's service that the content does not have yet
 * ("local:hackney:smoking" before Hackney's stop smoking service is listed) leaves its
 * query pending: reported, not counted. A plain id must exist.
 */
import type { ContentBundle, ServiceArea } from '../../utils/content/content-schema';
import type { SearchIndex } from '../../utils/search/build-index';
import { runSearch, type SearchResults } from '../../utils/search/run-search';
import { resultsOnScreen } from '../../utils/search/results-on-screen';
import blindSet from './blind-set.json';
import rankingSet from './ranking-set.json';
import thirdSet from './third-set.json';

export interface RankingCase {
  query: string;
  top1?: string;
  top3?: string[];
  list?: 'services';
  borough?: string;
  kind: string;
  /** The query says a life is at risk: the urgent card must come first. Any other query showing it is a false alarm. */
  urgent?: boolean;
  /** The content has no good answer: the page must say so plainly, showing no result. */
  honestEmpty?: boolean;
}

/** What a search shows, in screen order: enough of a record to judge it. An urgent card is `urgent`, its id the route's. */
export interface ShownResult {
  kind: 'message' | 'service' | 'urgent';
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
  /** Queries counted for top-1 and top-3: those with an expectation, less the pending ones. */
  counted: number;
  top1: number;
  top3: number;
  /** Shares of `counted`, 0–1. */
  top1Rate: number;
  top3Rate: number;
  outcomes: CaseOutcome[];
  /** Queries whose expected content does not exist yet. */
  pending: RankingCase[];
  /** Safety-critical queries, and those with the urgent card first. */
  urgent: { counted: number; first: number; rate: number; missed: string[] };
  /** Every other query, and those with the urgent card first all the same. */
  falseAlarms: { counted: number; raised: number; rate: number; queries: string[] };
  /** Queries with no good answer, and those on which nothing was shown (the honest empty state). */
  honestEmpty: { counted: number; empty: number; rate: number; shown: string[] };
}

export const RANKING_CASES: readonly RankingCase[] = (rankingSet as { cases: RankingCase[] }).cases;
/** The blind set (blind-set.json): written without sight of the content, labelled afterwards. */
export const BLIND_CASES: readonly RankingCase[] = (blindSet as { cases: RankingCase[] }).cases;
/** The third set (third-set.json): written blind on 2026-12-08 by someone who had read nothing of the repository, labelled afterwards. */
export const THIRD_CASES: readonly RankingCase[] = (thirdSet as { cases: RankingCase[] }).cases;

/** Our search as the sets judge it, on one index. */
export function ourSearch(index: SearchIndex): RankedSearch {
  return (query, borough) => shownOnScreen(runSearch(index, query, { borough }));
}

/** The figures a report gives, as one line: for test output and the bench's notes. */
export function summarise(report: RankingReport): string {
  const pct = (rate: number) => `${(rate * 100).toFixed(1)} %`;
  return (
    `top-1 ${pct(report.top1Rate)}, top-3 ${pct(report.top3Rate)} of ${report.counted}; ` +
    `urgent first ${report.urgent.first}/${report.urgent.counted}; false alarms ${report.falseAlarms.raised}/${report.falseAlarms.counted} (${pct(report.falseAlarms.rate)}); ` +
    `honest empty ${report.honestEmpty.empty}/${report.honestEmpty.counted}`
  );
}

/** What the sidebar shows for one search, as the sets judge it: the urgent card, then resultsOnScreen. */
export function shownOnScreen(results: SearchResults): ShownResult[] {
  const urgent = results.urgent ? [{ kind: 'urgent' as const, id: results.urgent.route.id, topics: [], area: 'national' as const }] : [];
  return [...urgent, ...resultsOnScreen(results).map((h) => h.record)];
}

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
  const urgent = { counted: 0, first: 0, rate: 0, missed: [] as string[] };
  const falseAlarms = { counted: 0, raised: 0, rate: 0, queries: [] as string[] };
  const honestEmpty = { counted: 0, empty: 0, rate: 0, shown: [] as string[] };
  for (const c of cases) {
    const onScreen = search(c.query, c.borough ?? null);
    const urgentFirst = onScreen[0]?.kind === 'urgent';
    if (c.urgent) {
      urgent.counted++;
      if (urgentFirst) urgent.first++;
      else urgent.missed.push(c.query);
    } else {
      falseAlarms.counted++;
      if (urgentFirst) {
        falseAlarms.raised++;
        falseAlarms.queries.push(c.query);
      }
    }
    // Results are judged below the urgent card: its crisis message is the first of them.
    const results = onScreen.filter((r) => r.kind !== 'urgent');
    if (c.honestEmpty) {
      honestEmpty.counted++;
      if (results.length === 0) honestEmpty.empty++;
      else
        honestEmpty.shown.push(
          `"${c.query}": ${results
            .slice(0, 3)
            .map((r) => r.id)
            .join(', ')}`,
        );
    }
    const expected = expectationsOf(c);
    if (expected.length === 0) continue;
    const reachable = expected.filter((e) => everything.some((r) => fits(e, r)));
    if (reachable.length === 0) {
      pending.push(c);
      continue;
    }
    const shown = results.filter((r) => c.list !== 'services' || r.kind === 'service');
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
  const share = (n: number, of: number) => (of ? n / of : 0);
  urgent.rate = share(urgent.first, urgent.counted);
  falseAlarms.rate = share(falseAlarms.raised, falseAlarms.counted);
  honestEmpty.rate = share(honestEmpty.empty, honestEmpty.counted);
  return {
    counted,
    top1,
    top3,
    top1Rate: share(top1, counted),
    top3Rate: share(top3, counted),
    outcomes,
    pending,
    urgent,
    falseAlarms,
    honestEmpty,
  };
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
