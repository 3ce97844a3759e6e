/** The settings table as it stands in docs/admin.md: generated, then padded by Prettier with the repository's settings. */
import { format, resolveConfig } from 'prettier';
import { settingsTable } from '../../utils/settings/admin-table';

export async function formatSettingsTable(): Promise<string> {
  const options = (await resolveConfig('docs/admin.md')) ?? {};
  return format(settingsTable(), { ...options, parser: 'markdown' });
}
