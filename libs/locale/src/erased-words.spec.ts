import { ERASED, ERASED_PERSON, withErasedWords } from './erased-words';

describe('erased words on the way out', () => {
  it("writes the store's marker in the reader's language, wherever it sits, and leaves the rest as it is", () => {
    const data = { dispute: { description: ERASED, messages: [{ body: 'Bonjour' }, { body: ERASED }], chronology: [{ what: ERASED, on: '2026-01-02' }], price: 12 } };
    const before = structuredClone(data);
    expect(withErasedWords(data, 'fr')).toEqual({ dispute: { description: 'effacé', messages: [{ body: 'Bonjour' }, { body: 'effacé' }], chronology: [{ what: 'effacé', on: '2026-01-02' }], price: 12 } });
    expect(withErasedWords(data, 'en').dispute.messages[1].body).toBe('erased');
    expect(data).toEqual(before); // results shared between subscribers are not changed
  });

  it('answers the same value when nothing is erased', () => {
    const data = { a: [{ b: 'c' }], d: null };
    expect(withErasedWords(data, 'fr')).toBe(data);
  });

  it('writes the marker quoted in a sentence, and an erased person’s name, in the reader’s language', () => {
    expect(withErasedWords({ text: `${ERASED_PERSON} wrote: “${ERASED}”` }, 'en')).toEqual({ text: 'a person whose data was erased wrote: “erased”' });
    expect(withErasedWords([`${ERASED_PERSON} a écrit : « ${ERASED} »`], 'fr')).toEqual(['une personne dont les données ont été effacées a écrit : « effacé »']);
  });
});
