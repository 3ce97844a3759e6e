import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EvaluationView, type EvaluationViewProps } from '../../../../components/evaluation/EvaluationView';
import type { ContactRecord } from '../../../../utils/contacts/contact-record';
import { contactsCsv } from '../../../../utils/evaluation/export-csv';
import { keptFieldsSentence } from '../../../../utils/contacts/kept-fields';

let n = 0;
const contact = (date: string, topics: string[], services: string[] = []): ContactRecord => ({
  id: `id-${(n += 1)}`,
  date,
  topics,
  services,
  via: 'popup',
  contentVersion: 'built-in',
});

// Sunday 22 November 2026.
const TODAY = '2026-11-22';
const RECORDS = [
  contact('2026-11-16', ['smoking'], ['nhs-quit-smoking']),
  contact('2026-11-20', ['smoking', 'alcohol']),
  contact('2026-11-10', ['alcohol'], ['drinkline']),
  contact('2026-11-02', [], ['drinkline']),
  contact('2026-10-05', ['retired-topic']),
];
const topics = new Map([
  ['smoking', 'Smoking and vaping'],
  ['alcohol', 'Alcohol'],
  ['falls', 'Falls'],
]);
const services = new Map([
  ['nhs-quit-smoking', 'NHS Quit Smoking'],
  ['drinkline', 'Drinkline'],
]);

let root: HTMLElement;
let props: EvaluationViewProps;

