/**
 * The topics for the popup's "log with a topic" buttons, without loading the content: the
 * list the background last stored, or the bundled topics before any check has run, minus
 * the topics the organisation hid. Kept apart from current-content.ts so the popup's code
 * carries no verifier and no bundled messages or services.
 */
import bundledTopics from '../../content/topics.json';
import { topicListItem, type TopicSummary } from '../db/local-store';
import { currentSettings } from '../settings/current-settings';
import type { ResolvedSettings } from '../settings/resolve-settings';

const BUNDLED: TopicSummary[] = bundledTopics.topics
  .map(({ id, title, order }) => ({ id, title, order }))
  .sort((a, b) => a.order - b.order);

export async function currentTopics(resolved?: ResolvedSettings): Promise<TopicSummary[]> {
  const { settings } = resolved ?? (await currentSettings());
  const stored = await topicListItem.getValue().catch(() => null);
  // Anything but a list of {id, title} (a damaged or foreign value) falls back to the bundled topics.
  const usable = Array.isArray(stored) && stored.every((t) => typeof t?.id === 'string' && typeof t?.title === 'string');
  return (usable ? stored : BUNDLED).filter((t) => !settings.hiddenTopics.includes(t.id));
}
