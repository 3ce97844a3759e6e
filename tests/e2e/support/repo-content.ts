/** The content the build embeds, read from the repo, so browser tests derive their expectations from it. */
import { readContentDir } from '../../../scripts/lib/read-content-dir';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import type { ContentFile } from '../../../utils/content/content-schema';

export function loadRepoContent() {
  return mergeContentFiles(readContentDir('content').map((f) => f.data as ContentFile));
}
