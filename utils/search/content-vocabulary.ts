/**
 * Every word the content uses, long text included: what a staff member may type on
 * purpose. The urgent floor never reads such a word as a typo ("cooking" is not
 * "choking"). Built once, the first time it is needed.
 */
import type { ContentBundle } from '../content/content-schema';
import { normaliseQuery } from './normalise-query';

export function contentVocabulary(content: Pick<ContentBundle, 'messages' | 'services' | 'topics' | 'synonyms'>): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) for (const word of normaliseQuery(text).split(' ')) if (word) words.add(word);
  };
  for (const m of content.messages) {
    for (const text of [m.title, m.say, m.ask, m.assist, m.act, ...m.keywords]) add(text);
    for (const f of m.facts) add(f.text);
  }
  for (const s of content.services) for (const text of [s.name, s.organisation, s.description, s.eligibility]) add(text);
  for (const t of content.topics) for (const text of [t.title, t.description]) add(text);
  for (const s of content.synonyms) add(s.term);
  return words;
}
