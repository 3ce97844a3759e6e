/**
 * Resolved settings and content → each page's props: the one place a setting becomes a page's
 * input, so the entrypoints only wire (docs/architecture.md, 40 lines at most) and a new setting
 * is one line here and one test, not a squeeze in an entrypoint. Pure apart from the logging
 * callbacks, which tell the background after each change (badge, upload).
 */
import type { ContactRecord } from '../contacts/contact-record';
import type { DamagedRecord } from '../contacts/record-check';
import type { ContentBundle } from '../content/content-schema';
import { contactSettingsFrom } from '../settings/contact-settings';
import { exportOrganisation } from '../contacts/export-files';
import type { ContentState } from '../feed/load-content';
import { logFromPage, pageLogCallbacks, refineFromPage, undoFromPage, type LoggingState } from '../contacts/page-actions';
import { sendMessage } from '../browser/messages';
import type { ResolvedSettings } from '../settings/resolve-settings';
import { searchContent } from '../search/search-content';

/** The side panel's App: content, its search, the borough choice, logging. */
export function sidebarProps(resolved: ResolvedSettings, state: ContentState, logging: LoggingState) {
  const log = pageLogCallbacks('sidebar', logging);
  return {
    content: state.content,
    search: searchContent(state.content),
    initialBorough: resolved.settings.borough,
    boroughLocked: resolved.locked.has('borough'),
    onLog: log.onLog,
    onUndoLog: log.onUndo,
    refinements: log.refinements,
    onRefineLog: log.onRefine,
  };
}

/** The popup, before the log is read (`state` empty: the button works, the count follows) and after. */
export function popupProps(state: Partial<LoggingState>) {
  const notify = () => void sendMessage('contacts:changed');
  return {
    todayCount: state.todayCount ?? null,
    disabledReason: state.disabledReason ?? null,
    refinements: state.refinements,
    onLog: (topic: string | null) => logFromPage('popup', { topics: topic ? [topic] : [], services: [] }).finally(notify),
    onUndo: (id: string) => undoFromPage(id).finally(notify),
    onRefine: refineFromPage,
  };
}

export interface EvaluationData {
  records: readonly ContactRecord[];
  damaged: readonly DamagedRecord[];
  contentVersion: string;
  today: string;
}

/** The evaluation page: the log, the names to show for ids, and what policy adds to reports. */
export function evaluationProps(resolved: ResolvedSettings, content: ContentBundle, data: EvaluationData) {
  return {
    ...data,
    topics: new Map(content.topics.map((t) => [t.id, t.title])),
    services: new Map(content.services.map((s) => [s.id, s.name])),
    organisation: exportOrganisation(contactSettingsFrom(resolved.settings)),
    modelledImpact: { on: resolved.settings.modelledImpact, locked: resolved.locked.has('modelledImpact') },
  };
}
