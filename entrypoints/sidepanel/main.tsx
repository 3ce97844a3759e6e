import { App } from '../../components/App';
import { renderPage } from '../../components/render-page';
import { StatusLine } from '../../components/StatusLine';
import { copyText } from '../../utils/browser/clipboard';
import { handleMessages, sendMessage } from '../../utils/browser/messages';
import { currentSettings, saveUserSetting, watchSettings } from '../../utils/settings/current-settings';
import { currentContent } from '../../utils/feed/current-content';
import { sidebarProps } from '../../utils/pages/page-props';
import { takeOverFirstFrame } from '../../utils/pages/first-frame-keep';
import '../../components/base.css';
import '../../components/sidebar.css';
import '../../components/forced-colours.css';
import '../../components/handover.css';

// The frame drawn while this code loaded: what was typed into it is searched, what was pressed is pressed.
const firstFrame = takeOverFirstFrame(document, localStorage, 'sidepanel');

/** (Re)loads the verified content and renders; Preact keeps the user's place across reloads. */
async function mount() {
  const resolved = await currentSettings();
  const state = await currentContent(resolved);
  renderPage(
    'the sidebar',
    <App
      {...sidebarProps(resolved, state, { indexNow: firstFrame.shown })}
      initialQuery={firstFrame.typed()}
      onBoroughChange={(b) => void saveUserSetting('borough', b)}
      onTextSizeChange={(size) => void saveUserSetting('textSize', size)}
      copy={copyText}
      status={<StatusLine state={state} onCheck={() => sendMessage('feed:check-now')} />}
    />,
  );
  firstFrame.drawn(`${resolved.settings.textSize}%`);
}

handleMessages({ 'feed:changed': () => void mount() });
// Policy can arrive after the sidebar opened (and IT can change it): re-read it.
watchSettings(() => void mount());
void firstFrame.guard(mount(), 'the sidebar');
