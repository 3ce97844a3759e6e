import { useMemo, useRef, useState } from 'preact/hooks';
import type { ContactRecord } from '../../utils/contacts/contact-record';
import type { ExportOrganisation } from '../../utils/evaluation/export-csv';
import { combinedOrganisation, combineRecords } from '../../utils/evaluation/import-csv';
import { importMessage, readImportFiles, type ImportedFile } from '../../utils/evaluation/read-import-files';

/**
 * Exports from other browsers added on the evaluation page: held in memory only (gone on
 * close or reload), combined with this browser's log so each contact counts once.
 */
export function useImportedFiles(own: readonly ContactRecord[], organisation: ExportOrganisation, today: string) {
  const [imported, setImported] = useState<ImportedFile[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const combined = useMemo(
    () =>
      combineRecords(
        own,
        imported.map((f) => f.records),
        imported.map((f) => f.origins),
      ),
    [own, imported],
  );
  // Summaries and the board report name every organisation and team in the combined records (T3-IMPORT-ORG).
  const shownOrganisation = useMemo(() => combinedOrganisation(organisation, combined.origins), [organisation, combined.origins]);

  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const { added, problems } = await readImportFiles([...files], today);
    const next = [...imported, ...added];
    setImported(next);
    setMessage(importMessage(own, next, added, problems));
    if (fileRef.current) fileRef.current.value = '';
  };
  const removeImported = () => {
    setImported([]);
    setMessage(null);
  };

  return { imported, message, fileRef, combined, shownOrganisation, importFiles, removeImported };
}
