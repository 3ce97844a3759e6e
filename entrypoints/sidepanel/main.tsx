import { render } from 'preact';
import { App } from '../../components/App';
import { StatusLine } from '../../components/StatusLine';
import { searchContent } from '../../utils/search/search-content';
import { copyText } from '../../utils/browser/clipboard';
import { handleMessages, sendMessage } from '../../utils/browser/messages';
import { onSettingsChanged } from '../../utils/browser/storage-changes';
import { currentSettings, saveUserSetting } from '../../utils/settings/current-settings';
import { currentContent } from '../../utils/feed/current-content';
import { loggingPolicy, pageLogCallbacks } from '../../utils/contacts/page-actions';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import '../../components/sidebar.css';
import '../../components/handover.css';

/** (Re)loads the verified content and renders; Preact keeps the user's place across reloads. */
async function mount() {
  const resolved = await currentSettings();
  const state = await currentContent(resolved);
  const log = pageLogCallbacks('sidebar', loggingPolicy(resolved));
  render(
    <ErrorBoundary what="the sidebar">
      <App
        content={state.content}
        search={searchContent(state.content)}
        initialBorough={resolved.settings.borough}
        boroughLocked={resolved.locked.has('borough')}
        onBoroughChange={(b) => void saveUserSetting('borough', b)}
        copy={copyText}
        status={<StatusLine state={state} onCheck={() => sendMessage('feed:check-now')} />}
        onLog={log.onLog}
        onUndoLog={log.onUndo}
        refinements={log.refinements}
        onRefineLog={log.onRefine}
        textSize={resolved.settings.textSize}
        textSizeLocked={resolved.locked.has('textSize')}
        onTextSizeChange={(size) => void saveUserSetting('textSize', size)}
      />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
}

handleMessages({ 'feed:changed': () => void mount() });
// Policy can arrive after the sidebar opened (and IT can change it): re-read it.
onSettingsChanged(['settings.user'], () => void mount());
void mount();
