import { linksFrom } from './links';
import type { AccountEmailKind } from '../account-emails/account-email';
import { accountEmailMessage } from './account-email-message';

const links = linksFrom({ PUBLIC_URL: 'https://recours.example' });

describe('account e-mails', () => {
  it('an invitation names the merchant, in the reader’s language, with the token in the link’s fragment', () => {
    const fr = accountEmailMessage('id-1', { kind: 'ACCOUNT_EMAIL', email: 'AGENT_INVITATION', to: { address: 'agent@shop.test', displayName: 'Léa', locale: 'fr' }, token: 'tok-123', merchant: 'Électro Dépôt' }, links, 'recours.example');
    expect(fr.to).toBe('agent@shop.test');
    expect(fr.subject).toBe('recours\u202f: Électro Dépôt vous invite à traiter ses réclamations');
    expect(fr.text).toContain('https://recours.example/invitation#token=tok-123');
    expect(fr.text).toContain('Bonjour Léa,');
    const en = accountEmailMessage('id-1', { kind: 'ACCOUNT_EMAIL', email: 'AGENT_INVITATION', to: { address: 'agent@shop.test', displayName: 'Lea', locale: 'en' }, token: 'tok-123', merchant: 'Shop' }, links, 'recours.example');
    expect(en.subject).toBe('recours: Shop invites you to handle its claims');
    expect(en.messageId).toBe('<id-1@recours.example>');
  });

  it('an address confirmation links to the confirmation page and says the link works once', () => {
    const email = accountEmailMessage('id-2', { kind: 'ACCOUNT_EMAIL', email: 'VERIFY_EMAIL', to: { address: 'c@x.test', displayName: 'Claire', locale: 'en' }, token: 'abc' }, links, 'recours.example');
    expect(email.subject).toBe('recours: confirm your e-mail address');
    expect(email.text).toContain('https://recours.example/confirm-email#token=abc');
    expect(email.text).toContain('works once');
  });

  it('a link that works only signed in to its account (it verifies the merchant) says what the click does, for which account and company, in French and English', () => {
    const payload = { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_ADDRESS', to: { address: 'boss@acme.test', displayName: 'Marc', locale: 'fr' }, token: 'm-1', merchant: 'Acme', account: 'Marc' } as const;
    const fr = accountEmailMessage('id-6', payload, links, 'recours.example');
    expect(fr.subject).toBe('recours\u202f: confirmez l’adresse de l’entreprise Acme');
    expect(fr.text).toContain('confirmer que vous agissez pour l’entreprise «\u202fAcme\u202f», avec le compte recours «\u202fMarc\u202f»');
    expect(fr.text).toContain('Ouvrez-le depuis une session ouverte sur ce compte');
    expect(fr.text).toContain('Si vous n’êtes pas à l’origine de cette demande, ignorez ce message');
    // Its purpose in the query, for the page to offer what applies if it fails; the token in the fragment, as every link's.
    expect(fr.text).toContain('https://recours.example/confirm-email?purpose=merchant-address#token=m-1');
    expect(fr.html).toContain('https://recours.example/confirm-email?purpose=merchant-address#token=m-1');
    const en = accountEmailMessage('id-6', { ...payload, to: { ...payload.to, locale: 'en' } }, links, 'recours.example');
    expect(en.text).toContain('confirms that you act for the company “Acme” with the recours account “Marc”');
    expect(en.text).toContain('Open it while signed in to that account');
    expect(en.text).toContain('If you did not ask for this, ignore this message');

    const own = accountEmailMessage('id-7', { kind: 'ACCOUNT_EMAIL', email: 'VERIFY_EMAIL', to: { address: 'boss@acme.test', displayName: 'Marc', locale: 'fr' }, token: 'v-1', merchant: 'Acme', account: 'Marc' }, links, 'recours.example');
    expect(own.subject).toBe('recours\u202f: confirmez votre adresse e-mail');
    expect(own.text).toContain('Confirmez que cette adresse est bien la vôtre.');
    expect(own.text).toContain('vous agissez pour l’entreprise «\u202fAcme\u202f»');
    expect(own.text).toContain('avec le compte recours «\u202fMarc\u202f»');
    // A consumer's confirmation (or a merchant's at a free mail domain) says nothing of a company.
    const plain = accountEmailMessage('id-8', { kind: 'ACCOUNT_EMAIL', email: 'VERIFY_EMAIL', to: { address: 'c@x.test', displayName: 'Claire', locale: 'fr' }, token: 'v-2' }, links, 'recours.example');
    expect(plain.text).not.toContain('connecté à ce compte');
  });

  it('a password reset links to the reset page and says the link lasts an hour, in French and English', () => {
    const fr = accountEmailMessage('id-3', { kind: 'ACCOUNT_EMAIL', email: 'RESET_PASSWORD', to: { address: 'c@x.test', displayName: 'Claire', locale: 'fr' }, token: 'r-1' }, links, 'recours.example');
    expect(fr.subject).toBe('recours\u202f: choisissez un nouveau mot de passe');
    expect(fr.text).toContain('https://recours.example/reset-password#token=r-1');
    expect(fr.text).toContain('valable une heure');
    expect(fr.text).not.toContain('7 jours');
    const en = accountEmailMessage('id-3', { kind: 'ACCOUNT_EMAIL', email: 'RESET_PASSWORD', to: { address: 'c@x.test', displayName: 'Claire', locale: 'en' }, token: 'r-1' }, links, 'recours.example');
    expect(en.text).toContain('lasts one hour');
  });

  it('a company invited by a consumer is told, in its language, that the claim’s deadlines run and how to take over its profile; the consumer is not named', () => {
    const payload = { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_INVITATION', to: { address: 'contact@velo-bleu.fr', displayName: 'Vélo Bleu', locale: 'fr' }, token: 'inv-1', merchant: 'Vélo Bleu' } as const;
    const fr = accountEmailMessage('id-4', payload, links, 'recours.example');
    expect(fr.subject).toBe('recours\u202f: un client de Vélo Bleu vous invite à répondre à sa réclamation');
    expect(fr.text).toContain('https://recours.example/merchant-invitation#token=inv-1');
    expect(fr.text).toContain('Les délais de la réclamation courent dès son dépôt');
    expect(fr.text).toContain('valable 30 jours');
    const en = accountEmailMessage('id-4', { ...payload, to: { ...payload.to, locale: 'en' } }, links, 'recours.example');
    expect(en.subject).toBe('recours: a customer of Vélo Bleu invites you to answer a claim');
    expect(en.text).toContain('take over Vélo Bleu\'s profile');
    expect(en.text).toContain('lasts 30 days');
  });

  it('elides « de » before a company name beginning with a vowel (« un client d’Orange »), not before a consonant', () => {
    const payload = { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_INVITATION', to: { address: 'contact@orange.test', displayName: 'Orange', locale: 'fr' }, token: 'inv-2', merchant: 'Orange' } as const;
    const invitation = accountEmailMessage('id-9', payload, links, 'recours.example');
    expect(invitation.subject).toBe('recours\u202f: un client d’Orange vous invite à répondre à sa réclamation');
    expect(invitation.text).toContain('Un client d’Orange dépose sur recours');
    expect(invitation.text).toContain('reprenez le profil d’Orange\u202f:');
    const takeover = accountEmailMessage('id-10', { ...payload, email: 'MERCHANT_TAKEOVER', merchant: 'Électro Dépôt' }, links, 'recours.example');
    expect(takeover.subject).toBe('recours\u202f: confirmez cette adresse pour reprendre le profil d’Électro Dépôt');
    expect(takeover.text).toContain('Vous avez demandé à reprendre le profil d’Électro Dépôt sur recours.');
    expect(accountEmailMessage('id-11', { ...payload, merchant: '3 Suisses' }, links, 'recours.example').subject).toBe('recours\u202f: un client de 3 Suisses vous invite à répondre à sa réclamation');
    expect(accountEmailMessage('id-12', { ...payload, to: { ...payload.to, locale: 'en' } }, links, 'recours.example').subject).toBe('recours: a customer of Orange invites you to answer a claim');
  });

  it('calls the merchant « professionnel » or « entreprise » in French, as the glossary and the app do, never « commerçant »', () => {
    const kinds: Record<AccountEmailKind, true> = { VERIFY_EMAIL: true, AGENT_INVITATION: true, MERCHANT_ADDRESS: true, RESET_PASSWORD: true, MERCHANT_INVITATION: true, MERCHANT_TAKEOVER: true, CHANGE_EMAIL: true, EMAIL_CHANGE_NOTICE: true };
    for (const email of Object.keys(kinds) as AccountEmailKind[]) {
      for (const merchant of [undefined, 'Acme']) {
        for (const account of [undefined, 'Marc']) {
          const message = accountEmailMessage('id-w', { kind: 'ACCOUNT_EMAIL', email, to: { address: 'x@acme.test', displayName: 'Marc', locale: 'fr' }, token: 't', merchant, account }, links, 'recours.example');
          expect(`${message.subject}\n${message.text}`).not.toMatch(/commer[cç]ant|\bcommerce\b/i);
        }
      }
    }
    const plain = accountEmailMessage('id-w', { kind: 'ACCOUNT_EMAIL', email: 'VERIFY_EMAIL', to: { address: 'c@x.test', displayName: 'Claire', locale: 'fr' }, token: 'v' }, links, 'recours.example');
    expect(plain.text).toContain('si vous êtes un professionnel, le nom de votre entreprise pourra être vérifié');
  });

  it('a takeover confirmation links to the takeover page and works once', () => {
    const email = accountEmailMessage('id-5', { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_TAKEOVER', to: { address: 'gerant@velo-bleu.fr', displayName: 'Vélo Bleu', locale: 'en' }, token: 't-1', merchant: 'Vélo Bleu' }, links, 'recours.example');
    expect(email.subject).toBe("recours: confirm this address to take over Vélo Bleu's profile");
    expect(email.text).toContain('https://recours.example/merchant-takeover#token=t-1');
    expect(email.text).toContain('works once');
  });
});

describe('a change of address: the link to the new address, the notice to the old one', () => {
  const to = { address: 'claire@new.test', displayName: 'Claire', locale: 'fr' } as const;
  it('the new address gets a link to the confirmation page, for a day, once', () => {
    const email = accountEmailMessage('id-30', { kind: 'ACCOUNT_EMAIL', email: 'CHANGE_EMAIL', to, token: 'c-1' }, links, 'recours.example');
    expect(email.subject).toBe('recours\u202f: confirmez votre nouvelle adresse e-mail');
    // Its purpose in the query, for the page to offer what applies if it fails; the token in the fragment, as every link's.
    expect(email.text).toContain('https://recours.example/confirm-email?purpose=change-email#token=c-1');
    expect(email.html).toContain('https://recours.example/confirm-email?purpose=change-email#token=c-1');
    expect(email.text).toContain('valable 24 heures et ne sert qu’une fois');
  });
  it('the old address is told, in its language, without the link nor its token', () => {
    const email = accountEmailMessage('id-31', { kind: 'ACCOUNT_EMAIL', email: 'EMAIL_CHANGE_NOTICE', to: { ...to, address: 'claire@old.test', locale: 'en' }, token: 'c-1' }, links, 'recours.example');
    expect(email.subject).toBe('recours: a new e-mail address was asked for your account');
    expect(email.text).toContain('change your password at once');
    expect(`${email.text}${email.html}`).not.toContain('c-1');
  });
});

describe('account e-mails in French as the catalogue prints them', () => {
  it('the sentences typeset (subject, text, HTML), the names shown (shownName: no « ! » nor « : » gets into one), elision by the name’s letters, the link whole', () => {
    const payload = { kind: 'ACCOUNT_EMAIL', email: 'AGENT_INVITATION', to: { address: 'agent@shop.test', displayName: 'Léa Roux', locale: 'fr' }, token: 'tok-9', merchant: 'Allô Dépannage' } as const;
    const email = accountEmailMessage('id-20', payload, links, 'recours.example');
    expect(email.subject).toBe('recours\u202f: Allô Dépannage vous invite à traiter ses réclamations');
    expect(accountEmailMessage('id-22', { ...payload, email: 'MERCHANT_INVITATION' }, links, 'recours.example').subject).toBe('recours\u202f: un client d’Allô Dépannage vous invite à répondre à sa réclamation');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Bonjour Léa Roux,');
      expect(part).toContain('ignorez ce message\u202f: rien ne sera fait sans vous');
      expect(part).not.toMatch(/[\uE000\uE001]/);
    }
    expect(email.text).toContain('https://recours.example/invitation#token=tok-9');
    const signedIn = accountEmailMessage('id-21', { ...payload, email: 'VERIFY_EMAIL', to: { ...payload.to, address: 'boss@allo.test' }, merchant: 'Allô Dépannage', account: 'Léa Roux' }, links, 'recours.example');
    expect(signedIn.text).toContain('vous agissez pour l’entreprise «\u202fAllô Dépannage\u202f», avec le compte recours «\u202fLéa Roux\u202f»\u202f: son nom');
  });
});
