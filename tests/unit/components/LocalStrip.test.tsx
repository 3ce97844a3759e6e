import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { routesFor } from '../../../utils/content/local-coverage';
import { appMounter, typeInto } from '../../fixtures/app-harness';
import { renderRoot } from '../../fixtures/render-root';

// The shipped content, as it is: a receptionist's everyday cases (a borough's own service for a common need).
const content = bundledContent();
const localFor = (need: string, borough: string) => routesFor(content, need, borough).local;

const root = renderRoot();
const mount = appMounter(content, root);
const strip = () => root().querySelector<HTMLElement>('[data-testid="local-strip"]');
const stripIds = () => [...root().querySelectorAll<HTMLElement>('.local-strip__item')].map((li) => li.dataset.id);

describe('the "In <borough>" strip in search', () => {
  it("puts Lambeth's own money service under the search box, and never folds it (debt advice)", () => {
    const local = localFor('money', 'lambeth');
    expect(local.length).toBeGreaterThan(0);
    mount({ initialBorough: 'lambeth' });
    typeInto(root(), 'debt advice');
    expect(strip()!.querySelector('h2')!.textContent).toMatch(/^In Lambeth/);
    expect(stripIds()).toEqual(local.map((s) => s.id));
    // Its full card is in the Services list, not in the closed "Other results".
    for (const s of local) {
      const card = root().querySelector(`article[data-id="${s.id}"]`);
      expect(card, s.id).not.toBeNull();
      expect(card!.closest('details')).toBeNull();
    }
    // The strip comes before every result card.
    const first = root().querySelector('article')!;
    expect(strip()!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says when the borough has no local service for the need, with the national route (Sutton, sexual health)', () => {
    expect(localFor('sexual-health', 'sutton')).toEqual([]);
    mount({ initialBorough: 'sutton' });
    typeInto(root(), 'sexual health');
    expect(strip()!.querySelector('[data-testid="no-local-service"]')!.textContent).toMatch(
      /^No local sexual health service is listed for Sutton yet\./,
    );
    const fallback = routesFor(content, 'sexual-health', 'sutton').fallback;
    expect(stripIds()).toEqual(fallback.map((s) => s.id));
  });

  it('is not shown without a borough, nor before anything is searched', () => {
    mount();
    typeInto(root(), 'debt advice');
    expect(strip()).toBeNull();
    mount({ initialBorough: 'lambeth' });
    typeInto(root(), '');
    expect(strip()).toBeNull();
  });

  it('follows a borough named in the query', () => {
    mount();
    typeInto(root(), 'housing sutton');
    expect(strip()!.querySelector('h2')!.textContent).toMatch(/^In Sutton/);
  });
});

describe('the strip and the urgent route', () => {
  it('comes after the urgent card when the search says a life is at risk', () => {
    mount({ initialBorough: 'lambeth' });
    typeInto(root(), 'suicidal');
    const urgent = root().querySelector('.urgent-card');
    expect(urgent, 'no urgent card for "suicidal"').not.toBeNull();
    expect(strip(), 'the strip is not shown, so its order is not tested').not.toBeNull();
    expect(urgent!.compareDocumentPosition(strip()!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
