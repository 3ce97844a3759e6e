import { render } from 'preact';
import { App } from '../../components/App';
import { StatusLine } from '../../components/StatusLine';
import { buildIndex } from '../../utils/search/build-index';
import { searchIndex } from '../../utils/search/query-index';
import { copyText } from '../../utils/browser/clipboard';
import { handleMessages, sendMessage } from '../../utils/browser/messages';
import { boroughPref } from '../../utils/db/local-store';
import { currentContent } from '../../utils/feed/current-content';
import { loggingState, logFromPage, undoFromPage } from '../../utils/contacts/page-actions';
import '../../components/sidebar.css';

/** (Re)loads the verified content and renders; Preact keeps the user's place across reloads. */
async function mount() {
  const [state, borough, logging] = await Promise.all([currentContent(), boroughPref.getValue(), loggingState()]);
  const notify = () => void sendMessage('contacts:changed');
  const index = buildIndex(state.content);
  render(
    <App
      content={state.content}
      search={(query, options) => searchIndex(index, query, options)}
      initialBorough={borough}
      onBoroughChange={(b) => void boroughPref.setValue(b)}
      copy={copyText}
      status={<StatusLine state={state} onCheck={() => sendMessage('feed:check-now')} />}
      onLog={logging.disabledReason ? undefined : (r) => logFromPage('sidebar', r).finally(notify)}
      onUndoLog={(id) => undoFromPage(id).finally(notify)}
    />,
    document.getElementById('app')!,
  );
}

handleMessages({ 'feed:changed': () => void mount() });
void mount();
