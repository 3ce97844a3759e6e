import type { Message, Service } from '../utils/content/content-schema';
import { SLIP_MAX_SERVICES, slipHref } from '../utils/copy/slip-link';

export interface SlipPickerProps {
  /** Chosen services, in the order chosen. */
  services: Service[];
  /** The message open now: its "what to say" can go on the slip too. */
  message?: Message;
  onClear: () => void;
  withSay: boolean;
  onWithSay: (on: boolean) => void;
}

/** The slip page's address for what is chosen: one place, so the chip and the picker print the same. */
function hrefFor({ services, message, withSay }: Pick<SlipPickerProps, 'services' | 'message' | 'withSay'>) {
  return slipHref({ services: services.map((s) => s.id), message: message && withSay ? message.id : undefined });
}

/** "Slip (2) · Print" at the top of the panel while the slip is not empty. */
export function SlipChip(props: Pick<SlipPickerProps, 'services' | 'message' | 'withSay'>) {
  if (props.services.length === 0) return null;
  return (
    <a class="slip-chip" href={hrefFor(props)} target="_blank" rel="noopener" data-testid="slip-chip">
      Slip ({props.services.length}) · Print<span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/**
 * What is on the slip so far, and the way to print it. The slip opens in its own tab
 * (slip.html) where it is printed: the sidebar is too narrow to preview an A5 page.
 */
export function SlipPicker({ services, message, onClear, withSay, onWithSay }: SlipPickerProps) {
  if (services.length === 0) return null;
  const href = hrefFor({ services, message, withSay });
  return (
    <section class="slip-picker" aria-labelledby="slip-picker-title">
      <h2 id="slip-picker-title" class="slip-picker__title">
        Slip to print{' '}
        <span class="group-count">
          ({services.length} of {SLIP_MAX_SERVICES})
        </span>
      </h2>
      <ul class="slip-picker__list">
        {services.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
      {message && (
        <p class="slip-picker__say">
          <input id="slip-with-say" type="checkbox" checked={withSay} onChange={() => onWithSay(!withSay)} />{' '}
          <label for="slip-with-say">Include what to say: “{message.title}”</label>
        </p>
      )}
      <p class="card__actions">
        <a class="button" href={href} target="_blank" rel="noopener">
          Open slip to print<span class="visually-hidden"> (opens in a new tab)</span>
        </a>
        <button type="button" class="link-button" onClick={onClear}>
          Clear slip
        </button>
      </p>
    </section>
  );
}
