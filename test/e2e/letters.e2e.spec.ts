import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@recours/clock';
import { DeadlineProcess } from '@recours/deadlines';
import { apiActors, must, startSmtpInbox, startTestApp, type Account, type SmtpInbox, type TestApp } from '@recours/testing';

/** A phone bought eight months before, for 899,00 €, whose battery fails: she asks for a repair. */
const phone = (merchantId: string) => ({
  merchantId,
  product: { name: 'iPhone 15', category: 'smartphone', brand: 'Apple', model: 'A3090', serialNumber: 'F2LXK9ABCD', condition: 'NEW' },
  purchase: { purchasedOn: '2026-04-02', deliveredOn: '2026-04-04', price: { amount: '899.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR', orderReference: 'CMD-2026-0402-19' },
  problem: {
    description: 'La batterie ne tient plus la charge : le téléphone s’éteint à 30 % et chauffe en charge.',
    firstNoticedOn: '2026-11-10',
    chronology: [
      { on: '2026-11-10', what: 'Première extinction à 30 %' },
      { on: '2026-11-15', what: 'Appel au service client, sans réponse' },
    ],
  },
  requestedRemedy: 'REPAIR',
  evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64) }],
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** The codes a person must never read: the remedies, statuses and kinds of the schema. */
const CODE = /\b(REPAIR|REPLACEMENT|REFUND|PENDING\w*|IN_MEDIATION|MERCHANT\w*|CONSUMER\w*|MEDIATOR\w*|REGISTERED_MAIL|INVOICE)\b/;

/**
 * Every document and e-mail of one realistic French dispute, read as its readers read them: the
 * merchant stays silent, she sends the formal notice, then asks for mediation. The PDFs through
 * pdftotext (poppler-utils), the e-mails from a real SMTP server.
 */
