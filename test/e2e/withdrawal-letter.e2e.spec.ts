import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@recours/clock';
import { CATALOGUES } from '@recours/locale';
import { must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';
import { withdrawalOpenUntil, type WithdrawalGuidance } from '../../apps/web/src/features/disputes/parts/withdrawal-offer';
import { fillMessage } from '../../apps/web/src/i18n/translate';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A phone bought on 28 November 2026 and received on Monday 30 November: the 14 days end on Monday 14 December. */
const bought = (merchantId: string, channel: string, deliveredOn: string) =>
  phoneClaim(merchantId, {
    purchase: { purchasedOn: '2026-10-28', deliveredOn, price: { amount: '449.00', currency: 'EUR' }, channel, country: 'FR', orderReference: 'CMD-2026-1128-04' },
    problem: { description: 'La batterie gonfle et la coque se soulève.', firstNoticedOn: '2026-12-01', chronology: [] },
  });

/** GET /disputes/:id/withdrawal.pdf: the model withdrawal form filled from the dispute, while the 14 days are open. */
describe('the withdrawal letter', () => {
  const clock = new ManualClock(new Date('2026-12-05T09:00:00Z'));
  let api: TestApp;
  let dir: string;
  let consumer: Account;
  let merchant: Account;
  let association: Account;
  let outsider: Account;
  let open: string;
  let ended: string;
  let inStore: string;

  const get = async (path: string, as: Account | null) => {
    const answer = await fetch(`${api.origin}${path}`, { headers: { ...(as && { authorization: `Bearer ${as.token}` }) } });
    return { status: answer.status, disposition: answer.headers.get('content-disposition'), body: Buffer.from(await answer.arrayBuffer()) };
  };
  const pdfText = (pdf: Buffer, name: string) => {
    writeFileSync(join(dir, name), pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, name), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const file = async (channel: string, deliveredOn: string) =>
    must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: bought(merchant.merchantId as string, channel, deliveredOn) }, consumer.token), 'file').fileClaim.id;
  /** The dispute's withdrawal guidance as the web app's dispute page asks for it (RightsView). */
  const guidanceOf = async (id: string): Promise<WithdrawalGuidance[]> =>
    must(
      await api.gql<{ dispute: { rights: { guidance: WithdrawalGuidance[] } } }>(`query($id: ID!) { dispute(id: $id) { rights { guidance { topic applies message { code params { name value } } } } } }`, { id }, consumer.token),
      'dispute',
    ).dispute.rights.guidance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'recours-withdrawal-'));
    ({ api, consumer, merchant, association, outsider } = await startWithCast(
      'withdrawal',
      { consumer: ['consumer', 'Claire Dupont'], merchant: ['merchant', 'Boutique Mobile'], association: ['association', 'UFC Rétractation'], outsider: ['consumer', 'Eve'] },
      {},
      { clock },
    ));
    open = await file('ONLINE', '2026-11-30');
    // Received on 1 November: the 15th was a Sunday, the period ended on Monday 16 November.
    ended = await file('PHONE', '2026-11-01');
    inStore = await file('IN_STORE', '2026-11-30');
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId: open, associationId: association.id } }, consumer.token), 'grant');
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the consumer downloads the model form filled from the dispute, in French and in English, dated, with the last day and the refund owed; no id', async () => {
    const fr = await get(`/disputes/${open}/withdrawal.pdf?locale=fr`, consumer);
    expect(fr.status).toBe(200);
    expect(fr.disposition).toContain('retractation-2026-12-05.pdf');
    const french = pdfText(fr.body, 'fr.pdf');
    for (const expected of [
      'Formulaire de rétractation',
      'À l’attention de : Boutique Mobile',
      'Je vous notifie par la présente ma rétractation du contrat portant sur la vente du bien',
      'Samsung Galaxy A54 SM-A546B (commande CMD-2026-1128-04), au prix de 449,00 €',
      'Commandé le : 28 octobre 2026',
      'Reçu le : 30 novembre 2026',
      'Nom du consommateur : Claire Dupont',
      'Date : 5 décembre 2026',
      'Le délai de rétractation court jusqu’au 14 décembre 2026 inclus (Code de la consommation, art. L221-18)',
      'L221-21',
      'frais de livraison au tarif standard',
      'art. L221-24, alinéa 2',
    ])
      expect({ expected, found: french.includes(expected) }).toEqual({ expected, found: true });
    expect(french).not.toMatch(UUID);
    const en = await get(`/disputes/${open}/withdrawal.pdf?locale=en`, consumer);
    expect(en.status).toBe(200);
    expect(en.disposition).toContain('withdrawal-2026-12-05.pdf');
    const english = pdfText(en.body, 'en.pdf');
    for (const expected of ['Withdrawal form', 'To: Boutique Mobile', 'Ordered on: 28 October 2026', 'Received on: 30 November 2026', 'runs until 14 December 2026 inclusive', 'whichever is earlier'])
      expect({ expected, found: english.includes(expected) }).toEqual({ expected, found: true });
  });

  it('follows the formal notice’s rule: her mandated association may download it (and she sees it did); the merchant, a stranger and anyone signed out get 404', async () => {
    expect((await get(`/disputes/${open}/withdrawal.pdf?locale=fr`, association)).status).toBe(200);
    for (const as of [merchant, outsider, null]) expect((await get(`/disputes/${open}/withdrawal.pdf`, as)).status).toBe(404);
    const log = must(await api.gql<{ disputeAccessLog: Array<{ role: string; kind: string; what: string }> }>(`query($id: ID!) { disputeAccessLog(id: $id) { role kind what } }`, { id: open }, consumer.token), 'log');
    expect(log.disputeAccessLog).toContainEqual({ role: 'ASSOCIATION', kind: 'WITHDRAWAL_LETTER', what: 'Downloaded the withdrawal letter' });
  });

  it('is refused once the period has ended, and for a purchase in a shop, in the reader’s language', async () => {
    const closed = await get(`/disputes/${ended}/withdrawal.pdf?locale=fr`, consumer);
    expect(closed.status).toBe(422);
    expect(JSON.parse(closed.body.toString()).error.message).toBe('Le délai de rétractation a pris fin le 16 novembre 2026\u202f: la lettre de rétractation n’est plus proposée.');
    expect(JSON.parse((await get(`/disputes/${ended}/withdrawal.pdf?locale=en`, consumer)).body.toString()).error.message).toBe('The withdrawal period ended on 16 November 2026: the withdrawal letter is no longer offered.');
    const shop = await get(`/disputes/${inStore}/withdrawal.pdf?locale=fr`, consumer);
    expect(shop.status).toBe(422);
    expect(JSON.parse(shop.body.toString()).error.message).toBe('Le droit de rétractation de 14 jours ne vaut que pour un achat à distance ou hors établissement (Code de la consommation, art. L221-18)\u202f: cet achat n’en relève pas.');
    expect(JSON.parse((await get(`/disputes/${inStore}/withdrawal.pdf?locale=en`, consumer)).body.toString()).error.message).toBe(
      'The 14-day right of withdrawal covers only purchases made at a distance or off premises (Article L221-18 of the French Consumer Code): this purchase is not one.',
    );
    // A stranger learns nothing: 404, as for a dispute that does not exist.
    expect((await get(`/disputes/${ended}/withdrawal.pdf`, outsider)).status).toBe(404);
  });

  it('the documents panel offers it exactly when the route serves it, with the last day and how to send it, in French and in English', async () => {
    expect(withdrawalOpenUntil(await guidanceOf(open))).toBe('2026-12-14');
    expect(withdrawalOpenUntil(await guidanceOf(ended))).toBeNull();
    expect(withdrawalOpenUntil(await guidanceOf(inStore))).toBeNull();
    expect(fillMessage(CATALOGUES.fr['documents.withdrawalLead'], { date: '14 décembre 2026' }, 'fr-FR')).toContain(
      'Envoyez-le au vendeur au plus tard le 14 décembre 2026, par un moyen qui garde la preuve de l’envoi\u202f: lettre recommandée avec accusé de réception (imprimée et signée), ou courriel dont vous gardez une copie.',
    );
    expect(fillMessage(CATALOGUES.en['documents.withdrawalLead'], { date: '14 December 2026' }, 'en-GB')).toContain(
      'Send it to the seller by 14 December 2026 at the latest, by a means that keeps proof of sending: a registered letter with acknowledgement of receipt (printed and signed), or an e-mail you keep a copy of.',
    );
  });
});
