import { Slip } from '../../components/Slip';
import { formatDate } from '../../components/format-date';
import { extensionVersion } from '../../utils/browser/runtime-info';
import { localDate } from '../../utils/contacts/new-contact';
import { loggingState, pageLogCallbacks } from '../../utils/contacts/page-actions';
import { slipContent, slipContentVersion } from '../../utils/copy/slip-content';
import { readSlipQuery } from '../../utils/copy/slip-link';
import { currentContent } from '../../utils/feed/current-content';
import { currentSettings } from '../../utils/settings/current-settings';
import { renderPage } from '../../components/render-page';
import '../../components/base.css';
import '../../components/sidebar.css';
import '../../components/forced-colours.css';
import '../../components/slip.css';

/** The printable slip (slip.html?services=a,b&message=m): looks the ids up in the content in use. */
async function main() {
  const resolved = await currentSettings();
  const [state, logging] = await Promise.all([currentContent(resolved), loggingState(resolved)]);
  const query = readSlipQuery(location.search);
  const slip = query.ok ? slipContent(state.content, query.request) : { services: [], topics: [], problem: query.reason };
  const { onLog, onUndo } = pageLogCallbacks('sidebar', logging);
  renderPage(
    'the slip',
    <Slip
      services={slip.services}
      say={'say' in slip ? slip.say : undefined}
      printedOn={formatDate(localDate())}
      contentVersion={slipContentVersion(state.main, extensionVersion())}
      problem={slip.problem}
      onPrint={() => window.print()}
      log={onLog && { topics: slip.topics, onLog, onUndo }}
    />,
  );
}

void main();
