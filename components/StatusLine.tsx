import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ContentState } from '../utils/feed/load-content';
import type { UpdateSummary } from '../utils/feed/update-summary';
import { formatDate } from './format-date';

export interface StatusLineProps {
  state: ContentState;
  onCheck: () => Promise<UpdateSummary>;
}

const day = (iso: string) => formatDate(iso.slice(0, 10));

/** Which feed failed: an overlay's failure must not read as the main feed's, or IT looks for the fault in the wrong feed. */
const failedFeed = (source: string) =>
  source.startsWith('overlay:') ? `Last update of the ${source.slice('overlay:'.length)} local content failed` : 'Last update failed';

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

  // Every warning in full under "Details"; the first, shortened, is the one line in view, so a warning never pushes the search down.
  const warnings: Array<{ key: string; short: string; full: ComponentChildren }> = [];
  if (main?.outOfDate)
    warnings.push({
      key: 'main',
      short: `Content out of date (expired ${day(main.expires)}): check with your MECC lead`,
      full: (
        <p data-out-of-date="main">
          Out of date: this content expired on {day(main.expires)}.{' '}
          {main.pastGrace
            ? 'Crisis lines, seasonal advice and amounts are hidden until it is updated; check with your MECC lead.'
            : 'It is still shown; check with your MECC lead before relying on it.'}
        </p>
      ),
    });
  for (const o of state.overlays.filter((o) => o.outOfDate)) {
    const name = o.source.replace(/^overlay:/, '');
    warnings.push({
      key: o.source,
      short: `The ${name} local content is out of date`,
      full: (
        <p data-out-of-date={o.source}>
          Out of date: the {name} local content expired on {day(o.expires)}.{' '}
          {o.dropped ? 'It is no longer shown.' : 'It is still shown; check with your MECC lead before relying on it.'}
        </p>
      ),
    });
  }
  if ([main, ...state.overlays].some((f) => f?.clockBehind))
    warnings.push({
      key: 'clock',
      short: "This computer's clock seems to be wrong",
      full: <p>This computer's clock seems to be wrong (behind the content's issue date): ask IT to check it.</p>,
    });
  if (main && main.reviewOverdue > 0 && !main.outOfDate)
    warnings.push({
      key: 'review',
      short: `${main.reviewOverdue} item${main.reviewOverdue === 1 ? ' is' : 's are'} past review`,
      full: (
        <p>
          {main.reviewOverdue} item{main.reviewOverdue === 1 ? ' is' : 's are'} past {main.reviewOverdue === 1 ? 'its' : 'their'} review
          date: check the details before relying on them.
        </p>
      ),
    });
  if (problem)
    warnings.push(
      problem.source === 'database'
        ? {
            key: 'problem',
            short: 'Update needed: contacts cannot be saved',
            full: (
              <p data-problem="database">
                Update needed: {problem.message}. The built-in content is shown, and contacts cannot be saved until then.
              </p>
            ),
          }
        : {
            key: 'problem',
            short: `${failedFeed(problem.source)}: the content shown is the last good version`,
            full: (
              <p data-problem={problem.source}>
                {failedFeed(problem.source)}: {problem.message}. The content shown is the last good version.
              </p>
            ),
          },
    );

  return (
    <section class="status" aria-label="Content status" data-origin={state.origin}>
      {warnings.length > 0 && (
        <details class="status__warning">
          <summary>
            <span aria-hidden="true">⚠ </span>
            {warnings[0]!.short}
            {warnings.length > 1 ? ` (+${warnings.length - 1} more)` : ''} <span class="status__details">Details</span>
          </summary>
          {warnings.map((w) => (
            <Fragment key={w.key}>{w.full}</Fragment>
          ))}
        </details>
      )}
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
        ))}{' '}
        ·{' '}
        <button type="button" class="link-button status__check" onClick={check} disabled={checking}>
          {checking ? 'Checking for updates…' : 'Check for updates'}
        </button>
      </p>
      <p class="status__result" aria-live="polite">
        {result}
      </p>
    </section>
  );
}
