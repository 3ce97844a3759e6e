import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface DialogProps {
  /** Unique on the page: names the dialog for screen readers. */
  id: string;
  title: string;
  /** Called once the dialog has closed (Esc, the Close button); the opener puts focus back. */
  onClose: () => void;
  children: ComponentChildren;
  class?: string;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, Esc closes it and the
 * rest of the page is inert. Keys are kept inside it, so the result list's arrow and
 * letter shortcuts (and Esc's "back") do not fire behind it.
 */
export function Dialog({ id, title, onClose, children, class: className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const titleId = `${id}-title`;
  return (
    <dialog
      ref={ref}
      id={id}
      class={`dialog ${className ?? ''}`.trim()}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id={titleId} class="dialog__title">
        {title}
      </h2>
      {children}
      <p class="dialog__close">
        <button type="button" class="button button--secondary" onClick={() => ref.current?.close()}>
          Close
        </button>
      </p>
    </dialog>
  );
}
