import { useState } from 'preact/hooks';
import type { ContentState } from '../utils/feed/load-content';
import type { UpdateSummary } from '../utils/feed/update-summary';
import { formatDate } from './format-date';

export interface StatusLineProps {
  state: ContentState;
  onCheck: () => Promise<UpdateSummary>;
}

const day = (iso: string) => formatDate(iso.slice(0, 10));

/**
 * Where the content came from and how fresh it is. A failed update is shown as
 * a failed update beside the content still in use, never as "no content".
 */
export function StatusLine({ state, onCheck }: StatusLineProps) {
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState('');
  const check = () => {
    setChecking(true);
    setResult('');
    onCheck().then(
      (summary) => setResult(summary.lines.join('. ')),
      () => setResult('Could not check for updates. Try again later.'),
    ).finally(() => setChecking(false));
  };
  const problem = state.problems[0];
  const { main } = state;

  return (
    <section class="status" aria-label="Content status" data-origin={state.origin}>
      <p class="status__line">
        {main ? (
          <>
            Content version {main.version}, issued {day(main.issued)}
            <span class="status__origin"> · from the signed feed</span>
          </>
        ) : (
          <>Built-in content</>
        )}
        {state.overlays.map((o) => (
          <span key={o.source} class="status__origin">
            {' '}
            · {o.source.replace(/^overlay:/, '')} local content version {o.version}
          </span>
        ))}
      </p>
      {main?.outOfDate && (
        <p class="status__warning">
          Out of date: this content expired on {day(main.expires)}. It is still shown; check with your MECC lead before
          relying on it.
        </p>
      )}
      {problem && (
        <p class="status__warning" data-problem={problem.source}>
          Last update failed: {problem.message}. The content shown is the last good version.
        </p>
      )}
      <button type="button" class="link-button status__check" onClick={check} disabled={checking}>
        {checking ? 'Checking for updates…' : 'Check for updates'}
      </button>
      <p class="status__result" aria-live="polite">
        {result}
      </p>
    </section>
  );
}
