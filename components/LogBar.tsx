import { useEffect, useState } from 'preact/hooks';
import type { PageLogResult } from '../utils/contacts/page-actions';
import type { HandoverMethod } from '../utils/copy/handover';
import { useUndoWindow } from './use-undo-window';

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
}

/** Logging from the sidebar, with the same few seconds to undo as the popup. */
export function LogBar({ offer, request, onLog, onUndo, onDone }: LogBarProps) {
  const [logged, setLogged] = useUndoWindow();
  const [message, setMessage] = useState('');

  const log = (r: LogRequest) =>
    onLog(r).then((result) => {
      if (result.ok) {
        setLogged({ id: result.id, label: r.label });
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
            void onUndo(id).then(() => setMessage('Undone.'));
          }}
        >
          Undo<span class="visually-hidden"> {logged.label}</span>
        </button>
      )}
      <p class="log-bar__status" role="status">
        {message}
      </p>
    </div>
  );
}
