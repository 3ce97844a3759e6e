/**
 * The evaluation page's downloads: file names, and the CSV text ready to save.
 * Kept here so the entrypoint only wires.
 */
import type { ContactSettings } from '../settings/contact-settings';
import type { ContactRecord } from './contact-record';
import { contactsCsv, weeklySummaryCsv, type ExportOrganisation } from './export-csv';

export interface ExportFile {
  filename: string;
  text: string;
  mimeType: string;
}

/**
 * A UTF-8 byte-order mark: without it Excel on Windows reads the file as the local
 * code page and mangles any non-ASCII character in an organisation or team name.
 * Other tools (pandas, R, LibreOffice) accept it.
 */
const BOM = '\uFEFF';
const CSV_TYPE = 'text/csv;charset=utf-8';

/** The organisation and team from resolved settings (policy), added at export time only. */
export function exportOrganisation(settings: ContactSettings): ExportOrganisation {
  return { code: settings.organisationCode, name: settings.organisationName, team: settings.team };
}

/** "mecc-contacts-2026-11-22.csv", "mecc-weekly-summary-2026-11-22.csv". */
export function exportFileName(kind: 'contacts' | 'weekly-summary', today: string): string {
  return `mecc-${kind}-${today}.csv`;
}

export function contactsExportFile(
  records: readonly ContactRecord[],
  organisation: ExportOrganisation,
  today: string,
): ExportFile {
  return { filename: exportFileName('contacts', today), text: BOM + contactsCsv(records, organisation), mimeType: CSV_TYPE };
}

export function weeklySummaryExportFile(
  records: readonly ContactRecord[],
  topicIds: readonly string[],
  organisation: ExportOrganisation,
  today: string,
): ExportFile {
  return {
    filename: exportFileName('weekly-summary', today),
    text: BOM + weeklySummaryCsv(records, { today, topicIds, organisation }),
    mimeType: CSV_TYPE,
  };
}
