/**
 * Every word the content uses, long text included: what a staff member may type on
 * purpose. The urgent floor never reads such a word as a typo ("cooking" is not
 * "choking"). Built once, the first time it is needed.
 */
import type { ContentBundle, Message, Service } from '../content/content-schema';
import { normaliseQuery } from './normalise-query';

/** A message's long text: what to say, ask, do, and its facts (searched only as the last tier, long-text-index.ts). */
export const messageLongTexts = (m: Message): Array<string | undefined> => [m.say, m.ask, m.assist, m.act, ...m.facts.map((f) => f.text)];
/** A service's long text: its description and who can use it. */
export const serviceLongTexts = (s: Service): Array<string | undefined> => [s.description, s.eligibility];
/** All of a message's text, long text included. */
export const messageTexts = (m: Message): Array<string | undefined> => [m.title, ...m.keywords, ...messageLongTexts(m)];
/** All of a service's text that describes it. */
export const serviceTexts = (s: Service): Array<string | undefined> => [s.name, s.organisation, ...serviceLongTexts(s)];

export function contentVocabulary(content: Pick<ContentBundle, 'messages' | 'services' | 'topics' | 'synonyms'>): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) for (const word of normaliseQuery(text).split(' ')) if (word) words.add(word);
  };
  for (const m of content.messages) for (const text of messageTexts(m)) add(text);
  for (const s of content.services) for (const text of serviceTexts(s)) add(text);
  for (const t of content.topics) for (const text of [t.title, t.description]) add(text);
  for (const s of content.synonyms) add(s.term);
  return words;
}
