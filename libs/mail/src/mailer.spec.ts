import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { startSmtpInbox, type SmtpInbox } from '@recours/testing';
import { renderEmail } from './email-content';
import { mailConfigFrom } from './mail-config';
import { DEV_MAIL_KEPT_DAYS, Mailer, MailNotConfiguredError } from './mailer';

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
        // Typeset by renderEmail in French (a narrow no-break space before the colon); English as written.
        expect(email.text).toContain(locale === 'fr' ? 'Un dernier pas\u202f: confirmez' : content(locale).paragraphs[0]);
        // U+202F travels in both parts, declared UTF-8 (nodemailer's choice for non-ASCII text): a reader's client shows it.
        if (locale === 'fr') {
          expect(email.html).toContain('Un dernier pas\u202f: confirmez');
          expect(email.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
          expect(email.raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);
        }
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

/**
 * The development copies hold personal data (address, name, a sentence about a dispute, a one-time
 * link): kept DEV_MAIL_KEPT_DAYS (30, the longest link's life), and erased with the person.
 */
describe('the development copies (.eml under DATA_DIR/mail)', () => {
  let dataDir: string;
  let mailer: Mailer;
  const copies = async () => (await readdir(join(dataDir, 'mail')).catch(() => [] as string[])).sort();
  const toWhom = async () =>
    Promise.all(
      (await copies()).map(async (name) => {
        const to = (await simpleParser(await readFile(join(dataDir, 'mail', name)))).to;
        return to && 'text' in to ? to.text : '';
      }),
    );
  const mail = (to: string, greeting: string, paragraph: string) => renderEmail(to, { ...content('fr'), greeting, paragraphs: [paragraph] });

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'recours-mail-'));
    mailer = new Mailer(mailConfigFrom({ DATA_DIR: dataDir }));
  });
  afterEach(async () => {
    mailer.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`are deleted once older than ${DEV_MAIL_KEPT_DAYS} days, the newer ones kept`, async () => {
    const old = await mailer.send(renderEmail('old@example.test', content('fr')));
    await mailer.send(renderEmail('recent@example.test', content('fr')));
    const now = new Date('2026-12-05T12:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const [oldFile, recentFile] = [old.response, join(dataDir, 'mail', (await copies()).find((name) => !old.response.endsWith(name))!)];
    await utimes(oldFile, daysAgo(DEV_MAIL_KEPT_DAYS + 1), daysAgo(DEV_MAIL_KEPT_DAYS + 1));
    await utimes(recentFile, daysAgo(DEV_MAIL_KEPT_DAYS - 1), daysAgo(DEV_MAIL_KEPT_DAYS - 1));
    expect(await mailer.forgetOldCopies(now)).toBe(1);
    expect(await toWhom()).toEqual(['recent@example.test']);
    expect(await mailer.forgetOldCopies(now)).toBe(0);
  });

  it('are erased with the person: those sent to her and those naming her address or her name, in any case, encoded or not; the others kept', async () => {
    await mailer.send(renderEmail('Zephyrine.Quilleboeuf@example.test', content('fr')));
    // To the merchant, naming her by name (accents: the body is encoded) and, in another, by address.
    await mailer.send(mail('shop@example.test', 'Bonjour,', 'Zéphyrine Quillebœuf a déposé une réclamation contre vous.'));
    await mailer.send(mail('mediator@example.test', 'Bonjour,', 'Écrivez à zephyrine.quilleboeuf@example.test pour la joindre.'));
    await mailer.send(mail('other@example.test', 'Bonjour Claire,', 'Votre réclamation a été reçue.'));
    expect(await copies()).toHaveLength(4);
    expect(await mailer.forgetCopiesNaming(['zephyrine.quilleboeuf@example.test', 'Zéphyrine Quillebœuf'])).toBe(3);
    expect(await toWhom()).toEqual(['other@example.test']);
    // A name too short to tell anyone apart is not looked for.
    expect(await mailer.forgetCopiesNaming(['Cl'])).toBe(0);
  });

  it('are none to erase when e-mail goes over SMTP, or before any was written', async () => {
    expect(await new Mailer(mailConfigFrom({ SMTP_URL: 'smtp://127.0.0.1:1' })).forgetCopiesNaming(['someone@example.test'])).toBe(0);
    expect(await mailer.forgetOldCopies()).toBe(0);
    expect(await mailer.forgetCopiesNaming(['someone@example.test'])).toBe(0);
  });
});
