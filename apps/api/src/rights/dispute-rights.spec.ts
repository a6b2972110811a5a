import { disputeDecider, disputeRightsFacts, warrantyCover, type FileClaim } from '@recours/disputes';
import { admin, agent, claimDetails, command, consumer, ctx, day, disputeAfter, event, fileClaimCommand, mediator, onDay, system } from '../../../../libs/disputes/src/testing/dispute-fixtures';
import { assessDisputeRights } from './dispute-rights';

// The washing machine of the fixtures: bought 2024-11-20, delivered 2024-11-25, defect noticed
// 2025-02-10, claim filed on day 0 = 2025-03-03 asking for a REPAIR. State always comes from
// the real decider. Each test names the item of issue 14 and the article it checks.

const filed = (overrides: Partial<FileClaim> = {}) => fileClaimCommand(overrides);
const offer = (n: number, offerId: string, remedy: 'REPAIR' | 'REPLACEMENT', days = 30) => command('MakeOffer', day(n), agent, { offerId, remedy, daysToCarryOut: days });
const accept = (n: number, offerId: string) => command('AcceptOffer', day(n), consumer, { offerId });
const fulfilled = (n: number) => command('ConfirmRemedyFulfilled', day(n), consumer, {});
const failed = (n: number, failure: 'NOT_CARRIED_OUT' | 'DID_NOT_FIX' | 'DEFECT_RECURRED') =>
  command('ReportRemedyFailed', day(n), consumer, { failure, description: 'E21 again' });
/** Repair offered on day 1, accepted on day 2 (2025-03-05). */
const repairAgreed = [offer(1, 'offer-1', 'REPAIR'), accept(2, 'offer-1')];