describe('a silent merchant, a formal notice, a mediation: what each party reads', () => {
  const clock = new ManualClock(new Date('2026-11-20T09:00:00Z'));
  let api: TestApp;
  let inbox: SmtpInbox;
  let dir: string;
  let consumer: Account;
  let merchant: Account;
  let mediator: Account;
  let disputeId: string;

  const run = async (name: string, input: Record<string, unknown>, as: Account) =>
    must(await api.gql<Record<string, { id: string }>>(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input }, as.token), name)[name];
  const pdfText = async (path: string, as: Account, name: string) => {
    const answer = await fetch(`${api.url.replace(/\/graphql$/, '')}${path}`, { headers: { authorization: `Bearer ${as.token}` } });
    expect(answer.status).toBe(200);
    writeFileSync(join(dir, name), Buffer.from(await answer.arrayBuffer()));
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, name), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const emailOf = async (account: Account): Promise<string> => (await api.database.query<{ email: string }>('SELECT email FROM accounts.accounts WHERE id = $1', [account.id]))[0].email;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recours-letters-'));
    inbox = await startSmtpInbox();
    api = await startTestApp('letters', { SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@recours.test>', PUBLIC_URL: 'https://recours.test', DEADLINES_INTERVAL_MS: '3600000' }, { clock });
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire Dupont');
    merchant = await actors.merchant('Boutique Mobile');
    mediator = await actors.mediator('Jeanne Martin');
    disputeId = (await run('fileClaim', phone(merchant.merchantId as string), consumer)).id;
    // Ten days without an answer: the deadline process records it.
    clock.set('2026-12-01T09:00:00Z');
    await api.projectionsCaughtUp();
    await api.app.get(DeadlineProcess).runOnce();
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await inbox?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the formal notice, in French: who writes to whom, dated, the facts, the presumption, the demand with its date, what follows, the enclosures; no id, no code', async () => {
    clock.set('2026-12-05T09:00:00Z');
    const letter = await pdfText(`/disputes/${disputeId}/formal-notice.pdf?locale=fr`, consumer, 'notice-fr.pdf');
    for (const expected of [
      'Claire Dupont',
      'Boutique Mobile',
      'Le 5 décembre 2026',
      'Lettre recommandée avec accusé de réception',
      'Objet : mise en demeure',
      'Le 2 avril 2026, j’ai acheté auprès de vous le bien suivant : Apple iPhone 15 A3090, au prix de 899,00 € (commande CMD-2026-0402-19), livré le 4 avril 2026.',
      'il présente le défaut suivant : La batterie ne tient plus la charge',
      'Je vous ai adressé ma réclamation le 20 novembre 2026',
      'garantie légale de conformité, qui court jusqu’au 4 avril 2028 (Code de la consommation, art. L217-3)',
      'présumé exister au moment de la délivrance',
      'art. L217-7',
      'de procéder à la réparation du bien au plus tard le 20 décembre 2026',
      // The articles as a sentence names them, the code named once.
      'conformément aux articles L217-3, L217-7, L217-8, L217-9, L217-10 et L217-11 du Code de la consommation.',
      'médiateur de la consommation',
      'articles L612-1 et suivants du Code de la consommation',
      'l’article 750-1 du Code de procédure civile',
      'L612-2',
      'Pièces jointes (copies) : Facture (facture.pdf)',
    ])
      expect({ expected, found: letter.includes(expected) }).toEqual({ expected, found: true });
    expect(letter).not.toMatch(UUID);
    expect(letter).not.toMatch(CODE);
    // Within the legal warranty: the conformity claim alone, nothing of hidden defects.
    expect(letter).not.toMatch(/vice caché|Code civil|\b164\d\b/);
    const english = await pdfText(`/disputes/${disputeId}/formal-notice.pdf?locale=en`, consumer, 'notice-en.pdf');
    for (const expected of ['Subject: formal notice', '€899.00', 'presumed to have existed at delivery', 'the repair of the goods by 20 December 2026 at the latest', 'under articles L217-3, L217-7, L217-8, L217-9, L217-10 and L217-11 of the French Consumer Code.', 'Enclosures (copies): Invoice (facture.pdf)', '[The seller’s address]']) expect({ expected, found: english.includes(expected) }).toEqual({ expected, found: true });
    expect(english).not.toMatch(/'/);
  });

  it('the case file, for each party: the parties by name, the mediator once assigned; no id', async () => {
    await run('recordFormalNotice', { disputeId, channel: 'REGISTERED_MAIL', sentOn: '2026-12-05' }, consumer);
    clock.set('2026-12-21T09:00:00Z');
    await run('requestMediation', { disputeId, summary: 'Aucune réponse à la mise en demeure du 5 décembre.' }, consumer);
    await run('assignMediator', { disputeId, mediatorId: mediator.id }, await apiActors(api).admin());
    await run('decideAdmissibility', { disputeId, admissible: true, reason: 'Réclamation écrite préalable restée sans réponse.' }, mediator);
    for (const [as, name] of [[consumer, 'consumer'], [merchant, 'merchant'], [mediator, 'mediator']] as const) {
      const file = await pdfText(`/disputes/${disputeId}/case-file.pdf?locale=fr`, as, `case-${name}.pdf`);
      expect(file).toContain('Les parties Consommateur : Claire Dupont Professionnel (vendeur) : Boutique Mobile');
      expect(file).toContain('Médiateur : Jeanne Martin');
      expect(file).toContain('mise en demeure au vendeur le 5 décembre 2026 (lettre recommandée)');
      // In mediation, the next step is its outcome, not « saisissez le médiateur ».
      expect(file).toContain('Le médiateur de la consommation est saisi depuis le 21 décembre 2026 : la médiation doit aboutir au plus tard le 21 mars 2027.');
      expect(file).not.toContain('saisissez le médiateur');
      expect(file).not.toMatch(UUID);
    }
    const english = await pdfText(`/disputes/${disputeId}/case-file.pdf?locale=en`, mediator, 'case-en.pdf');
    expect(english).toContain('The parties Consumer: Claire Dupont Merchant (seller): Boutique Mobile');
    expect(english).toContain('The consumer’s rights on 21 December 2026');
  });

  it('the e-mails: the consumer hears the merchant did not answer within its period; the mediator, that the case is hers', async () => {
    const overdue = await inbox.waitFor(await emailOf(consumer), (e) => e.subject.startsWith('Sans réponse du vendeur'));
    expect(overdue.text).toMatch(/Boutique Mobile \S* ?n’a pas répondu dans le délai, qui expirait le 30 novembre 2026\. Vous pouvez désormais demander une médiation\./);
    const assigned = await inbox.waitFor(await emailOf(mediator), (e) => e.subject.startsWith('Médiateur désigné'));
    expect(assigned.text).toContain('Ce dossier vous est confié pour la médiation. Dites au plus tard le 11 janvier 2027 si la demande est recevable');
    expect(assigned.text).not.toContain('Un médiateur est désigné');
    const toHer = await inbox.waitFor(await emailOf(consumer), (e) => e.subject.startsWith('Médiateur désigné'));
    expect(toHer.text).toContain('Un médiateur est désigné pour ce dossier. Il dira au plus tard le 11 janvier 2027');
    // The formal notice is addressed to the merchant: its agents hear it was sent, and the date it gives.
    const notice = await inbox.waitFor(await emailOf(merchant), (e) => e.subject.startsWith('Mise en demeure'));
    expect(notice.text).toContain('Le client indique vous avoir envoyé une mise en demeure le 5 décembre 2026. Elle vous demande une réparation au plus tard le 20 décembre 2026.');
    for (const email of inbox.received) expect(`${email.subject} ${email.text}`.replace(/https:\/\/\S+/g, '')).not.toMatch(UUID);
  });
});
