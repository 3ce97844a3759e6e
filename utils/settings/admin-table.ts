/**
 * The settings table of docs/admin.md, from the one declaration of each setting
 * (setting-definitions.ts: name, who may set it; setting-docs.ts: the words IT reads), so the
 * guide cannot drift from the code. `npx tsx scripts/write-managed-schema.ts` writes it between
 * the markers below; tests/unit/settings/admin-table.test.ts fails while it is stale.
 */
import { SETTING_DEFINITIONS } from './setting-definitions';
import { SETTING_DOCS } from './setting-docs';

export const TABLE_START =
  '<!-- settings-table: generated from utils/settings/setting-docs.ts; npx tsx scripts/write-managed-schema.ts -->';
export const TABLE_END = '<!-- /settings-table -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The table as Markdown, before Prettier pads its columns. */
export function settingsTable(): string {
  const rows = SETTING_DEFINITIONS.map((d) => {
    const doc = SETTING_DOCS[d.name];
    const who = d.userEditable ? 'policy, or staff on the options page' : 'policy only';
    return `| \`${d.name}\` | ${cell(doc.type)} | ${cell(doc.default)} | ${who} | ${cell(doc.meaning)} |`;
  });
  return ['| Policy name | Type | Default | Set by | Meaning |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** `markdown` with the text between the table markers replaced by `table`. */
export function withSettingsTable(markdown: string, table: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/admin.md has no "${TABLE_START}" … "${TABLE_END}" markers`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n\n${table.trim()}\n\n${markdown.slice(end)}`;
}