describe('assessDisputeRights: how a dispute feeds the rights engine', () => {
  it('gives the engine the purchase’s channel (L221-1, L221-18): online or by phone at a distance, off premises as such, in a shop on premises; the withdrawal guidance then says open, ended or none', () => {
    const bought = (channel: 'ONLINE' | 'PHONE' | 'OFF_PREMISES' | 'IN_STORE') => disputeAfter(filed({ purchase: { ...claimDetails().purchase, channel } }));
    expect(disputeRightsFacts(bought('ONLINE'), onDay(7)).saleChannel).toBe('DISTANCE');
    expect(disputeRightsFacts(bought('PHONE'), onDay(7)).saleChannel).toBe('DISTANCE');
    expect(disputeRightsFacts(bought('OFF_PREMISES'), onDay(7)).saleChannel).toBe('OFF_PREMISES');
    expect(disputeRightsFacts(bought('IN_STORE'), onDay(7)).saleChannel).toBe('ON_PREMISES');
    const withdrawal = (channel: 'ONLINE' | 'IN_STORE') => assessDisputeRights(bought(channel), onDay(7)).guidance?.find((g) => g.topic === 'WITHDRAWAL');
    // Delivered on 25 November 2024: the 14 days ended on 9 December 2024, long before the claim.
    expect(withdrawal('ONLINE')).toMatchObject({ applies: false, message: { code: 'guidance.withdrawal.closed', params: { until: '2024-12-09' } } });
    expect(withdrawal('IN_STORE')).toMatchObject({ applies: false, message: { code: 'guidance.withdrawal.shop' } });
  });

  it('takes the facts of a filed claim; filing on the platform is the written complaint, and the repair asked for is a request', () => {
    const dispute = disputeAfter(filed());
    expect(disputeRightsFacts(dispute, onDay(7))).toEqual({
      jurisdiction: 'FR',
      goodsCondition: 'NEW',
      purchasedOn: '2024-11-20',
      deliveredOn: '2024-11-25',
      // Bought online: a distance contract (L221-1), the withdrawal of L221-18 exists.
      saleChannel: 'DISTANCE',
      price: { amount: '649.00', currency: 'EUR' },
      defectNoticedOn: '2025-02-10',
      repairs: [{ requestedOn: '2025-03-03' }],
      replacements: [],
      writtenComplaintOn: '2025-03-03',
      mediationReferral: null,
      defectReappeared: false,
    });
    const rights = assessDisputeRights(dispute, onDay(7));
    expect(rights).toMatchObject({
      supported: true,
      asOf: '2025-03-10',
      jurisdiction: 'FR',
      legalWarranty: { applies: true, runsFrom: '2024-11-25', expiresOn: '2026-11-25', extensionMonths: 0 },
      // One year from the filing day (L612-2).
      mediation: { lapsesOn: '2026-03-03', complaintOn: '2025-03-03' },
      commercialWarranty: { applies: false, expiresOn: null },
    });
    // Assessed as of a day before the filing, the complaint had not been made yet.
    expect(assessDisputeRights(dispute, '2025-03-01').mediation).toMatchObject({ eligible: false, lapsesOn: null });
  });

  it('item 2, L217-10: the 30 days run from the consumer’s request in the claim, not from the agreement', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed);
    expect(disputeRightsFacts(dispute, onDay(10)).repairs).toEqual([{ requestedOn: '2025-03-03', handedOverOn: '2025-03-05' }]);
    expect(assessDisputeRights(dispute, onDay(10)).repairDeadline).toMatchObject({ requestedOn: '2025-03-03', dueOn: '2025-04-02', overdue: false });
    const late = assessDisputeRights(dispute, onDay(31)); // 2025-04-03
    expect(late.repairDeadline?.overdue).toBe(true);
    expect(late.remedies?.find((r) => r.remedy === 'PRICE_REDUCTION')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 2°') });
  });

  it('L217-10: a withdrawn claim asks for nothing any more: from the day of its withdrawal no repair is pending, and she is not told to wait for it', () => {
    const withdrawn = disputeAfter(filed(), ...repairAgreed, command('WithdrawClaim', day(4), consumer, { reason: 'Settled at the counter' }));
    // Before the withdrawal, the request ran; from its day (2025-03-07), none is pending.
    expect(disputeRightsFacts(withdrawn, '2025-03-06').repairs).toEqual([{ requestedOn: '2025-03-03', handedOverOn: '2025-03-05' }]);
    expect(disputeRightsFacts(withdrawn, onDay(10)).repairs).toEqual([]);
    const rights = assessDisputeRights(withdrawn, onDay(10));
    expect(rights.repairDeadline).toBeNull();
    expect(rights.nextStep).not.toContain('2 April 2025');
    // A repair carried out before the withdrawal stays: it moved the warranty (L217-13).
    const repairedThenWithdrawn = disputeAfter(filed(), ...repairAgreed, failed(9, 'DEFECT_RECURRED'), command('WithdrawClaim', day(12), consumer, {}));
    expect(disputeRightsFacts(repairedThenWithdrawn, onDay(20)).repairs).toEqual([{ requestedOn: '2025-03-03', handedOverOn: '2025-03-05', completedOn: '2025-03-12' }]);
  });

  /** Money offered on day 1 for 14 days, accepted on day 2 (2025-03-05): due by 2025-03-19. */
  const moneyAgreed = (remedy: 'REFUND' | 'PRICE_REDUCTION') => [
    command('MakeOffer', day(1), agent, { offerId: 'offer-1', remedy, daysToCarryOut: 14, amount: { amount: remedy === 'REFUND' ? '649.00' : '150.00', currency: 'EUR' } }),
    accept(2, 'offer-1'),
  ];

  it('L217-10: she asked for a repair, then accepted a refund: no repair is pending from the agreement, and she is told to wait for the refund by its agreed day, not « Attendez la réparation »', () => {
    const dispute = disputeAfter(filed(), ...moneyAgreed('REFUND'));
    // The day before the agreement, her repair request ran.
    expect(disputeRightsFacts(dispute, '2025-03-04').repairs).toEqual([{ requestedOn: '2025-03-03' }]);
    expect(disputeRightsFacts(dispute, onDay(7))).toMatchObject({ repairs: [], agreedRemedy: { remedy: 'REFUND', agreedOn: '2025-03-05', dueOn: '2025-03-19' } });
    const fr = assessDisputeRights(dispute, onDay(7), {}, 'fr');
    expect(fr.repairDeadline).toBeNull();
    expect(fr.nextStep).not.toContain('Attendez la réparation');
    expect(fr.nextStep).toContain('Attendez le remboursement convenu le 5 mars 2025\u202f: le vendeur doit vous le verser au plus tard le 19 mars 2025. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.');
    const en = assessDisputeRights(dispute, onDay(7));
    expect(en.nextStep).not.toContain('Wait for the repair');
    expect(en.nextStep).toContain('Wait for the refund agreed on 5 March 2025: the seller must pay it by 19 March 2025. If it has not done so by then, say that the agreed remedy was not carried out.');
    // Its day gone by (2025-03-20 on): it was due, as the product says of an overdue remedy.
    expect(assessDisputeRights(dispute, onDay(17), {}, 'fr').nextStep).toContain('Le remboursement convenu le 5 mars 2025 devait vous être versé au plus tard le 19 mars 2025. S’il ne l’a pas été, dites que la solution convenue n’a pas été réalisée\u202f: le vendeur devra vous répondre.');
    expect(assessDisputeRights(dispute, onDay(17)).nextStep).toContain('The refund agreed on 5 March 2025 was due by 19 March 2025. If it has not been paid, say that the agreed remedy was not carried out: the seller will have to answer you.');
    // A price reduction agreed instead reads the same way.
    const reduced = disputeAfter(filed(), ...moneyAgreed('PRICE_REDUCTION'));
    expect(assessDisputeRights(reduced, onDay(7), {}, 'fr').nextStep).toContain('Attendez la réduction du prix convenue le 5 mars 2025\u202f: le vendeur doit vous la verser au plus tard le 19 mars 2025.');
    expect(assessDisputeRights(reduced, onDay(7)).nextStep).toContain('Wait for the price reduction agreed on 5 March 2025: the seller must pay it by 19 March 2025.');
  });

  it('the merchant reports the agreed refund carried out: her step is to confirm it or say it was not, by the end of her 14 days, not to wait', () => {
    const dispute = disputeAfter(filed(), ...moneyAgreed('REFUND'), command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' }));
    expect(disputeRightsFacts(dispute, onDay(11)).agreedRemedy).toEqual({ remedy: 'REFUND', agreedOn: '2025-03-05', dueOn: '2025-03-19', reportedCarriedOutOn: '2025-03-12', confirmationDueOn: '2025-03-27' });
    const fr = assessDisputeRights(dispute, onDay(11), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toContain('next.confirmCarriedOut');
    expect(fr.nextStep).toContain('Le vendeur déclare avoir réalisé la solution convenue (remboursement) le 12 mars 2025\u202f: confirmez-le, ou dites qu’elle n’a pas été réalisée, au plus tard le 27 mars 2025\u202f; sans réponse de votre part, la solution sera tenue pour réalisée.');
    expect(fr.nextStep).not.toMatch(/Attendez/);
    const en = assessDisputeRights(dispute, onDay(11));
    expect(en.nextStep).toContain('The seller reports the agreed remedy (refund) carried out on 12 March 2025: confirm it, or say it was not carried out, by 27 March 2025; without an answer from you, it will count as carried out.');
    expect(en.nextStep).not.toMatch(/Wait for/);
    // Before the report (day 9), she still waits for the refund.
    expect(assessDisputeRights(dispute, onDay(9)).nextStep).toContain('Wait for the refund agreed on 5 March 2025');
  });

  it('the agreed remedy confirmed carried out: nothing more is asked of her, not « Demandez … de réparer » again; a repair’s defect coming back opens a price reduction or a refund', () => {
    const refunded = disputeAfter(filed(), ...moneyAgreed('REFUND'), command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' }), fulfilled(11));
    expect(disputeRightsFacts(refunded, onDay(12)).agreedRemedy).toEqual({ remedy: 'REFUND', agreedOn: '2025-03-05', dueOn: '2025-03-19', fulfilledOn: '2025-03-14' });
    const fr = assessDisputeRights(refunded, onDay(12), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toContain('next.agreedFulfilled');
    expect(fr.nextStep).toContain('La solution convenue (remboursement) a été réalisée, ce qui a été confirmé le 14 mars 2025 : ce litige n’appelle plus de démarche de votre part.');
    expect(fr.nextStep).not.toMatch(/Demandez|Attendez/);
    expect(assessDisputeRights(refunded, onDay(12)).nextStep).toContain('The agreed remedy (refund) was carried out, as confirmed on 14 March 2025: this dispute calls for nothing more from you.');
    // Nothing more: not followed by « Si le vendeur ne règle pas le litige, saisissez le médiateur … »,
    // nor by the time to go to court, a step to take (until 2026-12-07 « Le délai pour agir en justice court jusqu’au … »).
    expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedFulfilled']);
    expect(fr.nextStep).not.toMatch(/saisissez le médiateur|agir en justice/);
    const repaired = disputeAfter(filed(), ...repairAgreed, command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-13', details: 'Pompe changée' }), fulfilled(11));
    const en = assessDisputeRights(repaired, onDay(12));
    expect(en.nextStepMessages?.map((m) => m.code)).toContain('next.agreedFulfilled.inKind');
    expect(en.nextStep).toContain('The agreed remedy (repair) was carried out, as confirmed on 14 March 2025. If the defect comes back, you may ask for a price reduction or a refund.');
    expect(en.nextStep).not.toMatch(/Ask the seller in writing to repair|Wait for/);
    // After a repair, the time to go to court is said for the defect, should it come back: information, not a step.
    expect(en.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedFulfilled.inKind', 'next.clock.ifDefectReturns']);
    expect(en.nextStep).toMatch(/ If the defect comes back, you may ask for a price reduction or a refund\. The time to go to court over this defect, should it come back, runs until \d+ \w+ \d{4}\.$/);
    expect(assessDisputeRights(repaired, onDay(12), {}, 'fr').nextStep).toMatch(/ Si le défaut réapparaît, vous pourrez demander une réduction du prix ou un remboursement\. Le délai pour agir en justice sur ce défaut, s’il réapparaît, court jusqu’au \d+ \S+ \d{4}\.$/);
  });

  it('the agreed remedy carried out, the defect noticed after a used good’s presumption: no « Rassemblez des preuves … », nothing being asked of her any more', () => {
    // A used good delivered on 1 December 2023: its presumption ended on 1 December 2024 (L217-7), before the defect was noticed (10 February 2025).
    const used = filed({ product: { ...claimDetails().product, condition: 'USED' }, purchase: { ...claimDetails().purchase, purchasedOn: '2023-11-25', deliveredOn: '2023-12-01' } });
    // Not settled, the evidence step is hers.
    expect(assessDisputeRights(disputeAfter(used), onDay(12)).nextStepMessages?.map((m) => m.code)).toContain('next.gatherEvidence');
    const refunded = disputeAfter(used, ...moneyAgreed('REFUND'), command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' }), fulfilled(11));
    const fr = assessDisputeRights(refunded, onDay(12), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedFulfilled']);
    expect(fr.nextStep).not.toContain('Rassemblez des preuves');
    const repaired = disputeAfter(used, ...repairAgreed, command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-13', details: 'Pompe changée' }), fulfilled(11));
    const en = assessDisputeRights(repaired, onDay(12));
    expect(en.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedFulfilled.inKind', 'next.clock.ifDefectReturns']);
    expect(en.nextStep).not.toContain('Gather evidence');
  });

  it('an agreed refund she reported not paid is still owed: a formal notice citing the agreement, then the mediator, not « Attendez la réparation demandée » again', () => {
    // Due by 19 March 2025, said not paid on day 17 (20 March 2025).
    const unpaid = disputeAfter(filed(), ...moneyAgreed('REFUND'), failed(17, 'NOT_CARRIED_OUT'));
    expect(disputeRightsFacts(unpaid, onDay(18))).toMatchObject({
      repairs: [],
      agreedRemedy: { remedy: 'REFUND', agreedOn: '2025-03-05', dueOn: '2025-03-19', notCarriedOutOn: '2025-03-20', amount: { amount: '649.00', currency: 'EUR' } },
    });
    const fr = assessDisputeRights(unpaid, onDay(18), {}, 'fr');
    expect(fr.repairDeadline).toBeNull();
    expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedNotCarriedOut', 'next.mediator', 'next.clock']);
    expect(fr.nextStep).toContain('Vous avez signalé le 20 mars 2025 que la somme convenue le 5 mars 2025 (remboursement de 649,00\u00a0€) ne vous a pas été versée\u202f: elle devait l’être au plus tard le 19 mars 2025 et elle vous reste due. Mettez le vendeur en demeure par écrit, par lettre recommandée avec accusé de réception, de vous la verser dans un délai que vous fixez, en citant cet accord\u202f; gardez une copie de la lettre.');
    expect(fr.nextStep).toContain('Si le vendeur ne règle pas le litige, saisissez le médiateur de la consommation au plus tard le 3 mars 2026.');
    expect(fr.nextStep).not.toMatch(/Attendez|Demandez/);
    const en = assessDisputeRights(unpaid, onDay(18));
    expect(en.nextStep).toContain('You reported on 20 March 2025 that the sum agreed on 5 March 2025 (refund of €649.00) was not paid to you: it was due by 19 March 2025 and is still owed to you. Send the seller a formal notice in writing, by registered letter with acknowledgement of receipt, to pay it within a time you set, citing this agreement; keep a copy of the letter.');
    expect(en.nextStep).not.toMatch(/Wait for|Ask the seller/);
    // Weeks later, past the repair's 30 days, the sum is still what is owed (not « Demandez … une réduction du prix »).
    expect(assessDisputeRights(unpaid, onDay(40)).nextStepMessages?.[0].code).toBe('next.agreedNotCarriedOut');
    // Compensation reads the same way.
    const compensation = disputeAfter(
      filed(),
      command('MakeOffer', day(1), agent, { offerId: 'offer-1', remedy: 'COMPENSATION', daysToCarryOut: 14, amount: { amount: '80.00', currency: 'EUR' } }),
      accept(2, 'offer-1'),
      failed(17, 'NOT_CARRIED_OUT'),
    );
    expect(assessDisputeRights(compensation, onDay(18), {}, 'fr').nextStep).toContain('la somme convenue le 5 mars 2025 (indemnisation de 80,00\u00a0€) ne vous a pas été versée');
    expect(assessDisputeRights(compensation, onDay(18)).nextStep).toContain('the sum agreed on 5 March 2025 (compensation of €80.00) was not paid to you');
  });

  it('an agreed price reduction she contested as not paid, after the merchant reported it paid: still owed by its agreed day, then a formal notice', () => {
    // Reported paid on 12 March 2025 (day 10), contested on day 11 (14 March 2025), due by 19 March 2025.
    const contested = disputeAfter(filed(), ...moneyAgreed('PRICE_REDUCTION'), command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' }), failed(11, 'NOT_CARRIED_OUT'));
    expect(disputeRightsFacts(contested, onDay(12)).agreedRemedy).toEqual({
      remedy: 'PRICE_REDUCTION',
      agreedOn: '2025-03-05',
      dueOn: '2025-03-19',
      notCarriedOutOn: '2025-03-14',
      reportedCarriedOutOn: '2025-03-12',
      amount: { amount: '150.00', currency: 'EUR' },
    });
    const fr = assessDisputeRights(contested, onDay(12), {}, 'fr');
    expect(fr.nextStepMessages?.[0].code).toBe('next.agreedNotCarriedOut.notYetDue');
    expect(fr.nextStep).toContain('Vous avez signalé le 14 mars 2025 que la somme convenue le 5 mars 2025 (réduction du prix de 150,00\u00a0€) ne vous a pas été versée, alors que le vendeur déclare l’avoir versée le 12 mars 2025\u202f: elle doit vous être versée au plus tard le 19 mars 2025. Si elle ne l’est pas d’ici là, mettez le vendeur en demeure par écrit, par lettre recommandée avec accusé de réception, de vous la verser, en citant cet accord.');
    expect(fr.nextStep).not.toMatch(/Attendez|Demandez|confirmez-le/);
    expect(assessDisputeRights(contested, onDay(12)).nextStep).toContain('You reported on 14 March 2025 that the sum agreed on 5 March 2025 (price reduction of €150.00) was not paid to you, although the seller reports paying it on 12 March 2025: it must be paid to you by 19 March 2025. If it is not by then, send the seller a formal notice in writing, by registered letter with acknowledgement of receipt, to pay it, citing this agreement.');
    // Its day gone by (20 March 2025 on), the sum was due and is owed.
    expect(assessDisputeRights(contested, onDay(17)).nextStep).toContain('although the seller reports paying it on 12 March 2025: it was due by 19 March 2025 and is still owed to you.');
    // Closed unresolved, the sum is still owed, not the repair awaited again.
    const closed = disputeAfter(filed(), ...moneyAgreed('PRICE_REDUCTION'), command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' }), failed(11, 'NOT_CARRIED_OUT'), command('CloseDispute', day(20), consumer, { outcome: 'UNRESOLVED', nextSteps: [{ kind: 'COURT', text: 'Tribunal judiciaire' }] }));
    expect(assessDisputeRights(closed, onDay(21)).nextStepMessages?.[0].code).toBe('next.agreedNotCarriedOut');
  });

  it('L217-14 2°: an agreed repair reported not carried out leaves her request’s 30 days to run, then opens a price reduction or a refund', () => {
    const notDone = disputeAfter(filed(), ...repairAgreed, command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-13', details: 'Pompe changée' }), failed(11, 'NOT_CARRIED_OUT'));
    expect(disputeRightsFacts(notDone, onDay(12))).not.toHaveProperty('agreedRemedy');
    expect(assessDisputeRights(notDone, onDay(12)).nextStep).toContain('Wait for the repair requested on 3 March 2025: the seller has until 2 April 2025; if it is not done by then, you may ask for a price reduction or a refund.');
    const late = assessDisputeRights(notDone, onDay(31), {}, 'fr');
    expect(late.remedies?.find((r) => r.remedy === 'REFUND')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 2°') });
    expect(late.nextStep).toContain('Demandez par écrit au vendeur une réduction du prix, ou un remboursement intégral contre restitution du bien.');
  });

  it('the agreed remedy counted as carried out because she did not answer the merchant’s report: not « ce qui a été confirmé le … », which she never did', () => {
    // Reported on day 10 (13 March 2025); her 14 days end on 27 March 2025; the deadline process records it at their end.
    const report = command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' });
    const lapsed = command('RecordDeadlinePassed', '2025-03-27T23:00:00.000Z', system, { deadline: 'REMEDY_CONFIRMATION' });
    const refunded = disputeAfter(filed(), ...moneyAgreed('REFUND'), report, lapsed);
    expect(disputeRightsFacts(refunded, onDay(30)).agreedRemedy).toEqual({
      remedy: 'REFUND',
      agreedOn: '2025-03-05',
      dueOn: '2025-03-19',
      fulfilledOn: '2025-03-28',
      deemed: true,
      reportedCarriedOutOn: '2025-03-12',
      confirmationDueOn: '2025-03-27',
    });
    const fr = assessDisputeRights(refunded, onDay(30), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedDeemed']);
    expect(fr.nextStep).not.toContain('agir en justice');
    expect(fr.nextStep).toContain('Le vendeur a déclaré avoir réalisé la solution convenue (remboursement) le 12 mars 2025 et vous ne l’avez ni confirmé ni contesté au plus tard le 27 mars 2025\u202f: elle est tenue pour réalisée, et ce litige n’appelle plus de démarche de votre part.');
    expect(fr.nextStep).not.toContain('confirmé le');
    expect(assessDisputeRights(refunded, onDay(30)).nextStep).toContain('The seller reported the agreed remedy (refund) carried out on 12 March 2025, and you neither confirmed nor contested it by 27 March 2025: it counts as carried out, and this dispute calls for nothing more from you.');
    const repaired = disputeAfter(filed(), ...repairAgreed, report, lapsed);
    expect(assessDisputeRights(repaired, onDay(30)).nextStep).toContain('The seller reported the agreed remedy (repair) carried out on 12 March 2025, and you neither confirmed nor contested it by 27 March 2025: it counts as carried out. If the defect comes back, you may ask for a price reduction or a refund.');
  });

  it('her 14 days over, the deadline process not yet having recorded it: counted as carried out, not « confirmez-le … au plus tard le … », a day past', () => {
    // Reported on day 10 (13 March 2025); her last day is 27 March 2025 (day 24); nothing recorded since.
    const report = command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' });
    const refunded = disputeAfter(filed(), ...moneyAgreed('REFUND'), report);
    expect(disputeRightsFacts(refunded, onDay(26)).agreedRemedy).toEqual({ remedy: 'REFUND', agreedOn: '2025-03-05', dueOn: '2025-03-19', reportedCarriedOutOn: '2025-03-12', confirmationDueOn: '2025-03-27' });
    // On her last day, hers to confirm or contest.
    expect(assessDisputeRights(refunded, onDay(24)).nextStepMessages?.map((m) => m.code)).toEqual(['next.confirmCarriedOut', 'next.mediator', 'next.clock']);
    // The day after (28 March 2025), and later: it counts as carried out, nothing more is asked of her.
    for (const asOf of [onDay(25), onDay(26)]) {
      const fr = assessDisputeRights(refunded, asOf, {}, 'fr');
      expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedDeemed']);
      expect(fr.nextStep).toBe('Le vendeur a déclaré avoir réalisé la solution convenue (remboursement) le 12 mars 2025 et vous ne l’avez ni confirmé ni contesté au plus tard le 27 mars 2025\u202f: elle est tenue pour réalisée, et ce litige n’appelle plus de démarche de votre part.');
    }
    expect(assessDisputeRights(refunded, onDay(26)).nextStep).toBe('The seller reported the agreed remedy (refund) carried out on 12 March 2025, and you neither confirmed nor contested it by 27 March 2025: it counts as carried out, and this dispute calls for nothing more from you.');
    const repaired = disputeAfter(filed(), ...repairAgreed, report);
    expect(assessDisputeRights(repaired, onDay(26)).nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedDeemed.inKind', 'next.clock.ifDefectReturns']);
  });

  describe('an agreement binds whatever warranty led to it: outside the legal warranty its steps speak too, without the legal warranty’s rules', () => {
    // Bought and delivered in November 2022: the legal warranty ended on 25 November 2024, before the defect.
    const old = { ...claimDetails().purchase, purchasedOn: '2022-11-20', deliveredOn: '2022-11-25' };
    const outOfWarranty = {
      'a commercial warranty’s dispute': filed({ purchase: old, commercialWarranty: { provider: 'Laverte', months: 60, coverage: 'Parts' } }),
      'no warranty left': filed({ purchase: old }),
    };
    const report = command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' });
    const lapsed = command('RecordDeadlinePassed', '2025-03-27T23:00:00.000Z', system, { deadline: 'REMEDY_CONFIRMATION' });
    const repairFor14Days = [offer(1, 'offer-1', 'REPAIR', 14), accept(2, 'offer-1')];

    it.each(Object.entries(outOfWarranty))('%s: an agreed refund is awaited by its day, then overdue; not « Faites jouer la garantie commerciale » nor « Demandez … un devis »', (_, filing) => {
      const dispute = disputeAfter(filing, ...moneyAgreed('REFUND'));
      expect(assessDisputeRights(dispute, onDay(7)).legalWarranty).toMatchObject({ applies: false, expiresOn: '2024-11-25' });
      const fr = assessDisputeRights(dispute, onDay(7), {}, 'fr');
      expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreed.REFUND', 'next.mediator']);
      expect(fr.nextStep).toContain('Attendez le remboursement convenu le 5 mars 2025\u202f: le vendeur doit vous le verser au plus tard le 19 mars 2025.');
      expect(fr.nextStep).not.toMatch(/garantie commerciale|devis|garantie légale/);
      const en = assessDisputeRights(dispute, onDay(17));
      expect(en.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedOverdue.REFUND', 'next.mediator']);
      expect(en.nextStep).toContain('The refund agreed on 5 March 2025 was due by 19 March 2025. If it has not been paid, say that the agreed remedy was not carried out: the seller will have to answer you.');
      expect(en.nextStep).not.toMatch(/commercial warranty|quote|legal conformity warranty/);
    });

    it.each(Object.entries(outOfWarranty))('%s: an agreed repair is awaited by its agreed day (no L217-10 period), then overdue', (_, filing) => {
      const dispute = disputeAfter(filing, ...repairFor14Days);
      const fr = assessDisputeRights(dispute, onDay(7), {}, 'fr');
      expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreed.REPAIR', 'next.mediator']);
      expect(fr.nextStep).toContain('Attendez la réparation convenue le 5 mars 2025\u202f: le vendeur doit la réaliser au plus tard le 19 mars 2025. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.');
      expect(assessDisputeRights(dispute, onDay(7)).nextStep).toContain('Wait for the repair agreed on 5 March 2025: the seller must carry it out by 19 March 2025. If it has not done so by then, say that the agreed remedy was not carried out.');
      expect(assessDisputeRights(dispute, onDay(17), {}, 'fr').nextStep).toContain('La réparation convenue le 5 mars 2025 devait être réalisée au plus tard le 19 mars 2025. Si elle ne l’a pas été, dites que la solution convenue n’a pas été réalisée\u202f: le vendeur devra vous répondre.');
      expect(assessDisputeRights(dispute, onDay(17)).nextStep).toContain('The repair agreed on 5 March 2025 was due by 19 March 2025. If it has not been carried out, say that the agreed remedy was not carried out: the seller will have to answer you.');
    });

    it.each(Object.entries(outOfWarranty))('%s: reported carried out, hers to confirm or contest; confirmed or deemed, nothing more, and no price reduction or refund « if the defect comes back » (L217-14)', (_, filing) => {
      const reported = disputeAfter(filing, ...repairFor14Days, report);
      expect(assessDisputeRights(reported, onDay(12)).nextStepMessages?.map((m) => m.code)).toEqual(['next.confirmCarriedOut', 'next.mediator']);
      expect(assessDisputeRights(reported, onDay(12), {}, 'fr').nextStep).toContain('Le vendeur déclare avoir réalisé la solution convenue (réparation) le 12 mars 2025\u202f: confirmez-le, ou dites qu’elle n’a pas été réalisée, au plus tard le 27 mars 2025');
      // Her last day gone by, recorded or not: deemed carried out.
      for (const [dispute, asOf] of [[reported, onDay(26)], [disputeAfter(filing, ...repairFor14Days, report, lapsed), onDay(30)]] as const) {
        const fr = assessDisputeRights(dispute, asOf, {}, 'fr');
        expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedDeemed']);
        expect(fr.nextStep).toBe('Le vendeur a déclaré avoir réalisé la solution convenue (réparation) le 12 mars 2025 et vous ne l’avez ni confirmé ni contesté au plus tard le 27 mars 2025\u202f: elle est tenue pour réalisée, et ce litige n’appelle plus de démarche de votre part.');
        expect(assessDisputeRights(dispute, asOf).nextStep).toBe('The seller reported the agreed remedy (repair) carried out on 12 March 2025, and you neither confirmed nor contested it by 27 March 2025: it counts as carried out, and this dispute calls for nothing more from you.');
      }
      const confirmed = disputeAfter(filing, ...repairFor14Days, fulfilled(11));
      const fr = assessDisputeRights(confirmed, onDay(12), {}, 'fr');
      expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedFulfilled']);
      expect(fr.nextStep).toBe('La solution convenue (réparation) a été réalisée, ce qui a été confirmé le 14 mars 2025\u202f: ce litige n’appelle plus de démarche de votre part.');
      expect(assessDisputeRights(confirmed, onDay(12)).nextStep).toBe('The agreed remedy (repair) was carried out, as confirmed on 14 March 2025: this dispute calls for nothing more from you.');
    });

    it.each(Object.entries(outOfWarranty))('%s: an agreed refund she reported not paid is still owed: a formal notice citing the agreement, then the mediator', (_, filing) => {
      const unpaid = disputeAfter(filing, ...moneyAgreed('REFUND'), failed(17, 'NOT_CARRIED_OUT'));
      const fr = assessDisputeRights(unpaid, onDay(18), {}, 'fr');
      expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedNotCarriedOut', 'next.mediator']);
      expect(fr.nextStep).toContain('Vous avez signalé le 20 mars 2025 que la somme convenue le 5 mars 2025 (remboursement de 649,00\u00a0€) ne vous a pas été versée');
      expect(assessDisputeRights(unpaid, onDay(18)).nextStep).toContain('You reported on 20 March 2025 that the sum agreed on 5 March 2025 (refund of €649.00) was not paid to you: it was due by 19 March 2025 and is still owed to you.');
    });
  });

  it('an agreed sum reported « did not fix » or « came back » before 2026-12-07 (now refused for a sum) reads as not paid: still owed, not the repair asked for on filing again', () => {
    for (const failure of ['DID_NOT_FIX', 'DEFECT_RECURRED'] as const) {
      const agreed = disputeAfter(filed(), ...moneyAgreed('REFUND'));
      // Recorded on day 17 (20 March 2025), as the decider took it then.
      const said = event('RemedyFailed', {
        ...ctx(day(17), consumer),
        remedy: 'REFUND',
        source: 'OFFER',
        sourceId: 'offer-1',
        failure,
        description: 'Still broken',
        remediesAvailable: ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'],
        merchantResponseDueAt: '2025-03-30T22:00:00.000Z',
      });
      const unpaid = disputeDecider.evolve(agreed, said);
      if (!unpaid.filed) throw new Error('not filed');
      expect(disputeRightsFacts(unpaid, onDay(18))).toMatchObject({ repairs: [], agreedRemedy: { remedy: 'REFUND', notCarriedOutOn: '2025-03-20', amount: { amount: '649.00', currency: 'EUR' } } });
      const fr = assessDisputeRights(unpaid, onDay(18), {}, 'fr');
      expect(fr.repairDeadline).toBeNull();
      expect(fr.nextStepMessages?.[0].code).toBe('next.agreedNotCarriedOut');
      expect(fr.nextStep).toContain('Vous avez signalé le 20 mars 2025 que la somme convenue le 5 mars 2025 (remboursement de 649,00\u00a0€) ne vous a pas été versée');
      expect(fr.nextStep).not.toMatch(/Attendez la réparation/);
      expect(assessDisputeRights(unpaid, onDay(18)).nextStep).toContain('You reported on 20 March 2025 that the sum agreed on 5 March 2025 (refund of €649.00) was not paid to you');
    }
  });

  it('L217-10: an agreed repair still waits for the repair asked for on filing, by the 30th day from the request', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed);
    expect(disputeRightsFacts(dispute, onDay(10))).toMatchObject({ repairs: [{ requestedOn: '2025-03-03', handedOverOn: '2025-03-05' }], agreedRemedy: { remedy: 'REPAIR', agreedOn: '2025-03-05', dueOn: '2025-04-02' } });
    expect(assessDisputeRights(dispute, onDay(10), {}, 'fr').nextStep).toContain('Attendez la réparation demandée le 3 mars 2025\u202f: le vendeur a jusqu’au 2 avril 2025');
    expect(assessDisputeRights(dispute, onDay(10)).nextStep).toContain('Wait for the repair requested on 3 March 2025: the seller has until 2 April 2025');
    // Once reported repaired, hers to confirm or contest, not to wait.
    const reported = disputeAfter(filed(), ...repairAgreed, command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-13', details: 'Pompe changée' }));
    expect(assessDisputeRights(reported, onDay(11)).nextStep).toContain('The seller reports the agreed remedy (repair) carried out on 13 March 2025: confirm it, or say it was not carried out, by 27 March 2025');
    expect(assessDisputeRights(reported, onDay(11), {}, 'fr').nextStep).not.toContain('Attendez la réparation');
  });

  it('item 2, L217-10: a claim asking for a refund makes an agreed repair a request of the day it was agreed', () => {
    const dispute = disputeAfter(filed({ requestedRemedy: 'REFUND' }), ...repairAgreed);
    expect(disputeRightsFacts(dispute, onDay(10)).repairs).toEqual([{ requestedOn: '2025-03-05', handedOverOn: '2025-03-05' }]);
  });

  it('L217-14 1°: once the merchant rejects the claim in writing, price reduction and refund are open, and performance stays enforceable (L217-12)', () => {
    const reject = command('RejectClaim', day(2), agent, { reason: 'Misuse: limescale' });
    const dispute = disputeAfter(filed(), reject, command('EscalateInternally', day(3), consumer, {}));
    expect(disputeRightsFacts(dispute, onDay(3))).toMatchObject({ remedyRefused: true });
    const rights = assessDisputeRights(dispute, onDay(3));
    const remedy = (kind: string) => rights.remedies?.find((r) => r.remedy === kind);
    expect(remedy('PRICE_REDUCTION')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 1°') });
    expect(remedy('REFUND')).toMatchObject({ available: true, reason: expect.stringContaining('the seller refused to repair or replace'), basis: expect.stringContaining('L217-14 1°') });
    expect(remedy('REPAIR')).toMatchObject({ available: true, basis: expect.stringContaining('L217-12') });
    expect(rights.nextStep).toMatch(/^Ask the seller in writing for a price reduction, or for a full refund/);
    expect(assessDisputeRights(dispute, onDay(3), {}, 'fr').nextStep).toMatch(/^Demandez par écrit au vendeur une réduction du prix, ou un remboursement intégral/);
    // The day before the rejection, the consumer still waits for the repair she asked for.
    expect(assessDisputeRights(dispute, onDay(1)).nextStep).toMatch(/^Wait for the repair/);
    expect(assessDisputeRights(dispute, onDay(1)).remedies?.find((r) => r.remedy === 'REFUND')).toMatchObject({ available: false });
  });

  it('L217-13: a fulfilled repair extends the warranty by 6 months and by its days away (D211-2 box)', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed, fulfilled(20));
    expect(disputeRightsFacts(dispute, onDay(25))).toMatchObject({ repairs: [{ requestedOn: '2025-03-03', handedOverOn: '2025-03-05', completedOn: '2025-03-23' }], defectReappeared: false });
    expect(assessDisputeRights(dispute, onDay(25)).legalWarranty).toMatchObject({ extensionMonths: 6, suspensionDays: 18, expiresOn: '2027-06-12' });
  });

  it.each(['DEFECT_RECURRED', 'DID_NOT_FIX'] as const)('L217-14 4°: a repair that failed with %s was attempted, and the defect reappeared', (failure) => {
    const dispute = disputeAfter(filed(), ...repairAgreed, failed(20, failure));
    expect(disputeRightsFacts(dispute, onDay(25))).toMatchObject({ repairs: [{ completedOn: '2025-03-23' }], defectReappeared: true });
    const rights = assessDisputeRights(dispute, onDay(25));
    expect(rights.remedies?.find((r) => r.remedy === 'REFUND')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 4°') });
    // Item 5, L217-8: damages stay available after the failed repair.
    expect(rights.remedies?.find((r) => r.remedy === 'COMPENSATION')).toMatchObject({ available: true, reason: expect.stringContaining('in every case') });
  });

  it('item 1, L217-13 para. 2: a repair not carried out, then a replacement, restarts the warranty from the replacement', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed, failed(33, 'NOT_CARRIED_OUT'), offer(34, 'offer-2', 'REPLACEMENT'), accept(35, 'offer-2'), fulfilled(45));
    const facts = disputeRightsFacts(dispute, onDay(50));
    expect(facts).toMatchObject({ repairs: [{ requestedOn: '2025-03-03' }], replacements: [{ deliveredOn: '2025-04-17' }], defectReappeared: false });
    expect(facts.repairs?.[0]).not.toHaveProperty('completedOn');
    expect(assessDisputeRights(dispute, onDay(50)).legalWarranty).toMatchObject({ runsFrom: '2025-04-17', expiresOn: '2027-04-17' });
  });

  it('item 1, L217-13 para. 2: the repair asked for in the claim counts: a replacement the merchant offered instead restarts two years', () => {
    const dispute = disputeAfter(filed(), offer(1, 'offer-1', 'REPLACEMENT'), accept(2, 'offer-1'), fulfilled(10));
    expect(assessDisputeRights(dispute, onDay(12)).legalWarranty).toMatchObject({ runsFrom: '2025-03-13', expiresOn: '2027-03-13', basis: expect.stringContaining('L217-13 para. 2') });
  });

  it('item 4, L217-13: the dispute library takes the warranty’s end from the engine (+6 months after a repair), not a flat 24 months', () => {
    const dispute = disputeAfter(filed(), ...repairAgreed, fulfilled(20));
    expect(warrantyCover(dispute)).toEqual({ legalGuaranteeEndsOn: '2027-06-12', commercialWarrantyEndsOn: null, covered: true });
  });

  it('item 8, CPC 750-1: the dispute passes the amount claimed, or the price for a refund; otherwise the price only stands in, and the answer says so', () => {
    const damages = disputeAfter(filed({ requestedRemedy: 'COMPENSATION', amountClaimed: { amount: '5200.00', currency: 'EUR' } }));
    expect(assessDisputeRights(damages, onDay(7)).courtPath).toMatchObject({ claimAmount: { amount: '5200.00' }, claimAmountIsPrice: false, amicableAttemptRequired: false });
    const refund = disputeAfter(filed({ requestedRemedy: 'REFUND' }));
    expect(assessDisputeRights(refund, onDay(7)).courtPath).toMatchObject({ claimAmount: { amount: '649.00' }, claimAmountIsPrice: false });
    expect(assessDisputeRights(disputeAfter(filed()), onDay(7)).courtPath).toMatchObject({ claimAmountIsPrice: true, explanation: expect.stringContaining('No amount claimed is known') });
  });

  it('item 12, L612-2: the window runs from the earliest written complaint the merchant received, the one declared in the claim if earlier', () => {
    const dispute = disputeAfter(filed({ priorWrittenComplaintOn: '2025-02-15', commercialWarranty: { provider: 'Laverte', months: 36, coverage: 'Parts' } }));
    expect(assessDisputeRights(dispute, onDay(7))).toMatchObject({
      mediation: { lapsesOn: '2026-02-15', complaintOn: '2025-02-15' },
      commercialWarranty: { applies: true, expiresOn: '2027-11-25' },
    });
  });

  it('item 12, L612-2: a mediation requested and not yet found admissible is with the mediator, who answers within three weeks; not « refer it to the mediator »', () => {
    const requested = [command('RejectClaim', day(1), agent, { reason: 'Hors garantie' }), command('RequestMediation', day(2), consumer, {})];
    const pending = disputeAfter(filed(), ...requested);
    expect(disputeRightsFacts(pending, onDay(5))).toMatchObject({ mediationRequestedOn: '2025-03-05' });
    const fr = assessDisputeRights(pending, onDay(5), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toContain('next.mediationRequested');
    expect(fr.nextStep).toContain('La demande de médiation est entre les mains du médiateur de la consommation depuis le 5 mars 2025\u202f: il doit dire au plus tard le 26 mars 2025 si elle est recevable (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).');
    expect(fr.nextStep).not.toContain('saisissez le médiateur');
    expect(assessDisputeRights(pending, onDay(5)).nextStep).toContain('The mediation request has been with the consumer mediator since 5 March 2025: the mediator must say by 26 March 2025 whether it is admissible (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).');
    // Decided admissible: the step is the outcome's date; decided inadmissible: no request pending any more.
    const assigned = command('AssignMediator', day(3), admin, { mediatorId: mediator.id });
    const admissible = disputeAfter(filed(), ...requested, assigned, command('DecideAdmissibility', day(4), mediator, { admissible: true }));
    expect(disputeRightsFacts(admissible, onDay(5))).not.toHaveProperty('mediationRequestedOn');
    expect(assessDisputeRights(admissible, onDay(5)).nextStepMessages?.map((m) => m.code)).toContain('next.mediationUnderway');
    const refused = disputeAfter(filed(), ...requested, assigned, command('DecideAdmissibility', day(4), mediator, { admissible: false, reason: 'Déjà jugé', ground: 'ALREADY_EXAMINED', nextSteps: [{ kind: 'CONCILIATOR', text: 'Conciliateur de justice' }] }));
    expect(disputeRightsFacts(refused, onDay(5))).not.toHaveProperty('mediationRequestedOn');
  });

  /** Refused, taken to mediation, found admissible on day 4: referred on 5 March (the request's day). */
  const inMediation = [
      command('RejectClaim', day(1), agent, { reason: 'Hors garantie' }),
      command('RequestMediation', day(2), consumer, {}),
      command('AssignMediator', day(3), admin, { mediatorId: mediator.id }),
      command('DecideAdmissibility', day(4), mediator, { admissible: true }),
  ];

  it('R612-5: a mediation that ended without an agreement (the dispute closed unresolved) is awaited no more: the court is next, not « la médiation doit aboutir au plus tard le … »', () => {
    const closed = disputeAfter(filed(), ...inMediation, command('CloseDispute', day(10), mediator, { outcome: 'UNRESOLVED', nextSteps: [{ kind: 'COURT', text: 'Tribunal judiciaire' }] }));
    // Referred on 5 March (the request's day, the file complete), ended on 13 March.
    expect(disputeRightsFacts(closed, onDay(9)).mediationReferral).toEqual({ referredOn: '2025-03-05' });
    expect(disputeRightsFacts(closed, onDay(20)).mediationReferral).toEqual({ referredOn: '2025-03-05', endedOn: '2025-03-13' });
    const fr = assessDisputeRights(closed, onDay(20), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toContain('next.mediationEnded');
    expect(fr.nextStep).toContain('La médiation, engagée le 5 mars 2025, a pris fin le 13 mars 2025 sans accord. Vous pouvez saisir le tribunal\u202f: la médiation tentée vaut tentative de règlement amiable.');
    expect(fr.nextStep).not.toContain('doit aboutir');
    expect(fr.mediation?.reason).toBe('le médiateur a été saisi le 5 mars 2025\u202f; la médiation a pris fin le 13 mars 2025 sans accord');
    expect(assessDisputeRights(closed, onDay(20)).nextStep).toContain('The mediation, begun on 5 March 2025, ended on 13 March 2025 without an agreement.');
    // Still running the day before the closure: its outcome's date.
    expect(assessDisputeRights(closed, onDay(9)).nextStepMessages?.map((m) => m.code)).toContain('next.mediationUnderway');
  });

  it('R612-5: a mediation that reached an agreement did not end « sans accord », even when the dispute is closed unresolved after its remedy failed', () => {
    const agreedInMediation = [
      ...inMediation,
      command('ProposeSettlement', day(5), mediator, { settlementId: 'settlement-1', remedy: 'REPAIR', daysToCarryOut: 14, terms: 'Pompe changée sous 14 jours' }),
      command('AcceptSettlement', day(6), consumer, { settlementId: 'settlement-1' }),
      command('AcceptSettlement', day(6), agent, { settlementId: 'settlement-1' }),
      failed(21, 'NOT_CARRIED_OUT'),
      command('CloseDispute', day(22), consumer, { outcome: 'UNRESOLVED', nextSteps: [{ kind: 'COURT', text: 'Tribunal judiciaire' }] }),
    ];
    const closed = disputeAfter(filed(), ...agreedInMediation);
    expect(closed.mediation?.stage).toBe('AGREED');
    expect(disputeRightsFacts(closed, onDay(30)).mediationReferral).toEqual({ referredOn: '2025-03-05', agreedOn: '2025-03-09' });
    expect(assessDisputeRights(closed, onDay(30), {}, 'fr').nextStep).not.toContain('sans accord');
  });

  it('R612-5: a mediation that reached an agreement has had its outcome: not « la médiation doit aboutir au plus tard le … », nor « Sans issue » once its 90 days are past; the court if the agreement is not carried out', () => {
    const settled = disputeAfter(
      filed(),
      ...inMediation,
      command('ProposeSettlement', day(5), mediator, { settlementId: 'settlement-1', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Remboursement sous 14 jours' }),
      command('AcceptSettlement', day(6), consumer, { settlementId: 'settlement-1' }),
      command('AcceptSettlement', day(6), agent, { settlementId: 'settlement-1' }),
    );
    // Before the agreement (day 5), its outcome was still to come.
    expect(disputeRightsFacts(settled, onDay(5)).mediationReferral).toEqual({ referredOn: '2025-03-05' });
    expect(disputeRightsFacts(settled, onDay(8)).mediationReferral).toEqual({ referredOn: '2025-03-05', agreedOn: '2025-03-09' });
    const fr = assessDisputeRights(settled, onDay(8), {}, 'fr');
    expect(fr.nextStepMessages?.map((m) => m.code)).toEqual(['next.agreed.REFUND', 'next.mediationAgreed', 'next.clock']);
    expect(fr.nextStep).toContain('La médiation, engagée le 5 mars 2025, a abouti à un accord le 9 mars 2025. S’il n’est pas exécuté, vous pouvez saisir le tribunal\u202f: la médiation tentée vaut tentative de règlement amiable.');
    expect(fr.nextStep).not.toContain('doit aboutir');
    expect(fr.mediation?.reason).toBe('le médiateur a été saisi le 5 mars 2025\u202f; la médiation a abouti à un accord le 9 mars 2025');
    const en = assessDisputeRights(settled, onDay(100));
    expect(en.nextStep).toContain('The mediation, begun on 5 March 2025, reached an agreement on 9 March 2025. If it is not carried out, you may bring the claim before the court: the mediation attempted counts as the attempt at an amicable settlement.');
    expect(en.nextStep).not.toMatch(/outcome was due|Without one/);
    // The refund it agreed reported not paid: the formal notice, then the court.
    const unpaid = disputeAfter(filed(), ...inMediation, command('ProposeSettlement', day(5), mediator, { settlementId: 'settlement-1', remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Remboursement sous 14 jours' }), command('AcceptSettlement', day(6), consumer, { settlementId: 'settlement-1' }), command('AcceptSettlement', day(6), agent, { settlementId: 'settlement-1' }), failed(21, 'NOT_CARRIED_OUT'));
    expect(assessDisputeRights(unpaid, onDay(22)).nextStepMessages?.map((m) => m.code)).toEqual(['next.agreedNotCarriedOut', 'next.mediationAgreed', 'next.clock']);
  });

  it('item 13: a claim filed at 00:30 in Paris on 4 March (23:30 UTC on 3 March) is a written complaint of 4 March', () => {
    const dispute = disputeAfter(filed({ at: '2025-03-03T23:30:00.000Z' }));
    expect(disputeRightsFacts(dispute, '2025-03-05')).toMatchObject({ writtenComplaintOn: '2025-03-04', repairs: [{ requestedOn: '2025-03-04' }] });
  });

  it('a used good keeps the condition: 12 months of presumption instead of 24 (L217-7)', () => {
    const dispute = disputeAfter(filed({ product: { ...claimDetails().product, condition: 'USED' } }));
    expect(assessDisputeRights(dispute, onDay(7)).presumptionOfDefect?.until).toBe('2025-11-25');
  });

  it('item 9: an encoded member state gets its own rules; another member state the EU baseline; a country outside the EU is not assessed', () => {
    const inGermany = disputeAfter(filed({ purchase: { ...claimDetails().purchase, country: 'DE' } }));
    expect(assessDisputeRights(inGermany, onDay(7))).toMatchObject({ supported: true, jurisdiction: 'DE', ruleSet: { id: 'DE-2022-01-01' } });
    const inAustria = disputeAfter(filed({ purchase: { ...claimDetails().purchase, country: 'AT' } }));
    expect(assessDisputeRights(inAustria, onDay(7))).toMatchObject({ supported: true, jurisdiction: 'EU', ruleSet: { id: 'EU-2022-01-01' } });
    const inSwitzerland = disputeAfter(filed({ purchase: { ...claimDetails().purchase, country: 'CH' } }));
    expect(assessDisputeRights(inSwitzerland, onDay(7))).toMatchObject({ supported: false, notAssessed: { code: 'UNSUPPORTED_JURISDICTION' }, legalWarranty: null, remedies: null });
  });

  it('is cross-border only when both countries are known and differ', () => {
    const dispute = disputeAfter(filed());
    expect(assessDisputeRights(dispute, onDay(7), { consumerCountry: 'BE', merchantCountry: 'FR' }).courtPath?.europeanSmallClaims).toBe(true);
    expect(assessDisputeRights(dispute, onDay(7), { consumerCountry: 'FR', merchantCountry: 'FR' }).courtPath?.europeanSmallClaims).toBe(false);
    expect(disputeRightsFacts(dispute, onDay(7), { consumerCountry: 'BE' })).not.toHaveProperty('consumerCountry');
  });

  it('renders in French when asked', () => {
    expect(assessDisputeRights(disputeAfter(filed()), onDay(7), {}, 'fr').nextStep).toMatch(/^Attendez la réparation demandée le 3 mars 2025/);
  });
});
