import { EvaluationView } from '../../components/evaluation/EvaluationView';
import { renderPage } from '../../components/render-page';
import { downloadTextFile } from '../../utils/browser/download';
import { loadEvaluationData } from '../../utils/evaluation/evaluation-data';
import { clearAllContacts } from '../../utils/db/contacts-store';
import '../../components/base.css';
import '../../components/sidebar.css';
import '../../components/forced-colours.css';
import '../../components/evaluation/evaluation.css';
import '../../components/evaluation/data-table.css';
import '../../components/evaluation/weekly-chart.css';
import '../../components/evaluation/top-services.css';
import '../../components/evaluation/clear-all-contacts.css';
import '../../components/evaluation/board-report.css';

/** The evaluation page (evaluation.html): loads the log, settings and labels, renders, wires downloads and print. */
async function main() {
  renderPage(
    'the evaluation page',
    <EvaluationView
      {...await loadEvaluationData()}
      onDownload={downloadTextFile}
      onPrint={() => window.print()}
      onClearAll={async () => {
        await clearAllContacts();
        await main();
      }}
    />,
  );
}

void main();
