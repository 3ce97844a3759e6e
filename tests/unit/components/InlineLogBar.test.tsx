import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import type { PageLogResult } from '../../../utils/contacts/page-actions';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { appMounter, buttonNamed, typeInto } from '../../fixtures/app-harness';
import { renderRoot } from '../../fixtures/render-root';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));

const root = renderRoot();
let onLog: ReturnType<typeof vi.fn<() => Promise<PageLogResult>>>;
const mountApp = appMounter(content, root);
const mount = () =>
  mountApp({
    onLog,
    onUndoLog: () => Promise.resolve(),
    refinements: { levels: ['very-brief', 'brief'], outcomes: ['signposted'], intention: true },
    onRefineLog: () => Promise.resolve({ ok: false, reason: 'not in this test' }),
  });
const click = async (el: HTMLElement) => {
  act(() => el.click());
  await act(async () => {});
};
const card = (id: string) => root().querySelector<HTMLElement>(`article[data-id="${id}"]`)!;
const bars = () => root().querySelectorAll('[data-testid="log-bar"]');
/** Search, copy Quit Line's details; with `log`, take the offer to log it. */
async function copyQuitLine(log: boolean) {
  mount();
  typeInto(root(), 'quit line');
  await click(buttonNamed(/Copy details/, card('quit-line')));
  if (log) await click(buttonNamed(/Log signposting/, card('quit-line')));
}

beforeEach(() => {
  onLog = vi.fn(() => Promise.resolve({ ok: true, id: 'c1', todayCount: 1 } as PageLogResult));
});

describe('the log bar after a handover', () => {
  it('appears inside the card that was copied, not fixed over the page', async () => {
    await copyQuitLine(false);
    const bar = card('quit-line').querySelector<HTMLElement>('[data-testid="log-bar"]');
    expect(bar).not.toBeNull();
    expect(bar!.textContent).toContain('Quit Line details copied');
    expect(buttonNamed(/Log signposting to Quit Line/, bar!)).toBeDefined();
    expect(bars()).toHaveLength(1);
  });

  it('logs, offers refinements with a Done button, and Done closes it', async () => {
    await copyQuitLine(true);
    expect(onLog).toHaveBeenCalledTimes(1);
    const bar = card('quit-line').querySelector<HTMLElement>('[data-testid="log-bar"]')!;
    expect(bar.textContent).toContain('Logged: signposting to Quit Line. Today: 1.');
    expect(bar.textContent).toContain('Add detail (optional)');
    await click(buttonNamed(/^Done$/, bar));
    expect(bars()).toHaveLength(0);
  });

  it('is cleared by the next search, offer and refinements alike', async () => {
    await copyQuitLine(true);
    expect(bars()).toHaveLength(1);
    typeInto(root(), 'fags');
    expect(bars()).toHaveLength(0);
    expect(root().textContent).not.toContain('Log signposting');
  });

  it('"Not now" drops the offer without logging', async () => {
    await copyQuitLine(false);
    await click(buttonNamed(/Not now/, root()));
    expect(onLog).not.toHaveBeenCalled();
    expect(bars()).toHaveLength(0);
  });
});
