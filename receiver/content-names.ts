/**
 * Names for the dashboard, from the content the extension ships: topic titles and their
 * order, service names, borough names. An id the content no longer lists (a retired topic
 * or service) is shown as its id.
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../scripts/lib/read-content-dir';

export interface ContentNames {
  /** Topic ids in the content's order: the summaries' topic order. */
  topicIds: string[];
  topic(id: string): string;
  service(id: string): string;
  borough(id: string): string;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

export function loadContentNames(dir = 'content'): ContentNames {
  const topics = (read(`${dir}/topics.json`).topics as { id: string; title: string; order: number }[]).sort((a, b) => a.order - b.order);
  const topicTitles = new Map(topics.map((t) => [t.id, t.title]));
  const services = new Map<string, string>();
  for (const file of listContentFiles(`${dir}/services`)) {
    for (const s of (read(file).services as { id: string; name: string }[] | undefined) ?? []) services.set(s.id, s.name);
  }
  const areas = new Map((read(`${dir}/areas.json`).areas as { id: string; name: string }[]).map((a) => [a.id, a.name]));
  return {
    topicIds: topics.map((t) => t.id),
    topic: (id) => (id === '(none)' ? 'No topic' : (topicTitles.get(id) ?? id)),
    service: (id) => services.get(id) ?? id,
    borough: (id) => areas.get(id) ?? id,
  };
}
