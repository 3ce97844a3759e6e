import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import { UNDO_MS } from '../../../components/use-undo-window';
import { refinementChoices } from '../../../utils/contacts/refinement-options';
import { fixtureFiles } from '../../fixtures/content-fixture';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { renderRoot } from '../../fixtures/render-root';

const topics = mergeContentFiles(fixtureFiles().map((f) => f.data)).topics;
const rootOf = renderRoot();
const props = () => ({
  topics,
  todayCount: 4,
  disabledReason: null,
  onLog: vi.fn(async () => ({ ok: true as const, id: 'r1', todayCount: 5 })),
  onUndo: vi.fn(async () => 4),
  onOpenSidebar: vi.fn(),
  onOpenEvaluation: vi.fn(),
  onOpenSettings: vi.fn(),
  dateGranularity: 'day' as const,
});
const button = (name: RegExp | string) =>
  [...rootOf().querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  )!;
const flush = () => act(async () => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('Popup', () => {
  it('works before the log is read: the button is ready, and the count fills in when it arrives', () => {
    act(() => render(<Popup {...props()} todayCount={null} />, rootOf()));
    expect(button(/^Log contact/).disabled).toBe(false);
    expect(rootOf().textContent).toContain('Today: … contacts');
    act(() => render(<Popup {...props()} todayCount={3} />, rootOf()));
    expect(rootOf().textContent).toContain('Today: 3 contacts');
  });

  it('focuses the primary button, whose name begins with "Log contact"', () => {
    act(() => render(<Popup {...props()} />, rootOf()));
    expect(document.activeElement?.textContent).toMatch(/^Log contact/);
    expect(rootOf().textContent).toContain('Today: 4 contacts');
  });

  it('logs in one click, shows the count, and offers undo', async () => {
    const p = props();
    act(() => render(<Popup {...p} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(p.onLog).toHaveBeenCalledWith(null);
    expect(rootOf().querySelector('[role="status"]')!.textContent).toBe('Contact logged. Today: 5.');
    act(() => button(/^Undo/).click());
    await flush();
    expect(p.onUndo).toHaveBeenCalledWith('r1');
    expect(rootOf().querySelector('[role="status"]')!.textContent).toBe('Undone. Today: 4.');
  });

  it('logs with a topic in one click', async () => {
    const p = props();
    act(() => render(<Popup {...p} />, rootOf()));
    act(() => button('Log contact: Alcohol').click());
    await flush();
    expect(p.onLog).toHaveBeenCalledWith('alcohol');
  });

  it('withdraws the undo after a few seconds', async () => {
    vi.useFakeTimers();
    act(() => render(<Popup {...props()} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(button(/^Undo/)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(UNDO_MS + 10);
    });
    expect(button(/^Undo/)).toBeUndefined();
  });

  it('explains instead of logging when the organisation turned logging off', () => {
    act(() => render(<Popup {...props()} disabledReason="Contact logging is turned off by your organisation." />, rootOf()));
    expect(button(/^Log contact$/)).toBeUndefined();
    expect(rootOf().textContent).toContain('turned off by your organisation');
  });

  it('reports a failed save', async () => {
    const p = props();
    p.onLog.mockResolvedValueOnce({ ok: false, reason: 'The contact could not be saved (QuotaExceededError). Try again.' } as never);
    act(() => render(<Popup {...p} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(rootOf().querySelector('[role="status"]')!.textContent).toMatch(/could not be saved/);
  });

  it('gives a reason, not silence, when logging throws before the save, and the button works again', async () => {
    const p = props();
    p.onLog.mockRejectedValueOnce(new DOMException('storage unavailable', 'InvalidStateError'));
    act(() => render(<Popup {...p} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    await flush();
    expect(rootOf().querySelector('[role="status"]')!.textContent).toBe('The contact could not be saved (InvalidStateError). Try again.');
    expect(button(/^Log contact$/).disabled).toBe(false);
    expect(button(/^Undo/)).toBeUndefined();
  });

  it('says the contact is still logged when the undo fails', async () => {
    const p = props();
    p.onUndo.mockRejectedValueOnce(new Error('gone'));
    act(() => render(<Popup {...p} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    act(() => button(/^Undo/).click());
    await flush();
    expect(rootOf().querySelector('[role="status"]')!.textContent).toBe('Could not undo (Error): the contact is still logged.');
    expect(rootOf().textContent).toContain('Today: 5 contacts');
  });

  it('after the one click, offers one-tap refinements that save at once, and stay after the undo window', async () => {
    vi.useFakeTimers();
    const onRefine = vi.fn(async (id: string, r: object) => ({ ok: true as const, record: { id, ...r } as never }));
    const p = { ...props(), refinements: refinementChoices([]), onRefine };
    act(() => render(<Popup {...p} />, rootOf()));
    expect(rootOf().querySelector('.refine')).toBeNull();
    act(() => button(/^Log contact$/).click());
    await flush();
    // Logged already, at the default level: the refinements only add detail.
    expect(p.onLog).toHaveBeenCalledTimes(1);
    expect(button('Very brief').getAttribute('aria-pressed')).toBe('true');
    act(() => button('Brief').click());
    await flush();
    expect(onRefine).toHaveBeenLastCalledWith('r1', { level: 'brief' });
    expect(button('Brief').getAttribute('aria-pressed')).toBe('true');
    expect(button('Very brief').getAttribute('aria-pressed')).toBe('false');
    act(() => button('Referral accepted').click());
    await flush();
    expect(onRefine).toHaveBeenLastCalledWith('r1', { outcome: 'referral-accepted' });
    act(() => button('Said they would contact the service').click());
    await flush();
    expect(onRefine).toHaveBeenLastCalledWith('r1', { intention: true });
    expect(rootOf().querySelector('.refine [role="status"]')!.textContent).toBe('Saved: said they would contact the service.');
    act(() => {
      vi.advanceTimersByTime(UNDO_MS + 10);
    });
    expect(rootOf().textContent).not.toMatch(/Undo/);
    expect(rootOf().querySelector('.refine')).not.toBeNull();
    // A second tap on the outcome clears it.
    act(() => button('Referral accepted').click());
    await flush();
    expect(onRefine).toHaveBeenLastCalledWith('r1', { outcome: null });
  });

  it('offers only the refinements policy leaves on, and none when all are hidden', async () => {
    const p = { ...props(), refinements: refinementChoices(['level', 'declined', 'intention']), onRefine: vi.fn() };
    act(() => render(<Popup {...p} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    const chips = [...rootOf().querySelectorAll('.refine__chip')].map((b) => b.textContent);
    expect(chips).toEqual(['Information given', 'Signposted', 'Referral offered', 'Referral accepted']);
    render(null, rootOf());
    const none = { ...props(), refinements: refinementChoices(['level', 'outcome', 'intention']), onRefine: vi.fn() };
    act(() => render(<Popup {...none} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    expect(rootOf().querySelector('.refine')).toBeNull();
  });

  it('says why a refinement was refused', async () => {
    const onRefine = vi.fn(async () => ({ ok: false as const, reason: 'That contact can no longer be changed.' }));
    act(() => render(<Popup {...props()} refinements={refinementChoices([])} onRefine={onRefine} />, rootOf()));
    act(() => button(/^Log contact$/).click());
    await flush();
    act(() => button('Extended').click());
    await flush();
    expect(rootOf().querySelector('.refine [role="status"]')!.textContent).toBe('That contact can no longer be changed.');
    expect(button('Extended').getAttribute('aria-pressed')).toBe('false');
  });
});
