/**
 * The first frame (utils/pages/first-frame-*.ts): a page keeps what it first drew, the next open
 * draws that while its code loads, and the live page takes over without losing a click or a
 * letter typed. Each test has its own happy-dom window, as each page load has its own document.
 */
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { drawFirstFrame, startPageCode } from '../../../utils/pages/first-frame-draw';
import { firstFrameKey, parseFirstFrame, type FirstFrame } from '../../../utils/pages/first-frame-format';
import { frameOf, takeOverFirstFrame } from '../../../utils/pages/first-frame-keep';

const BUILD = '/chunks/sidepanel-AbC123.js';

/** A built page: its code in the template, an empty #app. */
function page(build = BUILD): Document {
  const document = new Window().document as unknown as Document;
  document.write(
    `<!doctype html><html><head></head><body><div id="app"></div>` +
      `<template id="page-code"><script type="module" src="${build}"></script></template></body></html>`,
  );
  return document;
}

/** Renders `html` into #app, as the live page's first render does. */
function render(doc: Document, html: string) {
  doc.getElementById('app')!.innerHTML = html;
}

const HOME =
  '<div class="app"><h1>MECC</h1><input id="search-input" type="search">' +
  '<select id="borough"><option value="">All of London</option><option value="lambeth">Lambeth</option></select>' +
  '<ul><li><button type="button" data-topic="alcohol">Alcohol</button></li><li><button type="button" data-topic="smoking">Smoking</button></li></ul></div>';

function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
    removeItem: vi.fn((key: string) => void items.delete(key)),
    items,
  };
}

/** The frame the live page keeps after rendering HOME with Lambeth chosen. */
function keptHome(): string {
  const doc = page();
  render(doc, HOME);
  doc.querySelector<HTMLSelectElement>('#borough')!.value = 'lambeth';
  return JSON.stringify(frameOf(doc, '125%'));
}

describe('the first frame', () => {
  it('is drawn from what the last open kept: same elements, the borough chosen, the text size', () => {
    const doc = page();
    expect(drawFirstFrame(doc, memoryStore({ [firstFrameKey('sidepanel')]: keptHome() }), 'sidepanel')).toBe(true);
    const frame = doc.getElementById('first-frame')!;
    expect([...frame.querySelectorAll('[data-topic]')].map((b) => b.textContent)).toEqual(['Alcohol', 'Smoking']);
    expect(frame.querySelector<HTMLSelectElement>('select')!.value).toBe('lambeth');
    // Only the choice: the frame's list cannot be opened, and every element is more to draw.
    expect(frame.querySelectorAll('option')).toHaveLength(1);
    expect(doc.documentElement.style.fontSize).toBe('125%');
    expect(frame.getAttribute('aria-busy')).toBe('true');
    // Beside #app, which stays empty for the live page to draw into.
    expect(doc.getElementById('app')!.childNodes).toHaveLength(0);
  });

  it('is not drawn when none was kept, it is damaged, or another build kept it', () => {
    const cases: Record<string, string | undefined> = {
      none: undefined,
      'not JSON': '{"build":',
      'wrong shape': JSON.stringify({ build: BUILD, fontSize: '', nodes: [{ t: 'p', a: 'x', c: [] }] }),
      'older build': keptHome().replace(BUILD, '/chunks/sidepanel-Old999.js'),
    };
    for (const [name, stored] of Object.entries(cases)) {
      const doc = page();
      const store = memoryStore(stored === undefined ? {} : { [firstFrameKey('sidepanel')]: stored });
      expect(drawFirstFrame(doc, store, 'sidepanel'), name).toBe(false);
      expect(doc.getElementById('first-frame'), name).toBeNull();
    }
    // Storage switched off: reading throws; the page draws itself.
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(drawFirstFrame(page(), throwing, 'sidepanel')).toBe(false);
  });

  it('never draws a script, an event handler or anything that loads, whatever was stored', () => {
    const hostile: FirstFrame = {
      build: BUILD,
      fontSize: '',
      nodes: [
        { t: 'script', a: [], c: ['alert(1)'] },
        { t: 'iframe', a: [['src', 'https://example.org/']], c: [] },
        {
          t: 'img',
          a: [
            ['src', 'https://example.org/x.png'],
            ['onerror', 'alert(1)'],
          ],
          c: [],
        },
        {
          t: 'button',
          a: [
            ['onclick', 'alert(1)'],
            ['class', 'topic'],
          ],
          c: ['Alcohol'],
        },
        { t: 'a', a: [['href', 'javascript:alert(1)']], c: ['link'] },
      ],
    };
    const doc = page();
    drawFirstFrame(doc, memoryStore({ [firstFrameKey('sidepanel')]: JSON.stringify(hostile) }), 'sidepanel');
    const frame = doc.getElementById('first-frame')!;
    expect(frame.querySelector('script, iframe')).toBeNull();
    expect(frame.innerHTML).not.toMatch(/onerror|onclick|javascript:|example\.org/);
    expect(frame.querySelector('button.topic')!.textContent).toBe('Alcohol');
  });

  it('keeps what the page drew, without what was typed, scripts or handlers', () => {
    const doc = page();
    render(doc, HOME.replace('type="search"', 'type="search" value="dad hits me"'));
    const kept = JSON.stringify(frameOf(doc, ''));
    expect(kept).not.toContain('dad hits me');
    expect(parseFirstFrame(kept, BUILD)).not.toBeNull();
    expect(parseFirstFrame(kept, '/chunks/other.js')).toBeNull();
  });
});

