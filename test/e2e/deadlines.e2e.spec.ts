import { ManualClock } from '@recours/clock';
import { DeadlineProcess } from '@recours/deadlines';
import { must, phoneClaim, withCast, type Account } from '@recours/testing';

type Dispute = {
  id: string;
  version: number;
  status: string;
  deadlines: Array<{ kind: string; dueAt: string }>;
  offers: Array<{ id: string; status: string }>;
  timeline: Array<{ type: string }>;
  agreement: { overdue: boolean } | null;
  mediation: { settlements: Array<{ id: string }> } | null;
  rights: { remedies: Array<{ remedy: string; available: boolean }> };
};
const FIELDS = 'id version status deadlines { kind dueAt } offers { id status } timeline { type } agreement { overdue } mediation { settlements { id } } rights { remedies { remedy available } }';

describe('deadlines that act (controllable clock, real PostgreSQL)', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const cast = withCast('deadlines', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'] }, { DEADLINES_INTERVAL_MS: '3600000' }, { clock });
  let process: DeadlineProcess;

  const run = async (name: string, input: Record<string, unknown>, as: Account, inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`) =>
    must(await cast.api.gql<Record<string, Dispute>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`, { input }, as.token), name)[name];
  const read = async (id: string, as: Account) => must(await cast.api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${FIELDS} } }`, { id }, as.token), 'dispute').dispute;
  /** Lets the projections catch up, so the open-deadlines list is current, then runs one round. */
  const round = async () => {
    await cast.api.projectionsCaughtUp();
    return process.runOnce();
  };
  const eventsOf = async (id: string) =>
    (await cast.api.database.query<{ type: string }>(`SELECT type FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version`, [`dispute-${id}`])).map((r) => r.type);

  beforeAll(async () => {
    process = cast.api.app.get(DeadlineProcess);
  });

  it('claim → no answer → response overdue (once, at the right time) → mediation, through the API', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    const due = filed.deadlines.find((d) => d.kind === 'MERCHANT_RESPONSE');
    expect(due?.dueAt).toBe('2026-03-12T23:00:00.000Z'); // 10 days, the last one included: midnight in Paris after 12 March

    clock.set('2026-03-12T22:59:59Z');
    expect((await round()).recorded).toBe(0);
    const early = await cast.api.gql(`mutation($input: RequestMediationInput!) { requestMediation(input: $input) { id } }`, { input: { disputeId: filed.id } }, cast.consumer.token);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'MEDIATION_TOO_EARLY' });

    clock.set('2026-03-12T23:00:01Z');
    const first = await round();
    expect(first.recorded).toBe(1);
    expect((await round()).recorded).toBe(0); // never twice
    expect((await eventsOf(filed.id)).filter((t) => t === 'MerchantResponseOverdue')).toHaveLength(1);
    const overdue = await read(filed.id, cast.consumer);
    expect(overdue.timeline.map((t) => t.type)).toContain('MerchantResponseOverdue');
    expect(overdue.deadlines.find((d) => d.kind === 'MERCHANT_RESPONSE')).toBeUndefined();

    const inbox = await cast.api.gql<{ merchantInbox?: { edges: Array<{ node: { id: string; overdue: boolean } }> } }>(`{ merchantInbox { edges { node { id overdue } } } }`, {}, cast.merchant.token);
    if (inbox.data?.merchantInbox) expect(inbox.data.merchantInbox.edges.find((e) => e.node.id === filed.id)?.node.overdue).toBe(true);

    const mediation = await run('requestMediation', { disputeId: filed.id, summary: 'No answer in ten days' }, cast.consumer);
    expect(mediation.status).toBe('MEDIATION_REQUESTED');
  });

  it('an offer expires once, at the end of its last day', async () => {
    clock.set('2026-04-01T10:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    const offered = await run('makeOffer', { disputeId: filed.id, remedy: 'REPAIR', terms: 'Repair in our workshop' }, cast.merchant);
    const expiry = offered.deadlines.find((d) => d.kind === 'OFFER_EXPIRY');
    expect(expiry?.dueAt).toBe('2026-04-15T22:00:00.000Z'); // 14 days of validity, to midnight in Paris (summer time: 22:00 UTC)
    clock.set('2026-04-15T21:59:59Z');
    await round();
    expect((await read(filed.id, cast.consumer)).offers[0].status).toBe('LIVE');
    clock.set('2026-04-15T22:00:00Z');
    await round();
    await round();
    expect((await read(filed.id, cast.consumer)).offers[0].status).toBe('EXPIRED');
    expect((await eventsOf(filed.id)).filter((t) => t === 'OfferExpired')).toHaveLength(1);
  });

  it('a late repair is recorded overdue once, and opens refund or price reduction', async () => {
    clock.set('2026-05-04T08:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    const offered = await run('makeOffer', { disputeId: filed.id, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair' }, cast.merchant);
    await run('acceptOffer', { disputeId: filed.id, offerId: offered.offers[0].id }, cast.consumer, 'OfferAnswerInput');
    clock.set('2026-06-03T22:00:01Z'); // due by 3 June (30 days from the claim, L217-10): past at midnight in Paris
    await round();
    await round();
    const late = await read(filed.id, cast.consumer);
    expect(late.agreement?.overdue).toBe(true);
    expect((await eventsOf(filed.id)).filter((t) => t === 'RemedyOverdue')).toHaveLength(1);
    // Not repaired within 30 days of the request: price reduction or refund (L217-14).
    const open = late.rights.remedies.filter((r) => r.available).map((r) => r.remedy);
    expect(open).toEqual(expect.arrayContaining(['REFUND', 'PRICE_REDUCTION']));
  });

  it('the admissibility decision (3 weeks) and the mediation outcome (90 days) are flagged once each', async () => {
    const mediator = await cast.actors.mediator();
    const admin = await cast.actors.admin();
    clock.set('2026-08-03T08:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    await run('rejectClaim', { disputeId: filed.id, reason: 'Not covered' }, cast.merchant);
    await run('requestMediation', { disputeId: filed.id }, cast.consumer);
    await run('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    clock.set('2026-08-24T22:00:01Z'); // 3 weeks after the request, the last day included (midnight in Paris, 25 August)
    await round();
    await round();
    expect((await eventsOf(filed.id)).filter((t) => t === 'AdmissibilityOverdue')).toHaveLength(1);
    // The file was complete when the last documents came, on 25 August: not before the request (3 August), refused on its field in the mediator's language (the French words: mediation-file-completed.spec.ts), nothing stored.
    const before = await eventsOf(filed.id);
    const early = await cast.api.gql(`mutation($input: DecideAdmissibilityInput!) { decideAdmissibility(input: $input) { id } }`, { input: { disputeId: filed.id, admissible: true, fileCompletedOn: '2026-08-02' } }, mediator.token);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.fileCompletedOn', code: 'BEFORE_THE_MEDIATION_REQUEST', message: 'must not be before the mediation request (3 August 2026): the file is complete on the day of the request at the earliest' }],
    });
    expect(await eventsOf(filed.id)).toEqual(before);
    const admissible = await run('decideAdmissibility', { disputeId: filed.id, admissible: true, reason: 'Complete', fileCompletedOn: '2026-08-25' }, mediator);
    const outcome = admissible.deadlines.find((d) => d.kind === 'MEDIATION_OUTCOME_DUE');
    expect(outcome?.dueAt).toBe('2026-11-23T23:00:00.000Z'); // 90 days after the file was complete (25 August in Paris), to midnight in Paris in winter time
    clock.set('2026-11-23T23:00:01Z');
    await round();
    await round();
    expect((await eventsOf(filed.id)).filter((t) => t === 'MediationOverdue')).toHaveLength(1);
  });

  it('a request whose file came with it: the 90 days run from the request (R612-2, R612-5), not from a decision made ten days later', async () => {
    const mediator = await cast.actors.mediator();
    const admin = await cast.actors.admin();
    clock.set('2026-08-03T08:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    await run('rejectClaim', { disputeId: filed.id, reason: 'Not covered' }, cast.merchant);
    await run('requestMediation', { disputeId: filed.id }, cast.consumer);
    await run('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    clock.set('2026-08-13T08:00:00Z');
    const admissible = await run('decideAdmissibility', { disputeId: filed.id, admissible: true }, mediator);
    // 3 August + 90 days = 1 November, to midnight in Paris (winter time); from the decision it would have been 11 November.
    expect(admissible.deadlines.find((d) => d.kind === 'MEDIATION_OUTCOME_DUE')?.dueAt).toBe('2026-11-01T23:00:00.000Z');
  });

  it('a mediator’s proposal lapses once, at the end of the answer period it was given (R612-4); the mediator may propose again', async () => {
    const mediator = await cast.actors.mediator();
    const admin = await cast.actors.admin();
    clock.set('2026-09-01T08:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    await run('rejectClaim', { disputeId: filed.id, reason: 'Not covered' }, cast.merchant);
    await run('requestMediation', { disputeId: filed.id }, cast.consumer);
    await run('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    await run('decideAdmissibility', { disputeId: filed.id, admissible: true, reason: 'Complete' }, mediator);
    type Settlements = { dispute: { mediation: { settlements: Array<{ id: string; status: string; answerDueOn: string | null; answerDueAt: string | null }> } } };
    const settlements = async () =>
      must(await cast.api.gql<Settlements>(`query($id: ID!) { dispute(id: $id) { mediation { settlements { id status answerDueOn answerDueAt } } } }`, { id: filed.id }, cast.consumer.token), 'dispute').dispute.mediation.settlements;
    const proposal = { disputeId: filed.id, remedy: 'REFUND', amount: { amount: '120.00', currency: 'EUR' }, terms: 'Refund of the battery' };

    // A period too short to reflect is refused on its field, and nothing is recorded.
    const before = (await eventsOf(filed.id)).length;
    const short = await cast.api.gql(`mutation($input: ProposeSettlementInput!) { proposeSettlement(input: $input) { id } }`, { input: { ...proposal, daysToAnswer: 3 } }, mediator.token);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.daysToAnswer' })] });
    expect((await eventsOf(filed.id)).length).toBe(before);

    // Without daysToAnswer: 15 days, the day of the proposal not counted, to midnight in Paris (summer time: 22:00 UTC).
    const proposed = await run('proposeSettlement', proposal, mediator);
    expect(proposed.deadlines.find((d) => d.kind === 'SETTLEMENT_ANSWER')?.dueAt).toBe('2026-09-16T22:00:00.000Z');
    expect(await settlements()).toEqual([expect.objectContaining({ status: 'PROPOSED', answerDueOn: '2026-09-16', answerDueAt: '2026-09-16T22:00:00.000Z' })]);

    clock.set('2026-09-16T21:59:59Z');
    await round();
    expect((await settlements())[0].status).toBe('PROPOSED');
    clock.set('2026-09-16T22:00:00Z');
    const late = await cast.api.gql(`mutation($input: SettlementAnswerInput!) { acceptSettlement(input: $input) { id } }`, { input: { disputeId: filed.id, settlementId: (await settlements())[0].id } }, cast.consumer.token);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'SETTLEMENT_EXPIRED' });
    await round();
    await round();
    expect((await settlements())[0].status).toBe('EXPIRED');
    expect((await eventsOf(filed.id)).filter((t) => t === 'SettlementExpired')).toHaveLength(1);
    const lapsed = await read(filed.id, cast.consumer);
    expect(lapsed.status).toBe('IN_MEDIATION');
    expect(lapsed.timeline.map((t) => t.type)).toContain('SettlementExpired');
    expect(lapsed.deadlines.map((d) => d.kind)).toEqual(['MEDIATION_OUTCOME_DUE']);

    // The mediation is where it was: the mediator proposes again, with the period it names.
    // 22:00 UTC on 16 September is already 17 September in Paris: 10 days from it end on the 27th.
    const again = await run('proposeSettlement', { ...proposal, daysToAnswer: 10 }, mediator);
    expect(again.deadlines.find((d) => d.kind === 'SETTLEMENT_ANSWER')?.dueAt).toBe('2026-09-27T22:00:00.000Z');
  });

  it('with fewer than 7 days left before the mediation’s last day, the mediator gives any of them (R612-4, R612-5); more are refused on the field, naming the days and the last day', async () => {
    const mediator = await cast.actors.mediator();
    const admin = await cast.actors.admin();
    clock.set('2026-09-01T08:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    await run('rejectClaim', { disputeId: filed.id, reason: 'Not covered' }, cast.merchant);
    await run('requestMediation', { disputeId: filed.id }, cast.consumer);
    await run('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    await run('decideAdmissibility', { disputeId: filed.id, admissible: true, reason: 'Complete' }, mediator); // the mediation's last day: 30 November 2026
    clock.set('2026-11-27T10:00:00Z'); // 3 days left: 28, 29 and 30 November
    const proposal = { disputeId: filed.id, remedy: 'REFUND', amount: { amount: '120.00', currency: 'EUR' }, terms: 'Refund of the battery' };
    const before = (await eventsOf(filed.id)).length;
    const tooLong = await cast.api.gql(`mutation($input: ProposeSettlementInput!) { proposeSettlement(input: $input) { id } }`, { input: { ...proposal, daysToAnswer: 4 } }, mediator.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.daysToAnswer' })] });
    expect(JSON.stringify(tooLong.errors)).toContain('would end after 30 November 2026, the last day of the mediation (Article R612-5 of the French Consumer Code): give from 1 to 3 days, or none for the default');
    expect((await eventsOf(filed.id)).length).toBe(before);
    const proposed = await run('proposeSettlement', { ...proposal, daysToAnswer: 2 }, mediator);
    expect(proposed.deadlines.find((d) => d.kind === 'SETTLEMENT_ANSWER')?.dueAt).toBe('2026-11-29T23:00:00.000Z'); // last day 29 November, winter time
  });

  it('records each reminder before a deadline once: three days before, then the day before', async () => {
    clock.set('2026-09-01T08:00:00Z');
    const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
    clock.set('2026-09-09T12:00:00Z'); // the first reminder opens three days before the deadline passes (due at midnight in Paris after 11 September, 22:00 UTC)
    await round();
    await round();
    expect((await eventsOf(filed.id)).filter((t) => t === 'DeadlineReminderRecorded')).toHaveLength(1);
    clock.set('2026-09-10T22:00:01Z'); // the last one the day before, from midnight in Paris
    await round();
    await round();
    expect((await eventsOf(filed.id)).filter((t) => t === 'DeadlineReminderRecorded')).toHaveLength(2);
  });

  it('reminds each side that has not answered a proposal, once, three days before its answer date (R612-4), in its language; a restarted process sends nothing again', async () => {
    const mediator = await cast.actors.mediator();
    const admin = await cast.actors.admin();
    const association = await cast.actors.association();
    /** A dispute in mediation whose consumer mandated the association, with a proposal of 10 days made on 1 October 2026. */
    const proposedDispute = async () => {
      clock.set('2026-10-01T08:00:00Z');
      const filed = await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer);
      await run('grantRepresentation', { disputeId: filed.id, associationId: association.id }, cast.consumer);
      await run('rejectClaim', { disputeId: filed.id, reason: 'Not covered' }, cast.merchant);
      await run('requestMediation', { disputeId: filed.id }, cast.consumer);
      await run('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
      await run('decideAdmissibility', { disputeId: filed.id, admissible: true, reason: 'Complete' }, mediator);
      const proposed = await run('proposeSettlement', { disputeId: filed.id, remedy: 'REFUND', amount: { amount: '120.00', currency: 'EUR' }, terms: 'Refund of the battery', daysToAnswer: 10 }, mediator);
      expect(proposed.deadlines.find((d) => d.kind === 'SETTLEMENT_ANSWER')?.dueAt).toBe('2026-10-11T22:00:00.000Z'); // last day 11 October
      return { id: filed.id, settlementId: proposed.mediation!.settlements[0].id };
    };
    const both = await proposedDispute();
    const merchantOnly = await proposedDispute();
    await run('acceptSettlement', { disputeId: merchantOnly.id, settlementId: merchantOnly.settlementId }, cast.consumer, 'SettlementAnswerInput');
    const reminders = async (id: string) => (await eventsOf(id)).filter((t) => t === 'DeadlineReminderRecorded').length;
    /** Who was told of the reminder of this dispute (accounts), once the notifier has written it. */
    const toldOf = async (id: string, expected: number) => {
      const query = `SELECT DISTINCT recipient::text AS recipient FROM notifications.outbox WHERE dispute_id = $1 AND payload->>'kind' = 'SETTLEMENT_ANSWER_REMINDER'`;
      let rows = await cast.api.database.query<{ recipient: string }>(query, [id]);
      for (let i = 0; i < 100 && rows.length < expected; i++) rows = (await new Promise((r) => setTimeout(r, 50)), await cast.api.database.query<{ recipient: string }>(query, [id]));
      return rows.map((r) => r.recipient).sort();
    };
    const noticeOf = async (as: Account, id: string, locale: string) => {
      const answer = await fetch(cast.api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${as.token}` },
        body: JSON.stringify({ query: `{ myNotifications(first: 100) { edges { node { kind disputeId title body } } } }` }),
      }).then((r) => r.json() as Promise<{ data: { myNotifications: { edges: Array<{ node: { kind: string; disputeId: string; title: string; body: string } }> } } }>);
      return answer.data.myNotifications.edges.map((e) => e.node).filter((n) => n.disputeId === id && n.kind === 'SETTLEMENT_ANSWER_REMINDER');
    };

    clock.set('2026-10-08T21:59:59Z'); // 23:59:59 on 8 October in Paris: not yet
    await round();
    expect([await reminders(both.id), await reminders(merchantOnly.id)]).toEqual([0, 0]);

    clock.set('2026-10-08T22:00:01Z'); // from the start of 9 October in Paris, three days before the last
    await round();
    await round();
    expect([await reminders(both.id), await reminders(merchantOnly.id)]).toEqual([1, 1]);
    // The consumer, the association she mandated and the merchant; not the mediator. Where the consumer accepted: the merchant alone.
    expect(await toldOf(both.id, 3)).toEqual([cast.consumer.id, association.id, cast.merchant.id].sort());
    expect(await toldOf(merchantOnly.id, 1)).toEqual([cast.merchant.id]);

    const [fr] = await noticeOf(cast.consumer, both.id, 'fr');
    expect(fr?.title).toMatch(/^Rappel\u202f: solution du médiateur à accepter ou refuser au plus tard le 11 octobre 2026 — /);
    expect(fr?.body).toMatch(/^Le médiateur a proposé un remboursement de 120,00\s€ et attend votre réponse\. Vous êtes libre d’accepter ou de refuser cette solution \(article R612-4 du Code de la consommation\), au plus tard le 11 octobre 2026 inclus\u202f; sans l’accord des deux parties à cette date, elle devient caduque\.$/);
    const [en] = await noticeOf(cast.merchant, both.id, 'en');
    expect(en?.body).toBe('The mediator proposed a refund of €120.00 and awaits your answer. You are free to accept or refuse this solution (Article R612-4 of the French Consumer Code), until the end of 11 October 2026; unless both sides have accepted it by then, it lapses.');

    // A process started afresh (a restart) reads the reminders from the events: nothing is sent twice.
    const { DeadlineProcess: Process } = await import('@recours/deadlines');
    const { OpenDeadlines } = await import('@recours/read-models');
    const { EVENT_STORE } = await import('@recours/event-store');
    clock.set('2026-10-10T09:00:00Z');
    await cast.api.projectionsCaughtUp();
    expect((await new Process(cast.api.app.get(EVENT_STORE), cast.api.app.get(OpenDeadlines), () => clock.now()).runOnce()).reminded).toBe(0);
    expect([await reminders(both.id), await reminders(merchantOnly.id)]).toEqual([1, 1]);
    expect(await toldOf(both.id, 3)).toHaveLength(3);
  });

  it('two deadline processes racing record each deadline once', async () => {
    clock.set('2026-07-01T08:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer)).id);
    clock.set('2026-07-12T00:00:01Z');
    const { DeadlineProcess: Process } = await import('@recours/deadlines');
    const { OpenDeadlines } = await import('@recours/read-models');
    const { EVENT_STORE } = await import('@recours/event-store');
    const other = new Process(cast.api.app.get(EVENT_STORE), cast.api.app.get(OpenDeadlines), () => clock.now());
    await cast.api.projectionsCaughtUp();
    const [a, b] = await Promise.all([process.runOnce(), other.runOnce()]);
    expect(a.recorded + b.recorded).toBe(5);
    for (const id of ids) expect((await eventsOf(id)).filter((t) => t === 'MerchantResponseOverdue')).toHaveLength(1);
  });
});
