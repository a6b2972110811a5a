import { partsOfHeadline, partsOfSubstrings, wordsOf } from './highlights';

describe('search highlights', () => {
  it('marks a word wherever it occurs, accents and case aside, on the original text', () => {
    expect(partsOfSubstrings('Élodie Lefèvre', ['lefevre'])).toEqual([
      { text: 'Élodie ', match: false },
      { text: 'Lefèvre', match: true },
    ]);
    expect(partsOfSubstrings('CMD-2025-0310-77', ['0310'])).toEqual([
      { text: 'CMD-2025-', match: false },
      { text: '0310', match: true },
      { text: '-77', match: false },
    ]);
    expect(partsOfSubstrings('Galaxy A54', ['pixel'])).toBeNull();
  });

  it('cuts a headline at its marks', () => {
    expect(partsOfHeadline('La \uE000batterie\uE001 gonfle')).toEqual([
      { text: 'La ', match: false },
      { text: 'batterie', match: true },
      { text: ' gonfle', match: false },
    ]);
  });

  it('takes the words of a query without their quotes, and leaves out single letters and operators', () => {
    expect(wordsOf('  "CMD-77"  a or batterie -écran ')).toEqual(['CMD-77', 'batterie']);
  });
});
