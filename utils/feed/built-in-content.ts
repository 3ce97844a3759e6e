/**
 * The content shipped inside the extension, as the pages and the worker read it: the JSON file
 * the build writes (utils/content/bundled-content-asset.ts), fetched only when it is needed
 * (before the first signed feed arrives, or when a stored feed is refused), so it is never
 * parsed on the way to a page's first frame or at a worker start. It is trusted as it is:
 * `npm run content:check` validated it before the build.
 */
import { BUNDLED_CONTENT_ASSET } from '../content/bundled-content-asset';
import type { ContentBundle } from '../content/content-schema';

export async function builtInContent(): Promise<ContentBundle> {
  // A path from the root: the extension's own origin, in a page and in the service worker alike.
  const response = await fetch(BUNDLED_CONTENT_ASSET);
  if (!response.ok) throw new Error(`The built-in content (${BUNDLED_CONTENT_ASSET}) could not be read: HTTP ${response.status}.`);
  return (await response.json()) as ContentBundle;
}
