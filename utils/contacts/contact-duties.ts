/**
 * The background's contact duties: keep the badge in step with today's count,
 * upload waiting contacts when an endpoint is set, and apply retention daily.
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

export function createContactDuties() {
  let flushing: Promise<unknown> | null = null;
  const duties = {
    async refreshBadge(): Promise<void> {
      const settings = await currentContactSettings();
      await showBadgeCount(settings.badge && settings.loggingEnabled ? await todayCount() : null);
    },
    /** One upload run at a time; a second call joins the first. */
    flush(): Promise<unknown> {
      flushing ??= currentContactSettings()
        .then((settings) => flushOutbox(settings))
        .catch((error: unknown) => console.error('Contact upload failed', error))
        .finally(() => (flushing = null));
      return flushing;
    },
    async afterChange(): Promise<void> {
      await duties.refreshBadge();
      void duties.flush();
    },
    /** Settings changed (user or policy): toolbar mode, badge, uploads. */
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
