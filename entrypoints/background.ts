import { defineBackground } from 'wxt/utils/define-background';
import { onAlarm } from '../utils/browser/alarms';
import { listenForCommands } from '../utils/browser/commands';
import { onInstalledOrStartup } from '../utils/browser/lifecycle';
import { handleMessages } from '../utils/browser/messages';
import { openSidebar, openSidebarFromToolbar } from '../utils/browser/side-panel';
import { onSettingsChanged } from '../utils/browser/storage-changes';
import { bundledContent } from '../utils/content/bundled-content';
import { createFeedUpdater, FEED_ALARM } from '../utils/feed/feed-updater';

export default defineBackground(() => {
  openSidebarFromToolbar();
  listenForCommands({ 'open-sidebar': openSidebar });

  const feeds = createFeedUpdater(bundledContent);
  onInstalledOrStartup(() => void feeds.checkNow());
  onAlarm(FEED_ALARM, () => void feeds.checkNow());
  onSettingsChanged(['settings.feed'], () => void feeds.schedule().then(() => feeds.checkNow()));
  handleMessages({ 'feed:check-now': () => feeds.checkNow() });
  void feeds.schedule();
});
