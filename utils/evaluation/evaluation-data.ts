/**
 * Everything the evaluation page shows, loaded in one place so its entrypoint only
 * renders and wires: the log (well-formed and damaged records), labels from the content
 * in use, the organisation from policy, and the modelled-impact setting.
 */
import type { EvaluationViewProps } from '../../components/evaluation/EvaluationView';
import { readContactLog } from '../db/contacts-store';
import { currentContent } from '../feed/current-content';
import { contactSettingsFrom } from '../settings/contact-settings';
import { currentSettings } from '../settings/current-settings';
import { exportOrganisation } from './export-files';
import { contentVersionLabel } from '../contacts/log-contact';
import { keptFieldsSentence } from '../contacts/kept-fields';
import { localDate } from '../contacts/new-contact';

export type EvaluationData = Omit<EvaluationViewProps, 'onDownload' | 'onPrint' | 'onClearAll'>;

export async function loadEvaluationData(): Promise<EvaluationData> {
  const resolved = await currentSettings();
  const [{ records, damaged }, { content }, contentVersion] = await Promise.all([
    readContactLog(),
    currentContent(resolved),
    contentVersionLabel(),
  ]);
  return {
    records,
    damaged,
    topics: new Map(content.topics.map((t) => [t.id, t.title])),
    services: new Map(content.services.map((s) => [s.id, s.name])),
    today: localDate(),
    organisation: exportOrganisation(contactSettingsFrom(resolved.settings)),
    contentVersion,
    modelledImpact: { on: resolved.settings.modelledImpact, locked: resolved.locked.has('modelledImpact') },
    keptFields: keptFieldsSentence(resolved.settings.dateGranularity),
  };
}
