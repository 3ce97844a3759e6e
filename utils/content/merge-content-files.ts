import type { ContentBundle, ContentFile } from './content-schema';
import { CONTENT_SECTIONS } from './content-sections';

export function emptyBundle(): ContentBundle {
  return {
    topics: [],
    messages: [],
    services: [],
    icbs: [],
    areas: [],
    synonyms: [],
    equivalents: [],
    resources: [],
    translations: [],
    urgentRoutes: [],
    urgentWords: [],
  };
}

/** Concatenates the sections of already-validated content files, in file order. */
export function mergeContentFiles(files: ContentFile[]): ContentBundle {
  const bundle = emptyBundle();
  for (const file of files) {
    for (const section of CONTENT_SECTIONS) {
      const entries = file[section];
      if (entries) (bundle[section] as object[]).push(...entries);
    }
  }
  bundle.topics.sort((a, b) => a.order - b.order);
  return bundle;
}