function mount(overrides: Partial<EvaluationViewProps> = {}) {
  props = { ...props, ...overrides };
  act(() => {
    render(<EvaluationView {...props} />, root);
  });
}
const button = (name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const queryButton = (name: string | RegExp) => {
  try {
    return button(name);
  } catch {
    return null;
  }
};
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
}
/** Picks files in "Combine exports from other browsers" and waits for them to be read. */
async function chooseFiles(files: File[]) {
  const input = root.querySelector<HTMLInputElement>('#import-files')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((done) => setTimeout(done, 20));
  });
  await act(async () => {});
}
const total = (id: string) => root.querySelector(`[data-total="${id}"] .totals__number`)?.textContent;
const status = () => root.querySelector('.evaluation__status')!.textContent;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  props = {
    records: RECORDS,
    topics,
    services,
    today: TODAY,
    organisation: { code: null, name: null, team: null },
    keptFields: keptFieldsSentence('day'),
    onDownload: vi.fn(),
    onClearAll: vi.fn(() => Promise.resolve()),
  };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('EvaluationView', () => {
  it('shows totals for this week, this month and everything kept', () => {
    mount();
    expect(root.querySelector('h1')!.textContent).toBe('Contacts logged in this browser');
    expect(total('week')).toBe('2');
    expect(total('month')).toBe('4');
    expect(total('all')).toBe('5');
    expect(root.querySelector('[data-total="week"]')!.textContent).toContain('since Monday 16 November');
    expect(root.querySelector('[data-total="month"]')!.textContent).toContain('November 2026');
  });

  it('puts the figures first and "Combine exports" after the downloads, or after the empty-log note', () => {
    const headings = () => [...root.querySelectorAll('h2')].map((h) => h.id);
    mount();
    const order = headings();
    expect(order.indexOf('import-heading')).toBeGreaterThan(order.indexOf('download-heading'));
    expect(order.indexOf('import-heading')).toBeGreaterThan(order.indexOf('services-heading'));
    expect(root.querySelector('section[aria-labelledby="import-heading"]')!.compareDocumentPosition(root.querySelector('.totals')!)).toBe(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
    // With nothing logged in this browser, files from others can still be combined.
    mount({ records: [] });
    expect(root.querySelector('#import-files')).not.toBeNull();
  });

  it('draws the chart as an image with a summary, and the same data as a table', () => {
    mount();
    const svg = root.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toMatch(/12 weeks from 31 August 2026 .* 5 contacts in all/);
    expect(root.querySelector('details summary')!.textContent).toBe('Show the data as a table');
    const table = root.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toMatch(/^Contacts per week by topic, 12 weeks/);
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual([
      'Week beginning',
      'Contacts',
      'Signposted',
      'Smoking and vaping',
      'Alcohol',
      'retired-topic (no longer listed)',
      'No topic recorded',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(12);
    const cells = (week: string) =>
      [...table.querySelectorAll(`tr[data-week="${week}"] th, tr[data-week="${week}"] td`)].map((c) => c.textContent);
    expect(cells('2026-11-16')).toEqual(['16 November 2026', '2', '1', '2', '1', '0', '0']);
    expect(cells('2026-11-02')).toEqual(['2 November 2026', '1', '1', '0', '0', '0', '1']);
    expect(cells('2026-10-26')).toEqual(['26 October 2026', '0', '0', '0', '0', '0', '0']);
    // A legend entry for each series, with its total.
    expect([...root.querySelectorAll('.legend__item')].map((li) => li.textContent)).toContain('Smoking and vaping: 2');
  });

  it('lists the most signposted services', () => {
    mount();
    // The page's own list (the board report below has its own, for its period).
    const items = [...root.querySelectorAll('section[aria-labelledby="services-heading"] .top-services__item')];
    expect(items.map((i) => i.getAttribute('data-service'))).toEqual(['drinkline', 'nhs-quit-smoking']);
    expect(items[0]!.textContent).toContain('Drinkline');
    expect(items[0]!.textContent).toContain('2 contacts');
    expect(root.querySelector('.top-services')!.textContent).toContain(
      '3 contacts (60%) were signposted (to a named service, or with the outcome "Signposted"); 2 contacts were not.',
    );
  });

  it('hands each download to the page as a file', async () => {
    mount();
    const files = () => (props.onDownload as ReturnType<typeof vi.fn>).mock.calls.map(([f]) => f.filename);
    await click(button('Download contacts (CSV)'));
    await click(button('Download weekly summary (CSV)'));
    expect(status()).toMatch(/Downloading weekly summary CSV/);
    await click(button('Download summary by quarter (CSV)'));
    await click(button('Download publishable summary by quarter (CSV)'));
    await click(button('Download the data dictionary (CSV)'));
    expect(files()).toEqual([
      `mecc-contacts-${TODAY}.csv`,
      `mecc-weekly-summary-${TODAY}.csv`,
      `mecc-summary-by-quarter-${TODAY}.csv`,
      `mecc-summary-by-quarter-publishable-${TODAY}.csv`,
      'mecc-data-dictionary.csv',
    ]);
  });

  it('says which organisation and team are added to the downloads', () => {
    mount({ organisation: { code: 'RV3', name: 'Riverside Health', team: 'Ward 4' } });
    expect(root.querySelector('.organisation')!.textContent).toMatch(/Riverside Health \(RV3\).*Ward 4/);
  });

  it('clears all only after an explicit second confirmation, and can be cancelled', async () => {
    mount();
    await click(button('Clear all contacts'));
    expect(props.onClearAll).not.toHaveBeenCalled();
    const question = root.querySelector('#clear-all-question')!;
    expect(question.textContent).toBe('Delete all 5 contacts?');
    expect(document.activeElement).toBe(question);

    await click(button('Cancel'));
    expect(props.onClearAll).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Clear all contacts'));

    await click(button('Clear all contacts'));
    act(() => {
      root.querySelector('.clear-all--confirming')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(queryButton(/^Yes, delete/)).toBeNull();

    await click(button('Clear all contacts'));
    // The caller deletes, then renders again with no records.
    (props.onClearAll as ReturnType<typeof vi.fn>).mockImplementation(async () => mount({ records: [] }));
    await click(button('Yes, delete all 5 contacts'));
    expect(props.onClearAll).toHaveBeenCalledTimes(1);
    expect(status()).toBe('All 5 contacts were deleted from this browser.');
    expect(document.activeElement).toBe(root.querySelector('h1'));
    expect(root.textContent).toContain('No contacts logged yet');
  });

  it('keeps the contacts and says so when deleting fails', async () => {
    mount({ onClearAll: vi.fn(() => Promise.reject(new Error('quota'))) });
    await click(button('Clear all contacts'));
    await click(button('Yes, delete all 5 contacts'));
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/could not be deleted/);
    expect(button('Yes, delete all 5 contacts').disabled).toBe(false);
  });

  it('shows an empty state without charts or downloads when nothing is logged', () => {
    mount({ records: [] });
    expect(root.textContent).toContain('No contacts logged yet');
    expect(root.querySelector('svg')).toBeNull();
    expect(queryButton('Download contacts (CSV)')).toBeNull();
    expect(queryButton('Clear all contacts')).toBeNull();
  });

  it('combines exports from other browsers, each contact once, and refuses a file that is not ours', async () => {
    mount();
    const csv = contactsCsv([RECORDS[0]!, { ...RECORDS[1]!, id: 'other-browser-1' }]);
    await chooseFiles([new File([csv], 'ward-4.csv', { type: 'text/csv' }), new File(['name,nhs_number\r\nJane,1\r\n'], 'patients.csv')]);
    expect(total('all')).toBe('6');
    expect(root.querySelector('[data-testid="combined-summary"]')!.textContent).toMatch(
      /5 from this browser and 1 more from ward-4.csv \(1 duplicates counted once\)/,
    );
    expect(root.querySelector('.evaluation__import-status')!.textContent).toMatch(/patients.csv is not a MECC Sidebar contacts export/);
    // C7: a download that includes the imported files says so in its name.
    const files = () => (props.onDownload as ReturnType<typeof vi.fn>).mock.calls.map(([f]) => f.filename);
    await click(button('Download contacts (CSV)'));
    await click(button('Download the data dictionary (CSV)'));
    expect(files()).toEqual([`mecc-contacts-combined-${TODAY}.csv`, 'mecc-data-dictionary.csv']);
    await click(button('Remove the imported files'));
    expect(total('all')).toBe('5');
    await click(button('Download contacts (CSV)'));
    expect(files().at(-1)).toBe(`mecc-contacts-${TODAY}.csv`);
  });

  it('T3-IMPORT-DATES: an absurd date in the log gives a bounded list of report periods, and an imported one is left out by line', async () => {
    mount({ records: [...RECORDS, contact('1000-01-01', ['smoking']), contact('9999-12-31', ['alcohol'])] });
    // Quarters and months since 2020 at most, not one per month since the year 1000.
    expect(root.querySelectorAll('#report-period option').length).toBeLessThan(150);
    const csv = contactsCsv([
      { ...RECORDS[0]!, id: 'theirs-1' },
      { ...RECORDS[1]!, id: 'theirs-2', date: '9999-12-31' },
    ]);
    await chooseFiles([new File([csv], 'ward-5.csv', { type: 'text/csv' })]);
    expect(total('all')).toBe('8');
    expect(root.querySelector('.evaluation__import-status')!.textContent).toMatch(
      /ward-5.csv, line 3: the date 9999-12-31 is outside 2020-01-01 to 2026-11-23; this row was left out/,
    );
  });

  it('T3-POISON: counts damaged records apart, leaves them out of the figures, and offers them as a download', async () => {
    mount({
      damaged: [
        { id: 'bad-1', reason: 'topics: Invalid input: expected array, received null', since: null, record: { id: 'bad-1', topics: null } },
      ],
    });
    const notice = root.querySelector('[data-testid="damaged-records"]')!;
    expect(notice.textContent).toMatch(/1 contact record is damaged.*topics: Invalid input.*never uploaded.*Nothing is deleted/);
    expect(total('all')).toBe('5');
    await click(button('Download the damaged records (JSON)'));
    const file = (props.onDownload as ReturnType<typeof vi.fn>).mock.calls[0]![0];
    expect(file.filename).toBe('mecc-damaged-records-2026-11-22.json');
    expect(JSON.parse(file.text)).toEqual([
      { id: 'bad-1', reason: expect.any(String), since: null, record: { id: 'bad-1', topics: null } },
    ]);
  });

  it("T3-IMPORT-ORG: the combined contacts download keeps another team's organisation on its rows, and the report names both", async () => {
    mount({ organisation: { code: 'RV3', name: 'Camden and Islington', team: 'Health visitors' } });
    const csv = contactsCsv([{ ...RECORDS[0]!, id: 'theirs-1' }], { code: 'RAL', name: 'Royal Free', team: 'Sexual health clinic' });
    await chooseFiles([new File([csv], 'other-team.csv', { type: 'text/csv' })]);
    await click(button('Download contacts (CSV)'));
    const text: string = (props.onDownload as ReturnType<typeof vi.fn>).mock.calls[0]![0].text;
    const rows = text.split('\r\n');
    expect(rows.find((r) => r.startsWith('theirs-1,'))).toMatch(/,RAL,Royal Free,Sexual health clinic$/);
    expect(rows.find((r) => r.startsWith(`${RECORDS[0]!.id},`))).toMatch(/,RV3,Camden and Islington,Health visitors$/);
    expect(root.querySelector('.board-report__org')!.textContent).toMatch(
      /Camden and Islington \+ Royal Free \(RV3 \+ RAL\).*Team: Health visitors \+ Sexual health clinic/,
    );
  });

  it('shows a board report for the chosen period, with the model section only when turned on', async () => {
    mount({ organisation: { code: 'RV3', name: 'Riverside Health', team: 'Ward 4' }, contentVersion: 'feed:9', onPrint: vi.fn() });
    const report = () => root.querySelector('.board-report')!;
    expect(report().textContent).toMatch(/2026\/27 Q3: 1 October 2026 to 31 December 2026/);
    expect(report().textContent).toMatch(/Riverside Health \(RV3\).*Team: Ward 4.*Content version in use: feed:9/);
    // Five contacts: "*" on a report for sharing (T3-BOARD-SMALL).
    expect(report().querySelector('[data-board="contacts"] dd')!.textContent).toBe('*');
    expect(report().textContent).not.toMatch(/Modelled impact/);
    await act(async () => {
      const box = root.querySelector<HTMLInputElement>('#modelled-impact')!;
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    });
    expect(report().querySelector('#board-impact')!.textContent).toBe('Modelled impact: a model, not a measurement');
    expect(report().querySelector('#board-impact')!.parentElement!.textContent).toMatch(/Too few smoking.*8 or more/);
    await click(button('Print the board report'));
    expect(props.onPrint).toHaveBeenCalledTimes(1);
  });
});
