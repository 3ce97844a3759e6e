import { useEffect, useRef, useState } from 'preact/hooks';
import type { Topic } from '../utils/content/content-schema';

/** What the popup needs of a topic: its buttons name it, nothing more. */
export type PopupTopic = Pick<Topic, 'id' | 'title'>;
import type { PageLogResult } from '../utils/contacts/page-actions';
import type { RefineResult, Refinement } from '../utils/contacts/refine-contact';
import type { RefinementChoices } from '../utils/contacts/refinement-options';
import { DEFAULT_LEVEL } from '../utils/contacts/contact-record';
import { RefinePanel } from './RefinePanel';
import { useUndoWindow } from './use-undo-window';
import { keptFieldsSentence } from '../utils/contacts/kept-fields';

export interface PopupProps {
  topics: PopupTopic[];
  /** Null while the log is still being read: the button works at once, the count follows. */
  todayCount: number | null;
  /** Set when the organisation turned logging off. */
  disabledReason: string | null;
  onLog: (topicId: string | null) => Promise<PageLogResult>;
  onUndo: (id: string) => Promise<number>;
  /** The one-tap refinements policy leaves on; without them (or onRefine) none are offered. */
  refinements?: RefinementChoices;
  onRefine?: (id: string, refinement: Refinement) => Promise<RefineResult>;
  onOpenSidebar: () => void;
  onOpenEvaluation: () => void;
  onOpenSettings: () => void;
  /** From policy: whether the hour is kept, so the privacy line says what is really kept (docs/privacy.md). */
  dateGranularity: 'day' | 'hour';
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'unknown error');

/**
 * The toolbar popup: one click logs a contact (optionally with a topic) at once, as a
 * very brief intervention; then optional one-tap refinements, a few seconds to undo,
 * today's count. Nothing typed, nothing about the page.
 */
export function Popup(props: PopupProps) {
  const { topics, todayCount, disabledReason, onLog, onUndo, onOpenSidebar, onOpenEvaluation, onOpenSettings, refinements, onRefine } =
    props;
  const [count, setCount] = useState(todayCount);
  // The popup draws before the log is read (its 100 ms budget); take the count when it arrives.
  useEffect(() => {
    if (todayCount !== null) setCount((shown) => shown ?? todayCount);
  }, [todayCount]);
  const [logged, setLogged] = useUndoWindow();
  // The contact the refinements apply to: stays after the undo window, until the next log.
  const [refining, setRefining] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const primary = useRef<HTMLButtonElement>(null);

  useEffect(() => primary.current?.focus(), []);

  const log = (topic: PopupTopic | null) => {
    setBusy(true);
    onLog(topic?.id ?? null)
      .then((result) => {
        if (!result.ok) return setMessage(result.reason);
        const label = topic ? `Contact logged: ${topic.title}` : 'Contact logged';
        setCount(result.todayCount);
        setLogged({ id: result.id, label });
        setRefining(result.id);
        setMessage(`${label}. Today: ${result.todayCount}.`);
      })
      // A failure before the save (reading settings, say) still gets a reason, never silence.
      .catch((error: unknown) => setMessage(`The contact could not be saved (${errorName(error)}). Try again.`))
      .finally(() => setBusy(false));
  };
  const undo = () => {
    if (!logged) return;
    const { id } = logged;
    setLogged(null);
    setRefining(null);
    onUndo(id).then(
      (n) => {
        setCount(n);
        setMessage(`Undone. Today: ${n}.`);
        primary.current?.focus();
      },
      (error: unknown) => setMessage(`Could not undo (${errorName(error)}): the contact is still logged.`),
    );
  };

  // <main>: the whole popup is one landmark, so screen-reader landmark navigation finds it.
  return (
    <main class="popup">
      <h1 class="popup__title">Making Every Contact Count</h1>
      {/* At the top: in the 600 px popup, links under the topic buttons were off screen. */}
      <nav class="popup__links" aria-label="MECC pages">
        <button type="button" class="link-button" onClick={onOpenSidebar}>
          Open the sidebar
        </button>
        <button type="button" class="link-button" onClick={onOpenEvaluation}>
          Evaluation
        </button>
        <button type="button" class="link-button" onClick={onOpenSettings}>
          Settings
        </button>
      </nav>
      {disabledReason ? (
        <p class="popup__notice">{disabledReason}</p>
      ) : (
        <>
          <button ref={primary} type="button" class="button popup__log" disabled={busy} onClick={() => log(null)}>
            Log contact
          </button>
          {/* The confirmation right under the button that was pressed. */}
          <p class="popup__status" role="status">
            {message}
          </p>
          <p class="popup__count">
            Today: <strong data-testid="today-count">{count ?? '…'}</strong> {count === 1 ? 'contact' : 'contacts'}
          </p>
          <div class="popup__undo">
            {logged && (
              <button type="button" class="button button--secondary" onClick={undo}>
                Undo<span class="visually-hidden"> {logged.label.toLowerCase()}</span>
              </button>
            )}
          </div>
          {refining && refinements && onRefine && (
            <RefinePanel
              key={refining}
              contactId={refining}
              initial={{ level: DEFAULT_LEVEL, outcome: null, intention: false }}
              choices={refinements}
              onRefine={onRefine}
              idPrefix="popup"
            />
          )}
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
      <p class="popup__privacy">{keptFieldsSentence(props.dateGranularity)}</p>
    </main>
  );
}
