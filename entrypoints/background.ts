import { defineBackground } from 'wxt/utils/define-background';
import { listenForCommands } from '../utils/browser/commands';
import { openSidebar, openSidebarFromToolbar } from '../utils/browser/side-panel';

export default defineBackground(() => {
  openSidebarFromToolbar();
  listenForCommands({ 'open-sidebar': openSidebar });
});
