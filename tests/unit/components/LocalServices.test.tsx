import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { LocalServices } from '../../../components/LocalServices';
import { StaffResources } from '../../../components/StaffResources';
import type { Area, Service } from '../../../utils/content/content-schema';
import { testService } from '../../fixtures/test-service';
import { testRoot } from '../../fixtures/app-harness';

const hackney: Area = { id: 'hackney', name: 'Hackney', icb: 'nel' };
const svc = (id: string, area: Service['area']) => testService(id, ['smoking'], area);

const root = testRoot();

describe('LocalServices', () => {
  it("shows the borough's own services under its name", () => {
    render(
      <LocalServices
        topicTitle="Smoking"
        borough={hackney}
        routes={{ local: [svc('a', ['hackney'])], fallback: [] }}
        areas={[hackney]}
        onCopy={vi.fn()}
      />,
      root(),
    );
    expect(root().querySelector('h3')?.textContent).toBe('In Hackney');
    expect(root().querySelector('article')?.dataset.id).toBe('a');
    expect(root().querySelector('[data-testid="no-local-service"]')).toBeNull();
  });

  it('says plainly when no local service is listed, and shows the national route instead of an empty list', () => {
    render(
      <LocalServices
        topicTitle="Smoking and vaping"
        borough={hackney}
        routes={{ local: [], fallback: [svc('nhs', 'national')] }}
        areas={[hackney]}
        onCopy={vi.fn()}
      />,
      root(),
    );
    expect(root().querySelector('[data-testid="no-local-service"]')?.textContent).toMatch(
      /^No local smoking and vaping service is listed for Hackney yet\. Point the person to the national or London-wide route\./,
    );
    expect(root().querySelector('article')?.dataset.id).toBe('nhs');
  });

  it('still says something useful when there is no national route either', () => {
    render(
      <LocalServices topicTitle="Carers" borough={hackney} routes={{ local: [], fallback: [] }} areas={[hackney]} onCopy={vi.fn()} />,
      root(),
    );
    expect(root().textContent).toMatch(/No local carers service is listed for Hackney yet\. Ask their GP, or call NHS 111\./);
  });

  it('does not repeat services already shown above it, and shows nothing without a borough', () => {
    render(
      <LocalServices
        topicTitle="Smoking"
        borough={hackney}
        routes={{ local: [svc('a', ['hackney'])], fallback: [] }}
        areas={[hackney]}
        alreadyShown={new Set(['a'])}
        onCopy={vi.fn()}
      />,
      root(),
    );
    expect(root().innerHTML).toBe('');
    render(<LocalServices topicTitle="Smoking" borough={null} routes={{ local: [], fallback: [] }} areas={[]} onCopy={vi.fn()} />, root());
    expect(root().innerHTML).toBe('');
  });
});

describe('StaffResources', () => {
  it('lists staff resources under "For staff", apart from services', () => {
    const resource = {
      id: 'vba',
      title: 'Very brief advice training',
      organisation: 'NCSCT',
      description: 'A 30-minute course.',
      url: 'https://example.org/vba',
      topics: ['smoking'],
      source: { title: 'S', url: 'https://example.org/vba' },
      checked: '2026-12-01',
      reviewBy: '2027-12-01',
    };
    render(<StaffResources resources={[resource]} />, root());
    expect(root().querySelector('h3')?.textContent).toBe('For staff');
    expect(root().querySelector('a')?.getAttribute('href')).toBe('https://example.org/vba');
    expect(root().querySelector('article')).toBeNull();
  });
});
