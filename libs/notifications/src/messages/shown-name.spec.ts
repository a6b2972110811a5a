import { linksFrom } from './links';
import { accountEmailMessage } from './account-email-message';
import { SHOWN_NAME_MAX, shownName } from './shown-name';

/**
 * A display name is chosen freely by whoever signs up, and the account e-mails go to addresses no
 * one has proven yet (a company's address to confirm, a sign-up's): whatever was typed must never
 * read there as a link, a phone number to call or a text of its own. One definition, shownName.
 */
describe('a chosen name as an account e-mail shows it', () => {
  it('keeps a name as it is: letters and accents, spaces, apostrophes, hyphens, an initial', () => {
    expect(shownName('Marc')).toBe('Marc');
    expect(shownName('Zéphyrine Quillebœuf')).toBe('Zéphyrine Quillebœuf');
    expect(shownName('Anne-Lise d’Aubigné')).toBe('Anne-Lise d’Aubigné');
    expect(shownName('J. Dupont')).toBe('J. Dupont');
    expect(shownName('  Marc \n  Dupont ')).toBe('Marc Dupont');
  });

  it('leaves nothing a mail reader would make a link of, nor a number to call', () => {
    for (const typed of ['https://recours-verification.example/login', 'www.evil.example', 'evil.example', 'support@evil.example', 'Marc <a href="x">here</a>', 'Appelez le 06 12 34 56 78']) {
      const shown = shownName(typed) ?? '';
      expect({ typed, shown }).toEqual({ typed, shown: expect.not.stringMatching(/[:/@.<>"=\d]/) });
    }
    expect(shownName('evil.example')).toBe('evil example');
    // Invisible and direction characters (which reorder what is read) go; nothing but punctuation leaves no name.
    expect(shownName('Ma\u200brc\u202e')).toBe('Marc');
    expect(shownName('http://1.2.3.4/')).toBe('http');
    expect(shownName('://…/123')).toBeNull();
    expect(shownName('')).toBeNull();
  });

  it(`is at most ${SHOWN_NAME_MAX} characters, cut at a word and marked as cut`, () => {
    const long = shownName('Votre compte sera suspendu sauf si vous cliquez sur le bouton ci-dessous immédiatement')!;
    expect(Array.from(long).length).toBeLessThanOrEqual(SHOWN_NAME_MAX);
    expect(long).toBe('Votre compte sera suspendu sauf si vous…');
  });
});

describe('the account e-mails to a company’s address show the account’s name through it, quoted, and never in the greeting', () => {
  const links = linksFrom({ PUBLIC_URL: 'https://recours.example' });
  const name = 'URGENT: call 06 12 34 56 78 or visit https://evil.example/pay';
  const mails = (['fr', 'en'] as const).flatMap((locale) =>
    (['MERCHANT_ADDRESS', 'VERIFY_EMAIL'] as const).map((email) =>
      accountEmailMessage('id-1', { kind: 'ACCOUNT_EMAIL', email, to: { address: 'contact@acme.test', displayName: name, locale }, token: 't-1', merchant: 'Acme', account: name }, links, 'recours.example'),
    ),
  );

  it('shows the name only quoted and defused, and greets without it', () => {
    for (const mail of mails) {
      expect(mail.text).not.toContain('evil.example');
      expect(mail.text).not.toContain('06 12');
      expect(mail.html).not.toContain('evil.example');
      expect(mail.text).toMatch(/« URGENT call or visit https evil example… »|“URGENT call or visit https evil example…”/);
      expect(mail.text).toMatch(/^(Bonjour|Hello),$/m);
      // The only link in the e-mail is recours's own.
      expect(mail.text.match(/https?:\/\/\S+/g)).toEqual(['https://recours.example/confirm-email#token=t-1']);
    }
  });

  it('says which account without a name when nothing of it is left', () => {
    const fr = accountEmailMessage('id-2', { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_ADDRESS', to: { address: 'contact@acme.test', displayName: '123', locale: 'fr' }, token: 't-2', merchant: 'Acme', account: '123' }, links, 'recours.example');
    expect(fr.text).toContain('avec le compte recours qui a demandé ce lien');
    expect(fr.text).not.toContain('123');
    const en = accountEmailMessage('id-2', { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_ADDRESS', to: { address: 'contact@acme.test', displayName: '123', locale: 'en' }, token: 't-2', merchant: 'Acme', account: '123' }, links, 'recours.example');
    expect(en.text).toContain('with the recours account that asked for this link');
  });

  it('greets by the name, defused, in the other account e-mails', () => {
    const reset = accountEmailMessage('id-3', { kind: 'ACCOUNT_EMAIL', email: 'RESET_PASSWORD', to: { address: 'c@x.test', displayName: 'Claire www.evil.example', locale: 'fr' }, token: 'r-1' }, links, 'recours.example');
    expect(reset.text).toContain('Bonjour Claire www evil example,');
  });
});
