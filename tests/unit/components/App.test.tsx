import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { appMounter, typeInto } from '../../fixtures/app-harness';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));

let root: HTMLElement;
let copy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
let onBoroughChange: ReturnType<typeof vi.fn<(b: string | null) => void>>;

const mountApp = appMounter(content, () => root);
const mount = (initialBorough: string | null = null) => mountApp({ initialBorough, onBoroughChange, copy });
const input = () => root.querySelector<HTMLInputElement>('input[type="search"]')!;
const type = (text: string) => typeInto(root, text);
function key(target: Element, k: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
}
const articleIds = () => [...root.querySelectorAll<HTMLElement>('article')].map((a) => a.dataset.id);

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  copy = vi.fn(() => Promise.resolve());
  onBoroughChange = vi.fn();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('App', () => {
  it('focuses the search box and lists topics before anything is typed', () => {
    mount();
    expect(document.activeElement).toBe(input());
    // In the publisher's order, each with its number of messages.
    expect([...root.querySelectorAll('[data-topic]')].map((b) => b.textContent)).toEqual([
      'Smoking and vaping1 messages',
      'Alcohol0 messages',
    ]);
  });

  it('shows messages then services, each an article headed by its title', () => {
    mount();
    type('fags');
    expect(articleIds()).toEqual(['stop-smoking', 'quit-line', 'camden-quit']);
    const first = root.querySelector('article')!;
    expect(first.querySelector('h3')!.textContent).toBe('Stopping smoking');
  });

  it('filters by borough and reports the change for saving', () => {
    mount();
    const select = root.querySelector<HTMLSelectElement>('#borough-select')!;
    act(() => {
      select.value = 'islington';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    type('quit');
    // "quit" starts the Quit Line's name: it comes first, as the best match.
    expect(articleIds()).toEqual(['quit-line', 'stop-smoking']);
    expect(onBoroughChange).toHaveBeenCalledWith('islington');
  });

  it('shows a borough set by policy as locked, and follows policy when it changes', () => {
    const renderWith = (borough: string) => mountApp({ initialBorough: borough, boroughLocked: true, onBoroughChange, copy });
    renderWith('islington');
    const select = root.querySelector<HTMLSelectElement>('#borough-select')!;
    expect(select.disabled).toBe(true);
    expect(root.querySelector('#borough-locked')!.textContent).toBe('Set by your organisation');
    type('quit');
    expect(articleIds()).toEqual(['quit-line', 'stop-smoking']);
    renderWith('camden');
    expect(root.querySelector<HTMLSelectElement>('#borough-select')!.value).toBe('camden');
    expect(articleIds()).toContain('camden-quit');
  });

  it('ignores a remembered borough the content no longer has', () => {
    mount('atlantis');
    expect(root.querySelector<HTMLSelectElement>('#borough-select')!.value).toBe('');
  });

  it('copies a service link from the keyboard and announces it', async () => {
    mount();
    type('quit line');
    const card = root.querySelector<HTMLElement>('article[data-id="quit-line"]')!;
    card.focus();
    key(card, 'Enter');
    expect(copy).toHaveBeenCalledWith('https://quit.example.org/');
    await act(async () => {});
    expect(root.querySelector('[data-testid="announcer"]')!.textContent).toBe('Link to Quit Line copied');
  });

  it('says so when the browser refuses to copy', async () => {
    copy.mockImplementation(() => Promise.reject(new Error('denied')));
    mount();
    type('quit line');
    const card = root.querySelector<HTMLElement>('article[data-id="quit-line"]')!;
    key(card, 'd');
    await act(async () => {});
    expect(root.querySelector('[data-testid="announcer"]')!.textContent).toMatch(/Could not copy/);
  });

  it('opens a message with Enter and returns to the same result with Esc', () => {
    mount();
    type('fags');
    const article = root.querySelector<HTMLElement>('article[data-id="stop-smoking"]')!;
    article.focus();
    key(article, 'Enter');
    const heading = root.querySelector('#message-view-title')!;
    expect(heading.textContent).toBe('Stopping smoking');
    expect(root.textContent).toContain('What to say');
    key(document.body, 'Escape');
    expect(document.activeElement?.getAttribute('data-id')).toBe('stop-smoking');
  });

  it('hides a linked service outside the borough in the message view', () => {
    mount('islington');
    type('fags');
    const article = root.querySelector<HTMLElement>('article[data-id="stop-smoking"]')!;
    key(article, 'Enter');
    expect(articleIds()).toEqual(['quit-line']);
  });

  it('shows a service the query names first, under "Best match"', () => {
    mount();
    type('Quit Line');
    expect(articleIds()[0]).toBe('quit-line');
    expect(root.querySelector('h2')!.textContent).toBe('Best match');
    expect(root.querySelector('[aria-live="polite"].visually-hidden')).not.toBeNull();
  });

  it('says what was searched when nothing is found, and offers the topics instead', () => {
    mount();
    type('xylophone');
    expect(root.textContent).toContain('Nothing found for “xylophone”');
    const topicButton = root.querySelector<HTMLButtonElement>('button[data-topic="smoking"]')!;
    act(() => topicButton.click());
    expect(root.querySelector('.topic-bar h2')!.textContent).toBe('Smoking and vaping');
  });

  it('renders content text as text, never as markup', () => {
    const hostile = structuredClone(content);
    hostile.messages[0]!.title = '<img src=x onerror="alert(1)">';
    appMounter(hostile, () => root)({ onBoroughChange, copy });
    type('fags');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
