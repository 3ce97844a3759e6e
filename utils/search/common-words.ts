/**
 * Words that say little about the need, for partial matches (ranking-rules.ts,
 * partialMatch): those the content itself uses everywhere (in more than a tenth of its
 * messages and services, long text included: "help", "support", "service", "day"), and a
 * short list of everyday filler that a small content set cannot tell apart by counting
 * ("again", "going", "wants", "all", "too"). A topic's own words are never common.
 */
import type { ContentBundle } from '../content/content-schema';
import { messageTexts, serviceTexts } from './content-vocabulary';
import { normaliseQuery } from './normalise-query';

const COMMON_SHARE = 0.1;
/** In a small content set (a test fixture, a new feed), counting says nothing: no word is common by count below this. */
const MIN_DOCUMENTS = 10;

/** Filler in staff wording that the content is too small to show as common by counting. */
const FILLER = new Set(
  (
    'again all also any anyone anything been being bit came come comes coming could did doesnt dont ' +
    'even ever every going gone got gets getting had has have having he her hers him his its just ' +
    'keep keeps kind know like lot lots make many more most much new not now off one only other our ' +
    'out over own really right says said she so some something still such than that then there these ' +
    'thing things this those too up us very want wants was way we well went were which while will ' +
    'wont would yet'
  ).split(' '),
);

export function buildCommonWords(content: Pick<ContentBundle, 'messages' | 'services'>): Set<string> {
  const documents = new Map<string, number>();
  const count = (texts: ReadonlyArray<string | undefined>) => {
    for (const word of new Set(normaliseQuery(texts.filter(Boolean).join(' ')).split(' '))) {
      if (word) documents.set(word, (documents.get(word) ?? 0) + 1);
    }
  };
  for (const m of content.messages) count(messageTexts(m));
  for (const s of content.services) count(serviceTexts(s));
  const total = content.messages.length + content.services.length;
  const common = new Set(FILLER);
  for (const [word, n] of documents) if (n > Math.max(total * COMMON_SHARE, MIN_DOCUMENTS)) common.add(word);
  return common;
}
