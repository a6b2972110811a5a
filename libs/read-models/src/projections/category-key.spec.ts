import { categoryKey } from './category-key';

describe('categoryKey: one category however it was typed', () => {
  it('drops accents and case, trims and collapses spaces', () => {
    expect(categoryKey('  Gros   Électroménager ')).toBe('gros electromenager');
    expect(categoryKey('gros electromenager')).toBe('gros electromenager');
    // A decomposed é (e + U+0301) is the same letter.
    expect(categoryKey('te\u0301le\u0301phonie')).toBe(categoryKey('téléphonie'));
    expect(categoryKey('SmartPhone')).toBe('smartphone');
  });
});
