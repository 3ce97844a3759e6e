import type { ServiceCount } from '../../utils/evaluation/aggregate';
import { publishableCount } from '../../utils/evaluation/summary';

export interface TopServicesProps {
  /** Most signposted first. */
  items: readonly ServiceCount[];
  /** Service id → name. */
  services: ReadonlyMap<string, string>;
  /** Contacts in the period, and how many of them were signposted anywhere. */
  contacts: number;
  signposted: number;
  /** Counts by the publishable rule (1–7 → "*", others to the nearest 5): the board report (T3-BOARD-SMALL). */
  publishable?: boolean;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const exact = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'contact' : 'contacts'}`;
/** "* contacts", "25 contacts": the published figure, never the count behind a "*". */
const published = (n: number) => {
  const shown = publishableCount(n);
  return shown === '*' ? '* contacts' : exact(Number(shown));
};
const barValue = (n: number) => Number(publishableCount(n)) || 0;

/** The services staff point people to most, and how often a conversation ended in signposting at all. */
export function TopServices({ items, services, contacts, signposted, publishable = false }: TopServicesProps) {
  const count = publishable ? published : exact;
  // Published figures only, for the shares and the bars too: otherwise they would give a "*" back.
  const value = publishable ? barValue : (v: number) => v;
  const share = value(contacts) ? `${percent(value(signposted), value(contacts))}%` : '–';
  const most = value(items[0]?.count ?? 0);
  return (
    <div class="top-services">
      <p>
        {/* "Signposted" counts a named service or the outcome alone (C5), so say both, or an empty list below reads as a contradiction. */}
        {count(signposted)} ({share}) were signposted (to a named service, or with the outcome "Signposted"); {count(contacts - signposted)}{' '}
        were not.
      </p>
      {items.length === 0 ? (
        <p class="empty">No contact names a service yet.</p>
      ) : (
        <ol class="top-services__list">
          {items.map((item) => {
            const name = services.get(item.id);
            return (
              <li key={item.id} class="top-services__item" data-service={item.id}>
                <span class="top-services__name">
                  {name ?? item.id}
                  {!name && <span class="top-services__retired"> (no longer in the directory)</span>}
                </span>
                <span class="top-services__count">{count(item.count)}</span>
                <span class="top-services__bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(2, percent(value(item.count), most))}%` }} />
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
