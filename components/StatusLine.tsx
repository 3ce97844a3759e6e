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
    onCheck()
      .then(
        (summary) => setResult(summary.lines.join('. ')),
        () => setResult('Could not check for updates. Try again later.'),
      )
      .finally(() => setChecking(false));
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
        <p class="status__warning" data-out-of-date="main">
          Out of date: this content expired on {day(main.expires)}.{' '}
          {main.pastGrace
            ? 'Crisis lines, seasonal advice and amounts are hidden until it is updated; check with your MECC lead.'
            : 'It is still shown; check with your MECC lead before relying on it.'}
        </p>
      )}
      {state.overlays
        .filter((o) => o.outOfDate)
        .map((o) => (
          <p key={o.source} class="status__warning" data-out-of-date={o.source}>
            Out of date: the {o.source.replace(/^overlay:/, '')} local content expired on {day(o.expires)}.{' '}
            {o.dropped ? 'It is no longer shown.' : 'It is still shown; check with your MECC lead before relying on it.'}
          </p>
        ))}
      {[main, ...state.overlays].some((f) => f?.clockBehind) && (
        <p class="status__warning">This computer's clock seems to be wrong (behind the content's issue date): ask IT to check it.</p>
      )}
      {main && main.reviewOverdue > 0 && !main.outOfDate && (
        <p class="status__warning">
          {main.reviewOverdue} item{main.reviewOverdue === 1 ? ' is' : 's are'} past {main.reviewOverdue === 1 ? 'its' : 'their'} review
          date: check the details before relying on them.
        </p>
      )}
      {problem?.source === 'database' ? (
        <p class="status__warning" data-problem="database">
          Update needed: {problem.message}. The built-in content is shown, and contacts cannot be saved until then.
        </p>
      ) : (
        problem && (
          <p class="status__warning" data-problem={problem.source}>
            Last update failed: {problem.message}. The content shown is the last good version.
          </p>
        )
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
