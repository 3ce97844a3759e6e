import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSizeControl } from '../../../components/TextSizeControl';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import { TEXT_SIZES, type TextSize } from '../../../utils/settings/setting-definitions';
import { renderRoot } from '../../fixtures/render-root';
import { buttonNamed } from '../../fixtures/app-harness';

const root = renderRoot();
const show = (value: TextSize, locked = false) => {
  const onChange = vi.fn();
  act(() => render(<TextSizeControl value={value} locked={locked} onChange={onChange} />, root()));
  return onChange;
};
const smaller = () => buttonNamed(/smaller text/, root());
const larger = () => buttonNamed(/larger text/, root());
afterEach(() => document.documentElement.style.removeProperty('font-size'));

describe('the text size control', () => {
  it('scales the page root and steps one size at a time', () => {
    const onChange = show(115);
    expect(document.documentElement.style.fontSize).toBe('115%');
    act(() => larger().click());
    expect(onChange).toHaveBeenLastCalledWith(130);
    act(() => buttonNamed(/A−/, root()).click());
    expect(onChange).toHaveBeenLastCalledWith(100);
  });

  it('stops at 90 % and 175 %', () => {
    show(TEXT_SIZES[0]);
    expect(smaller().disabled).toBe(true);
    show(TEXT_SIZES[TEXT_SIZES.length - 1]!);
    expect(larger().disabled).toBe(true);
    expect([TEXT_SIZES[0], TEXT_SIZES[TEXT_SIZES.length - 1]]).toEqual([90, 175]);
  });

  it('cannot be changed when policy fixes it', () => {
    const onChange = show(130, true);
    expect(smaller().disabled && larger().disabled).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('the textSize setting', () => {
  it('takes a policy default that staff can change, a policy value that they cannot, and refuses a bad value', () => {
    const recommended = resolveSettings({ recommended: { textSize: 150 } }, {});
    expect(recommended.settings.textSize).toBe(150);
    expect(recommended.locked.has('textSize')).toBe(false);
    expect(resolveSettings({ recommended: { textSize: 150 } }, { textSize: 115 }).settings.textSize).toBe(115);
    const fixed = resolveSettings({ textSize: 130 }, { textSize: 90 });
    expect([fixed.settings.textSize, fixed.locked.has('textSize')]).toEqual([130, true]);
    const bad = resolveSettings({}, { textSize: 120 });
    expect(bad.settings.textSize).toBe(100);
    expect(bad.warnings.join(' ')).toMatch(/textSize.*must be one of 90, 100, 115, 130, 150, 175/);
  });
});
