/** The contact log as the popup and the sidebar use it, shaped for their props. */
import type { ContactOutcome, LoggedVia } from './contact-record';
import { contactSettingsFrom } from '../settings/contact-settings';
import type { ResolvedSettings } from '../settings/resolve-settings';
import { currentContactSettings, logContact, todayCount, undoContact } from './log-contact';

export type PageLogResult = { ok: true; id: string; todayCount: number } | { ok: false; reason: string };

export interface PageLogRequest {
  topics: string[];
  services: string[];
  outcome?: ContactOutcome;
}

/** Pass the settings a page already resolved, to avoid reading storage twice on open. */
export async function loggingState(resolved?: ResolvedSettings): Promise<{ todayCount: number; disabledReason: string | null }> {
  const settings = resolved ? contactSettingsFrom(resolved.settings) : await currentContactSettings();
  return {
    todayCount: await todayCount(),
    disabledReason: settings.loggingEnabled ? null : 'Contact logging is turned off by your organisation.',
  };
}

export async function logFromPage(via: LoggedVia, request: PageLogRequest): Promise<PageLogResult> {
  // Field by field: a label or any other text the UI holds never reaches the record.
  const result = await logContact({ via, topics: request.topics, services: request.services, outcome: request.outcome });
  return result.ok ? { ok: true, id: result.record.id, todayCount: result.todayCount } : result;
}

export const undoFromPage = undoContact;
