import { render } from 'preact';
import { EvaluationView } from '../../components/EvaluationView';
import { downloadTextFile } from '../../utils/browser/download';
import { contactsExportFile, exportOrganisation, weeklySummaryExportFile } from '../../utils/contacts/export-files';
import { localDate } from '../../utils/contacts/new-contact';
import { clearAllContacts, listContacts } from '../../utils/db/contacts-store';
import { currentContent } from '../../utils/feed/current-content';
import { contactSettingsFrom } from '../../utils/settings/contact-settings';
import { currentSettings } from '../../utils/settings/current-settings';
import '../../components/sidebar.css';
import '../../components/evaluation.css';

/** The evaluation page (evaluation.html): loads the log, settings and labels, renders, wires downloads. */
async function main() {
  const resolved = await currentSettings();
  const [records, { content }] = await Promise.all([listContacts(), currentContent(resolved)]);
  const organisation = exportOrganisation(contactSettingsFrom(resolved.settings));
  const today = localDate();
  const topics = new Map(content.topics.map((t) => [t.id, t.title]));
  render(
    <EvaluationView
      records={records}
      topics={topics}
      services={new Map(content.services.map((s) => [s.id, s.name]))}
      today={today}
      organisation={organisation}
      onExportRaw={() => downloadTextFile(contactsExportFile(records, organisation, today))}
      onExportSummary={() => downloadTextFile(weeklySummaryExportFile(records, [...topics.keys()], organisation, today))}
      onClearAll={async () => {
        await clearAllContacts();
        await main();
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
