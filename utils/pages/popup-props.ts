/**
 * The popup's props (the side panel's are in page-props.ts): its first frame needs only the
 * settings and the topic buttons, so the contact log (IndexedDB and the logging code) is
 * imported after it, when the count is read or a button is pressed (issue 18: nothing but the
 * count and the Log button on the popup's critical path).
 */
import type { LoggingState } from '../contacts/page-actions';
import type { RefineResult, Refinement } from '../contacts/refine-contact';
import { sendMessage } from '../browser/messages';
import type { ResolvedSettings } from '../settings/resolve-settings';

const pageActions = () => import('../contacts/page-actions');

/** Today's count and what policy allows, read from the log after the first frame. */
export async function popupLoggingState(resolved: ResolvedSettings): Promise<LoggingState> {
  return (await pageActions()).loggingState(resolved);
}

/** The popup, before the log is read (`state` empty: the button works, the count follows) and after. */
export function popupProps(state: Partial<LoggingState>) {
  const notify = () => void sendMessage('contacts:changed');
  return {
    todayCount: state.todayCount ?? null,
    disabledReason: state.disabledReason ?? null,
    refinements: state.refinements,
    onLog: async (topic: string | null) =>
      (await pageActions()).logFromPage('popup', { topics: topic ? [topic] : [], services: [] }).finally(notify),
    onUndo: async (id: string) => (await pageActions()).undoFromPage(id).finally(notify),
    onRefine: async (id: string, refinement: Refinement): Promise<RefineResult> => (await pageActions()).refineFromPage(id, refinement),
  };
}
