import type { Ref } from 'preact';
import type { ImportedFile } from '../../utils/evaluation/read-import-files';
import { formatCount as n } from './format-figures';

export interface CombineExportsProps {
  imported: readonly ImportedFile[];
  /** The last import's outcome (an error when any file or row was refused). */
  message: { error: boolean; text: string } | null;
  /** This browser's own records, and all of them once combined. */
  own: number;
  combined: number;
  duplicates: number;
  fileRef: Ref<HTMLInputElement>;
  onFiles: (files: FileList | null) => void;
  onRemove: () => void;
}

/** Adding other browsers' contacts exports, read on this page only, to see a team's combined figures. */
export function CombineExports({ imported, message, own, combined, duplicates, fileRef, onFiles, onRemove }: CombineExportsProps) {
  return (
    <section aria-labelledby="import-heading" class="evaluation__import">
      <h2 id="import-heading">Combine exports from other browsers</h2>
      <p>
        Add contacts CSV files downloaded on other computers (each browser's "Download contacts (CSV)") to see your team's combined figures
        and board report. The files are read on this page only: they are not stored, and they are gone when you close or reload it. Each
        contact counts once, by its record id.
      </p>
      <label class="evaluation__file-label" for="import-files">
        Choose contacts CSV files
      </label>
      <input
        id="import-files"
        ref={fileRef}
        class="evaluation__file"
        type="file"
        accept=".csv,text/csv"
        multiple
        onChange={(e) => onFiles((e.target as HTMLInputElement).files)}
      />
      <div role="status" class="evaluation__import-status">
        {message && <p class={message.error ? 'evaluation__error' : ''}>{message.text}</p>}
      </div>
      {imported.length > 0 && (
        <>
          <p data-testid="combined-summary">
            Showing {n(combined)} contacts: {n(own)} from this browser and {n(combined - own)} more from{' '}
            {imported.map((f) => f.name).join(', ')} ({n(duplicates)} duplicates counted once).
          </p>
          <button type="button" class="button button--secondary" onClick={onRemove}>
            Remove the imported files
          </button>
        </>
      )}
    </section>
  );
}
