import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailConfigFrom, Mailer } from '@recours/mail';
import { accountEmailMessage } from './account-email-message';
import { linksFrom } from './links';
import { wordsNaming } from './shown-name';

const links = linksFrom({ PUBLIC_URL: 'https://recours.example' });

/**
 * A merchant's owner asks to confirm a company address (MERCHANT_ADDRESS): the e-mail goes to that
 * address, not hers, and names her account as shownName shows it. Her erasure deletes the
 * development copies naming her (Mailer.forgetCopiesNaming with wordsNaming), this one included.
 */
describe('the development copies erased with the person who named herself freely', () => {
  let dataDir: string;
  let mailer: Mailer;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'recours-erased-copies-'));
    mailer = new Mailer(mailConfigFrom({ DATA_DIR: dataDir }));
  });
  afterEach(async () => {
    mailer.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const toTheCompany = (name: string) =>
    accountEmailMessage('c-1', { kind: 'ACCOUNT_EMAIL', email: 'MERCHANT_ADDRESS', to: { address: 'contact@acme.test', displayName: name, locale: 'fr' }, token: 't-1', merchant: 'Acme', account: name }, links, 'recours.example');

  it.each([
    ['a name with what names are not made of', 'Marc Quillebœuf (SAV Acme)'],
    ['a name longer than the e-mails show', 'Marc-Antoine Quillebœuf de la Roche-Guyon, directeur'],
  ])('%s: the copy to the company’s address naming her account goes with her', async (_, name) => {
    await mailer.send(toTheCompany(name));
    await mailer.send(toTheCompany('Claire Petit'));
    expect(await mailer.forgetCopiesNaming(wordsNaming('marc@perso.test', name))).toBe(1);
    expect(await readdir(join(dataDir, 'mail'))).toHaveLength(1);
  });
});
