import { linksFrom } from './links';
import { digestEmail, notificationEmail, type EmailItem, type EmailRecipient } from './notification-email';

const links = linksFrom({ PUBLIC_URL: 'https://recours.example/' });
const to = (locale: 'fr' | 'en'): EmailRecipient => ({ email: 'claire@example.test', displayName: 'Claire Martin', locale, unsubscribeToken: 'signed-token' });
const accepted: EmailItem = {
  kind: 'OFFER_ACCEPTED',
  params: { product: 'Sony Casque', merchant: 'TechnoMarché', remedy: 'REFUND', amount: '349.00', currency: 'EUR', remedyDueOn: '2026-12-19' },
  disputeId: 'dispute-1',
};
const posted: EmailItem = { kind: 'MESSAGE_POSTED', params: { product: 'Sony Casque', merchant: 'TechnoMarché' }, disputeId: 'dispute-1' };
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('notification e-mails', () => {
  it('say an amount after its remedy, never in parentheses nested in the offer’s', () => {
    const fr = spaces(notificationEmail('n1', accepted, to('fr'), links, 'recours.example').text);
    expect(fr).toContain("L’offre (un remboursement de 349,00 €) a été acceptée.");
    expect(fr).not.toMatch(/\(.*\(.*\)\)/);
    expect(spaces(notificationEmail('n1', accepted, to('en'), links, 'recours.example').text)).toContain('The offer (a refund of €349.00) was accepted.');
  });

  it('link to PUBLIC_URL, with one-click unsubscribe headers and a stable Message-ID', () => {
    const email = notificationEmail('n1', accepted, to('fr'), links, 'recours.example');
    expect(email.text).toContain('https://recours.example/disputes/dispute-1');
    expect(email.headers).toEqual({ 'List-Unsubscribe': '<https://recours.example/unsubscribe/signed-token>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(email.messageId).toBe('<n1@recours.example>');
  });

  it('a digest counts what it gathers without calling it « today’s » (it holds what came since the last one)', () => {
    const fr = digestEmail('d1', [accepted, posted], to('fr'), links, 'recours.example');
    expect(fr.subject).toBe('recours\u202f: 2 nouvelles notifications');
    expect(digestEmail('d1', [posted], to('en'), links, 'recours.example').subject).toBe('recours: 1 new notification');
    expect(spaces(fr.text)).toContain("Offre acceptée : Sony Casque — TechnoMarché. L’offre (un remboursement de 349,00 €) a été acceptée.");
    expect(fr.headers?.['List-Unsubscribe']).toBe('<https://recours.example/unsubscribe/signed-token>');
  });

  it('a digest leaves out a notification this version cannot write (a newer kind) and counts the others; with none to write, it is not made', () => {
    const newer = { kind: 'A_KIND_FROM_A_NEWER_VERSION', params: {}, disputeId: 'dispute-2' } as unknown as EmailItem;
    const en = digestEmail('d1', [newer, posted], to('en'), links, 'recours.example');
    expect(en.subject).toBe('recours: 1 new notification');
    expect(en.text).toContain('New message: Sony Casque — TechnoMarché.');
    expect(en.text).not.toContain('dispute-2');
    expect(() => digestEmail('d1', [newer], to('en'), links, 'recours.example')).toThrow(/none of the digest's 1 notifications can be written/);
  });
});

describe('a digest that holds only notices about no one dispute (her access to a team ended)', () => {
  const ended: EmailItem = { kind: 'TEAM_ACCESS_ENDED', params: { merchant: 'TechnoMarché', removedOn: '2026-12-04T10:00:00.000Z' }, disputeId: null };

  it('says what changed for her account, not « in your cases », in both languages', () => {
    const fr = digestEmail('d4', [ended], to('fr'), links, 'recours.example');
    expect(fr.text).toContain('Voici ce qui a changé pour votre compte\u202f:');
    expect(fr.text).not.toContain('dans vos dossiers');
    expect(fr.text).toContain('https://recours.example/notifications');
    const en = digestEmail('d4', [ended], to('en'), links, 'recours.example');
    expect(en.text).toContain('Here is what changed for your account:');
    expect(en.text).not.toContain('in your cases');
  });

  it('with a dispute’s news alongside, still « in your cases »', () => {
    expect(digestEmail('d5', [ended, posted], to('fr'), links, 'recours.example').text).toContain('Voici ce qui a changé dans vos dossiers\u202f:');
    expect(digestEmail('d5', [ended, posted], to('en'), links, 'recours.example').text).toContain('Here is what changed in your cases:');
  });
});

describe('notification e-mails missing a word their sentence needs (stored by an older or a newer notifier)', () => {
  // OFFER_MADE words its expiry date: without it, the same general sentence the app lists, never a half-written one.
  const offered = (params: Record<string, unknown>): EmailItem => ({ kind: 'OFFER_MADE', params: { remedy: 'REFUND', ...params }, disputeId: 'dispute-3' });

  it('read as the app lists them: news that something happened in the dispute, named by its product and merchant, linked', () => {
    const fr = notificationEmail('n3', offered({ product: 'Sony Casque', merchant: 'TechnoMarché' }), to('fr'), links, 'recours.example');
    expect(fr.subject).toBe('Du nouveau dans votre dossier\u202f: Sony Casque — TechnoMarché');
    expect(fr.text).toContain('Il s’est passé quelque chose dans ce dossier. Ouvrez-le pour voir où il en est.');
    expect(fr.text).toContain('https://recours.example/disputes/dispute-3');
    const en = notificationEmail('n3', offered({ product: 'Sony Casque', merchant: 'TechnoMarché' }), to('en'), links, 'recours.example');
    expect(en.subject).toBe('Something happened: Sony Casque — TechnoMarché');
    for (const email of [fr, en]) expect(`${email.subject}\n${email.text}\n${email.html}`).not.toMatch(/undefined|Invalid|NaN/);
  });

  it('without the dispute\'s names, one of her disputes; a merchant\'s name as written, typeset once; the digest alike', () => {
    expect(notificationEmail('n4', offered({}), to('fr'), links, 'recours.example').subject).toBe('Du nouveau dans l’un de vos dossiers');
    expect(notificationEmail('n5', offered({ product: 'Casque', merchant: 'Zoé ! Shop' }), to('fr'), links, 'recours.example').subject).toBe('Du nouveau dans votre dossier\u202f: Casque — Zoé ! Shop');
    const digest = digestEmail('d3', [offered({ product: 'Sony Casque', merchant: 'TechnoMarché' }), posted], to('en'), links, 'recours.example');
    expect(digest.subject).toBe('recours: 2 new notifications');
    expect(digest.text).toContain('Something happened: Sony Casque — TechnoMarché. Something happened in this case. Open it to see where it stands. https://recours.example/disputes/dispute-3');
    expect(digest.text).not.toMatch(/undefined|Invalid/);
  });
});

describe('notification e-mails in French as the catalogue prints them (typeset once, by renderEmail)', () => {
  const rejected: EmailItem = { kind: 'OFFER_REJECTED', params: { product: 'Sony Casque', merchant: 'TechnoMarché', remedy: 'REFUND', reason: 'Trop peu ! Vraiment ?' }, disputeId: 'dispute-1' };
  const named = (displayName: string): EmailRecipient => ({ ...to('fr'), displayName });

  it('subject, text and HTML with a narrow no-break space before the colon and inside « »; the reader’s name and the reason as written; the links whole', () => {
    const email = notificationEmail('n2', rejected, named('Zoé ! Martin'), links, 'recours.example');
    expect(email.subject).toBe('Offre refusée\u202f: Sony Casque — TechnoMarché');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Bonjour Zoé ! Martin,');
      expect(part).toContain('a été refusée\u202f: «\u202fTrop peu ! Vraiment ?\u202f»');
      expect(part).toContain('Pour ne plus recevoir ces notifications par e-mail\u202f: https://recours.example/unsubscribe/signed-token');
      expect(part).toContain('Merci de ne pas y répondre\u202f: cette adresse');
      expect(part).not.toMatch(/https\u202f:|[\uE000\uE001]/);
    }
    expect(email.text).toContain('https://recours.example/disputes/dispute-1');
  });

  it('the digest alike, each line typeset, its links whole; English as it was', () => {
    const fr = digestEmail('d2', [rejected, posted], named('Zoé'), links, 'recours.example');
    expect(fr.text).toContain('Voici ce qui a changé dans vos dossiers\u202f:');
    expect(fr.text).toContain('Offre refusée\u202f: Sony Casque — TechnoMarché. L’offre (un remboursement) a été refusée\u202f: «\u202fTrop peu ! Vraiment ?\u202f» https://recours.example/disputes/dispute-1');
    const en = digestEmail('d2', [posted], to('en'), links, 'recours.example');
    expect(en.text).toContain('New message: Sony Casque — TechnoMarché. A new message is waiting for you in the case. Read it on recours. https://recours.example/disputes/dispute-1');
    expect(en.text).not.toMatch(/[\u202f\uE000\uE001]/);
  });
});
