import type { PeriodTotal, PeriodTotals } from '../../utils/evaluation/aggregate';
import { formatDate } from '../format-date';
import { formatCount as n, monthName, weekday } from './format-figures';

export interface TotalsProps {
  totals: PeriodTotals;
  /** The earliest contact counted. */
  firstDate: string;
  /** Other browsers' exports are combined in ("All combined" rather than "All kept"). */
  combined: boolean;
}

function Total({ id, label, total, detail }: { id: string; label: string; total: PeriodTotal; detail: string }) {
  return (
    <div class="totals__item" data-total={id}>
      <dt class="totals__label">{label}</dt>
      <dd class="totals__number">{n(total.contacts)}</dd>
      <dd class="totals__detail">
        {detail} · {n(total.signposted)} signposted
      </dd>
    </div>
  );
}

/** This week, this month and everything kept (or combined), each with how many were signposted. */
export function Totals({ totals, firstDate, combined }: TotalsProps) {
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">Totals</h2>
      <dl class="totals">
        <Total id="week" label="This week" total={totals.thisWeek} detail={`since ${weekday(totals.weekStart)}`} />
        <Total id="month" label="This month" total={totals.thisMonth} detail={monthName(totals.monthStart)} />
        <Total id="all" label={combined ? 'All combined' : 'All kept'} total={totals.all} detail={`since ${formatDate(firstDate)}`} />
      </dl>
    </section>
  );
}
