/**
 * The urgent card and its place on the results page: first, above the best match, with
 * its crisis message directly below it and not repeated among the messages.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ResultList } from '../../../components/ResultList';
import { UrgentCard } from '../../../components/UrgentCard';
import { bundledContent } from '../../../utils/content/bundled-content';
import { copyUrgentRoute } from '../../../utils/copy/copy-formats';
import { urgentLocalSteps } from '../../../utils/urgent/urgent-local-steps';
import { buildIndex } from '../../../utils/search/build-index';
import { runSearch, type SearchResults } from '../../../utils/search/run-search';
import { renderRoot } from '../../fixtures/render-root';

const content = bundledContent();
const index = buildIndex(content);
const suicide = content.urgentRoutes.find((r) => r.id === 'suicide-self-harm')!;

const rootOf = renderRoot();
const messages = new Map(content.messages.map((m) => [m.id, m]));

function showResults(results: SearchResults) {
  act(() =>
    render(
      <ResultList
        results={results}
        messages={messages}
        services={new Map(content.services.map((s) => [s.id, s]))}
        areas={content.areas}
        topics={content.topics}
        topicCounts={{}}
        borough={null}
        onOpenTopic={() => {}}
        renderMessage={(m) => <article data-id={m.id}>{m.title}</article>}
        onCopyService={() => {}}
      />,
      rootOf(),
    ),
  );
  return rootOf();
}

describe('UrgentCard', () => {
  it('shows every step with its number as a tel: link and its source, and copies the steps', () => {
    const onCopy = vi.fn();
    act(() => render(<UrgentCard route={suicide} onCopy={onCopy} />, rootOf()));
    const card = rootOf().querySelector('article.urgent-card')!;
    expect(card.querySelector('h2')!.textContent).toBe(`Urgent: ${suicide.title}`);
    const tels = [...card.querySelectorAll<HTMLAnchorElement>('.urgent-card__phone a')].map((a) => a.getAttribute('href'));
    expect(tels).toEqual(['tel:999', 'tel:111', 'tel:116123']);
    expect(card.querySelectorAll('.urgent-card__source a')).toHaveLength(suicide.steps.length);
    act(() => card.querySelector<HTMLButtonElement>('button')!.click());
    expect(onCopy).toHaveBeenCalledWith(suicide, []);
    expect(copyUrgentRoute(suicide).text).toContain('116 123');
  });

  it("gives the borough's own crisis route as the second step, and copies it with the rest", () => {
    const child = content.urgentRoutes.find((r) => r.id === 'child-at-risk')!;
    const local = urgentLocalSteps(content, child, 'southwark');
    const onCopy = vi.fn();
    act(() => render(<UrgentCard route={child} local={local} onCopy={onCopy} />, rootOf()));
    const tels = [...rootOf().querySelectorAll<HTMLAnchorElement>('.urgent-card__phone a')].map((a) => a.getAttribute('href'));
    const mash = content.services.find((s) => s.id === 'southwark-childrens-mash')!;
    expect(tels).toEqual(['tel:999', `tel:${mash.phone!.replace(/\s/g, '')}`, 'tel:08088005000']);
    expect(rootOf().querySelectorAll('.urgent-card__step')[1]!.textContent).toContain(mash.name);
    act(() => rootOf().querySelector<HTMLButtonElement>('.urgent-card button')!.click());
    expect(onCopy).toHaveBeenCalledWith(child, local);
    expect(copyUrgentRoute(child, local).text.split('\n')[2]).toContain(mash.name);
  });

  it('comes first on the results page, its crisis message next and once only', () => {
    const root = showResults(runSearch(index, 'suicidal', { borough: null }));
    const cards = [...root.querySelectorAll('article')];
    expect(cards[0]!.className).toBe('urgent-card');
    expect(cards[1]!.getAttribute('data-id')).toBe(suicide.message);
    expect(root.querySelectorAll(`article[data-id="${suicide.message}"]`)).toHaveLength(1);
  });

  it('stays above the "nothing found" page too', () => {
    const results = runSearch(index, 'stabbed', { borough: null });
    expect(results.urgent?.route.id).toBe('violence-now');
    const root = showResults({ ...results, best: null, messages: [], services: [], others: [] });
    expect(root.querySelector('article')!.className).toBe('urgent-card');
  });
});
