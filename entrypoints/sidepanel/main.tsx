import { render } from 'preact';
import { App } from '../../components/App';
import { bundledContent } from '../../utils/content/bundled-content';
import { buildIndex } from '../../utils/search/build-index';
import { searchIndex } from '../../utils/search/query-index';
import { copyText } from '../../utils/browser/clipboard';
import { boroughPref } from '../../utils/db/user-prefs';
import '../../components/sidebar.css';

async function main() {
  const content = bundledContent();
  const index = buildIndex(content);
  const borough = await boroughPref.getValue();
  render(
    <App
      content={content}
      search={(query, options) => searchIndex(index, query, options)}
      initialBorough={borough}
      onBoroughChange={(b) => void boroughPref.setValue(b)}
      copy={copyText}
    />,
    document.getElementById('app')!,
  );
}

void main();
