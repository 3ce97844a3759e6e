import { render } from 'preact';
import { EvaluationView } from '../../components/EvaluationView';
import { downloadTextFile } from '../../utils/browser/download';
import { exportOrganisation } from '../../utils/contacts/export-files';
import { contentVersionLabel } from '../../utils/contacts/log-contact';
import { localDate } from '../../utils/contacts/new-contact';
import { clearAllContacts, listContacts, listDamagedContacts } from '../../utils/db/contacts-store';
import { currentContent } from '../../utils/feed/current-content';
import { contactSettingsFrom } from '../../utils/settings/contact-settings';
import { currentSettings } from '../../utils/settings/current-settings';
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
        records={records}
        damaged={damaged}
        topics={new Map(content.topics.map((t) => [t.id, t.title]))}
        services={new Map(content.services.map((s) => [s.id, s.name]))}
        today={localDate()}
        organisation={exportOrganisation(contactSettingsFrom(resolved.settings))}
        contentVersion={contentVersion}
        modelledImpact={{ on: resolved.settings.modelledImpact, locked: resolved.locked.has('modelledImpact') }}
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
