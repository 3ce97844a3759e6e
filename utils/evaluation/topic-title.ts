/**
 * A topic's title for the evaluation figures. Records keep topic ids for years, and content
 * drops topics, so an id the content no longer has is shown as itself, marked, never hidden.
 */
export const topicTitle = (topics: ReadonlyMap<string, string>, id: string): string => topics.get(id) ?? `${id} (no longer listed)`;
