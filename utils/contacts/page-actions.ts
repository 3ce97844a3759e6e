/** The contact log as the popup and the sidebar use it, shaped for their props. */
import type { ContactLevel, ContactOutcome, HandoverMethod, LoggedVia } from './contact-record';
import { contactSettingsFrom } from '../settings/contact-settings';
import type { ResolvedSettings } from '../settings/resolve-settings';
import { currentSettings } from '../settings/current-settings';
import { logContact, todayCount, undoContact } from './log-contact';
import { refineContact, type RefineResult, type Refinement } from './refine-contact';
import { refinementChoices, type RefinementChoices } from './refinement-options';
import { sendMessage } from '../browser/messages';

export type PageLogResult = { ok: true; id: string; todayCount: number } | { ok: false; reason: string };

export interface PageLogRequest {
  topics: string[];
  services: string[];
  level?: ContactLevel;
  outcome?: ContactOutcome;
  intention?: boolean;
  /** How a service was handed over before this log (link copied, QR shown, …). */
  handover?: HandoverMethod | HandoverMethod[];
}

export interface LoggingState {
  todayCount: number;
  disabledReason: string | null;
  /** The one-tap refinements policy leaves on. */
  refinements: RefinementChoices;
}

/** What the settings alone say about logging: all the sidebar needs (it shows no count), without opening the log. */
export function loggingPolicy(resolved: ResolvedSettings): Omit<LoggingState, 'todayCount'> {
  const contact = contactSettingsFrom(resolved.settings);
  return {
    disabledReason: contact.loggingEnabled ? null : 'Contact logging is turned off by your organisation.',
    refinements: refinementChoices(resolved.settings.hiddenRefinements ?? []),
  };
}

/** Pass the settings a page already resolved, to avoid reading storage twice on open. */
export async function loggingState(resolved?: ResolvedSettings): Promise<LoggingState> {
  const settings = resolved ?? (await currentSettings());
  return { ...loggingPolicy(settings), todayCount: await todayCount() };
}

export async function logFromPage(via: LoggedVia, request: PageLogRequest): Promise<PageLogResult> {
  // Field by field: a label or any other text the UI holds never reaches the record.
  const { topics, services, level, outcome, intention, handover } = request;
  const result = await logContact({ via, topics, services, level, outcome, intention, handover });
  if (!result.ok) return result;
  return { ok: true, id: result.record.id, todayCount: result.todayCount };
}

export function refineFromPage(id: string, refinement: Refinement): Promise<RefineResult> {
  return refineContact(id, refinement);
}

export const undoFromPage = (id: string): Promise<number> => undoContact(id);

/**
 * The logging callbacks a page hands its UI, with the background told after each change
 * (badge, upload): undefined `onLog` when the organisation turned logging off.
 */
export function pageLogCallbacks(via: LoggedVia, logging: Omit<LoggingState, 'todayCount'>) {
  const notify = () => void sendMessage('contacts:changed');
  return {
    onLog: logging.disabledReason ? undefined : (request: PageLogRequest) => logFromPage(via, request).finally(notify),
    onUndo: (id: string) => undoFromPage(id).finally(notify),
    refinements: logging.refinements,
    onRefine: refineFromPage,
  };
}
