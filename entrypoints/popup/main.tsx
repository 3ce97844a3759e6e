import { Popup } from '../../components/Popup';
import { renderPage } from '../../components/render-page';
import { openSidebar } from '../../utils/browser/side-panel';
import { currentWindowId, openExtensionPage, openSettingsPage } from '../../utils/browser/windows';
import { currentTopics } from '../../utils/feed/current-topics';
import { currentSettings } from '../../utils/settings/current-settings';
import type { LoggingState } from '../../utils/contacts/page-actions';
import { popupLoggingState, popupProps } from '../../utils/pages/popup-props';
import { takeOverFirstFrame } from '../../utils/pages/first-frame-keep';
import '../../components/base.css';
import '../../components/sidebar.css';
import '../../components/forced-colours.css';
import '../../components/popup.css';

// The frame drawn while this code loaded: a button pressed on it is pressed once the popup is drawn.
const firstFrame = takeOverFirstFrame(document, localStorage, 'popup');

async function main() {
  const resolved = await currentSettings();
  const [windowId, topics] = await Promise.all([currentWindowId(), currentTopics(resolved)]);
  // Drawn before the log is read (IndexedDB), so the button works at once; the count follows.
  // openSidebar stays synchronous in the click: the click is the user gesture it needs.
  const draw = (state: Partial<LoggingState> = {}) =>
    renderPage(
      'the popup',
      <Popup
        topics={topics}
        {...popupProps(state)}
        onOpenSidebar={() => (openSidebar(windowId), window.close())}
        onOpenEvaluation={() => openExtensionPage('/evaluation.html')}
        onOpenSettings={openSettingsPage}
        dateGranularity={resolved.settings.dateGranularity}
      />,
    );
  draw();
  firstFrame.drawn('');
  draw(await popupLoggingState(resolved));
}

void firstFrame.guard(main(), 'the popup');
