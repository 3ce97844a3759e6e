import { render } from 'preact';
import { EvaluationView } from '../../components/EvaluationView';
import { downloadTextFile } from '../../utils/browser/download';
import { contactsExportFile, exportOrganisation, weeklySummaryExportFile } from '../../utils/contacts/export-files';
import { localToday } from '../../utils/contacts/week';
import { clearAllContacts, listContacts } from '../../utils/db/contacts-store';
import { currentContent } from '../../utils/feed/current-content';
import { currentContactSettings } from '../../utils/contacts/log-contact';
import '../../components/sidebar.css';
import '../../components/evaluation.css';

/** The evaluation page (evaluation.html): loads the log, settings and labels, renders, wires downloads. */
async function main() {
  const [records, settings, { content }] = await Promise.all([listContacts(), currentContactSettings(), currentContent()]);
  const organisation = exportOrganisation(settings);
  const today = localToday();
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
