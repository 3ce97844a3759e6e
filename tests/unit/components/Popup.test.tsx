import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import { UNDO_MS } from '../../../components/use-undo-window';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';

const topics = mergeContentFiles(fixtureFiles().map((f) => f.data)).topics;
let root: HTMLElement;
const props = () => ({
  topics,
  todayCount: 4,
  disabledReason: null,
  onLog: vi.fn(async () => ({ ok: true as const, id: 'r1', todayCount: 5 })),
  onUndo: vi.fn(async () => 4),
  onOpenSidebar: vi.fn(),
  onOpenEvaluation: vi.fn(),
  onOpenSettings: vi.fn(),
});
const button = (name: RegExp | string) =>
  [...root.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')))!;
const flush = () => act(async () => {});

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('Popup', () => {
  it('focuses the primary button, whose name begins with "Log contact"', () => {
    act(() => render(<Popup {...props()} />, root));
    expect(document.activeElement?.textContent).toMatch(/^Log contact/);
    expect(root.textContent).toContain('Today: 4 contacts');
  });

  it('logs in one click, shows the count, and offers undo', async () => {
    const p = props();
    act(() => render(<Popup {...p} />, root));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(p.onLog).toHaveBeenCalledWith(null);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Contact logged. Today: 5.');
    act(() => button(/^Undo/).click());
    await flush();
    expect(p.onUndo).toHaveBeenCalledWith('r1');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Undone. Today: 4.');
  });

  it('logs with a topic in one click', async () => {
    const p = props();
    act(() => render(<Popup {...p} />, root));
    act(() => button('Log contact: Alcohol').click());
    await flush();
    expect(p.onLog).toHaveBeenCalledWith('alcohol');
  });

  it('withdraws the undo after a few seconds', async () => {
    vi.useFakeTimers();
    act(() => render(<Popup {...props()} />, root));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(button(/^Undo/)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(UNDO_MS + 10);
    });
    expect(button(/^Undo/)).toBeUndefined();
  });

  it('explains instead of logging when the organisation turned logging off', () => {
    act(() => render(<Popup {...props()} disabledReason="Contact logging is turned off by your organisation." />, root));
    expect(button(/^Log contact$/)).toBeUndefined();
    expect(root.textContent).toContain('turned off by your organisation');
  });

  it('reports a failed save', async () => {
    const p = props();
    p.onLog.mockResolvedValueOnce({ ok: false, reason: 'The contact could not be saved (QuotaExceededError). Try again.' } as never);
    act(() => render(<Popup {...p} />, root));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/could not be saved/);
  });
});
