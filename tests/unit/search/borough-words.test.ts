import { describe, expect, it } from 'vitest';
import { buildBoroughWords, findBoroughs } from '../../../utils/search/borough-words';

const areas = [
  { id: 'barking-and-dagenham', name: 'Barking and Dagenham', icb: 'nel' },
  { id: 'hackney', name: 'Hackney', icb: 'nel' },
  { id: 'kingston-upon-thames', name: 'Kingston upon Thames', icb: 'swl' },
  { id: 'richmond-upon-thames', name: 'Richmond upon Thames', icb: 'swl' },
  { id: 'city-of-london', name: 'City of London', icb: 'nel' },
  { id: 'brent', name: 'Brent', icb: 'nwl' },
];
const words = buildBoroughWords(areas);
const find = (q: string) => findBoroughs(words, q.split(' '));

describe('borough words', () => {
  it('finds a borough named in the query, and leaves the rest of the words', () => {
    expect(find('hackney stop smoking')).toEqual({ areas: ['hackney'], rest: ['stop', 'smoking'] });
  });

  it('reads a joined name whole, and each half on its own', () => {
    expect(find('barking and dagenham housing')).toEqual({ areas: ['barking-and-dagenham'], rest: ['housing'] });
    expect(find('dagenham housing').areas).toEqual(['barking-and-dagenham']);
    expect(find('kingston sexual health').areas).toEqual(['kingston-upon-thames']);
  });

  it('leaves a half two boroughs share, and the word London, as ordinary words', () => {
    expect(find('thames').areas).toEqual([]);
    expect(find('london housing').areas).toEqual([]);
    expect(find('city of london').areas).toEqual(['city-of-london']);
  });

  it('never matches with a typo: "rent" is one letter from "brent"', () => {
    expect(find('rent arrears').areas).toEqual([]);
    expect(find('brent rent').areas).toEqual(['brent']);
  });
});
