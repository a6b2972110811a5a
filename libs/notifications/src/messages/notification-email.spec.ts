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
    expect(fr.subject).toBe('recours : 2 nouvelles notifications');
    expect(digestEmail('d1', [posted], to('en'), links, 'recours.example').subject).toBe('recours: 1 new notification');
    expect(spaces(fr.text)).toContain("Offre acceptée : Sony Casque — TechnoMarché. L’offre (un remboursement de 349,00 €) a été acceptée.");
    expect(fr.headers?.['List-Unsubscribe']).toBe('<https://recours.example/unsubscribe/signed-token>');
  });
});
