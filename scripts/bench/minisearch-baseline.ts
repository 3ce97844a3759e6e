/**
 * MiniSearch (a well-kept general search library), configured at its best for this
 * content, as the issue 17 yardstick: the fields ours searches with boosts (title 3,
 * keywords 2, organisation 1), the everyday words for the record's topics, and the
 * messages' and services' long text at a low weight; prefix matching, and fuzzy matching
 * at 0.2 of a word's length. It is measured beside ours and the Fuse.js baselines for
 * speed and on both ranking sets; it has no urgent floor.
 */
import MiniSearch from 'minisearch';
import type { ContentBundle } from '../../utils/content/content-schema';
import { toSearchRecords } from '../../utils/search/build-index';
import { messageTexts, serviceTexts } from '../../utils/search/content-vocabulary';
import { inArea } from '../../utils/search/in-area';
import type { Baseline } from './naive-baseline';

interface Doc {
  n: number;
  title: string;
  keywords: string;
  organisation: string;
  topicWords: string;
  longText: string;
}

export function miniSearchBaseline(content: ContentBundle): Baseline {
  const records = toSearchRecords(content);
  const topicWords = new Map<string, string[]>();
  for (const t of content.topics) topicWords.set(t.id, [t.title]);
  for (const s of content.synonyms) for (const t of s.topics) topicWords.get(t)?.push(s.term);
  const long = new Map<string, string>([
    ...content.messages.map((m) => [m.id, messageTexts(m).join(' ')] as const),
    ...content.services.map((s) => [s.id, serviceTexts(s).join(' ')] as const),
  ]);
  const mini = new MiniSearch<Doc>({
    idField: 'n',
    fields: ['title', 'keywords', 'organisation', 'topicWords', 'longText'],
    searchOptions: { boost: { title: 3, keywords: 2, organisation: 1, topicWords: 1, longText: 0.2 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(
    records.map((r, n) => ({
      n,
      title: r.title,
      keywords: r.keywords.join(' '),
      organisation: r.organisation,
      topicWords: (topicWords.get(r.topics[0] ?? '') ?? []).join(' '),
      longText: long.get(r.id) ?? '',
    })),
  );
  return {
    search(query, borough) {
      if (query.trim().length < 2) return [];
      return mini
        .search(query)
        .map((hit) => records[hit.id as number]!)
        .filter((r) => r.kind === 'message' || inArea(r.area, borough))
        .map((r) => ({ kind: r.kind, id: r.id, topics: r.topics, area: r.area }));
    },
  };
}
