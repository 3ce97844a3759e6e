import { useMemo, useRef, useState } from 'preact/hooks';
import type { ContactRecord } from '../utils/contacts/contact-record';
import type { ExportOrganisation } from '../utils/contacts/export-csv';
import { contactsPerWeek, periodTotals, topServices, type PeriodTotal } from '../utils/contacts/aggregate';
import { ClearAllContacts } from './ClearAllContacts';
import { TopServices } from './TopServices';
import { WeeklyChart } from './WeeklyChart';
import { formatDate } from './format-date';
import { SiteHeader } from './SiteHeader';

export interface EvaluationViewProps {
  records: readonly ContactRecord[];
  /** Topic id → title, in the content's order. */
  topics: ReadonlyMap<string, string>;
  /** Service id → name. */
  services: ReadonlyMap<string, string>;
  /** Today's local date, YYYY-MM-DD. */
  today: string;
  /** From policy; shown, and added to the downloads. */
  organisation: ExportOrganisation;
  /** Weeks in the chart (default 12). */
  weeks?: number;
  onExportRaw: () => void;
  onExportSummary: () => void;
  /** Deletes every record; rejects if that failed. The caller re-renders with the new records. */
  onClearAll: () => Promise<void>;
}

const n = (value: number) => value.toLocaleString('en-GB');
const monthName = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekday = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

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

function OrganisationLine({ organisation }: { organisation: ExportOrganisation }) {
  const { code, name, team } = organisation;
  if (!code && !name && !team) {
    return (
      <p class="organisation">
        No organisation or team is set, so the downloads have no organisation columns. Your IT team can set them by
        policy.
      </p>
    );
  }
  const org = [name, code && `(${code})`].filter(Boolean).join(' ');
  return (
    <p class="organisation">
      {org && <>Organisation: <strong>{org}</strong>. </>}
      {team && <>Team: <strong>{team}</strong>. </>}
      These are added to every row of the downloads, not stored with each contact.
    </p>
  );
}

/**
 * The service lead's view of the contact log: this week and month, a chart of the last
 * weeks by topic (with its table), the most signposted services, the two CSV downloads
 * and "clear all". Data comes in as props; nothing here touches storage.
 */
export function EvaluationView(props: EvaluationViewProps) {
  const { records, topics, services, today, organisation, weeks = 12 } = props;
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const totals = useMemo(() => periodTotals(records, today), [records, today]);
  const rows = useMemo(() => contactsPerWeek(records, today, weeks), [records, today, weeks]);
  const top = useMemo(() => topServices(records, 10), [records]);
  const firstDate = useMemo(() => records.reduce((min, r) => (r.date < min ? r.date : min), today), [records, today]);

  const clearAll = async () => {
    const count = records.length;
    try {
      await props.onClearAll();
    } catch (error) {
      setStatus('');
      throw error;
    }
    setStatus(`All ${n(count)} ${count === 1 ? 'contact was' : 'contacts were'} deleted from this browser.`);
    // The confirmation has gone with the records: put focus somewhere sensible.
    headingRef.current?.focus();
  };
  const exportWith = (run: () => void, what: string) => () => {
    try {
      run();
      setStatus(`Downloading ${what}. Check your browser's downloads.`);
    } catch {
      setStatus(`Could not create the ${what} file. Try again.`);
    }
  };

  return (
    <div class="app evaluation">
      <SiteHeader />
      <main class="main evaluation__main">
        <h1 class="evaluation__title" tabIndex={-1} ref={headingRef}>
          Contacts logged in this browser
        </h1>
        <p class="lede">
          Counts of MECC conversations and signposting, for evaluating your programme. Each contact records only the
          date, topics, services signposted and how it was logged: nothing about the person, the page you were on, or
          you.
        </p>
        <OrganisationLine organisation={organisation} />
        <div class="evaluation__status" role="status">
          {status && <p>{status}</p>}
        </div>

        {records.length === 0 ? (
          <section class="empty" aria-labelledby="empty-heading">
            <h2 id="empty-heading">No contacts logged yet</h2>
            <p>
              Contacts you log with the toolbar button, the keyboard shortcut or from the sidebar will be counted here.
            </p>
          </section>
        ) : (
          <>
            <section aria-labelledby="totals-heading">
              <h2 id="totals-heading">Totals</h2>
              <dl class="totals">
                <Total id="week" label="This week" total={totals.thisWeek} detail={`since ${weekday(totals.weekStart)}`} />
                <Total id="month" label="This month" total={totals.thisMonth} detail={monthName(totals.monthStart)} />
                <Total id="all" label="All kept" total={totals.all} detail={`since ${formatDate(firstDate)}`} />
              </dl>
            </section>

            <section aria-labelledby="chart-heading">
              <h2 id="chart-heading">Contacts per week by topic</h2>
              <WeeklyChart rows={rows} topics={topics} />
            </section>

            <section aria-labelledby="services-heading">
              <h2 id="services-heading">Most signposted services</h2>
              <TopServices
                items={top}
                services={services}
                contacts={totals.all.contacts}
                signposted={totals.all.signposted}
              />
            </section>

            <section aria-labelledby="download-heading">
              <h2 id="download-heading">Download the data</h2>
              <p>
                CSV files for a spreadsheet or your evaluation lead: every contact as a row, or one row per week with a
                column per topic.
              </p>
              <div class="evaluation__actions">
                <button type="button" class="button" onClick={exportWith(props.onExportRaw, 'contacts CSV')}>
                  Download contacts (CSV)
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={exportWith(props.onExportSummary, 'weekly summary CSV')}
                >
                  Download weekly summary (CSV)
                </button>
              </div>
            </section>

            <section aria-labelledby="clear-heading">
              <h2 id="clear-heading">Clear all contacts</h2>
              <ClearAllContacts count={records.length} onClearAll={clearAll} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
