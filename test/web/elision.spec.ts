import { fillMessage } from '../../apps/web/src/i18n/translate';
import { en, type MessageKey } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const inFrench = (key: MessageKey, values: Record<string, string | number>) => plain(fillMessage(fr[key], values, 'fr-FR'));
const inEnglish = (key: MessageKey, values: Record<string, string | number>) => fillMessage(en[key], values, 'en-GB');

/** Arguments that are never a name: dates, years, bounds, counts. */
const NOT_A_NAME = new Set(['at', 'date', 'due', 'expires', 'made', 'year', 'min', 'max', 'first', 'last', 'from', 'to', 'n', 'count', 'days', 'lastDay', 'on']);

describe('the French catalogue elides before a name', () => {
  it('« d’ » before a vowel, « de » before a consonant or a digit, as the caller passes the name alone', () => {
    expect(inFrench('profile.titleOf', { name: 'Acme' })).toBe('Profil d’Acme');
    expect(inFrench('profile.titleOf', { name: 'Électro Dépôt' })).toBe('Profil d’Électro Dépôt');
    expect(inFrench('profile.titleOf', { name: 'Fnac' })).toBe('Profil de Fnac');
    expect(inFrench('profile.titleOf', { name: '3 Suisses' })).toBe('Profil de 3 Suisses');
    expect(inFrench('takeover.invitation.title', { name: 'Orange' })).toBe('Reprendre le profil d’Orange sur recours');
    expect(inFrench('takeover.invitation.lead', { name: 'Yves Rocher' })).toMatch(/^Un client d’Yves Rocher a déposé une réclamation/);
    expect(inFrench('team.transfer.confirm', { name: 'Inès Martin' })).toBe('Faire d’Inès Martin le propriétaire : vous restez superviseur');
    expect(inFrench('team.pending.withdrawn', { name: 'Hugo Petit' })).toMatch(/^L’invitation de Hugo Petit est retirée/);
    expect(inFrench('bodies.admin.makeDefaultOf', { name: 'AME Conso' })).toBe('Faire d’AME Conso l’organisme par défaut');
    expect(inFrench('bodies.caseloadOf', { name: 'Médiation Conso' })).toBe('Charge de Médiation Conso');
  });

  it('leaves the English sentences as they were', () => {
    expect(inEnglish('profile.titleOf', { name: 'Acme' })).toBe(en['profile.titleOf'].replace('{name}', 'Acme'));
    expect(inEnglish('takeover.invitation.title', { name: 'Orange' })).toBe(en['takeover.invitation.title'].replace('{name}', 'Orange'));
  });

  it('never puts a name right after « de », « que », « le » or « la » without choosing the elision', () => {
    const bare = Object.entries(fr).flatMap(([key, text]) =>
      [...text.matchAll(/(?<![\p{L}’])(?:de|que|le|la) \{(\w+)\}/giu)].filter((m) => !NOT_A_NAME.has(m[1]!)).map((m) => `${key}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });

  it('chooses each elision by the name that follows, and leaves no select syntax, whatever the name', () => {
    for (const [key, text] of Object.entries(fr)) {
      for (const m of text.matchAll(/\{(\w+)Elides, select, yes \{([^{}]*)\} other \{([^{}]*)\}\}\{(\w+)\}/g)) expect(`${key}: ${m[1]}`).toBe(`${key}: ${m[4]}`);
      if (!text.includes(', select,')) continue;
      const names = [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).filter((name) => !name.endsWith('Elides'));
      for (const name of ['Acme', 'Fnac']) {
        const filled = fillMessage(text, Object.fromEntries(names.map((n) => [n, name])), 'fr-FR');
        expect(`${key}: ${filled}`).not.toMatch(/select|Elides|[{}]/);
      }
    }
  });
});
