/**
 * The popup's and the evaluation page's "what is kept" follow the policy in
 * force (the hour is kept when dateGranularity is "hour") and list what docs/privacy.md lists.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import { keptFieldsSentence } from '../../../utils/contacts/kept-fields';

function popupText(granularity: 'day' | 'hour') {
  const root = document.createElement('div');
  render(
    <Popup
      topics={[]}
      todayCount={0}
      disabledReason={null}
      onLog={vi.fn()}
      onUndo={vi.fn()}
      onOpenSidebar={vi.fn()}
      onOpenEvaluation={vi.fn()}
      onOpenSettings={vi.fn()}
      dateGranularity={granularity}
    />,
    root,
  );
  return root.querySelector('.popup__privacy')!.textContent!;
}

describe('what a contact keeps, in the product text', () => {
  it('C6: says the hour is kept when policy keeps it, and not otherwise', () => {
    expect(popupText('hour')).toMatch(/the date and hour/);
    expect(popupText('day')).not.toMatch(/hour/);
  });

  it('C6: names the fields privacy.md lists, not only the date and topic', () => {
    for (const field of ['topics', 'services', 'level', 'outcome', 'intention', 'handover', 'how it was logged', 'content version']) {
      expect(keptFieldsSentence('day')).toContain(field);
    }
    expect(keptFieldsSentence('day')).toMatch(/nothing about the person, the page you were on, or you/);
  });
});
