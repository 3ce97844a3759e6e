import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { LocalServices } from '../../../components/LocalServices';
import { confirmedLabel, ServiceCard } from '../../../components/ServiceCard';
import { copyService } from '../../../utils/copy/copy-formats';
import { smsText } from '../../../utils/copy/sms-text';
import { StaffResources } from '../../../components/StaffResources';
import type { Area, Service } from '../../../utils/content/content-schema';
import { testService } from '../../fixtures/test-service';
import { renderRoot } from '../../fixtures/render-root';

const hackney: Area = { id: 'hackney', name: 'Hackney', icb: 'nel' };
const svc = (id: string, area: Service['area']) => testService(id, ['smoking'], area);

const rootOf = renderRoot();

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
      rootOf(),
    );
    expect(rootOf().querySelector('h3')?.textContent).toBe('In Hackney');
    expect(rootOf().querySelector('article')?.dataset.id).toBe('a');
    expect(rootOf().querySelector('[data-testid="no-local-service"]')).toBeNull();
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
      rootOf(),
    );
    expect(rootOf().querySelector('[data-testid="no-local-service"]')?.textContent).toMatch(
      /^No local smoking and vaping service is listed for Hackney yet\. Point the person to the national or London-wide route\./,
    );
    expect(rootOf().querySelector('article')?.dataset.id).toBe('nhs');
  });

  it('still says something useful when there is no national route either', () => {
    render(
      <LocalServices topicTitle="Carers" borough={hackney} routes={{ local: [], fallback: [] }} areas={[hackney]} onCopy={vi.fn()} />,
      rootOf(),
    );
    expect(rootOf().textContent).toMatch(/No local carers service is listed for Hackney yet\. Ask their GP, or call NHS 111\./);
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
      rootOf(),
    );
    expect(rootOf().innerHTML).toBe('');
    render(
      <LocalServices topicTitle="Smoking" borough={null} routes={{ local: [], fallback: [] }} areas={[]} onCopy={vi.fn()} />,
      rootOf(),
    );
    expect(rootOf().innerHTML).toBe('');
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
    render(<StaffResources resources={[resource]} />, rootOf());
    expect(rootOf().querySelector('h3')?.textContent).toBe('For staff');
    expect(rootOf().querySelector('a')?.getAttribute('href')).toBe('https://example.org/vba');
    expect(rootOf().querySelector('article')).toBeNull();
  });
});

// The service card says when its details were last confirmed, and copes with a service that has no public web page.
const withoutLink = (): Service => {
  const { url: _omitted, ...rest } = testService('idva', ['domestic-abuse'], ['croydon']);
  return { ...rest, phone: '020 8688 0100', email: 'help@example.org' };
};

describe('ServiceCard', () => {
  it('shows, in small text, the month its details were last compared with the source', () => {
    render(
      <ServiceCard service={{ ...testService('a', ['smoking'], 'national'), checked: '2026-12-07' }} areas={[]} onCopy={vi.fn()} />,
      rootOf(),
    );
    expect(rootOf().querySelector('.card__confirmed')?.textContent).toBe('Confirmed Dec 2026');
  });

  it('formats every month, and January without an off-by-one', () => {
    expect(confirmedLabel('2027-01-31')).toBe('Jan 2027');
    expect(confirmedLabel('2026-06-01')).toBe('Jun 2026');
  });

  it('with no public web page: no website row or copy-link button, and says to use the phone or email', () => {
    const onCopy = vi.fn();
    render(<ServiceCard service={withoutLink()} areas={[]} onCopy={onCopy} />, rootOf());
    expect(rootOf().textContent).not.toContain('Website');
    const buttons = [...rootOf().querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons.some((t) => t?.startsWith('Copy link'))).toBe(false);
    expect(rootOf().querySelector('.card__no-link')?.textContent).toMatch(/phone number or email/);
    expect(rootOf().querySelector('a[href^="tel:"]')).not.toBeNull();
    rootOf().querySelector<HTMLButtonElement>('button')!.click();
    expect(onCopy).toHaveBeenCalledWith(expect.objectContaining({ id: 'idva' }), 'details');
  });

  it('a service with a link keeps its website row and both copy buttons', () => {
    render(<ServiceCard service={testService('b', ['smoking'], 'national')} areas={[]} onCopy={vi.fn()} />, rootOf());
    expect(rootOf().textContent).toContain('Website');
    expect(rootOf().querySelector('.card__no-link')).toBeNull();
    expect(rootOf().querySelectorAll('button')).toHaveLength(2);
  });
});

describe('handing over a service with no public web page', () => {
  it('copies its details, with the email in the link’s place, even when a link is asked for', () => {
    expect(copyService(withoutLink(), 'link')).toEqual({
      text: 'Service idva — 020 8688 0100 — help@example.org',
      confirmation: 'Service idva details copied',
    });
  });

  it('puts the email in the text message', () => {
    expect(smsText(withoutLink())).toBe('Service idva\nPhone 020 8688 0100\nEmail help@example.org');
  });
});
