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
  /** Offered after copying a service: one click logs the signposting. */
  offer: LogRequest | null;
  /** Set by "Log this conversation" in a message: logged straight away. */
  request: LogRequest | null;
  onLog: (request: LogRequest) => Promise<PageLogResult>;
  onUndo: (id: string) => Promise<unknown>;
  onDone: () => void;
  /** The one-tap refinements policy leaves on; without them (or onRefine) none are offered. */
  refinements?: RefinementChoices;
  onRefine?: (id: string, refinement: Refinement) => Promise<RefineResult>;
}

/** Logging from the sidebar, with the same few seconds to undo as the popup. */
export function LogBar({ offer, request, onLog, onUndo, onDone, refinements, onRefine }: LogBarProps) {
  const [logged, setLogged] = useUndoWindow();
  const [message, setMessage] = useState('');
  // The contact the refinements apply to: stays after the undo window, until the next log.
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
      onDone();
    });

  useEffect(() => {
    if (request) void log(request);
  }, [request]);

  return (
    <div class="log-bar">
      {offer && !logged && (
        <p class="log-bar__offer">
          <button type="button" class="button" onClick={() => void log(offer)}>
            Log {offer.label}
          </button>{' '}
          <button type="button" class="link-button" onClick={onDone}>
            Not now
          </button>
        </p>
      )}
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
      <p class="log-bar__status" role="status">
        {message}
      </p>
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
