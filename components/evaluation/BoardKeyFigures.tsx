import type { BoardFigures } from '../../utils/evaluation/board-report';
import { NUMERATORS_ONLY } from '../../utils/evaluation/data-dictionary';
import { boardCount as n, boardRate as pct } from './board-counts';

/** One published count, with its share of `of` when given. */
function Figure({ id, label, count, of }: { id: string; label: string; count: number; of?: number }) {
  return (
    <div data-board={id}>
      <dt>{label}</dt>
      <dd>
        {n(count)}
        {of !== undefined && (
          <>
            {' '}
            <span class="board-report__rate">({pct(count, of)})</span>
          </>
        )}
      </dd>
    </div>
  );
}

/** The board report's headline counts and rates, all published figures. */
export function BoardKeyFigures({ figures: f }: { figures: BoardFigures }) {
  return (
    <section aria-labelledby="board-totals">
      <h3 id="board-totals">Key figures</h3>
      <dl class="board-report__totals">
        <Figure id="contacts" label="Conversations logged" count={f.contacts} />
        <Figure id="signposted" label="Signposted" count={f.signposted} of={f.contacts} />
        <Figure id="referral-offered" label="Referral offered" count={f.referralOffered} of={f.contacts} />
        <Figure id="referral-accepted" label="Referral accepted" count={f.referralAccepted} of={f.contacts} />
        <Figure id="said-will-contact" label="Said they would contact the service" count={f.saidWillContact} />
      </dl>
      <p class="board-report__note">
        Rates are shares of the conversations logged, not of everyone seen. {NUMERATORS_ONLY.split('. ')[0]}. So that this report can be
        shared outside the organisation, counts of 1 to 7 are shown as * and every other count is rounded to the nearest 5 (NHS Digital's
        rule, as in the publishable summary); rates are worked out from those figures.
      </p>
    </section>
  );
}
