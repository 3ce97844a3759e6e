/**
 * The bundled content as the extension ships it (utils/content/bundled-content-asset.ts): every
 * content file merged, in the order bundled-content.ts gives them (sorted by path, which breaks
 * ranking ties the same way on every machine), as JSON text.
 *
 * A JSON file rather than a module: a 300 KB module is parsed before a page's first frame and
 * at every start of the service worker, even when a verified feed replaces it. It is not
 * checked again when read: `npm run content:check` validates content/ before every release
 * build, so the runtime trusts it and needs no schema code to read it.
 */
import type { ContentFile } from '../../utils/content/content-schema';
import { mergeContentFiles } from '../../utils/content/merge-content-files';
import { readContentDir } from './read-content-dir';

export function bundledContentJson(dir = 'content'): string {
  const files = readContentDir(dir).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const broken = files.filter((f) => f.parseError !== undefined);
  if (broken.length > 0) throw new Error(`content files that are not JSON: ${broken.map((f) => `${f.path} (${f.parseError})`).join(', ')}`);
  return JSON.stringify(mergeContentFiles(files.map((f) => f.data as ContentFile)));
}
