import { say } from './phrase';

describe('say', () => {
  it('answers the phrase in the reader’s language, French typeset as the catalogue prints it', () => {
    const phrase = { en: 'Not accepted: send a PDF', fr: 'Ce type de fichier n’est pas accepté : envoyez un PDF, dans le champ « file ».' };
    expect(say(phrase, 'fr')).toBe('Ce type de fichier n’est pas accepté\u202f: envoyez un PDF, dans le champ «\u202ffile\u202f».');
    expect(say(phrase, 'en')).toBe('Not accepted: send a PDF');
  });
});
