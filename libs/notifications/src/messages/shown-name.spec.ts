import { linksFrom } from './links';
import { accountEmailMessage } from './account-email-message';
import { SHOWN_COMPANY_NAME_MAX, SHOWN_NAME_MAX, shownCompanyName, shownName } from './shown-name';

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
    (['MERCHANT_ADDRESS', 'VERIFY_EMAIL'] as const).map((email) => ({
      ...accountEmailMessage('id-1', { kind: 'ACCOUNT_EMAIL', email, to: { address: 'contact@acme.test', displayName: name, locale }, token: 't-1', merchant: 'Acme', account: name }, links, 'recours.example'),
      // recours's own link: a company address's says so in its query.
      link: email === 'MERCHANT_ADDRESS' ? 'https://recours.example/confirm-email?purpose=merchant-address#token=t-1' : 'https://recours.example/confirm-email#token=t-1',
    })),
  );

  it('shows the name only quoted and defused, and greets without it', () => {
    for (const mail of mails) {
      expect(mail.text).not.toContain('evil.example');
      expect(mail.text).not.toContain('06 12');
      expect(mail.html).not.toContain('evil.example');
      expect(mail.text).toMatch(/«\u202fURGENT call or visit https evil example…\u202f»|“URGENT call or visit https evil example…”/);
      expect(mail.text).toMatch(/^(Bonjour|Hello),$/m);
      // The only link in the e-mail is recours's own.
      expect(mail.text.match(/https?:\/\/\S+/g)).toEqual([mail.link]);
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

/**
 * A company's name is typed as freely (any consumer inviting a company, anyone signing a merchant
 * up, 200 characters) and written in the subject and body of e-mails to addresses nobody proved:
 * inviteMerchant sends one to any address the consumer types.
 */
describe('a company’s name as an account e-mail shows it', () => {
  const links = linksFrom({ PUBLIC_URL: 'https://recours.example' });

  it('keeps what company names are made of: digits, « & », an abbreviation’s final dot, commas, brackets', () => {
    for (const name of ['Électro Dépôt', '1001 Piles', '3 Suisses', 'Leroy & Fils', 'Darty, Fnac (groupe)', 'Dupont SA', 'Dupont & Cie.', 'C’est Bio']) expect(shownCompanyName(name)).toBe(name);
  });

  it('leaves nothing a mail reader would make a link of, nor a number to call', () => {
    for (const typed of ['https://recours-verification.example/login', 'www.evil.example', 'support@evil.example', 'Acme <a href="x">', 'Appelez le 06 12 34 56 78', 'Acme +33 6.12.34.56.78', 'Acme 0612345678']) {
      const shown = shownCompanyName(typed) ?? '';
      expect({ typed, shown }).toEqual({ typed, shown: expect.not.stringMatching(/[:/@<>"=]|\d{5}|\d[\s.]\d\d[\s.]\d\d/) });
    }
    expect(shownCompanyName('Ac\u200bme\u202e')).toBe('Acme');
    expect(shownCompanyName('://@@')).toBeNull();
  });

  it(`is at most ${SHOWN_COMPANY_NAME_MAX} characters, cut at a word and marked as cut`, () => {
    const long = shownCompanyName('Acme\u202f: votre compte recours sera suspendu sauf si vous écrivez immédiatement au service')!;
    expect(Array.from(long).length).toBeLessThanOrEqual(SHOWN_COMPANY_NAME_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('an invitation a consumer sends to any address shows the name she typed only defused, in its subject and its body', () => {
    const typed = 'Amazon - compte suspendu, appelez le 01 23 45 67 89 ou https://amaz0n-verif.example/login';
    for (const locale of ['fr', 'en'] as const) {
      const email = accountEmailMessage('i-1', { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_INVITATION', to: { address: 'contact@victim.test', displayName: typed, locale }, token: 'tok', merchant: typed }, links, 'recours.example');
      const read = `${email.subject}\n${email.text}`;
      expect(read).not.toContain('01 23 45 67 89');
      expect(read).not.toContain('amaz0n-verif.example');
      expect(read).not.toContain('https://amaz0n');
      expect(email.subject).toContain(shownCompanyName(typed)!);
    }
    const nothing = accountEmailMessage('i-2', { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_INVITATION', to: { address: 'contact@victim.test', displayName: '@@@', locale: 'fr' }, token: 'tok', merchant: '@@@' }, links, 'recours.example');
    expect(nothing.subject).toBe('recours\u202f: un client de cette entreprise vous invite à répondre à sa réclamation');
  });

  it('a company of which nothing can be shown is « cette entreprise » / "this company", never quoted as a name nor after « l’entreprise »', () => {
    const email = (email: 'MERCHANT_ADDRESS' | 'AGENT_INVITATION' | 'MERCHANT_TAKEOVER', locale: 'fr' | 'en', account?: string) =>
      accountEmailMessage('n-1', { kind: 'ACCOUNT_EMAIL', email, to: { address: 'contact@victim.test', displayName: 'Marc', locale }, token: 'tok', merchant: '@@@', ...(account && { account }) }, links, 'recours.example');
    const address = email('MERCHANT_ADDRESS', 'fr', 'Marc');
    expect(address.subject).toBe('recours\u202f: confirmez l’adresse de cette entreprise');
    expect(address.text).toContain('vous agissez pour cette entreprise, avec le compte recours «\u202fMarc\u202f»');
    expect(`${address.subject}\n${address.text}`).not.toMatch(/l’entreprise («\u202f)?cette entreprise/);
    expect(email('MERCHANT_ADDRESS', 'en', 'Marc').text).toContain('you act for this company with the recours account “Marc”');
    expect(email('MERCHANT_ADDRESS', 'en', 'Marc').text).not.toContain('“this company”');
    // At the head of a sentence, capitalised.
    expect(email('AGENT_INVITATION', 'fr').text).toContain('Cette entreprise vous invite à rejoindre son équipe');
    expect(email('AGENT_INVITATION', 'en').text).toContain('This company invites you to join its team');
    // « cette entreprise » agrees as a feminine noun.
    expect(email('MERCHANT_TAKEOVER', 'fr').text).toContain('cette entreprise apparaîtra comme vérifiée');
  });
});
