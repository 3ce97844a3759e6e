/**
 * The baseline: what a first attempt at search looks like. One Fuse.js instance over
 * messages and services together, every text field a key, Fuse's default options
 * (threshold 0.6, location-weighted, all fields weighted equally). It is what our
 * search is measured against, not a search anyone should ship.
 */
import Fuse from 'fuse.js';
import type { ContentBundle } from '../../utils/content/content-schema';

/** Every field a person could read, of both messages and services (ids, links and dates left out). */
export const NAIVE_KEYS = [
  'title',
  'say',
  'ask',
  'assist',
  'act',
  'keywords',
  'facts.text',
  'sources.title',
  'name',
  'organisation',
  'description',
  'hours',
  'eligibility',
  'text',
  'source.title',
];

/** The same two-letter minimum as our search, so the comparison is of the matching, not of that rule. */
export function naiveSearch(content: ContentBundle): (query: string) => unknown {
  const fuse = new Fuse<object>([...content.messages, ...content.services], { keys: NAIVE_KEYS });
  return (query) => (query.trim().length < 2 ? [] : fuse.search(query));
}
