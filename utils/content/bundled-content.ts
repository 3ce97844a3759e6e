/**
 * The content shipped inside the extension: every file in content/ (checked by
 * `npm run content:check` before each build), gathered at build time by Vite.
 * It is what staff see before the first signed feed update arrives.
 */
import type { ContentBundle, ContentFile } from './content-schema';
import { mergeContentFiles } from './merge-content-files';

const files = import.meta.glob<ContentFile>(['/content/**/*.json', '!/content/schema/**', '!/content/freshness/**'], {
  eager: true,
  import: 'default',
});

/** Sorted by path so the order is the same on every machine (it breaks ranking ties). */
export const BUNDLED_CONTENT_FILES: ReadonlyArray<{ path: string; data: ContentFile }> = Object.keys(files)
  .sort()
  .map((path) => ({ path: path.replace(/^\//, ''), data: files[path]! }));

export function bundledContent(): ContentBundle {
  return mergeContentFiles(BUNDLED_CONTENT_FILES.map((f) => f.data));
}
