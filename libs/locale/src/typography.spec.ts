import { frenchTypography } from './typography';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before : ; ! ? and inside « », and leaves a URL and a time alone', () => {
    expect(frenchTypography('Étape : « Demandée » ; vraiment ? https://recours.fr 14:30')).toBe('Étape\u202f: «\u202fDemandée\u202f»\u202f; vraiment\u202f? https://recours.fr 14:30');
  });

  it('changes nothing when typeset twice (an error typeset by its writer, then for its reader)', () => {
    const once = frenchTypography('comme « 129.99 » : voyez ; bon !');
    expect(frenchTypography(once)).toBe(once);
  });
});
