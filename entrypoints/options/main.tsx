import { Diagnostics } from '../../components/Diagnostics';
import { copyText } from '../../utils/browser/clipboard';
import { collectDiagnostics } from '../../utils/settings/collect-diagnostics';
import { saveUserSetting, watchSettings } from '../../utils/settings/current-settings';
import bundledAreas from '../../content/areas.json';
import { renderPage } from '../../components/render-page';
import '../../components/base.css';
import '../../components/sidebar.css';
import '../../components/forced-colours.css';
import '../../components/diagnostics.css';

/** The options page: settings a user may change, and what IT needs to see (re-read on every change). */
async function mount() {
  const info = await collectDiagnostics(navigator.userAgent);
  renderPage('the options page', <Diagnostics info={info} areas={bundledAreas.areas} onSave={saveUserSetting} onCopy={copyText} />);
}

watchSettings(() => void mount());
void mount();
