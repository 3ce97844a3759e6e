/**
 * When nothing is found, the words may still say what the person needs: "booze" typed
 * while browsing Smoking, or a topic with no messages yet. Then the topics those words
 * point at (through the same everyday words search uses, typos allowed) are offered,
 * with each topic's national routes (content's topic.routes; failing those, its national
 * and pan-London services), which every borough can use.
 */
import type { SearchIndex, SearchRecord } from './build-index';
import { MIN_TYPO_LENGTH, TYPO_COST } from './ranking-rules';
import { topicWordCosts } from './word-matches';

export interface Suggestions {
  /** Topic ids the words point at, best first. */
  topics: string[];
  /** National and pan-London services for those topics. */
  routes: SearchRecord[];
}

const MOST_ROUTES = 4;
const ROUTES_PER_TOPIC = 2;

export function suggestRoutes(index: SearchIndex, tokens: readonly string[]): Suggestions {
  const costs = new Map<string, number>();
  const note = (topic: string, cost: number) => {
    if (cost < (costs.get(topic) ?? Infinity)) costs.set(topic, cost);
  };
  for (const token of tokens) {
    for (const [topic, cost] of topicWordCosts(index, token)) note(topic, cost);
    if (token.length < MIN_TYPO_LENGTH) continue;
    const scan = index.topicTypos.scan(token);
    for (const t of scan.matched) for (const topic of index.topics.terms[t]!.topics) note(topic, TYPO_COST + scan.score(t));
  }
  const order = new Map(index.topics.titles.map((t, i) => [t.topic, i]));
  const topics = [...costs.keys()]
    .filter((t) => order.has(t))
    .sort((a, b) => costs.get(a)! - costs.get(b)! || order.get(a)! - order.get(b)!);

  const routes: SearchRecord[] = [];
  const taken = new Set<number>();
  for (const topic of topics) {
    const listed = (index.topicRoutes.get(topic) ?? []).map((id) => index.serviceRecord.get(id)).filter((r) => r !== undefined);
    const national = (index.topics.members.get(topic)?.records ?? []).filter((r) => {
      const record = index.records[r]!;
      return record.kind === 'service' && record.topics[0] === topic && (record.area === 'national' || record.area === 'london');
    });
    const candidates = listed.length > 0 ? listed : [...national];
    for (const r of candidates.slice(0, ROUTES_PER_TOPIC)) {
      if (taken.has(r) || routes.length >= MOST_ROUTES) continue;
      taken.add(r);
      routes.push(index.records[r]!);
    }
  }
  return { topics, routes };
}
