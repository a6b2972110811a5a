import { ManualClock } from '@recours/clock';
import { addDays, parisDateOf } from '@recours/consumer-law';
import { must, phoneClaim, withCast } from '@recours/testing';

type Remedy = { remedy: string; available: boolean; reason: string; basis: string; citations: Array<{ code: string }> };
type Rights = { nextStep: string; remedies: Remedy[]; guidance: Array<{ topic: string; applies: boolean }> };
const RIGHTS = 'rights(locale: $locale) { nextStep remedies { remedy available reason basis citations { code } } guidance { topic applies } }';

/**
 * The merchant's written rejection of a claim for a replacement is the seller's refusal (C. consom.
 * L217-14 1°): the consumer's rights on her dispute page open price reduction and refund, in
 * French and in English, after an escalation too (which clears the standing rejection), and a
 * look at the case as it stood before the rejection still says to wait for the replacement.
 * (The rejection's Paris day, 23:30 UTC being the next day in Paris: libs/disputes/src/rights-facts.spec.ts.)
 */
describe('Dispute.rights after the merchant rejects the claim (L217-14 1°)', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const quiet = { DEADLINES_INTERVAL_MS: '3600000', MEDIATION_INTAKE_INTERVAL_MS: '3600000' };
  const cast = withCast('seller-refusal', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'] }, quiet, { clock });

  const rightsOf = async (id: string, locale: 'fr' | 'en') =>
    must(await cast.api.gql<{ dispute: { rights: Rights } }>(`query($id: ID!, $locale: Locale) { dispute(id: $id) { ${RIGHTS} } }`, { id, locale }, cast.consumer.token), 'dispute').dispute.rights;
  const rightsAsOf = async (id: string, at: string) =>
    must(await cast.api.gql<{ disputeAsOf: { rights: Rights } }>(`query($id: ID!, $at: String!, $locale: Locale) { disputeAsOf(id: $id, at: $at) { ${RIGHTS} } }`, { id, at, locale: 'en' }, cast.consumer.token), 'disputeAsOf').disputeAsOf.rights;
  const remedy = (rights: Rights, kind: string) => rights.remedies.find((r) => r.remedy === kind)!;

  it('price reduction and refund open from the rejection’s Paris day, cited to L217-14 1°, in French and in English; an escalation does not close them', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { id } = must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, cast.consumer.token), 'fileClaim').fileClaim;

    // Before any answer: the replacement she asked for comes first.
    const waiting = await rightsOf(id, 'en');
    expect(remedy(waiting, 'REFUND')).toMatchObject({ available: false });
    expect(remedy(waiting, 'PRICE_REDUCTION')).toMatchObject({ available: false });
    expect(waiting.nextStep).toMatch(/^Wait for the replacement requested on 2 March 2026/);

    // 23:30 UTC on 4 March is 00:30 on 5 March in Paris.
    clock.set('2026-03-04T23:30:00Z');
    must(await cast.api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId: id, reason: 'Batterie endommagée par un chargeur non agréé' } }, cast.merchant.token), 'rejectClaim');
    clock.set('2026-03-05T10:00:00Z');

    const fr = await rightsOf(id, 'fr');
    for (const kind of ['PRICE_REDUCTION', 'REFUND']) {
      expect(remedy(fr, kind)).toMatchObject({ available: true, reason: expect.stringContaining('le vendeur a refusé de réparer ou de remplacer'), basis: expect.stringContaining('Code de la consommation, art. L217-14 1°') });
      expect(remedy(fr, kind).citations.map((c) => c.code)).toContain('FR.L217-14.1');
    }
    // Performance stays enforceable after a refusal (L217-12).
    expect(remedy(fr, 'REPLACEMENT')).toMatchObject({ available: true, basis: expect.stringContaining('L217-12') });
    expect(fr.nextStep).toMatch(/^Demandez par écrit au vendeur une réduction du prix, ou un remboursement intégral contre restitution du bien\./);
    expect(fr.guidance.find((g) => g.topic === 'OBSTRUCTION_FINE')).toMatchObject({ applies: true });

    const en = await rightsOf(id, 'en');
    for (const kind of ['PRICE_REDUCTION', 'REFUND']) {
      expect(remedy(en, kind)).toMatchObject({ available: true, reason: expect.stringContaining('the seller refused to repair or replace'), basis: expect.stringContaining('L217-14 1°') });
    }
    expect(en.nextStep).toMatch(/^Ask the seller in writing for a price reduction, or for a full refund against return of the goods\./);

    // She takes it up to a supervisor: the standing rejection is cleared, the refusal stays a fact.
    must(await cast.api.gql(`mutation($input: EscalateInput!) { escalate(input: $input) { id } }`, { input: { disputeId: id } }, cast.consumer.token), 'escalate');
    const escalated = await rightsOf(id, 'en');
    expect(remedy(escalated, 'REFUND')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 1°') });
  });

  it('seen as it stood before the rejection (disputeAsOf), the rights do not know of it yet; as it stood after, they do', async () => {
    // Time travel folds the events recorded up to the instant (the store's own clock): this case
    // runs on today's dates, a claim filed within the replacement's 30 days.
    const today = parisDateOf(new Date());
    const on = (days: number) => addDays(today, -days);
    const claim = phoneClaim(cast.merchant.merchantId as string, {
      purchase: { purchasedOn: on(40), deliveredOn: on(38), price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR', orderReference: 'CMD-77' },
      problem: { description: 'The battery swells and the back cover lifts.', firstNoticedOn: on(5), chronology: [{ on: on(5), what: 'Back cover lifted' }] },
    });
    clock.set(new Date());
    const { id } = must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: claim }, cast.consumer.token), 'fileClaim').fileClaim;
    await new Promise((r) => setTimeout(r, 20));
    const beforeRejection = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    clock.set(new Date());
    must(await cast.api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId: id, reason: 'Hors garantie' } }, cast.merchant.token), 'rejectClaim');
    await new Promise((r) => setTimeout(r, 20));

    const before = await rightsAsOf(id, beforeRejection);
    expect(remedy(before, 'REFUND')).toMatchObject({ available: false });
    expect(before.nextStep).toMatch(/^Wait for the replacement/);
    const after = await rightsAsOf(id, new Date().toISOString());
    expect(remedy(after, 'REFUND')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 1°') });
  });
});
