import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one-click unsubscribe link's token (RFC 8058): the account, signed. It lets its bearer
 * turn notification e-mails off for that account, nothing else, so it needs no expiry; the key
 * is derived from the platform's secret and never leaves the server.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('recours.notifications.unsubscribe').digest();
  }

  sign(accountId: string): string {
    const subject = Buffer.from(accountId).toString('base64url');
    return `${subject}.${this.mac(subject)}`;
  }

  /** The account a token was signed for, or null for anything else. */
  verify(token: string): string | null {
    const [subject, mac, extra] = token.split('.');
    if (!subject || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(subject));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return Buffer.from(subject, 'base64url').toString();
  }

  private mac(subject: string): string {
    return createHmac('sha256', this.key).update(subject).digest('base64url');
  }
}
