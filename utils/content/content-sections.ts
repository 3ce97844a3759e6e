/**
 * The sections a content file may hold, in merge order. Kept apart from the zod
 * schema so that code which only merges content does not bundle the validator.
 */
export const CONTENT_SECTIONS = [
  'topics',
  'messages',
  'services',
  'icbs',
  'areas',
  'synonyms',
  'equivalents',
  'resources',
  'translations',
  'urgentRoutes',
  'urgentWords',
] as const;
export type ContentSection = (typeof CONTENT_SECTIONS)[number];
