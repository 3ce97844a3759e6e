/**
 * After each feed check the background stores the topic list of the content now in use
 * (re-verified, overlays merged), for the popup (current-topics.ts). A policy change runs a
 * check too, so the list follows hidden topics; the popup filters them again on open.
 */
import type { ContentBundle } from '../content/content-schema';
import { topicListItem, type TopicSummary } from '../db/local-store';
import { currentContent } from './current-content';

export function summariseTopics(content: Pick<ContentBundle, 'topics'>): TopicSummary[] {
  return [...content.topics].sort((a, b) => a.order - b.order).map(({ id, title, order }) => ({ id, title, order }));
}

export async function rememberTopics(): Promise<void> {
  const { content } = await currentContent();
  await topicListItem.setValue(summariseTopics(content));
}
