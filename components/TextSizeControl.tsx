import { useEffect } from 'preact/hooks';
import { TEXT_SIZES, type TextSize } from '../utils/settings/setting-definitions';

export interface TextSizeControlProps {
  value: TextSize;
  /** Set by the organisation's policy: shown, not changeable. */
  locked?: boolean;
  onChange: (size: TextSize) => void;
}

/**
 * A− and A+ for the sidebar's text, 90 % to 175 %. Browser zoom does not reach Chrome's
 * side panel, so the panel scales its own root size: every text size in the sidebar's CSS
 * is in rem, so all of it grows together (WCAG 1.4.4).
 */
export function TextSizeControl({ value, locked = false, onChange }: TextSizeControlProps) {
  useEffect(() => {
    document.documentElement.style.fontSize = `${value}%`;
  }, [value]);
  const at = TEXT_SIZES.indexOf(value);
  const step = (by: number) => {
    const next = TEXT_SIZES[at + by];
    if (next !== undefined) onChange(next);
  };
  return (
    <div class="text-size" role="group" aria-label="Text size">
      <button type="button" class="text-size__button" disabled={locked || at <= 0} onClick={() => step(-1)}>
        A−<span class="visually-hidden"> (smaller text)</span>
      </button>
      <span class="text-size__value" aria-live="polite">
        {value}%
      </span>
      <button type="button" class="text-size__button" disabled={locked || at >= TEXT_SIZES.length - 1} onClick={() => step(1)}>
        A+<span class="visually-hidden"> (larger text)</span>
      </button>
    </div>
  );
}
