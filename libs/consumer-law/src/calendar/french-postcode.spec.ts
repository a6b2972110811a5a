import { frenchPostcode, NOT_A_POSTCODE_WORDS } from './french-postcode';

// The one rule for her postcode, on the claim, the rights calculator and the web app's forms.
describe('a French postcode', () => {
  it.each([
    ['75011', '75011'],
    ['01000', '01000'],
    ['20000', '20000'],
    ['95000', '95000'],
    ['97 400', '97400'],
    ['97\u202f400', '97400'],
    ['97133', '97133'],
    ['97800', '97800'],
    ['98000', '98000'],
    ['98714', '98714'],
    ['98800', '98800'],
    [' 67000 ', '67000'],
    ['67000\t', '67000'],
    ['\t97 400\u00a0', '97400'],
  ])('%p reads as %s: spaces around it dropped, one between two digits allowed', (typed, digits) => {
    expect(frenchPostcode(typed)).toBe(digits);
  });

  it.each(['00000', '00100', '96000', '96100', '99000', '99999', '97000', '97900', '98100', '98500', '98900'])('%s is no place’s postcode: refused, not read as metropolitan France', (postcode) => {
    expect(frenchPostcode(postcode)).toBeNull();
  });

  it.each(['7501', '750011', 'SW1A 1AA', '', '   ', '97\t400', '97  400', '6 7 0 0 0 0'])('%p is not five digits: refused', (typed) => {
    expect(frenchPostcode(typed)).toBeNull();
  });

  it('says what a French postcode looks like, in French and English', () => {
    expect(NOT_A_POSTCODE_WORDS.en).toBe('must be a French postcode of five digits, starting with 01 to 95, 971 to 978, 980, 984 or 986 to 988, such as “75011” or “97400”');
    expect(NOT_A_POSTCODE_WORDS.fr).toBe('doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme « 75011 » ou « 97400 »');
  });
});
