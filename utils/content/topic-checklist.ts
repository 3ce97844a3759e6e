/**
 * What a topic needs before it is complete (CONTRIBUTING.md, "Adding a topic"): words people
 * use for it, search cases that pin its ranking, a national or pan-London route for when the
 * borough has nothing local, and translated material or a dated record that none was found.
 * Pure: the checklist test runs it on the live content and names what each topic is missing.
 */
import type { ContentBundle } from './content-schema';

export const CHECKLIST_ITEMS = ['synonyms', 'ranking queries', 'national route', 'translations or a recorded gap'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** One case of tests/search-ranking/ranking-set.json (the fields this check reads). */
export interface RankingCase {
  query: string;
  top1?: string;
  top3?: string[];
}

/** The topic a ranking expectation is about: `topic:x`, `local:<borough>:x`, a message's or a service's topic. */
function topicsOfExpectation(expectation: string, content: Pick<ContentBundle, 'messages' | 'services'>): string[] {
  if (expectation.startsWith('topic:')) return [expectation.slice('topic:'.length)];
  if (expectation.startsWith('local:')) return [expectation.split(':')[2] ?? ''];
  const message = content.messages.find((m) => m.id === expectation);
  if (message) return [message.topic];
  return content.services.find((s) => s.id === expectation)?.topics ?? [];
}

export function topicChecklist(content: ContentBundle, ranking: readonly RankingCase[]): Map<string, ChecklistItem[]> {
  const everyone = new Set(content.services.filter((s) => typeof s.area === 'string').map((s) => s.id));
  const ranked = new Set(
    ranking.flatMap((c) =>
      [c.top1, ...(c.top3 ?? [])].filter((e): e is string => e !== undefined).flatMap((e) => topicsOfExpectation(e, content)),
    ),
  );
  const messageTopic = new Map(content.messages.map((m) => [m.id, m.topic]));
  const missing = new Map<string, ChecklistItem[]>();
  for (const topic of content.topics) {
    const gaps: ChecklistItem[] = [];
    if (!content.synonyms.some((s) => s.topics.includes(topic.id))) gaps.push('synonyms');
    if (!ranked.has(topic.id)) gaps.push('ranking queries');
    const routed =
      (topic.routes ?? []).length > 0 || content.messages.some((m) => m.topic === topic.id && m.services.some((id) => everyone.has(id)));
    if (!routed) gaps.push('national route');
    const translated = content.translations.some(
      (set) => set.topic === topic.id || (set.message !== undefined && messageTopic.get(set.message) === topic.id),
    );
    if (!translated) gaps.push('translations or a recorded gap');
    missing.set(topic.id, gaps);
  }
  return missing;
}
