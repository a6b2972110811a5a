import { ManualClock } from '@recours/clock';
import { addDays, parisDateOf } from '@recours/consumer-law';
import { apiActors, must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';
import { MediationBodies } from '../../apps/api/src/mediation-bodies/mediation-bodies';
import { MediationIntakeProcess } from '../../apps/api/src/mediation-bodies/mediation-intake.process';

type Dispute = { id: string; mediation: { mediatorId: string | null } | null; timeline: Array<{ text: string }> };
type Problem = { extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Issue 18 item 1: "cases are reassigned when a mediator is absent". */
describe('a mediator away: no new case, and her mediations under way go to another mediator of the body', () => {
  let api: TestApp;
  let body: string;
  let admin: Account, consumer: Account, merchant: Account, m1: Account, m2: Account, outsider: Account;
  // A fixed instant, midday in Paris: "today" is the server's day for the whole run, even one
  // crossing midnight in Paris (the reading of the real clock at load time was a day behind then).
  const clock = new ManualClock(new Date('2026-06-15T10:00:00Z'));
  const today = parisDateOf(clock.now());

  const mutation = (name: string, selection: string) => `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) ${selection ? `{ ${selection} }` : ''} }`;
  const run = <T = Record<string, unknown>>(name: string, input: Record<string, unknown>, as: Account, selection = 'id') => api.gql<T>(mutation(name, selection), { input }, as.token);
  /** As the French web app sends it. */
  const inFrench = async (name: string, input: Record<string, unknown>, as: Account) => {
    const answer = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${as.token}` }, body: JSON.stringify({ query: mutation(name, 'id'), variables: { input } }) });
    return (await answer.json()) as { errors?: Problem[] };
  };
  const dispute = async (id: string) =>
    must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { id mediation { mediatorId } timeline { text } } }`, { id }, consumer.token), 'dispute').dispute;
  /** A claim refused by the merchant, taken to mediation by the consumer. */
  const requestMediation = async () => {
    const id = must(await run<{ fileClaim: { id: string } }>('fileClaim', phoneClaim(merchant.merchantId as string), consumer), 'file').fileClaim.id;
    must(await run('rejectClaim', { disputeId: id, reason: 'Out of warranty' }, merchant), 'reject');
    must(await run('requestMediation', { disputeId: id }, consumer), 'request');
    return id;
  };
  /** Who has the case once the intake (or a reassignment) has acted, within a few seconds. */
  const mediatorOf = async (id: string, not: string | null = null) => {
    for (let i = 0; i < 100; i++) {
      const mediatorId = (await dispute(id)).mediation?.mediatorId ?? null;
      if (mediatorId && mediatorId !== not) return mediatorId;
      await sleep(50);
    }
    return (await dispute(id)).mediation?.mediatorId ?? null;
  };
  const caseload = async (mediator: Account) => must(await api.gql<{ mediatorCaseload: { totalCount: number } }>(`{ mediatorCaseload { totalCount } }`, {}, mediator.token), 'caseload').mediatorCaseload.totalCount;
  const untilCaseload = async (mediator: Account, n: number) => {
    for (let i = 0; i < 100 && (await caseload(mediator)) !== n; i++) await sleep(50);
    expect(await caseload(mediator)).toBe(n);
  };
  const absences = async (as: Account, mediatorId?: string) =>
    must(await api.gql<{ mediatorAbsences: Array<{ firstDay: string; lastDay: string }> }>(`query($id: ID) { mediatorAbsences(mediatorId: $id) { firstDay lastDay } }`, { id: mediatorId ?? null }, as.token), 'absences').mediatorAbsences;
  const fieldsOf = (answer: { errors?: Problem[] }) => answer.errors?.[0]?.extensions?.fields?.map((f) => f.field);

  beforeAll(async () => {
    ({ api, admin, consumer, merchant, m1, m2, outsider } = await startWithCast(
      'mediator_absence',
      { admin: 'admin', consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'], m1: ['mediator', 'Médiatrice Un'], m2: ['mediator', 'Médiateur Deux'], outsider: ['consumer', 'Eve'] },
      // Only the live reaction and the declarations act: no sweep in the middle of a test.
      { MEDIATION_INTAKE_INTERVAL_MS: '600000' },
      { clock },
    ));
    body = must(await run<{ createMediationBody: { id: string } }>('createMediationBody', { name: 'Médiation Conso', isDefault: true }, admin), 'body').createMediationBody.id;
    for (const m of [m1, m2]) must(await run('addBodyMediator', { bodyId: body, mediatorId: m.id }, admin), 'add');
  }, 120_000);
  afterAll(() => api?.close());

  it('a bad declaration names its field, in the reader’s language, and nothing is stored; only the mediator herself or the admin declares', async () => {
    const backwards = await inFrench('declareMediatorAbsence', { firstDay: addDays(today, 3), lastDay: addDays(today, 1) }, m1);
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.lastDay', message: 'ne doit pas précéder le premier jour' })]);
    expect(fieldsOf(await run('declareMediatorAbsence', { firstDay: '2026-02-30', lastDay: 'soon' }, m1))).toEqual(['input.firstDay', 'input.lastDay']);
    expect(fieldsOf(await run('declareMediatorAbsence', { firstDay: addDays(today, -10), lastDay: addDays(today, -1) }, m1))).toEqual(['input.lastDay']);
    expect(fieldsOf(await run('declareMediatorAbsence', { firstDay: today, lastDay: addDays(today, 400) }, m1))).toEqual(['input.lastDay']);
    expect(fieldsOf(await run('declareMediatorAbsence', { mediatorId: m2.id, firstDay: today, lastDay: today }, m1))).toEqual(['input.mediatorId']);
    expect(fieldsOf(await run('declareMediatorAbsence', { firstDay: today, lastDay: today }, admin))).toEqual(['input.mediatorId']);
    expect(fieldsOf(await run('declareMediatorAbsence', { mediatorId: consumer.id, firstDay: today, lastDay: today }, admin))).toEqual(['input.mediatorId']);
    expect((await run('declareMediatorAbsence', { firstDay: today, lastDay: today }, outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await absences(m1)).toEqual([]);
    expect(await absences(admin, m2.id)).toEqual([]);
    const notAnId = await api.gql(`{ mediatorAbsences(mediatorId: "nope") { firstDay } }`, {}, admin.token);
    expect(notAnId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mediatorId' }] });
  });

  it('while she is away the intake passes her by; when she declares an absence her cases go to the other mediator at once, and the record says so', async () => {
    // m1 joined first: with both free, she would get the case; away, she does not.
    must(await run('declareMediatorAbsence', { firstDay: today, lastDay: addDays(today, 6) }, m1), 'away');
    expect(await absences(m1)).toEqual([{ firstDay: today, lastDay: addDays(today, 6) }]);
    const first = await requestMediation();
    expect(await mediatorOf(first)).toBe(m2.id);
    const loads = must(await api.gql<{ mediationBodies: Array<{ mediators: Array<{ id: string; absentUntil: string | null }> }> }>(`{ mediationBodies(mine: true) { mediators { id absentUntil } } }`, {}, m2.token), 'loads').mediationBodies[0]!.mediators;
    expect(loads).toEqual([{ id: m1.id, absentUntil: addDays(today, 6) }, { id: m2.id, absentUntil: null }]);

    // Back: her absence ends yesterday; the next request goes to her (m2 has one case).
    expect(must(await run<{ endMediatorAbsence: number }>('endMediatorAbsence', {}, m1, ''), 'back').endMediatorAbsence).toBe(1);
    expect(await absences(m1)).toEqual([]);
    await untilCaseload(m2, 1);
    const second = await requestMediation();
    expect(await mediatorOf(second)).toBe(m1.id);
    await untilCaseload(m1, 1);

    // The admin declares her away from today: her case moves to m2 before the answer, once.
    must(await run('declareMediatorAbsence', { mediatorId: m1.id, firstDay: today, lastDay: addDays(today, 2) }, admin), 'away again');
    expect(await mediatorOf(second, m1.id)).toBe(m2.id);
    const timeline = (await dispute(second)).timeline.map((t) => t.text);
    expect(timeline.at(-1)).toMatch(/assigned mediator Médiateur Deux in place of Médiatrice Un/);
    await untilCaseload(m1, 0);
    await untilCaseload(m2, 2);
    // Declaring again (another absence overlapping) moves nothing twice: she has no case left.
    must(await run('declareMediatorAbsence', { firstDay: addDays(today, 1), lastDay: addDays(today, 3) }, m1), 'overlap');
    expect((await dispute(second)).timeline.filter((t) => /in place of/.test(t.text))).toHaveLength(1);
    expect(await absences(admin, m1.id)).toEqual([
      { firstDay: today, lastDay: addDays(today, 2) },
      { firstDay: addDays(today, 1), lastDay: addDays(today, 3) },
    ]);
    // The same days again, by her or by the admin, even twice at once (API probe: two identical
    // rows): the absence already declared is the answer, nothing more is stored.
    const declared = must(await run<{ declareMediatorAbsence: { id: string } }>('declareMediatorAbsence', { firstDay: addDays(today, 1), lastDay: addDays(today, 3) }, m1), 'same days').declareMediatorAbsence.id;
    const again = await Promise.all([
      run<{ declareMediatorAbsence: { id: string } }>('declareMediatorAbsence', { firstDay: addDays(today, 1), lastDay: addDays(today, 3) }, m1),
      run<{ declareMediatorAbsence: { id: string } }>('declareMediatorAbsence', { mediatorId: m1.id, firstDay: addDays(today, 1), lastDay: addDays(today, 3) }, admin),
    ]);
    expect(again.map((answer) => must(answer, 'same days again').declareMediatorAbsence.id)).toEqual([declared, declared]);
    expect(await absences(admin, m1.id)).toEqual([
      { firstDay: today, lastDay: addDays(today, 2) },
      { firstDay: addDays(today, 1), lastDay: addDays(today, 3) },
    ]);
  });

  it('with every mediator of the body away, a case stays with its mediator rather than nowhere', async () => {
    must(await run('endMediatorAbsence', { mediatorId: m1.id }, admin, ''), 'back');
    const third = await requestMediation();
    const holder = await mediatorOf(third);
    const other = holder === m1.id ? m2 : m1;
    must(await run('declareMediatorAbsence', { firstDay: today, lastDay: today }, other), 'other away');
    must(await run('declareMediatorAbsence', { mediatorId: holder, firstDay: today, lastDay: today }, admin), 'holder away');
    // The intake has acted on both declarations (and once more here), and the read model holds it all.
    await api.app.get(MediationIntakeProcess).reassignFromAbsent();
    await api.projectionsCaughtUp();
    expect((await dispute(third)).mediation?.mediatorId).toBe(holder);

    // The sweep reads those cases a page at a time: the ones nobody can take never hide the rest.
    const bodies = api.app.get(MediationBodies);
    const all = await bodies.casesOfAbsentMediators(clock.now());
    expect(all.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    for (let page = await bodies.casesOfAbsentMediators(clock.now(), null, 1); page.length > 0; page = await bodies.casesOfAbsentMediators(clock.now(), page.at(-1)!, 1)) paged.push(...page.map((c) => c.disputeId));
    expect(paged).toEqual(all.map((c) => c.disputeId));
  });

  it('an erased mediator leaves her body: no new case goes to her, and her mediations under way are handed on as for an absence', async () => {
    // m1 and m2 are away today (the test before): two new mediators, the erased one joined first.
    const erased = await apiActors(api).mediator('Médiatrice Trois');
    const m4 = await apiActors(api).mediator('Médiateur Quatre');
    for (const m of [erased, m4]) must(await run('addBodyMediator', { bodyId: body, mediatorId: m.id }, admin), 'add');
    const under = await requestMediation();
    expect(await mediatorOf(under)).toBe(erased.id);
    await untilCaseload(erased, 1);
    // Her own declarations, about her: an absence to come, a conflict of interest with a former employer.
    must(await run('declareMediatorAbsence', { firstDay: '2099-08-01', lastDay: '2099-08-15' }, erased), 'absence');
    must(await run('declareConflictOfInterest', { merchantId: (await apiActors(api).merchant('Ancien Employeur')).merchantId }, erased, ''), 'conflict');
    const declarations = () =>
      api.database.query(
        `SELECT (SELECT count(*) FROM accounts.mediator_absences WHERE mediator_id = $1)::int AS absences, (SELECT count(*) FROM accounts.mediator_conflicts WHERE mediator_id = $1)::int AS conflicts`,
        [erased.id],
      );
    expect(await declarations()).toEqual([{ absences: 1, conflicts: 1 }]);
    must(await run('eraseDataSubject', { accountId: erased.id, reason: 'Letter of 1 December' }, admin, ''), 'erase');
    expect(await declarations()).toEqual([{ absences: 0, conflicts: 0 }]);

    // The intake's sweep gives her case to the mediator left, as it does for an absence.
    const intake = api.app.get(MediationIntakeProcess);
    for (let i = 0; i < 100 && (await dispute(under)).mediation?.mediatorId === erased.id; i++) {
      await intake.reassignFromAbsent();
      await sleep(50);
    }
    expect((await dispute(under)).mediation?.mediatorId).toBe(m4.id);
    // With no case left she would be the least loaded: a new request still goes to m4.
    expect(await mediatorOf(await requestMediation())).toBe(m4.id);
    const mediators = must(await api.gql<{ mediationBodies: Array<{ mediators: Array<{ id: string }> }> }>(`{ mediationBodies(mine: true) { mediators { id } } }`, {}, m4.token), 'loads').mediationBodies[0]!.mediators;
    expect(mediators.map((m) => m.id)).not.toContain(erased.id);
  });
});
