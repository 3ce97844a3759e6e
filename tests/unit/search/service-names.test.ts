/**
 * "Names win": every service in the bundled content, its name typed in full, is the
 * first result on screen, shown as the best match above the messages. Reads the live
 * content, so it keeps holding as services are added. A borough's own service is looked
 * for with that borough chosen; with none chosen, a service of the same name (some
 * boroughs call theirs just "Homelessness help") may come first instead.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { normaliseQuery } from '../../../utils/search/normalise-query';
import { resultsOnScreen } from '../../../utils/search/results-on-screen';
import { runSearch } from '../../../utils/search/run-search';

const content = bundledContent();
const index = buildIndex(content);
const sameName = (a: string, b: string) => normaliseQuery(a) === normaliseQuery(b);

describe('a service named in full comes first', () => {
  it('covers a good number of services', () => {
    expect(content.services.length).toBeGreaterThan(30);
  });

  it.each(content.services.map((s) => [s.name, s] as const))('"%s", with its borough chosen', (_, service) => {
    const borough = Array.isArray(service.area) ? service.area[0]! : null;
    const results = runSearch(index, service.name, { borough });
    expect(results.best?.record.id, `shown first: ${resultsOnScreen(results)[0]?.record.id}`).toBe(service.id);
  });

  it.each(content.services.map((s) => [s.name, s] as const))('"%s", all of London', (_, service) => {
    const first = runSearch(index, service.name, { borough: null }).best;
    expect(first && sameName(first.record.title, service.name), `best match: ${first?.record.id}`).toBe(true);
  });
});
