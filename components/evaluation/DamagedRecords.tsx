import type { DamagedRecord } from '../../utils/contacts/record-check';
import { formatCount as n } from './format-figures';

export interface DamagedRecordsProps {
  /** At least one damaged record (T3-POISON). */
  damaged: readonly DamagedRecord[];
  onDownload: () => void;
}

/** Damaged records are left out of the figures but never deleted silently: counted, explained, offered as a download. */
export function DamagedRecords({ damaged, onDownload }: DamagedRecordsProps) {
  return (
    <section aria-labelledby="damaged-heading" class="evaluation__damaged" data-testid="damaged-records">
      <h2 id="damaged-heading">Damaged records set aside</h2>
      <p>
        {n(damaged.length)} {damaged.length === 1 ? 'contact record is' : 'contact records are'} damaged in this browser's storage (
        {[...new Set(damaged.map((r) => r.reason))].slice(0, 3).join('; ')}). {damaged.length === 1 ? 'It is' : 'They are'} left out of the
        figures below and never uploaded; every other record is uploaded as usual. Nothing is deleted: download them for your IT team, or
        delete them with "Clear all contacts".
      </p>
      <button type="button" class="button button--secondary" onClick={onDownload}>
        Download the damaged records (JSON)
      </button>
    </section>
  );
}
