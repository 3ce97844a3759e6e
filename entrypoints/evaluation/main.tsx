import { render } from 'preact';
import { EvaluationView } from '../../components/EvaluationView';
import { downloadTextFile } from '../../utils/browser/download';
import { contentVersionLabel } from '../../utils/contacts/log-contact';
import { localDate } from '../../utils/contacts/new-contact';
import { clearAllContacts, listContacts, listDamagedContacts } from '../../utils/db/contacts-store';
import { currentContent } from '../../utils/feed/current-content';
import { currentSettings } from '../../utils/settings/current-settings';
import { evaluationProps } from '../../utils/pages/page-props';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import '../../components/sidebar.css';
import '../../components/evaluation.css';

/** The evaluation page (evaluation.html): loads the log, settings and labels, renders, wires downloads and print. */
async function main() {
  const resolved = await currentSettings();
  const [records, damaged, { content }, contentVersion] = await Promise.all([
    listContacts(),
    listDamagedContacts(),
    currentContent(resolved),
    contentVersionLabel(),
  ]);
  render(
    <ErrorBoundary what="the evaluation page">
      <EvaluationView
        {...evaluationProps(resolved, content, { records, damaged, contentVersion, today: localDate() })}
        onDownload={downloadTextFile}
        onPrint={() => window.print()}
        onClearAll={async () => {
          await clearAllContacts();
          await main();
        }}
      />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
}

void main();
