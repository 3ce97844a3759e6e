import { defineBackground } from 'wxt/utils/define-background';
import { onAlarm } from '../utils/browser/alarms';
import { listenForCommands } from '../utils/browser/commands';
import { onInstalledOrStartup } from '../utils/browser/lifecycle';
import { handleMessages } from '../utils/browser/messages';
import { openSidebar } from '../utils/browser/side-panel';
import { onSettingsChanged } from '../utils/browser/storage-changes';
import { bundledContent } from '../utils/content/bundled-content';
import { createContactDuties, OUTBOX_ALARM, RETENTION_ALARM } from '../utils/contacts/contact-duties';
import { createFeedUpdater, FEED_ALARM } from '../utils/feed/feed-updater';

export default defineBackground(() => {
  const feeds = createFeedUpdater(bundledContent);
  const contacts = createContactDuties();

  listenForCommands({ 'open-sidebar': openSidebar, 'log-contact': () => void contacts.logFrom('shortcut') });
  onInstalledOrStartup(() => void feeds.checkNow());
  onAlarm(FEED_ALARM, () => void feeds.checkNow());
  onAlarm(OUTBOX_ALARM, () => void contacts.flush());
  onAlarm(RETENTION_ALARM, () => void contacts.retention());
  onSettingsChanged(['settings.feed'], () => void feeds.schedule().then(() => feeds.checkNow()));
  onSettingsChanged(['settings.contacts'], () => void contacts.afterChange());
  handleMessages({
    'feed:check-now': () => feeds.checkNow(),
    'contacts:changed': () => contacts.afterChange(),
  });
  void feeds.schedule();
  void contacts.startUp();
});
