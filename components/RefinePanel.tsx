import { useState } from 'preact/hooks';
import type { ContactLevel, ContactOutcome } from '../utils/contacts/contact-record';
import type { RefineResult, Refinement } from '../utils/contacts/refine-contact';
import { INTENTION_LABEL, LEVEL_LABELS, OUTCOME_LABELS, type RefinementChoices } from '../utils/contacts/refinement-options';

export interface RefineState {
  level: ContactLevel;
  outcome: ContactOutcome | null;
  intention: boolean;
}

export interface RefinePanelProps {
  /** The contact just logged. */
  contactId: string;
  initial: RefineState;
  choices: RefinementChoices;
  onRefine: (id: string, refinement: Refinement) => Promise<RefineResult>;
  /** Prefix for element ids (the popup and the sidebar can both be on screen). */
  idPrefix: string;
}

/**
 * One-tap refinements after the one click: the level, what was done, and whether the
 * person said they would contact the service. Each choice is a toggle button
 * (aria-pressed), saved at once; nothing to type. The log itself is already saved,
 * so ignoring this panel loses nothing.
 */
export function RefinePanel({ contactId, initial, choices, onRefine, idPrefix }: RefinePanelProps) {
  const [state, setState] = useState<RefineState>(initial);
  const [message, setMessage] = useState('');
  if (!choices.levels.length && !choices.outcomes.length && !choices.intention) return null;

  const save = (refinement: Refinement, next: RefineState, said: string) =>
    onRefine(contactId, refinement).then((result) => {
      if (result.ok) {
        setState(next);
        setMessage(`Saved: ${said}.`);
      } else {
        setMessage(result.reason);
      }
    });

  return (
    <div class="refine" role="group" aria-labelledby={`${idPrefix}-refine-heading`}>
      <p class="refine__heading" id={`${idPrefix}-refine-heading`}>
        Add detail (optional)
      </p>
      {choices.levels.length > 0 && (
        <div class="refine__group" role="group" aria-labelledby={`${idPrefix}-refine-level`}>
          <span class="refine__label" id={`${idPrefix}-refine-level`}>
            Level
          </span>
          {choices.levels.map((level) => (
            <button
              key={level}
              type="button"
              class="refine__chip"
              aria-pressed={state.level === level}
              onClick={() => void save({ level }, { ...state, level }, `${LEVEL_LABELS[level].toLowerCase()} conversation`)}
            >
              {LEVEL_LABELS[level]}
            </button>
          ))}
        </div>
      )}
      {choices.outcomes.length > 0 && (
        <div class="refine__group" role="group" aria-labelledby={`${idPrefix}-refine-outcome`}>
          <span class="refine__label" id={`${idPrefix}-refine-outcome`}>
            Outcome
          </span>
          {choices.outcomes.map((outcome) => {
            const on = state.outcome === outcome;
            return (
              <button
                key={outcome}
                type="button"
                class="refine__chip"
                aria-pressed={on}
                onClick={() =>
                  void save(
                    { outcome: on ? null : outcome },
                    { ...state, outcome: on ? null : outcome },
                    on ? 'no outcome recorded' : OUTCOME_LABELS[outcome].toLowerCase(),
                  )
                }
              >
                {OUTCOME_LABELS[outcome]}
              </button>
            );
          })}
        </div>
      )}
      {choices.intention && (
        <div class="refine__group">
          <button
            type="button"
            class="refine__chip refine__chip--wide"
            aria-pressed={state.intention}
            onClick={() =>
              void save(
                { intention: !state.intention },
                { ...state, intention: !state.intention },
                state.intention ? 'not said' : 'said they would contact the service',
              )
            }
          >
            {INTENTION_LABEL}
          </button>
        </div>
      )}
      <p class="refine__status" role="status">
        {message}
      </p>
    </div>
  );
}
