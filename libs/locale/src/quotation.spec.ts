import { endSentence, quote, quoteEndingSentence } from './quotation';

describe('a sentence ending with a quotation is ended once (journeys review, finding 6)', () => {
  it('adds the full stop after words that do not end a sentence', () => {
    expect(quoteEndingSentence('Refus définitif', 'fr')).toBe('« Refus définitif ».');
    expect(quoteEndingSentence('Final refusal', 'en')).toBe('“Final refusal”.');
    expect(endSentence('Final refusal')).toBe('Final refusal.');
    expect(quoteEndingSentence('Voir la facture :', 'fr')).toBe('« Voir la facture : ».');
  });

  it('adds none after words ending with their own . ! ? or …, in French and English', () => {
    expect(quoteEndingSentence('Refus définitif.', 'fr')).toBe('« Refus définitif. »');
    expect(quoteEndingSentence('Pourquoi ?', 'fr')).toBe('« Pourquoi ? »');
    expect(quoteEndingSentence('Jamais\u202f!', 'fr')).toBe('« Jamais\u202f! »');
    expect(quoteEndingSentence('Et ensuite…', 'fr')).toBe('« Et ensuite… »');
    expect(quoteEndingSentence('Final refusal.', 'en')).toBe('“Final refusal.”');
    expect(quoteEndingSentence('Why?', 'en')).toBe('“Why?”');
    expect(endSentence('Final refusal.')).toBe('Final refusal.');
    expect(endSentence('Etc...')).toBe('Etc...');
  });

  it('looks inside the quotation marks the quoted words end with', () => {
    expect(quoteEndingSentence('Il a écrit « c’est fini. »', 'fr')).toBe('« Il a écrit « c’est fini. » »');
    expect(quoteEndingSentence('Il a écrit « c’est fini »', 'fr')).toBe('« Il a écrit « c’est fini » ».');
    expect(endSentence('He wrote “it is over.”')).toBe('He wrote “it is over.”');
    expect(endSentence('Fini. ')).toBe('Fini. ');
  });

  it('quotes as each language quotes', () => {
    expect(quote('non', 'fr')).toBe('« non »');
    expect(quote('no', 'en')).toBe('“no”');
  });
});
