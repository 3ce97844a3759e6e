/**
 * Regenerates what is generated from utils/settings/setting-definitions.ts: the Chrome and Edge
 * policy schema public/managed_schema.json, and the settings table in docs/admin.md (with the
 * words from utils/settings/setting-docs.ts). Tests fail while either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { managedSchema } from '../utils/settings/managed-schema';
import { formatSettingsTable } from './lib/settings-table';
import { withSettingsTable } from '../utils/settings/admin-table';

writeFileSync('public/managed_schema.json', `${JSON.stringify(managedSchema(), null, 2)}\n`);
console.log('wrote public/managed_schema.json');

const admin = 'docs/admin.md';
writeFileSync(admin, withSettingsTable(readFileSync(admin, 'utf8'), await formatSettingsTable()));
console.log(`wrote the settings table in ${admin}`);
