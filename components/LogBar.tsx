import { useEffect, useState } from 'preact/hooks';
import type { PageLogResult } from '../utils/contacts/page-actions';
import type { HandoverMethod } from '../utils/copy/handover';
import { useUndoWindow } from './use-undo-window';
import { RefinePanel } from './RefinePanel';
import { DEFAULT_LEVEL } from '../utils/contacts/contact-record';
import type { RefineResult, Refinement } from '../utils/contacts/refine-contact';
import type { RefinementChoices } from '../utils/contacts/refinement-options';

export interface LogRequest {
  topics: string[];
  services: string[];
  outcome?: 'signposted';
  /** How the service was handed over; only the method, never who to. */
  handover?: HandoverMethod;
  /** BCP 47 code, only when translated material was handed over. */
  handoverLanguage?: string;
  /** What the confirmation says, e.g. "signposting to Samaritans". */
  label: string;
}

export interface LogBarProps {
  /** What was just done here ("StreetLink London details copied"): shown, not re-announced. */
  notice?: string;
  /** Offered after copying a service: one click logs the signposting. */
  offer: LogRequest | null;
  /** Set by "Log this conversation" in a message: logged straight away. */
  request: LogRequest | null;
  onLog: (request: LogRequest) => Promise<PageLogResult>;
  onUndo: (id: string) => Promise<unknown>;
  /** The offer or request was used (logged, or the log refused): it is not offered again. */
  onLogged: () => void;
  /** "Not now" or "Done": the bar goes away. */
  onDismiss: () => void;
  /** The one-tap refinements policy leaves on; without them (or onRefine) none are offered. */
  refinements?: RefinementChoices;
  onRefine?: (id: string, refinement: Refinement) => Promise<RefineResult>;
}

/**
 * Logging from the sidebar, with the same few seconds to undo as the popup. It sits in
 * the page flow where the log happened (under the card or button), never fixed over
 * the content: a fixed bar hid the message being read and the last card's buttons.
 * It closes with Done, and the sidebar clears it on the next search.
 */
export function LogBar({ notice, offer, request, onLog, onUndo, onLogged, onDismiss, refinements, onRefine }: LogBarProps) {
  const [logged, setLogged] = useUndoWindow();
  const [message, setMessage] = useState('');
  // The contact the refinements apply to: stays after the undo window, until Done or the next search.
  const [refining, setRefining] = useState<{ id: string; signposted: boolean } | null>(null);

  const log = (r: LogRequest) =>
    onLog(r).then((result) => {
      if (result.ok) {
        setLogged({ id: result.id, label: r.label });
        setRefining({ id: result.id, signposted: r.outcome === 'signposted' });
        setMessage(`Logged: ${r.label}. Today: ${result.todayCount}.`);
      } else {
        setMessage(result.reason);
      }
      onLogged();
    });

  useEffect(() => {
    if (request) void log(request);
  }, [request]);

  const done = (
    <button type="button" class="button button--secondary log-bar__done" onClick={onDismiss}>
      Done
    </button>
  );
  return (
    <div class="log-bar" data-testid="log-bar">
      {notice && (
        // The live region has already said it; this is the same words for the eye.
        <p class="log-bar__notice" aria-hidden="true">
          {notice}
        </p>
      )}
      {offer && !logged && (
        <p class="log-bar__offer">
          <button type="button" class="button" onClick={() => void log(offer)}>
            Log {offer.label}
          </button>{' '}
          <button type="button" class="link-button" onClick={onDismiss}>
            Not now
          </button>
        </p>
      )}
      <p class="log-bar__status" role="status">
        {message}
      </p>
      {(logged || refining) && (
        <p class="log-bar__row">
          {logged && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                const { id } = logged;
                setLogged(null);
                setRefining(null);
                void onUndo(id).then(() => setMessage('Undone.'));
              }}
            >
              Undo<span class="visually-hidden"> {logged.label}</span>
            </button>
          )}
          {done}
        </p>
      )}
      {refining && refinements && onRefine && (
        <RefinePanel
          key={refining.id}
          contactId={refining.id}
          initial={{ level: DEFAULT_LEVEL, outcome: refining.signposted ? 'signposted' : null, intention: false }}
          choices={refinements}
          onRefine={onRefine}
          idPrefix="sidebar"
        />
      )}
    </div>
  );
}
