import { useEffect, useRef, useState } from 'preact/hooks';

export interface ClearAllContactsProps {
  /** How many contacts would go. */
  count: number;
  /** Deletes everything; rejects if nothing could be deleted. */
  onClearAll: () => Promise<void>;
}

type Step = 'idle' | 'confirming' | 'deleting';

const contacts = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'contact' : 'contacts'}`;

/**
 * Deleting the whole log takes two deliberate clicks: "Clear all contacts", then
 * "Yes, delete all N contacts" (the NHS.UK pattern for a destructive action: say
 * what will happen, name the number, offer Cancel). Focus moves to the question so
 * screen-reader users hear it, and back to the first button on Cancel or Escape.
 */
export function ClearAllContacts({ count, onClearAll }: ClearAllContactsProps) {
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const previous = useRef<Step>('idle');
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  useEffect(() => {
    if (step === 'confirming' && previous.current === 'idle') questionRef.current?.focus();
    if (step === 'idle' && previous.current === 'confirming') startRef.current?.focus();
    previous.current = step;
  }, [step]);

  const confirm = () => {
    setStep('deleting');
    setError('');
    onClearAll().then(
      () => mounted.current && setStep('idle'),
      () => {
        if (!mounted.current) return;
        setError('The contacts could not be deleted. Nothing was changed. Try again.');
        setStep('confirming');
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && step === 'confirming') {
      event.preventDefault();
      setStep('idle');
    }
  };

  if (step === 'idle') {
    return (
      <div class="clear-all">
        <p>
          This deletes every contact logged in this browser, including any waiting to be uploaded. Download the CSV first if you need to
          keep them.
        </p>
        <button type="button" class="button button--warning" ref={startRef} onClick={() => setStep('confirming')}>
          Clear all contacts
        </button>
      </div>
    );
  }
  return (
    <div class="clear-all clear-all--confirming" role="group" aria-labelledby="clear-all-question" onKeyDown={onKeyDown}>
      <h3 id="clear-all-question" class="clear-all__question" tabIndex={-1} ref={questionRef}>
        Delete all {contacts(count)}?
      </h3>
      <p>You cannot undo this. Contacts not yet uploaded will not be uploaded.</p>
      {error && (
        <p class="clear-all__error" role="alert">
          {error}
        </p>
      )}
      <div class="clear-all__actions">
        <button type="button" class="button button--warning" onClick={confirm} disabled={step === 'deleting'}>
          {step === 'deleting' ? 'Deleting…' : `Yes, delete all ${contacts(count)}`}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setStep('idle')} disabled={step === 'deleting'}>
          Cancel
        </button>
      </div>
    </div>
  );
}
