/**
 * Reading the contacts CSV files a service lead adds on the evaluation page (exports from
 * other browsers). Files are read on that page only and never stored; each one is checked
 * on its own, so one bad file or row is named and the rest are still read.
 */
import type { ContactRecord } from '../contacts/contact-record';
import type { ExportOrganisation } from './export-csv';
import { combineRecords, MAX_IMPORT_BYTES, parseContactsExport } from './import-csv';

export interface ImportedFile {
  name: string;
  records: ContactRecord[];
  /** Record id → the organisation and team its row names (T3-IMPORT-ORG). */
  origins: ReadonlyMap<string, ExportOrganisation>;
}

/** What the page needs of a chosen file (a DOM `File`, or a stand-in in tests). */
export type ChosenFile = Pick<File, 'name' | 'size' | 'text'>;

/** Rows left out of one file that are listed one by one; the rest are counted. */
const MAX_SKIPPED_SHOWN = 5;
const n = (value: number) => value.toLocaleString('en-GB');

/** The files that could be read, and a sentence for each problem (a file refused, a row left out). */
export async function readImportFiles(files: readonly ChosenFile[], today: string): Promise<{ added: ImportedFile[]; problems: string[] }> {
  const added: ImportedFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (file.size > MAX_IMPORT_BYTES) {
      problems.push(`${file.name} is larger than 50 MB, so it is not one of our exports. Nothing was imported from it.`);
      continue;
    }
    const result = parseContactsExport(file.name, await file.text(), { today });
    if (result.ok) {
      added.push({ name: file.name, records: result.records, origins: result.origins });
      problems.push(...result.skipped.slice(0, MAX_SKIPPED_SHOWN));
      if (result.skipped.length > MAX_SKIPPED_SHOWN)
        problems.push(`${file.name}: ${n(result.skipped.length - MAX_SKIPPED_SHOWN)} more rows were left out for the same reason.`);
    } else problems.push(result.reason);
  }
  return { added, problems };
}

/** The page's message after an import: what was added and the combined count, then every problem. */
export function importMessage(
  own: readonly ContactRecord[],
  imported: readonly ImportedFile[],
  added: readonly ImportedFile[],
  problems: readonly string[],
): { error: boolean; text: string } {
  const after = combineRecords(
    own,
    imported.map((f) => f.records),
  );
  const read = added.length
    ? `Imported ${added.length} ${added.length === 1 ? 'file' : 'files'}: now ${n(after.records.length)} contacts, each counted once (${n(after.duplicates)} duplicates skipped).`
    : '';
  return { error: problems.length > 0, text: [read, ...problems].filter(Boolean).join(' ') };
}
