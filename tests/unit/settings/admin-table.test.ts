/**
 * The admin guide's settings table is generated from the setting declarations
 * (utils/settings/admin-table.ts): this fails while docs/admin.md holds anything else, and shows
 * that a change in a declaration reaches the table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSettingsTable } from '../../../scripts/lib/settings-table';
import { settingsTable, TABLE_END, TABLE_START, withSettingsTable } from '../../../utils/settings/admin-table';
import { SETTING_DEFINITIONS } from '../../../utils/settings/setting-definitions';

const admin = readFileSync('docs/admin.md', 'utf8');

describe("docs/admin.md's settings table", () => {
  it('is exactly the table generated from the definitions (run `npx tsx scripts/write-managed-schema.ts`)', async () => {
    expect(admin).toBe(withSettingsTable(admin, await formatSettingsTable()));
  });

  it('has one row per setting, in declaration order, saying who may set it', () => {
    const rows = settingsTable().split('\n').slice(2);
    expect(rows.map((r) => /^\| `(\w+)`/.exec(r)?.[1])).toEqual(SETTING_DEFINITIONS.map((d) => d.name));
    const staff = rows.filter((r) => r.includes('staff on the options page')).map((r) => /^\| `(\w+)`/.exec(r)![1]);
    expect(staff).toEqual(SETTING_DEFINITIONS.filter((d) => d.userEditable).map((d) => d.name));
    expect(staff).toContain('modelledImpact');
  });

  it('notices a stale table, and refuses a guide without the markers', async () => {
    const stale = withSettingsTable(admin, (await formatSettingsTable()).replace('`feedUrl`', '`feedURL`'));
    expect(stale).not.toBe(withSettingsTable(stale, await formatSettingsTable()));
    expect(() => withSettingsTable(admin.replace(TABLE_START, ''), '')).toThrow(/markers/);
    expect(() => withSettingsTable(admin.replace(TABLE_END, ''), '')).toThrow(/markers/);
  });
});
