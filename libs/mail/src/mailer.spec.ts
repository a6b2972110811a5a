import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { startSmtpInbox, type SmtpInbox } from '@recours/testing';
import { renderEmail } from './email-content';
import { mailConfigFrom } from './mail-config';
import { Mailer, MailNotConfiguredError } from './mailer';

const content = (locale: 'fr' | 'en') =>
  locale === 'fr'
    ? { locale, subject: 'Confirmez votre adresse', greeting: 'Bonjour Claire,', paragraphs: ['Un dernier pas : confirmez que cette adresse est la vôtre.'], action: { label: 'Confirmer mon adresse', url: 'https://recours.example/verify?token=a&b=<c>' }, notes: ['Ce lien expire dans 48 heures.'] }
    : { locale, subject: 'Confirm your address', greeting: 'Hello Claire,', paragraphs: ['One last step: confirm this address is yours.'], action: { label: 'Confirm my address', url: 'https://recours.example/verify?token=a&b=<c>' }, notes: ['This link expires in 48 hours.'] };

describe('Mailer over SMTP (a real smtp-server on 127.0.0.1)', () => {
  let inbox: SmtpInbox;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
  });
  afterAll(() => inbox.close());

  it('sends plain text and HTML in the recipient\'s language, from MAIL_FROM, with the credentials of SMTP_URL', async () => {
    const mailer = new Mailer(mailConfigFrom({ SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@recours.example>' }));
    try {
      for (const locale of ['fr', 'en'] as const) {
        const to = `claire-${locale}@example.test`;
        await mailer.send({ ...renderEmail(to, content(locale)), messageId: `<verify-${locale}@recours.example>` });
        const email = await inbox.waitFor(to);
        expect(email.from).toBe('"recours" <no-reply@recours.example>');
        expect(email.subject).toBe(content(locale).subject);
        expect(email.text).toContain(content(locale).paragraphs[0]);
        expect(email.text).toContain('https://recours.example/verify?token=a&b=<c>');
        expect(email.html).toContain(`<html lang="${locale}">`);
        expect(email.html).toContain('href="https://recours.example/verify?token=a&#38;b=&#60;c&#62;"');
        expect(email.html).not.toContain('<c>');
        expect(email.headers.get('message-id')).toBe(`<verify-${locale}@recours.example>`);
      }
      expect(inbox.received.find((e) => e.to === 'claire-fr@example.test')?.text).toMatch(/Ce message vous est envoyé par recours/);
      expect(inbox.received.find((e) => e.to === 'claire-en@example.test')?.text).toMatch(/This message was sent to you by recours/);
    } finally {
      mailer.close();
    }
  });

  it('fails when the SMTP server refuses the credentials', async () => {
    const mailer = new Mailer(mailConfigFrom({ SMTP_URL: inbox.url.replace('mail-secret-1', 'wrong-secret') }));
    try {
      await expect(mailer.send(renderEmail('x@example.test', content('en')))).rejects.toThrow(/Invalid login|Invalid username|535/);
    } finally {
      mailer.close();
    }
  });
});

describe('Mailer without SMTP_URL', () => {
  it('outside production, writes each e-mail as an .eml file under DATA_DIR/mail', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'recours-mail-'));
    try {
      const mailer = new Mailer(mailConfigFrom({ DATA_DIR: dataDir }));
      const sent = await mailer.send(renderEmail('claire@example.test', content('fr')));
      const files = await readdir(join(dataDir, 'mail'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      expect(sent.response).toBe(join(dataDir, 'mail', files[0]));
      const parsed = await simpleParser(await readFile(join(dataDir, 'mail', files[0])));
      expect(parsed.subject).toBe('Confirmez votre adresse');
      expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe('claire@example.test');
      expect(parsed.text).toContain('Confirmer mon adresse');
      expect(parsed.html).toContain('Confirmer mon adresse');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('in production, refuses to send (and says why) rather than drop the e-mail', async () => {
    const mailer = new Mailer(mailConfigFrom({ NODE_ENV: 'production' }));
    await expect(mailer.send(renderEmail('claire@example.test', content('en')))).rejects.toBeInstanceOf(MailNotConfiguredError);
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(() => mailConfigFrom({ SMTP_URL: 'http://mail.example' })).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(mailConfigFrom({ SMTP_URL: 'smtps://u:p@mail.example:465' }).destination).toEqual({ kind: 'smtp', url: 'smtps://u:p@mail.example:465' });
  });
});
