import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../../utils/search/normalise-query';
import { buildNameIndex, namesStartingWith, NAME_FULL, NAME_ORGANISATION, NAME_SHORT, shortNames } from '../../../utils/search/name-index';

describe('short names', () => {
  it('are what people type for a long name', () => {
    expect(shortNames("Breathe: It's About Living")).toEqual(['breathe', 'its about living']);
    expect(shortNames('NHS Talking Therapies, for anxiety and depression')).toEqual(['nhs talking therapies']);
    expect(shortNames('Sexual Health London (SHL)')).toEqual(['sexual health london', 'shl']);
    expect(shortNames('Samaritans')).toEqual([]);
  });
});

describe('name index', () => {
  const source = (name: string, organisation: string) => ({ name, text: normaliseQuery(name), organisation: normaliseQuery(organisation) });
  const index = buildNameIndex(
    [
      source('StepChange Debt Charity', 'StepChange Debt Charity'),
      source('Staying safe: domestic abuse', 'Harrow Council'),
      source('NHS: Find a dentist', 'NHS'),
    ],
    (text) =>
      ['domestic abuse', 'stepchange debt charity', 'staying safe domestic abuse', 'harrow council', 'nhs find a dentist', 'nhs'].includes(
        text,
      ),
  );
  const entries = (q: string) => namesStartingWith(index, q).map((e) => [index.texts[e], index.record[e], index.kind[e]]);

  it('finds names and organisations by their start, an organisation that is the name once', () => {
    expect(entries('stepchange')).toEqual([['stepchange debt charity', 0, NAME_FULL]]);
    expect(entries('harrow')).toEqual([['harrow council', 1, NAME_ORGANISATION]]);
  });

  it('keeps a short form only when it is nobody else’s name and not everyday wording', () => {
    expect(entries('staying safe')).toContainEqual(['staying safe', 1, NAME_SHORT]);
    expect(entries('domestic abuse')).toEqual([]);
    // "NHS" is an organisation's name: the dentist finder does not own it.
    expect(entries('nhs').filter(([, , kind]) => kind === NAME_SHORT)).toEqual([]);
  });
});
