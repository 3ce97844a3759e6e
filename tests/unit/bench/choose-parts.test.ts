import { describe, expect, it } from 'vitest';
import { chooseParts } from '../../../scripts/bench/choose-parts';

const parts = [
  ['search', 1],
  ['feed', 2],
  ['floor', 3],
] as const;

describe('chooseParts (npm run bench -- <part>)', () => {
  it('runs every part when none is named', () => {
    expect(chooseParts(parts, []).map(([name]) => name)).toEqual(['search', 'feed', 'floor']);
  });

  it('runs only the parts named, in the bench order', () => {
    expect(chooseParts(parts, ['floor', 'search']).map(([name]) => name)).toEqual(['search', 'floor']);
  });

  it('refuses a name that is no part, saying which parts there are', () => {
    expect(() => chooseParts(parts, ['search', 'serch'])).toThrow('no part called "serch"; the parts are search, feed, floor.');
  });
});
