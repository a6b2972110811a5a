import { ManualClock } from '@recours/clock';
import { must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';

type Dispute = { id: string; mediation: { mediatorId: string | null; bodyId: string | null } | null };
type Intake = { mediationIntake: { edges: Array<{ node: { id: string; bodyId: string } }> } };

/**
 * The body a mediation went to is decided once, when it is requested, and recorded with the
 * request. A merchant that designates body X, then moves to body Y while a request is pending,
 * leaves the request with X: X's intake and annual report (R614-2) keep it; Y's mediators neither
 * see it in their intake nor count it in their report, nor can they take it or be given it. Before
 * the body was recorded, every place read the merchant's designation of today, and Y's mediators
 * read X's case.
 */
describe('the mediation body recorded with the request', () => {
  const clock = new ManualClock(new Date('2026-03-10T10:00:00Z'));
  let api: TestApp;
  let admin: Account, consumer: Account, mx: Account, my: Account, merchant: Account;
  const bodies: Record<string, string> = {};

  const send = <T = Record<string, Dispute>>(name: string, input: Record<string, unknown>, as: Account, selection = 'id mediation { mediatorId bodyId }') =>
    api.gql<T>(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`, { input }, as.token);
  const run = async (name: string, input: Record<string, unknown>, as: Account) => must(await send(name, input, as), name)[name]!;
  const designate = async (bodyId: string) => must(await api.gql(`mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`, { input: { mediationBodyId: bodyId } }, merchant.token), 'designate');
  const requestMediation = async () => {
    const filed = await run('fileClaim', phoneClaim(merchant.merchantId as string), consumer);
    await run('rejectClaim', { disputeId: filed.id, reason: 'Out of warranty' }, merchant);
    await run('requestMediation', { disputeId: filed.id }, consumer);
    await api.projectionsCaughtUp();
    return filed.id;
  };
  const intake = async (as: Account) => must(await api.gql<Intake>(`{ mediationIntake { edges { node { id bodyId } } } }`, {}, as.token), 'intake').mediationIntake.edges.map((e) => e.node);
  const received = async (bodyId: string, as: Account) =>
    must(await api.gql<{ mediationBodyActivityReport: { received: number } }>(`query($bodyId: ID!) { mediationBodyActivityReport(bodyId: $bodyId, year: 2026) { received } }`, { bodyId }, as.token), 'report').mediationBodyActivityReport.received;

  beforeAll(async () => {
    ({ api, admin, consumer, mx, my, merchant } = await startWithCast(
      'mediation-body-recorded',
      { admin: 'admin', consumer: ['consumer', 'Claire'], mx: ['mediator', 'Médiatrice X'], my: ['mediator', 'Médiateur Y'], merchant: ['merchant', 'Électro Lyon'] },
      // Nobody is given a request by the intake: each mediator takes hers (takeCase).
      { DEADLINES_INTERVAL_MS: '3600000', MEDIATION_INTAKE_ASSIGN: 'off' },
      { clock },
    ));
    // X is the default body as well: a merchant that designates none is not what moves the request here.
    for (const [key, name, member, isDefault] of [['x', 'Médiation Conso Rhône', mx, true], ['y', 'Médiateur du e-commerce', my, false]] as const) {
      bodies[key] = must(await send<{ createMediationBody: { id: string } }>('createMediationBody', { name, sectors: ['électroménager'], isDefault }, admin, 'id'), 'create').createMediationBody.id;
      must(await send('addBodyMediator', { bodyId: bodies[key], mediatorId: member.id }, admin, 'id'), 'add');
    }
  });

  afterAll(() => api?.close());

  it('stays with the body designated when it was requested: X keeps it in its intake and report; Y neither sees it, counts it, takes it nor is given it', async () => {
    await designate(bodies.x!);
    const pending = await requestMediation();
    clock.set('2026-03-11T10:00:00Z');
    await designate(bodies.y!);
    // A request made after the move goes to Y.
    const afterMove = await requestMediation();

    expect(await intake(mx)).toEqual([{ id: pending, bodyId: bodies.x }]);
    expect(await intake(my)).toEqual([{ id: afterMove, bodyId: bodies.y }]);
    expect(await received(bodies.x!, mx)).toBe(1);
    expect(await received(bodies.y!, my)).toBe(1);

    // Y's mediator cannot take X's request (as for a dispute not hers), nor can the admin give it to her.
    expect((await send('takeCase', { disputeId: pending }, my)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const given = await send('assignMediator', { disputeId: pending, mediatorId: my.id }, admin);
    expect(given.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.mediatorId' }] });

    // X's mediator takes it; the merchant's move never handed it on. The dispute names its body (the admin's choice of mediators reads it).
    expect((await run('takeCase', { disputeId: pending }, mx)).mediation).toEqual({ mediatorId: mx.id, bodyId: bodies.x });
    expect((await send('takeCase', { disputeId: afterMove }, mx)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await run('takeCase', { disputeId: afterMove }, my)).mediation).toEqual({ mediatorId: my.id, bodyId: bodies.y });
    await api.projectionsCaughtUp();
    expect(await received(bodies.x!, mx)).toBe(1);
    expect(await received(bodies.y!, my)).toBe(1);
  });
});
