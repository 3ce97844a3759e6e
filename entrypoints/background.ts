import { defineBackground } from 'wxt/utils/define-background';
import { onAlarm } from '../utils/browser/alarms';
import { listenForCommands } from '../utils/browser/commands';
import { onInstalledOrStartup } from '../utils/browser/lifecycle';
import { handleMessages } from '../utils/browser/messages';
import { openSidebar } from '../utils/browser/side-panel';
import { onToolbarClick } from '../utils/browser/toolbar';
import { createContactDuties, OUTBOX_ALARM, RETENTION_ALARM } from '../utils/contacts/contact-duties';
import { builtInContent } from '../utils/feed/built-in-content';
import { createFeedUpdater, FEED_ALARM } from '../utils/feed/feed-updater';
import { watchSettings } from '../utils/settings/current-settings';

export default defineBackground(() => {
  const feeds = createFeedUpdater(builtInContent);
  const contacts = createContactDuties();

  listenForCommands({ 'open-sidebar': openSidebar, 'log-contact': () => void contacts.logFrom('shortcut') });
  onToolbarClick(() => void contacts.logFrom('toolbar')); // only fires in "instant" toolbar mode
  onInstalledOrStartup(() => void feeds.checkNow());
  onAlarm(FEED_ALARM, () => void feeds.checkNow());
  onAlarm(OUTBOX_ALARM, () => void contacts.flush());
  onAlarm(RETENTION_ALARM, () => void contacts.retention());
  // Policy may arrive seconds after start-up: re-read on every change (storage.managed too).
  watchSettings(() => {
    void feeds.schedule().then(() => feeds.checkNow());
    void contacts.applySettings();
  });
  handleMessages({
    'feed:check-now': () => feeds.checkNow(),
    'contacts:changed': () => contacts.afterChange(),
  });
  void feeds.schedule();
  void contacts.startUp();
});
