/**
 * The evaluation page's downloads: file names, and the CSV text ready to save.
 * Kept here so the entrypoint only wires.
 */
import type { DamagedRecord } from '../contacts/record-check';
import type { ContactSettings } from '../settings/contact-settings';
import type { ContactRecord } from '../contacts/contact-record';
import { contactsCsv, weeklySummaryCsv, type ExportOrganisation } from './export-csv';
import { dataDictionaryCsv } from './data-dictionary';
import { summaryCsv, type SummaryCsvOptions } from './summary-csv';

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

/** "mecc-contacts-2026-11-22.csv", "mecc-weekly-summary-2026-11-22.csv", "mecc-summary-by-quarter-publishable-2026-11-22.csv". */
export function exportFileName(kind: string, today: string): string {
  return `mecc-${kind}-${today}.csv`;
}

/** "mecc-contacts-2026-12-07.csv" → "mecc-contacts-combined-2026-12-07.csv" (files that include other browsers' exports say so, so no one mistakes them for this browser's alone); a name without a date stays. */
export const combinedFileName = (name: string) => name.replace(/-(\d{4}-\d{2}-\d{2})\.csv$/, '-combined-$1.csv');

/** `origins`: imported records' own organisation and team (T3-IMPORT-ORG), never this browser's. */
export function contactsExportFile(
  records: readonly ContactRecord[],
  organisation: ExportOrganisation,
  today: string,
  origins?: ReadonlyMap<string, ExportOrganisation>,
): ExportFile {
  return { filename: exportFileName('contacts', today), text: BOM + contactsCsv(records, organisation, origins), mimeType: CSV_TYPE };
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

/** The summary by quarter, month or week × topic × level × outcome (optionally publishable). */
export function summaryExportFile(records: readonly ContactRecord[], options: SummaryCsvOptions): ExportFile {
  const kind = `summary-by-${options.kind}${options.publishable ? '-publishable' : ''}`;
  return { filename: exportFileName(kind, options.today), text: BOM + summaryCsv(records, options), mimeType: CSV_TYPE };
}

/** The data dictionary: every column, and our words mapped to the guide's, CQUIN's and NICE's. */
export function dataDictionaryFile(): ExportFile {
  return { filename: 'mecc-data-dictionary.csv', text: BOM + dataDictionaryCsv(), mimeType: CSV_TYPE };
}

/**
 * Damaged records set aside from the upload (T3-POISON), for IT to look at: their own
 * fields as stored, the reason and when. JSON, because a damaged value may not fit a CSV column.
 */
export function damagedRecordsExportFile(records: readonly DamagedRecord[], today: string): ExportFile {
  return {
    filename: `mecc-damaged-records-${today}.json`,
    text: JSON.stringify(records, null, 2) + '\n',
    mimeType: 'application/json;charset=utf-8',
  };
}
