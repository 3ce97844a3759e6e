import { describe, expect, it } from 'vitest';
import { stem } from '../../../utils/search/word-stem';

describe('stem', () => {
  it('brings a staff member’s wording and the content’s to the same stem', () => {
    const same = [
      ['worried', 'worries', 'worry'],
      ['evicted', 'eviction'],
      ['smoking', 'smoker', 'smokers', 'smoke'],
      ['drinking', 'drinks'],
      ['carers', 'carer', 'caring'],
      ['stressed', 'stress'],
    ];
    for (const forms of same) expect(new Set(forms.map(stem)).size, forms.join(', ')).toBe(1);
  });

  it('leaves short words, and words ending in -ss or -us, alone', () => {
    expect(['jab', 'sti', 'gp'].map(stem)).toEqual(['jab', 'sti', 'gp']);
    expect(stem('homeless')).toBe('homeless');
    expect(stem('bonus')).toBe('bonus');
  });
});
