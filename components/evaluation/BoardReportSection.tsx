import type { Period } from '../../utils/evaluation/period';
import { BoardReport, type BoardReportProps } from './BoardReport';
import { monthName } from './format-figures';

export interface BoardReportSectionProps extends Omit<BoardReportProps, 'showModelledImpact'> {
  /** Newest first, from the first contact (not before 2020) to today. */
  periods: { quarter: readonly Period[]; month: readonly Period[] };
  /** "quarter:2026-10-01" or "month:2026-11-01". */
  period: string;
  onPeriod: (period: string) => void;
  impactOn: boolean;
  /** Policy locked the modelled-impact setting. */
  impactLocked: boolean;
  onImpact: (on: boolean) => void;
  onPrint?: () => void;
}

/** The board report's choices (period, modelled impact), its print button, and the report itself. */
export function BoardReportSection(props: BoardReportSectionProps) {
  const { periods, impactOn, impactLocked } = props;
  return (
    <section aria-labelledby="report-heading" class="evaluation__report">
      <h2 id="report-heading">Board report</h2>
      <p>A one-page report for a board or commissioner. Print it, or choose "Save as PDF" in the print dialog.</p>
      <div class="evaluation__field">
        <label for="report-period">Period</label>
        <select id="report-period" value={props.period} onChange={(e) => props.onPeriod((e.target as HTMLSelectElement).value)}>
          <optgroup label="Quarters">
            {periods.quarter.map((p) => (
              <option key={p.start} value={`quarter:${p.start}`}>
                {p.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Months">
            {periods.month.map((p) => (
              <option key={p.start} value={`month:${p.start}`}>
                {monthName(p.start)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div class="evaluation__field evaluation__checkbox">
        <input
          id="modelled-impact"
          type="checkbox"
          checked={impactOn}
          disabled={impactLocked}
          onChange={(e) => props.onImpact((e.target as HTMLInputElement).checked)}
        />
        <label for="modelled-impact">
          Include "modelled impact" (smoking, alcohol, physical activity: ranges from published rates, not measurements)
          {impactLocked ? ' (set by your organisation)' : ''}
        </label>
      </div>
      <div class="evaluation__actions">
        <button type="button" class="button" onClick={() => props.onPrint?.()}>
          Print the board report
        </button>
      </div>
      <BoardReport
        figures={props.figures}
        organisation={props.organisation}
        topics={props.topics}
        services={props.services}
        contentVersion={props.contentVersion}
        today={props.today}
        importedFiles={props.importedFiles}
        showModelledImpact={impactOn}
      />
    </section>
  );
}
