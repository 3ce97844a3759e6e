import { describe, expect, it } from 'vitest';
import { typoAtWordStart, typoWithinWord } from '../../../utils/search/typo-at-word-start';

describe('where a typo fits', () => {
  it('at the start of a word: "arears" is "arrears", not the end of "carers"', () => {
    expect(typoAtWordStart('rent arrears', 'arears', 2)).toBe(true);
    expect(typoAtWordStart('young carers', 'arears', 2)).toBe(false);
  });

  it('inside one word, never across a space: "verruca" is not "very ca" of "recovery cafes"', () => {
    expect(typoWithinWord('recovery cafes', 'verruca', 2)).toBe(false);
    expect(typoWithinWord('recovery cafes', 'recovry', 2)).toBe(true);
    // Anywhere in the word, not only at its start.
    expect(typoWithinWord('the samaritans', 'maritan', 1)).toBe(true);
  });
});