describe('the live page taking over', () => {
  function framed(stored = keptHome()) {
    const doc = page();
    const store = memoryStore({ [firstFrameKey('sidepanel')]: stored });
    drawFirstFrame(doc, store, 'sidepanel');
    return { doc, store, frame: doc.getElementById('first-frame')! };
  }
  const now = { later: (write: () => void) => write() };

  it('searches what was typed into the frame, removes the frame, and keeps no frame of that search', () => {
    const { doc, store, frame } = framed();
    const takeover = takeOverFirstFrame(doc, store, 'sidepanel', now);
    expect(takeover.shown).toBe(true);
    frame.querySelector<HTMLInputElement>('input')!.value = 'booze';
    expect(takeover.typed()).toBe('booze');
    render(doc, '<div class="app"><p>results for booze</p></div>');
    takeover.drawn('100%');
    expect(doc.getElementById('first-frame')).toBeNull();
    expect(store.setItem).not.toHaveBeenCalled();
    expect(store.items.size).toBe(0);
  });

  it('keeps the page as it first draws now, after every render at the start, for the next open', () => {
    const { doc, store } = framed();
    const atHome = { current: true };
    const takeover = takeOverFirstFrame(doc, store, 'sidepanel', { ...now, atStart: () => atHome.current });
    render(doc, HOME.replace('Smoking', 'Smoking and vaping'));
    takeover.drawn('100%');
    // The text size changed while the topic list shows: kept again, at the new size.
    takeover.drawn('150%');
    expect(store.setItem).toHaveBeenCalledTimes(2);
    const next = page();
    drawFirstFrame(next, store, 'sidepanel');
    expect(next.getElementById('first-frame')!.textContent).toContain('Smoking and vaping');
    expect(next.documentElement.style.fontSize).toBe('150%');
  });

  it('forgets the kept frame when a render away from the start (a search, a message) follows a change', () => {
    const { doc, store } = framed();
    // The default: the page's root says which view it shows (data-view, as the sidebar's App does).
    const takeover = takeOverFirstFrame(doc, store, 'sidepanel', now);
    render(doc, HOME.replace('class="app"', 'class="app" data-view="start"'));
    takeover.drawn('100%');
    expect(store.items.size).toBe(1);
    // A search is on screen when the borough changes: that page is not kept, and the frame
    // kept before (the old borough) is forgotten, so the next open never shows it.
    render(doc, '<div class="app" data-view="results"><p>debt advice</p></div>');
    takeover.drawn('100%');
    expect(store.items.size).toBe(0);
    expect(drawFirstFrame(page(), store, 'sidepanel')).toBe(false);
  });

  it('presses the first button pressed on the frame, once, on the live page', () => {
    const { doc, store, frame } = framed();
    const takeover = takeOverFirstFrame(doc, store, 'sidepanel', now);
    const smoking = frame.querySelector<HTMLButtonElement>('[data-topic="smoking"]')!;
    smoking.click();
    smoking.click();
    render(doc, HOME);
    const pressed = vi.fn();
    doc.querySelector('#app [data-topic="smoking"]')!.addEventListener('click', pressed);
    takeover.drawn('100%');
    expect(pressed).toHaveBeenCalledTimes(1);
    // A frame that was pressed is not kept: the next open starts from the page's own first frame.
    expect(store.setItem).not.toHaveBeenCalled();
  });

  it('presses nothing when the live page has another button in that place (a topic hidden since)', () => {
    const { doc, store, frame } = framed();
    const takeover = takeOverFirstFrame(doc, store, 'sidepanel', now);
    frame.querySelector<HTMLButtonElement>('[data-topic="alcohol"]')!.click();
    render(doc, HOME.replace(/<li><button type="button" data-topic="alcohol">Alcohol<\/button><\/li>/, ''));
    const pressed = vi.fn();
    doc.querySelector('#app [data-topic="smoking"]')!.addEventListener('click', pressed);
    takeover.drawn('100%');
    expect(pressed).not.toHaveBeenCalled();
  });

  it('gives up the frame, and says so, when the live page fails to start', async () => {
    const { doc, store } = framed();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const takeover = takeOverFirstFrame(doc, store, 'sidepanel', now);
    await takeover.guard(Promise.reject(new Error('storage gone')), 'the sidebar');
    expect(doc.getElementById('first-frame')).toBeNull();
    expect(store.items.size).toBe(0);
    expect(doc.querySelector('#app [role="alert"]')!.textContent).toMatch(/^Sorry, the sidebar could not be shown/);
    // A failure after the page was drawn leaves what it drew.
    const later = framed();
    const drawnFirst = takeOverFirstFrame(later.doc, later.store, 'sidepanel', now);
    render(later.doc, HOME);
    drawnFirst.drawn('100%');
    await drawnFirst.guard(Promise.reject(new Error('count unreadable')), 'the popup');
    expect(later.doc.querySelectorAll('#app [data-topic]')).toHaveLength(2);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('loses nothing when storage is full: the page works, the next open draws itself', () => {
    const doc = page();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refuse = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const full = { setItem: refuse, removeItem: refuse };
    const takeover = takeOverFirstFrame(doc, full, 'sidepanel', now);
    expect(takeover.shown).toBe(false);
    render(doc, HOME);
    expect(() => takeover.drawn('100%')).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be kept'), expect.anything());
    expect(doc.querySelectorAll('#app [data-topic]')).toHaveLength(2);
    warn.mockRestore();
  });
});

describe("the page's code", () => {
  it('starts at once without a frame, and after the frame is painted with one', () => {
    const bare = page();
    startPageCode(bare, false);
    expect(bare.head.querySelector(`script[src="${BUILD}"]`)).not.toBeNull();

    const framedPage = page();
    let paint: (() => void) | undefined;
    startPageCode(framedPage, true, (start) => (paint = start));
    expect(framedPage.head.querySelector('script')).toBeNull();
    paint!();
    expect(framedPage.head.querySelector(`script[src="${BUILD}"]`)).not.toBeNull();
  });

  it('is left alone under wxt dev, where the HTML loads its code itself (no template)', () => {
    const doc = new Window().document as unknown as Document;
    doc.write('<!doctype html><html><head></head><body><div id="app"></div></body></html>');
    startPageCode(doc, false);
    expect(doc.head.children).toHaveLength(0);
  });
});
