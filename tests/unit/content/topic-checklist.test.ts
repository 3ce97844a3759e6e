/**
 * The per-topic checklist (CONTRIBUTING.md, "Adding a topic"): every topic has synonyms,
 * ranking queries, a national route, and translations or a recorded gap. A new topic must be
 * complete; the topics below were short of an item when the checklist arrived, and the list may
 * only shrink (fill an item, then delete it here).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { topicChecklist, type ChecklistItem, type RankingCase } from '../../../utils/content/topic-checklist';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';

const ranking = (JSON.parse(readFileSync('tests/search-ranking/ranking-set.json', 'utf8')) as { cases: RankingCase[] }).cases;

/** Known gaps on 2026-12-07. Never add to this list: complete a new topic instead. */
const KNOWN_GAPS: Record<string, ChecklistItem[]> = {
  'physical-activity': ['translations or a recorded gap'],
  'healthy-eating': ['translations or a recorded gap'],
  'sexual-health': ['national route'],
  falls: ['translations or a recorded gap'],
  vaccinations: ['translations or a recorded gap'],
  'oral-health': ['translations or a recorded gap'],
  loneliness: ['translations or a recorded gap'],
  gambling: ['translations or a recorded gap'],
  'blood-pressure': ['translations or a recorded gap'],
  'cancer-signs': ['translations or a recorded gap'],
  carers: ['translations or a recorded gap'],
  'food-insecurity': ['translations or a recorded gap'],
  'child-at-risk': ['translations or a recorded gap'],
};

describe('topic checklist', () => {
  const missing = topicChecklist(bundledContent(), ranking);

  it('names what each topic is missing; a topic not in the known-gaps list must be complete', () => {
    const unexpected = [...missing]
      .map(([topic, gaps]) => [topic, gaps.filter((g) => !(KNOWN_GAPS[topic] ?? []).includes(g))] as const)
      .filter(([, gaps]) => gaps.length > 0)
      .map(([topic, gaps]) => `topic "${topic}" is missing: ${gaps.join(', ')} (CONTRIBUTING.md, "Adding a topic")`);
    expect(unexpected).toEqual([]);
  });

  it('the known gaps only shrink: a filled item must be removed from the list', () => {
    const filled = Object.entries(KNOWN_GAPS)
      .flatMap(([topic, gaps]) => gaps.filter((g) => !(missing.get(topic) ?? []).includes(g)).map((g) => `${topic}: ${g}`))
      .concat(
        Object.keys(KNOWN_GAPS)
          .filter((t) => !missing.has(t))
          .map((t) => `${t}: no such topic`),
      );
    expect(filled).toEqual([]);
  });

  it('names each missing item for a new, empty topic', () => {
    const content = mergeContentFiles(fixtureFiles().map((f) => f.data));
    content.topics.push({ id: 'new-topic', title: 'New', description: 'A topic with nothing yet', order: 9 });
    expect(topicChecklist(content, ranking).get('new-topic')).toEqual([
      'synonyms',
      'ranking queries',
      'national route',
      'translations or a recorded gap',
    ]);
  });

  it('counts a route, a ranking case, a synonym and a "none found" record when they are there', () => {
    const content = mergeContentFiles(fixtureFiles().map((f) => f.data));
    content.topics.push({ id: 'new-topic', title: 'New', description: 'A topic', order: 9, routes: ['quit-line'] });
    content.synonyms.push({ term: 'newish', topics: ['new-topic'] });
    content.translations.push({
      topic: 'new-topic',
      links: [],
      notFound: { languages: ['ro'], searched: ['NHS.UK: none'] },
      checked: '2026-12-07',
      reviewBy: '2027-06-07',
    } as never);
    expect(topicChecklist(content, [{ query: 'new', top1: 'topic:new-topic' }]).get('new-topic')).toEqual([]);
  });
});
