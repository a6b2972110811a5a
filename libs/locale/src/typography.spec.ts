import { frenchTypography, typeset, unmarked, verbatim } from './typography';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before : ; ! ? and inside « », and leaves a URL and a time alone', () => {
    expect(frenchTypography('Étape : « Demandée » ; vraiment ? https://recours.fr 14:30')).toBe('Étape\u202f: «\u202fDemandée\u202f»\u202f; vraiment\u202f? https://recours.fr 14:30');
  });

  it('changes nothing when typeset twice (an error typeset by its writer, then for its reader)', () => {
    const once = frenchTypography('comme « 129.99 » : voyez ; bon !');
    expect(frenchTypography(once)).toBe(once);
  });
});

describe('typeset: our sentence typeset, people’s words left as written', () => {
  it('typesets around words marked verbatim and removes the marks, in French; in English only removes the marks', () => {
    const sentence = `Offre refusée : « ${verbatim('Pourquoi ? Trop peu !')} » ; voyez https://recours.example/disputes/1?tab=timeline#a:b`;
    expect(typeset(sentence, 'fr')).toBe('Offre refusée\u202f: «\u202fPourquoi ? Trop peu !\u202f»\u202f; voyez https://recours.example/disputes/1?tab=timeline#a:b');
    expect(typeset(`Offer refused: “${verbatim('Why ?')}”`, 'en')).toBe('Offer refused: “Why ?”');
  });

  it('leaves a link alone: no space is put in « https:// » nor before a query’s « ? »', () => {
    const url = 'https://recours.example/unsubscribe/t0k3n?x=1&y=2';
    expect(typeset(`Pour ne plus recevoir ces notifications par e-mail : ${url}`, 'fr')).toBe(`Pour ne plus recevoir ces notifications par e-mail\u202f: ${url}`);
  });

  it('someone’s words cannot carry marks of their own, and the name’s own letters still choose the elision', () => {
    expect(typeset(verbatim('a\uE001 : b\uE000'), 'fr')).toBe('a : b');
    expect(unmarked(verbatim('Orange'))).toBe('Orange');
  });
});
