import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogRequest } from '../../../components/LogBar';
import { Slip, slipOrganisation, slipPages, type SlipProps } from '../../../components/Slip';
import { SmsText, smsCountLine } from '../../../components/SmsText';
import { countSms } from '../../../utils/copy/sms-segments';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { appMounter, buttonNamed, typeInto } from '../../fixtures/app-harness';

const base = mergeContentFiles(fixtureFiles().map((f) => f.data));
const content = {
  ...base,
  services: base.services.map((s) => (s.id === 'quit-line' ? { ...s, languages: ['pl', 'bn'] } : s)),
  areas: base.areas.map((a) => (a.id === 'camden' ? { ...a, languages: ['pl', 'so'] } : a)),
  translations: [
    {
      topic: 'smoking',
      checked: '2026-11-01',
      reviewBy: '2027-11-01',
      links: [
        {
          language: 'Polish',
          nativeName: 'Polski',
          code: 'pl',
          title: 'Quit leaflet (Polish)',
          url: 'https://www.gov.uk/pl.pdf',
          organisation: 'UKHSA',
          source: { title: 'UKHSA', url: 'https://www.gov.uk/' },
        },
        {
          language: 'Bengali',
          nativeName: 'বাংলা',
          code: 'bn',
          title: 'Quit leaflet (Bengali)',
          url: 'https://www.gov.uk/bn.pdf',
          organisation: 'UKHSA',
          source: { title: 'UKHSA', url: 'https://www.gov.uk/' },
        },
      ],
    },
  ],
};
const quitLine = content.services.find((s) => s.id === 'quit-line')!;

let root: HTMLElement;
let copy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
let onLog: ReturnType<typeof vi.fn<(r: LogRequest) => Promise<{ ok: true; id: string; todayCount: number }>>>;

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
/** The dialogs load on first use: wait for one to appear. */
async function dialogOpen(): Promise<HTMLDialogElement> {
  for (let i = 0; i < 100; i++) {
    const dialog = root.querySelector('dialog');
    if (dialog) return dialog;
    await flush();
  }
  throw new Error('no dialog opened');
}
const mountApp = appMounter(content, () => root);
const mount = (borough: string | null = null) => mountApp({ initialBorough: borough, copy, onLog, onUndoLog: () => Promise.resolve() });
const type = (text: string) => typeInto(root, text);
const button = (name: RegExp, scope: ParentNode = root) => buttonNamed(name, scope);
const click = (el: HTMLElement) => act(() => el.click());
/** Renders one component into its own element (not the App's root); unmount removes both. */
function mountAlone(vnode: VNode) {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(vnode, host));
  return {
    host,
    unmount: () => {
      render(null, host);
      host.remove();
    },
  };
}
const mountSlip = (props: SlipProps) => mountAlone(<Slip {...props} />);
const card = (id: string) => root.querySelector<HTMLElement>(`article[data-id="${id}"]`)!;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  copy = vi.fn(() => Promise.resolve());
  onLog = vi.fn(() => Promise.resolve({ ok: true as const, id: 'x', todayCount: 1 }));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('QR code on a service card', () => {
  it('opens a dialog with the code, offers a one-click log with the method, and Esc returns focus', async () => {
    mount();
    type('quit line');
    const show = button(/Show QR code/, card('quit-line'));
    show.focus();
    click(show);
    const dialog = await dialogOpen();
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('qr-quit-line-title');
    expect(dialog.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toContain(quitLine.url);
    // Keys inside the dialog do not reach the result list's shortcuts.
    const outside = vi.fn();
    root.addEventListener('keydown', outside);
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    });
    expect(outside).not.toHaveBeenCalled();
    expect(copy).not.toHaveBeenCalled();

    act(() => dialog.close());
    expect(root.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(show);

    click(button(/Log signposting to Quit Line \(QR code shown\)/));
    await flush();
    expect(onLog).toHaveBeenCalledWith(
      expect.objectContaining({ services: ['quit-line'], topics: ['smoking'], outcome: 'signposted', handover: 'qr-shown' }),
    );
  });

  it('shows the languages a service offers, in English and in the language', () => {
    mount();
    type('quit line');
    const languages = card('quit-line').querySelector('.card__languages')!;
    expect(languages.textContent).toBe('Polish (Polski), Bengali (বাংলা)');
    expect(languages.querySelector('[lang="bn"]')!.textContent).toBe('বাংলা');
  });

  it('logs a copied link with handover link-copied', async () => {
    mount();
    type('quit line');
    click(button(/^Copy link/, card('quit-line')));
    click(button(/^Log signposting to Quit Line$/));
    await flush();
    expect(onLog).toHaveBeenCalledWith(expect.objectContaining({ handover: 'link-copied' }));
  });
});

