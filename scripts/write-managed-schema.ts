/** Regenerates public/managed_schema.json from utils/settings/setting-definitions.ts. */
import { writeFileSync } from 'node:fs';
import { managedSchema } from '../utils/settings/managed-schema';

writeFileSync('public/managed_schema.json', `${JSON.stringify(managedSchema(), null, 2)}\n`);
console.log('wrote public/managed_schema.json');
