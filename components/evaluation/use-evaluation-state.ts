import { useMemo, useRef, useState } from 'preact/hooks';
import { EARLIEST_CONTACT_DATE } from '../../utils/contacts/plausible-date';
import { contactsPerWeek, periodTotals, topServices } from '../../utils/evaluation/aggregate';
import { boardFigures } from '../../utils/evaluation/board-report';
import { combinedFileName, type ExportFile } from '../../utils/evaluation/export-files';
import { periodOf, periodsBetween, type PeriodKind } from '../../utils/evaluation/period';
import type { EvaluationViewProps } from './EvaluationView';
import { formatCount } from './format-figures';
import { useImportedFiles } from './use-imported-files';

/** Makes a download's click handler: builds the file, saves it, and says so in the page's status line. */
export type Download = (make: () => ExportFile, what: string) => () => void;

/**
 * Everything the evaluation page holds between renders: the imported files, the status line,
 * the figures worked out from the combined records, the period choices, and the actions
 * (download, clear all). The sections only draw what this returns.
 */
export function useEvaluationState(props: EvaluationViewProps) {
  const { today, organisation, weeks = 12, onDownload } = props;
  const [status, setStatus] = useState('');
  const [summaryKind, setSummaryKind] = useState<PeriodKind>('quarter');
  const [reportPeriod, setReportPeriod] = useState<string>(() => `quarter:${periodOf(today, 'quarter').start}`);
  const [impactOn, setImpactOn] = useState(props.modelledImpact?.on ?? false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const imports = useImportedFiles(props.records, organisation, today);

  const records = imports.combined.records;
  const totals = useMemo(() => periodTotals(records, today), [records, today]);
  const rows = useMemo(() => contactsPerWeek(records, today, weeks), [records, today, weeks]);
  const top = useMemo(() => topServices(records, 10), [records]);
  const firstDate = useMemo(() => records.reduce((min, r) => (r.date < min ? r.date : min), today), [records, today]);
  // Not before 2020, whatever a wrong clock wrote (T3-IMPORT-DATES): at most a few dozen options.
  const reportFrom = firstDate > EARLIEST_CONTACT_DATE ? firstDate : EARLIEST_CONTACT_DATE;
  const reportPeriods = useMemo(
    () => ({
      quarter: periodsBetween(reportFrom, today, 'quarter').reverse(),
      month: periodsBetween(reportFrom, today, 'month').reverse(),
    }),
    [reportFrom, today],
  );
  const [reportKind, reportStart] = reportPeriod.split(':') as [PeriodKind, string];
  const figures = useMemo(() => boardFigures(records, periodOf(reportStart, reportKind)), [records, reportKind, reportStart]);

  const clearAll = async () => {
    const count = props.records.length;
    try {
      await props.onClearAll();
    } catch (error) {
      setStatus('');
      throw error;
    }
    setStatus(`All ${formatCount(count)} ${count === 1 ? 'contact was' : 'contacts were'} deleted from this browser.`);
    // The confirmation has gone with the records: put focus somewhere sensible.
    headingRef.current?.focus();
  };
  const download: Download = (make, what) => () => {
    try {
      const file = make();
      // Files that include other browsers' exports say so in their name, so no one mistakes them for this browser's alone.
      onDownload(imports.imported.length ? { ...file, filename: combinedFileName(file.filename) } : file);
      setStatus(`Downloading ${what}. Check your browser's downloads.`);
    } catch {
      setStatus(`Could not create the ${what} file. Try again.`);
    }
  };

  return {
    status,
    headingRef,
    imports,
    records,
    totals,
    rows,
    top,
    firstDate,
    figures,
    reportPeriods,
    summaryKind,
    setSummaryKind,
    reportPeriod,
    setReportPeriod,
    impactOn,
    setImpactOn,
    clearAll,
    download,
  };
}
