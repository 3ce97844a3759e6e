/** The published JSON Schema for one content file, generated from the zod model. */
import * as z from 'zod/mini';
import { contentSchemas } from './content-schema';

export function contentJsonSchema(): object {
  return {
    ...z.toJSONSchema(contentSchemas().contentFileSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'MECC Sidebar content file',
    description:
      'One file of MECC Sidebar content. Any file may hold any of the sections; all files are merged. Generated from utils/content/content-schema.ts by `npm run content:schema`.',
  };
}
