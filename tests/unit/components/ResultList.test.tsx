import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ResultList, type ResultListProps } from '../../../components/ResultList';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import type { SearchRecord } from '../../../utils/search/build-index';
import type { SearchHit, SearchResults } from '../../../utils/search/run-search';
import { useResultKeys } from '../../../components/use-result-keys';
import { FIRST_SCREENFUL } from '../../../components/use-first-screenful';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { renderRoot } from '../../fixtures/render-root';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));
const record = (kind: 'message' | 'service', id: string): SearchRecord => ({
  kind,
  id,
  title: id,
  keywords: [],
  organisation: '',
  topics: ['smoking'],
  area: 'national',
  order: 0,
});
const hit = (kind: 'message' | 'service', id: string, tier: SearchHit['tier'] = 2): SearchHit => ({
  record: record(kind, id),
  score: tier * 10,
  tier,
});
const results = (over: Partial<SearchResults>): SearchResults => ({
  query: 'quit',
  boroughs: [],
  best: null,
  messages: [],
  services: [],
  others: [],
  allWords: true,
  typos: false,
  suggestions: null,
  ...over,
});

const rootOf = renderRoot();
function show(r: SearchResults, extra: Partial<ResultListProps> = {}) {
  function WithKeys() {
    const onKeyDown = useResultKeys({ focusSearch: () => {}, activate: () => {}, copy: () => {} });
    return (
      <main onKeyDown={onKeyDown}>
        <ResultList
          results={r}
          messages={new Map(content.messages.map((m) => [m.id, m]))}
          services={new Map(content.services.map((s) => [s.id, s]))}
          areas={content.areas}
          topics={content.topics}
          topicCounts={{ smoking: 1 }}
          borough={null}
          onOpenTopic={extra.onOpenTopic ?? (() => {})}
          renderMessage={(m) => (
            <article data-nav data-result="message" data-id={m.id} tabIndex={0}>
              {m.title}
            </article>
          )}
          onCopyService={() => {}}
          {...extra}
        />
      </main>
    );
  }
  act(() => render(<WithKeys />, rootOf()));
}
const ids = () => [...rootOf().querySelectorAll<HTMLElement>('article')].map((a) => a.dataset.id);
const headings = () => [...rootOf().querySelectorAll('h2')].map((h) => h.textContent?.replace(/\s*\(\d+\)$/, ''));

describe('ResultList', () => {
  it('shows the best match above the messages, then the services', () => {
    show(
      results({
        best: hit('service', 'quit-line', 0),
        messages: [hit('message', 'stop-smoking')],
        services: [hit('service', 'camden-quit')],
      }),
    );
    expect(headings()).toEqual(['Best match', 'Messages', 'Services']);
    expect(ids()).toEqual(['quit-line', 'stop-smoking', 'camden-quit']);
  });

  it('draws a screenful of new results first, then the rest and "Other results" after that frame, counting all of them', async () => {
    const many = Array.from({ length: FIRST_SCREENFUL + 4 }, (_, i) => ({ ...content.messages[0]!, id: `message-${i}` }));
    const all = many.map((m) => hit('message', m.id));
    show(results({ messages: all, others: [hit('service', 'camden-quit', 4)] }), { messages: new Map(many.map((m) => [m.id, m])) });
    expect(rootOf().querySelectorAll('article[data-result="message"]').length).toBe(FIRST_SCREENFUL);
    expect(rootOf().querySelector('details')).toBeNull();
    expect(rootOf().querySelector('#messages-heading')!.textContent).toBe(`Messages (${all.length})`);
    await vi.waitFor(() => expect(rootOf().querySelectorAll('article[data-result="message"]').length).toBe(all.length));
    expect(rootOf().querySelector('summary')!.textContent).toBe('Other results (1)');
  });

  it('shares the first screenful between messages and the services below them, counting all of each', async () => {
    const svcs = content.services.slice(0, FIRST_SCREENFUL + 2);
    show(results({ messages: [hit('message', 'stop-smoking')], services: svcs.map((s) => hit('service', s.id)) }));
    expect(rootOf().querySelectorAll('article[data-result="message"]').length).toBe(1);
    expect(rootOf().querySelectorAll('article[data-result="service"]').length).toBe(FIRST_SCREENFUL - 1);
    expect(rootOf().querySelector('#services-heading')!.textContent).toBe(`Services (${svcs.length})`);
    await vi.waitFor(() => expect(rootOf().querySelectorAll('article[data-result="service"]').length).toBe(svcs.length));
  });

  it('folds far weaker results under "Other results", out of the arrow keys’ way until opened', async () => {
    show(results({ messages: [hit('message', 'stop-smoking')], others: [hit('service', 'camden-quit', 4)] }));
    await vi.waitFor(() => expect(rootOf().querySelector('details')).not.toBeNull());
    const details = rootOf().querySelector('details')!;
    expect(details.open).toBe(false);
    expect(rootOf().querySelector('summary')!.textContent).toBe('Other results (1)');
    const first = rootOf().querySelector<HTMLElement>('article[data-id="stop-smoking"]')!;
    first.focus();
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(rootOf().querySelector('summary'));
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    // The folded card is not reached while closed: focus stays on the summary.
    expect(document.activeElement).toBe(rootOf().querySelector('summary'));
  });

  it('shows weak results unfolded, saying so, when nothing better was found', () => {
    show(results({ query: 'quit xyz', allWords: false, others: [hit('message', 'stop-smoking', 4)] }));
    expect(rootOf().querySelector('details')).toBeNull();
    expect(ids()).toEqual(['stop-smoking']);
    expect(rootOf().textContent).toContain('These are the nearest results');
  });

  it('says so when what is shown is only close in spelling', () => {
    show(results({ query: 'smokeing', typos: true, messages: [hit('message', 'stop-smoking', 3)] }));
    expect(rootOf().textContent).toContain('Nothing is spelt quite like “smokeing”. These are close in spelling.');
  });

  it('says which borough the services are for when the query names one', () => {
    show(results({ boroughs: ['camden'], services: [hit('service', 'camden-quit')] }));
    expect(rootOf().textContent).toContain('Services for Camden, named in your search');
  });

  it('when nothing is found, says what was searched, offers the topics the words point at, their national routes, and every topic', () => {
    const onOpenTopic = vi.fn();
    show(results({ query: 'fags', suggestions: { topics: ['smoking'], routes: [record('service', 'quit-line')] } }), {
      topic: content.topics.find((t) => t.id === 'alcohol'),
      onOpenTopic,
    });
    expect(rootOf().textContent).toContain('Nothing found for “fags” in Alcohol');
    expect(headings()).toEqual(['National routes that may fit', 'Browse by topic']);
    expect(ids()).toEqual(['quit-line']);
    act(() => rootOf().querySelector<HTMLButtonElement>('.no-results__topics button')!.click());
    expect(onOpenTopic).toHaveBeenCalledWith(expect.objectContaining({ id: 'smoking' }));
  });
});
