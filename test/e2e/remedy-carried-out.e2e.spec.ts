import { ManualClock } from '@recours/clock';
import { DeadlineProcess } from '@recours/deadlines';
import { must, phoneClaim, withCast, type Account } from '@recours/testing';

type Dispute = { id: string; version: number; status: string; whoseTurn: string; deadlines: Array<{ kind: string; dueAt: string }>; offers: Array<{ id: string }>; timeline: Array<{ type: string; text: string }> };
const FIELDS = 'id version status whoseTurn deadlines { kind dueAt } offers { id } timeline { type text }';

describe('the merchant reports the remedy carried out; the consumer confirms or contests within 14 days (issue 18 item 2)', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const quiet = { DEADLINES_INTERVAL_MS: '3600000', MEDIATION_INTAKE_INTERVAL_MS: '3600000' };
  const cast = withCast('remedy-carried-out', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'] }, quiet, { clock });

  const send = (name: string, input: Record<string, unknown>, as: Account, inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`) =>
    cast.api.gql<Record<string, Dispute>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`, { input }, as.token);
  const run = async (name: string, input: Record<string, unknown>, as: Account, inputType?: string) => must(await send(name, input, as, inputType), name)[name]!;
  const read = async (id: string) => must(await cast.api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${FIELDS} } }`, { id }, cast.consumer.token), 'dispute').dispute;
  const round = async () => {
    await cast.api.projectionsCaughtUp();
    return cast.api.app.get(DeadlineProcess).runOnce();
  };
  const notificationsOf = async (who: Account, kind: string) => {
    for (let i = 0; i < 100; i++) {
      const found = must(await cast.api.gql<{ myNotifications: { edges: Array<{ node: { kind: string; body: string } }> } }>(`{ myNotifications(locale: fr) { edges { node { kind body } } } }`, {}, who.token), 'notifications')
        .myNotifications.edges.map((e) => e.node)
        .filter((n) => n.kind === kind);
      if (found.length > 0) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    return [];
  };
  const agreed = async () => {
    clock.set('2026-03-02T09:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    const offered = await run('makeOffer', { disputeId: filed.id, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair in our workshop' }, cast.merchant);
    await run('acceptOffer', { disputeId: filed.id, offerId: offered.offers[0]!.id }, cast.consumer, 'OfferAnswerInput');
    return filed.id;
  };

  it('reported on 10 March: her 14 days run to 24 March, she is told both days; without an answer it counts as confirmed and the dispute is resolved', async () => {
    const id = await agreed();
    clock.set('2026-03-10T14:00:00Z');
    const reported = await run('reportRemedyCarriedOut', { disputeId: id, on: '2026-03-09', details: 'Écran remplacé, colis 6A123' }, cast.merchant);
    expect(reported.whoseTurn).toBe('CONSUMER');
    expect(reported.deadlines).toEqual([{ kind: 'REMEDY_CONFIRMATION', dueAt: '2026-03-24T23:00:00.000Z' }]); // midnight in Paris after 24 March
    const [told] = await notificationsOf(cast.consumer, 'REMEDY_CARRIED_OUT_REPORTED');
    expect(told!.body).toMatch(/Vous avez jusqu’au 24 mars 2026 pour le confirmer ou le contester/);

    clock.set('2026-03-24T22:59:59Z'); // still her last day in Paris (23:59:59)
    expect((await round()).recorded).toBe(0);
    clock.set('2026-03-24T23:00:01Z'); // 00:00:01 on 25 March in Paris
    expect((await round()).recorded).toBe(1);
    const after = await read(id);
    expect(after.status).toBe('RESOLVED');
    expect(after.timeline.at(-2)!.text).toMatch(/neither confirmed nor contested/);
    const [ended] = await notificationsOf(cast.consumer, 'REMEDY_DEEMED_CONFIRMED');
    expect(ended!.body).toMatch(/est écoulé sans réponse\u202f: la solution est tenue pour réalisée/);
    expect((await round()).recorded).toBe(0); // once
  });

  it('she contests it within the period (not carried out, even before the remedy’s own due date): the merchant must answer again', async () => {
    const id = await agreed();
    clock.set('2026-03-05T10:00:00Z');
    await run('reportRemedyCarriedOut', { disputeId: id, on: '2026-03-05', details: 'Refund sent' }, cast.merchant);
    clock.set('2026-03-06T10:00:00Z');
    const contested = await run('confirmRemedy', { disputeId: id, fulfilled: false, failure: 'NOT_CARRIED_OUT', description: 'Nothing was refunded' }, cast.consumer);
    expect(contested.whoseTurn).toBe('MERCHANT');
    expect(contested.deadlines.map((d) => d.kind)).toEqual(['MERCHANT_RESPONSE']);
    // The failed repair closes nothing (L217-14 gives her price reduction or refund besides): a new repair may be offered, hers to answer.
    const remedies = must(await cast.api.gql<{ dispute: { remediesAvailable: string[] } }>(`query($id: ID!) { dispute(id: $id) { remediesAvailable } }`, { id }, cast.merchant.token), 'remedies').dispute.remediesAvailable;
    expect(remedies).toEqual(['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']);
    const again = await run('makeOffer', { disputeId: id, remedy: 'REPAIR', daysToCarryOut: 15, terms: 'A second repair, at home this time' }, cast.merchant);
    expect([again.offers.length, again.whoseTurn]).toEqual([2, 'CONSUMER']);
  });

  it('an agreed refund is paid or not: « did not fix » is refused naming « Ce qui n’a pas marché » in her language, and nothing is stored; « not carried out » is taken', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    const offered = await run('makeOffer', { disputeId: filed.id, remedy: 'REFUND', amount: { amount: '120.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Refund by transfer' }, cast.merchant);
    await run('acceptOffer', { disputeId: filed.id, offerId: offered.offers[0]!.id }, cast.consumer, 'OfferAnswerInput');
    clock.set('2026-03-05T10:00:00Z');
    await run('reportRemedyCarriedOut', { disputeId: filed.id, on: '2026-03-05', details: 'Virement VIR-0042' }, cast.merchant);
    const before = (await read(filed.id)).version;
    const said = async (failure: string, locale: string) =>
      (await (
        await fetch(cast.api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${cast.consumer.token}` },
          body: JSON.stringify({ query: `mutation($input: ConfirmRemedyInput!) { confirmRemedy(input: $input) { ${FIELDS} } }`, variables: { input: { disputeId: filed.id, fulfilled: false, failure, description: 'Still broken' } } }),
        })
      ).json()) as { data?: Record<string, Dispute> | null; errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; code: string }> } }> };
    const fr = await said('DID_NOT_FIX', 'fr');
    expect(fr.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.failure', code: 'ONLY_NOT_CARRIED_OUT_FOR_A_SUM' }] });
    expect(fr.errors?.[0]?.message).toBe(
      'Saisie invalide\u202f: «\u202fCe qui n’a pas marché\u202f» doit être «\u202fNon exécutée\u202f» quand la solution convenue est un remboursement\u202f: une somme est versée ou ne l’est pas\u202f; «\u202fN’a pas réglé le défaut\u202f» et «\u202fLe défaut est revenu\u202f» se disent d’une réparation ou d’un remplacement',
    );
    const en = await said('DEFECT_RECURRED', 'en');
    expect(en.errors?.[0]?.message).toBe(
      'Invalid input: “What did not work” must be “Not carried out” when the agreed remedy is a refund: a sum is paid or it is not; “Did not fix the defect” and “The defect came back” are said of a repair or a replacement',
    );
    expect((await read(filed.id)).version).toBe(before);
    const contested = await said('NOT_CARRIED_OUT', 'en');
    expect([contested.errors, contested.data?.confirmRemedy?.whoseTurn]).toEqual([undefined, 'MERCHANT']);
  });

  it('past her last day (24 March) it counts as carried out: a contest is refused naming « Ce qui n’a pas marché » in her language, nothing is stored, the form is told so, and the deadline process records it deemed', async () => {
    const id = await agreed();
    clock.set('2026-03-10T14:00:00Z');
    await run('reportRemedyCarriedOut', { disputeId: id, on: '2026-03-09', details: 'Écran remplacé, colis 6A123' }, cast.merchant);
    const agreement = async () =>
      must(await cast.api.gql<{ dispute: { availableActions: string[]; agreement: { reportedCarriedOutOn: string; confirmationDueOn: string; failureReportable: boolean } } }>(`query($id: ID!) { dispute(id: $id) { availableActions agreement { reportedCarriedOutOn confirmationDueOn failureReportable } } }`, { id }, cast.consumer.token), 'agreement').dispute;
    clock.set('2026-03-24T22:59:59Z'); // still her last day in Paris
    expect(await agreement()).toEqual({ availableActions: expect.arrayContaining(['confirmRemedy']), agreement: { reportedCarriedOutOn: '2026-03-09', confirmationDueOn: '2026-03-24', failureReportable: true } });
    clock.set('2026-03-25T08:00:00Z'); // the deadline process has not run yet
    expect(await agreement()).toEqual({ availableActions: expect.arrayContaining(['confirmRemedy']), agreement: { reportedCarriedOutOn: '2026-03-09', confirmationDueOn: '2026-03-24', failureReportable: false } });
    const before = (await read(id)).version;
    const said = async (failure: string, locale: string) =>
      (await (
        await fetch(cast.api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${cast.consumer.token}` },
          body: JSON.stringify({ query: `mutation($input: ConfirmRemedyInput!) { confirmRemedy(input: $input) { ${FIELDS} } }`, variables: { input: { disputeId: id, fulfilled: false, failure, description: 'Toujours en panne' } } }),
        })
      ).json()) as { errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; code: string }> } }> };
    const fr = await said('NOT_CARRIED_OUT', 'fr');
    expect(fr.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.failure', code: 'CONTEST_PERIOD_OVER' }] });
    expect(fr.errors?.[0]?.message).toBe(
      'Saisie invalide\u202f: «\u202fCe qui n’a pas marché\u202f» ne s’indique plus\u202f: le professionnel a déclaré la solution convenue réalisée et le délai pour la contester a pris fin le 24 mars 2026\u202f; elle est tenue pour réalisée (elle peut encore être confirmée)',
    );
    const en = await said('DID_NOT_FIX', 'en');
    expect(en.errors?.[0]?.message).toBe(
      'Invalid input: “What did not work” can no longer be given: the merchant reported the agreed remedy carried out and the period to contest it ended on 24 March 2026; it counts as carried out (it can still be confirmed)',
    );
    expect((await read(id)).version).toBe(before);
    await round(); // the other tests' disputes have their deadlines passed too
    const after = await read(id);
    expect(after.status).toBe('RESOLVED');
    expect(after.timeline.at(-2)!.text).toMatch(/neither confirmed nor contested/);
  });

  it('bad input names the field and stores nothing; only the merchant reports', async () => {
    const id = await agreed();
    const before = (await read(id)).version;
    const future = await send('reportRemedyCarriedOut', { disputeId: id, on: '2026-04-01', details: 'Done' }, cast.merchant);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.on' }] });
    const notADate = await send('reportRemedyCarriedOut', { disputeId: id, on: '2026-02-30', details: 'Done' }, cast.merchant);
    expect(notADate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.on' }] });
    const blank = await send('reportRemedyCarriedOut', { disputeId: id, on: '2026-03-02', details: ' ' }, cast.merchant);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.details' }] });
    expect((await send('reportRemedyCarriedOut', { disputeId: id, on: '2026-03-02', details: 'Done' }, cast.consumer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read(id)).version).toBe(before);
  });
});
