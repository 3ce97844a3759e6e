/**
 * The background's contact duties: keep the badge in step with today's count,
 * upload waiting contacts when an endpoint is set, and apply retention daily.
 *
 * Uploads run from the alarm only, never because something was logged (security
 * review H2): a log followed by an upload within a second would tell the receiver the
 * contact's exact time, which the record itself deliberately does not hold.
 */
import { scheduleRepeating } from '../browser/alarms';
import { showBadgeCount } from '../browser/badge';
import { setToolbarMode } from '../browser/toolbar';
import { currentSettings } from '../settings/current-settings';
import { currentContactSettings, logContact, todayCount } from './log-contact';
import { flushOutbox } from './outbox';
import { applyRetention } from './retention';
import type { LoggedVia } from './contact-record';

export const OUTBOX_ALARM = 'outbox-flush';
export const RETENTION_ALARM = 'contacts-retention';

export interface ContactDutiesDeps {
  /** Tests: the upload's fetch (default: the global one). */
  fetch?: typeof fetch;
}

export function createContactDuties(deps: ContactDutiesDeps = {}) {
  let flushing: Promise<unknown> | null = null;
  const duties = {
    async refreshBadge(): Promise<void> {
      const settings = await currentContactSettings();
      await showBadgeCount(settings.badge && settings.loggingEnabled ? await todayCount() : null);
    },
    /**
     * The alarm's upload run. One at a time; a second call joins the first, which
     * always settles (each upload times out after 30 s).
     */
    flush(): Promise<unknown> {
      flushing ??= currentContactSettings()
        .then((settings) => flushOutbox(settings, deps.fetch ? { fetch: deps.fetch } : {}))
        .catch((error: unknown) => console.error('Contact upload failed', error))
        .finally(() => (flushing = null));
      return flushing;
    },
    /** A contact was logged or undone: the badge only. Waiting records go at the next alarm. */
    async afterChange(): Promise<void> {
      await duties.refreshBadge();
    },
    /** Settings changed (user or policy): toolbar mode and badge. */
    async applySettings(): Promise<void> {
      await setToolbarMode((await currentSettings()).settings.toolbarMode);
      await duties.afterChange();
    },
    async logFrom(via: LoggedVia): Promise<void> {
      const result = await logContact({ via });
      if (!result.ok) console.warn(result.reason);
      await duties.afterChange();
    },
    async startUp(): Promise<void> {
      await scheduleRepeating(OUTBOX_ALARM, 5);
      await scheduleRepeating(RETENTION_ALARM, 24 * 60);
      await applyRetention(await currentContactSettings());
      await duties.applySettings();
    },
    async retention(): Promise<void> {
      await applyRetention(await currentContactSettings());
      await duties.refreshBadge();
    },
  };
  return duties;
}
