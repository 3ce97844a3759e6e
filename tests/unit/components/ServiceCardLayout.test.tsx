import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { appMounter, buttonNamed, typeInto } from '../../fixtures/app-harness';
import { renderRoot } from '../../fixtures/render-root';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));
const root = renderRoot();
const mount = appMounter(content, root);
const card = (id: string) => root().querySelector<HTMLElement>(`article[data-id="${id}"]`)!;
const chip = () => root().querySelector<HTMLAnchorElement>('[data-testid="slip-chip"]');

describe('a service card a receptionist can scan', () => {
  it('has one primary action, Copy details, and the rest as one row of secondary actions', () => {
    mount();
    typeInto(root(), 'quit line');
    const primary = card('quit-line').querySelectorAll('.button');
    expect([...primary].map((b) => b.textContent)).toEqual(['Copy details for Quit Line']);
    const secondary = [...card('quit-line').querySelectorAll('.card__secondary button')].map((b) => b.textContent);
    expect(secondary).toEqual([
      'Copy link to Quit Line',
      'Show QR code for Quit Line',
      'Text message for Quit Line',
      'Add to slip to print: Quit Line',
    ]);
  });

  it('shows "Slip (n) · Print" at the top once a slip is started, and not before', () => {
    mount();
    typeInto(root(), 'quit line');
    expect(chip()).toBeNull();
    act(() => buttonNamed(/Add to slip/, card('quit-line')).click());
    expect(chip()!.textContent).toBe('Slip (1) · Print (opens in a new tab)');
    expect(chip()!.getAttribute('href')).toContain('quit-line');
    // Before the search box: reachable without scrolling to the end.
    const search = root().querySelector('input[type="search"]')!;
    expect(chip()!.compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => buttonNamed(/Add to slip/, card('quit-line')).click());
    expect(chip()).toBeNull();
  });
});