describe('text message', () => {
  it('prefills name, phone and web address, counts live, warns past 2 texts, copies and offers the log', async () => {
    mount();
    type('quit line');
    click(button(/^Text message/, card('quit-line')));
    const dialog = await dialogOpen();
    const area = dialog.querySelector('textarea')!;
    expect(area.value).toBe('Quit Line\nPhone 0300 000 0000\nhttps://quit.example.org/');
    expect(dialog.querySelector('label')!.getAttribute('for')).toBe(area.id);
    const count = () => dialog.querySelector('.sms__count')!;
    expect(count().textContent).toBe(`${area.value.length} characters · 1 text message · GSM-7, up to 160 in one text`);
    expect(dialog.querySelector('.sms__warning')).toBeNull();

    act(() => {
      area.value = 'x'.repeat(307);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(count().getAttribute('data-segments')).toBe('3');
    expect(dialog.querySelector('[role="alert"]')!.textContent).toMatch(/needs 3 text messages/);

    act(() => {
      area.value = 'Zadzwoń 👍';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(count().textContent).toContain('UCS-2');
    expect(dialog.querySelector('.sms__note')!.textContent).toMatch(/“ń” “👍” are not in the standard text alphabet/);

    click(button(/Copy text message/, dialog));
    await flush();
    expect(copy).toHaveBeenCalledWith('Zadzwoń 👍');
    expect(dialog.querySelector('.sms__status')!.textContent).toMatch(/Copied/);
    act(() => dialog.close());
    click(button(/Log signposting to Quit Line \(text message copied\)/));
    await flush();
    const request = onLog.mock.calls[0]![0];
    expect(request.handover).toBe('sms-text-copied');
    // Never the text itself, nor anything about the recipient.
    expect(JSON.stringify(request)).not.toContain('Zadzwoń');
  });

  it('describes the count in words', () => {
    expect(smsCountLine(countSms('a'.repeat(200)))).toBe('200 characters · 2 text messages · GSM-7, 153 a part once split');
    expect(smsCountLine(countSms('€'))).toBe(
      '2 characters (€ [ ] { } ~ ^ | \\ count as 2) · 1 text message · GSM-7, up to 160 in one text',
    );
  });

  it('says so when the browser refuses to copy', async () => {
    const { host, unmount } = mountAlone(<SmsText service={quitLine} onCopy={() => Promise.reject(new Error('no'))} onClose={() => {}} />);
    click(button(/Copy text message/, host));
    await flush();
    expect(host.querySelector('.sms__status')!.textContent).toMatch(/Could not copy/);
    unmount();
  });
});

describe('slip', () => {
  it('collects services from results and a message view, and links to the slip page with the say', () => {
    mount();
    type('quit');
    click(button(/Add to slip/, card('quit-line')));
    expect(button(/Add to slip/, card('quit-line')).getAttribute('aria-pressed')).toBe('true');
    click(button(/Add to slip/, card('camden-quit')));
    const picker = () => root.querySelector('.slip-picker')!;
    expect([...picker().querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Quit Line', 'Camden Quit Clinic']);
    expect(picker().querySelector('a')!.getAttribute('href')).toBe('slip.html?services=quit-line%2Ccamden-quit');
    expect(picker().querySelector('a')!.getAttribute('target')).toBe('_blank');

    // Open the message: the picker offers its "what to say", on by default.
    click(root.querySelector<HTMLButtonElement>('article[data-id="stop-smoking"] h3 button')!);
    expect(picker().querySelector('a')!.getAttribute('href')).toBe('slip.html?services=quit-line%2Ccamden-quit&message=stop-smoking');
    act(() => picker().querySelector<HTMLInputElement>('#slip-with-say')!.click());
    expect(picker().querySelector('a')!.getAttribute('href')).toBe('slip.html?services=quit-line%2Ccamden-quit');

    // Taking one off from the message view's card.
    click(button(/Add to slip/, root.querySelector('section.message-view article[data-id="quit-line"]')!));
    expect([...picker().querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Camden Quit Clinic']);
    click(button(/Clear slip/));
    expect(root.querySelector('.slip-picker')).toBeNull();
  });

  it('prints name, phone, hours, web address and a QR code for each, the date and version, and no input field', async () => {
    const print = vi.fn();
    const services = [{ ...quitLine, hours: 'Monday to Friday, 9am to 8pm' }, content.services.find((s) => s.id === 'camden-quit')!];
    const { host, unmount } = mountSlip({
      services,
      say: { title: 'Stopping smoking', text: 'Stopping is the best thing.' },
      printedOn: '22 November 2026',
      contentVersion: 'Content version 12',
      onPrint: print,
      log: { topics: ['smoking'], onLog, onUndo: () => Promise.resolve() },
    });
    const slip = host.querySelector('.slip')!;
    expect([...slip.querySelectorAll('.slip__name')].map((h) => h.textContent)).toEqual(['Quit Line', 'Camden Quit Clinic']);
    expect(slip.textContent).toContain('0300 000 0000');
    expect(slip.textContent).toContain('Monday to Friday, 9am to 8pm');
    expect(slip.textContent).toContain('quit.example.org');
    expect(slip.querySelectorAll('svg.qr')).toHaveLength(2);
    expect(slip.textContent).toContain('Printed 22 November 2026 · Content version 12');
    expect(slip.querySelector('.slip__say')!.textContent).toContain('Stopping is the best thing.');
    expect(host.querySelectorAll('input, textarea, select, [contenteditable]')).toHaveLength(0);

    click(button(/Print slip/, host));
    expect(print).toHaveBeenCalledOnce();
    click(button(/Log signposting to 2 services \(slip printed\)/, host));
    await flush();
    expect(onLog).toHaveBeenCalledWith(
      expect.objectContaining({ services: ['quit-line', 'camden-quit'], topics: ['smoking'], handover: 'card-printed' }),
    );
    unmount();
  });
});

describe('slip halves', () => {
  const service = (id: string, name = id, organisation = 'Lambeth Council') => ({ ...quitLine, id, name, organisation });
  it.each([
    [0, []],
    [1, [1]],
    [3, [3]],
    [4, [3, 1]],
    [6, [3, 3]],
    [7, [3, 3, 1]],
  ])('puts %i services on halves of %j: three stay together', (n, sizes) => {
    const services = Array.from({ length: n }, (_, i) => service(`s${i}`));
    expect(slipPages(services).map((p) => p.length)).toEqual(sizes);
  });

  it.each([
    ['Emergency Support Scheme', 'Lambeth Council', 'Lambeth Council'],
    ['Lambeth Council housing advice', 'Lambeth Council', undefined],
    ['Quit Line', ' ', undefined],
  ])('prints the organisation under "%s" (%s) only when the name does not say it', (name, organisation, expected) => {
    expect(slipOrganisation({ name, organisation })).toBe(expected);
  });

  it('keeps "what to say" and three services on one half, denser', () => {
    const services = [service('a', 'Emergency Support Scheme'), service('b'), service('c')];
    const { host, unmount } = mountSlip({
      services,
      say: { title: 'T', text: 'Say this.' },
      printedOn: '7 December 2026',
      contentVersion: 'v',
      onPrint: () => {},
    });
    const halves = host.querySelectorAll('.slip');
    expect(halves).toHaveLength(1);
    expect(halves[0]!.classList.contains('slip--dense')).toBe(true);
    expect(halves[0]!.querySelector('.slip__org')!.textContent).toBe('Lambeth Council');
    unmount();
  });
});

describe('translations in a message view', () => {
  const openMessage = () => {
    type('stopping smoking');
    click(root.querySelector<HTMLButtonElement>('article[data-id="stop-smoking"] h3 button')!);
  };
  it('lists translated links by language, alphabetically for all of London', () => {
    mount();
    openMessage();
    const langs = [...root.querySelectorAll<HTMLElement>('.translations__language')].map((li) => li.dataset.language);
    expect(langs).toEqual(['bn', 'pl']);
    expect(root.querySelector('.translations [lang="pl"]')!.textContent).toBe('Polski');
    expect(root.querySelector('.translations a[hreflang="pl"]')!.getAttribute('href')).toBe('https://www.gov.uk/pl.pdf');
  });

  it('puts the borough’s common languages first and logs a copied translation with its language', async () => {
    mount('camden');
    openMessage();
    expect(root.querySelector('.translations__note')!.textContent).toBe('Languages most spoken in Camden come first.');
    const langs = [...root.querySelectorAll<HTMLElement>('.translations__language')].map((li) => li.dataset.language);
    expect(langs).toEqual(['pl', 'bn']);
    expect(root.querySelector('.translations__language')!.textContent).toContain('common in Camden');
    click(button(/Copy link.*in Polish/, root.querySelector('.translations')!));
    expect(copy).toHaveBeenCalledWith('https://www.gov.uk/pl.pdf');
    click(button(/Log information in Polish/));
    await flush();
    expect(onLog).toHaveBeenCalledWith(expect.objectContaining({ topics: ['smoking'], handover: 'link-copied', handoverLanguage: 'pl' }));
  });
});
