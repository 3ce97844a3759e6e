import { useEffect, useRef, useState } from 'preact/hooks';
import type { Topic } from '../utils/content/content-schema';
import type { PageLogResult } from '../utils/contacts/page-actions';
import { useUndoWindow } from './use-undo-window';


export interface PopupProps {
  topics: Topic[];
  todayCount: number;
  /** Set when the organisation turned logging off. */
  disabledReason: string | null;
  onLog: (topicId: string | null) => Promise<PageLogResult>;
  onUndo: (id: string) => Promise<number>;
  onOpenSidebar: () => void;
  onOpenEvaluation: () => void;
  onOpenSettings: () => void;
}


/**
 * The toolbar popup: one click logs a contact (optionally with a topic), a few
 * seconds to undo, today's count. Nothing typed, nothing about the page.
 */
export function Popup({ topics, todayCount, disabledReason, onLog, onUndo, onOpenSidebar, onOpenEvaluation, onOpenSettings }: PopupProps) {
  const [count, setCount] = useState(todayCount);
  const [logged, setLogged] = useUndoWindow();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const primary = useRef<HTMLButtonElement>(null);

  useEffect(() => primary.current?.focus(), []);

  const log = (topic: Topic | null) => {
    setBusy(true);
    onLog(topic?.id ?? null)
      .then((result) => {
        if (!result.ok) return setMessage(result.reason);
        const label = topic ? `Contact logged: ${topic.title}` : 'Contact logged';
        setCount(result.todayCount);
        setLogged({ id: result.id, label });
        setMessage(`${label}. Today: ${result.todayCount}.`);
      })
      .finally(() => setBusy(false));
  };
  const undo = () => {
    if (!logged) return;
    const { id } = logged;
    setLogged(null);
    onUndo(id).then((n) => {
      setCount(n);
      setMessage(`Undone. Today: ${n}.`);
      primary.current?.focus();
    });
  };

  return (
    <div class="popup">
      <h1 class="popup__title">Making Every Contact Count</h1>
      {disabledReason ? (
        <p class="popup__notice">{disabledReason}</p>
      ) : (
        <>
          <button ref={primary} type="button" class="button popup__log" disabled={busy} onClick={() => log(null)}>
            Log contact
          </button>
          <p class="popup__count">
            Today: <strong data-testid="today-count">{count}</strong> {count === 1 ? 'contact' : 'contacts'}
          </p>
          <div class="popup__undo">
            {logged && (
              <button type="button" class="button button--secondary" onClick={undo}>
                Undo<span class="visually-hidden"> {logged.label.toLowerCase()}</span>
              </button>
            )}
          </div>
          <h2 class="popup__subtitle" id="topic-log-heading">
            Log with a topic
          </h2>
          <ul class="popup__topics" aria-labelledby="topic-log-heading">
            {topics.map((t) => (
              <li key={t.id}>
                <button type="button" class="popup__topic" disabled={busy} onClick={() => log(t)}>
                  <span class="visually-hidden">Log contact: </span>
                  {t.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="popup__status" role="status">
        {message}
      </p>
      <p class="popup__privacy">Only the date and topic are kept: nothing about the person, the page or you.</p>
      <div class="popup__links">
        <button type="button" class="link-button" onClick={onOpenSidebar}>
          Open the sidebar
        </button>
        <button type="button" class="link-button" onClick={onOpenEvaluation}>
          Evaluation
        </button>
        <button type="button" class="link-button" onClick={onOpenSettings}>
          Settings
        </button>
      </div>
    </div>
  );
}
