import { addDays, startOfParisDay } from '@recours/consumer-law';
import { lastDayOf } from '@recours/disputes';
import { must, phoneClaim, withCast, type Account } from '@recours/testing';

const DISPUTE = `id version status mediation { stage mediatorId admissibilityDueAt outcomeDueAt } timeline { text }`;
type Dispute = { id: string; version: number; status: string; mediation: { stage: string; mediatorId: string | null; admissibilityDueAt: string; outcomeDueAt: string | null } | null; timeline: Array<{ text: string }> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mediation bodies and their intake (issue 18 item 1)', () => {
  const cast = withCast('mediation-bodies', {
    admin: 'admin',
    consumer: ['consumer', 'Claire'],
    m1: ['mediator', 'Médiatrice Un'],
    m2: ['mediator', 'Médiateur Deux'],
    m3: ['mediator', 'Médiatrice Trois'],
    m4: ['mediator', 'Médiateur Quatre'],
    designating: ['merchant', 'Électro Lyon'],
    silent: ['merchant', 'PhoneShop'],
  }, { MEDIATION_INTAKE_INTERVAL_MS: '600000' });
  const ids: Record<string, string> = {};

  const run = <T = Record<string, Dispute>>(name: string, input: Record<string, unknown>, as: Account, selection = DISPUTE) =>
    cast.api.gql<T>(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`, { input }, as.token);
  const dispute = async (id: string, as: Account = cast.consumer) => must(await cast.api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${DISPUTE} } }`, { id }, as.token), 'dispute').dispute;
  /** A claim against the merchant, refused, then taken to mediation by the consumer. */
  const requestMediation = async (merchant: Account) => {
    const filed = must(await run('fileClaim', phoneClaim(merchant.merchantId as string), cast.consumer), 'file').fileClaim!;
    must(await run('rejectClaim', { disputeId: filed.id, reason: 'Out of warranty' }, merchant), 'reject');
    return must(await run('requestMediation', { disputeId: filed.id }, cast.consumer), 'request').requestMediation!;
  };
  const assignedWithin = async (disputeId: string, ms: number) => {
    const until = Date.now() + ms;
    for (;;) {
      const mediatorId = (await dispute(disputeId)).mediation?.mediatorId ?? null;
      if (mediatorId || Date.now() > until) return mediatorId;
      await sleep(50);
    }
  };
  const caseloadOf = async (mediator: Account) =>
    must(await cast.api.gql<{ mediatorCaseload: { totalCount: number } }>(`{ mediatorCaseload { totalCount } }`, {}, mediator.token), 'caseload').mediatorCaseload.totalCount;
  const untilCaseload = async (mediator: Account, n: number) => {
    for (let i = 0; i < 100 && (await caseloadOf(mediator)) !== n; i++) await sleep(50);
  };
  const intake = async (as: Account, extra = '') =>
    cast.api.gql<{ mediationIntake: { totalCount: number; edges: Array<{ node: { id: string; admissibilityDueAt: string; admissibilityOverdue: boolean; merchant: { name: string } | null; mediator: { id: string } | null } }> } }>(
      `{ mediationIntake${extra} { totalCount edges { node { id admissibilityDueAt admissibilityOverdue merchant { name } mediator { id } } } } }`,
      {},
      as.token,
    );



  it('the admin creates bodies, sets the default one and adds mediators; a merchant designates a body from the list and its profile shows it', async () => {
    const created = must(await run<{ createMediationBody: { id: string; isDefault: boolean } }>('createMediationBody', { name: 'Médiation Conso Rhône', sectors: ['électroménager', 'téléphonie'], isDefault: true }, cast.admin, 'id isDefault'), 'create').createMediationBody;
    ids.general = created.id;
    expect(created.isDefault).toBe(true);
    ids.tech = must(await run<{ createMediationBody: { id: string } }>('createMediationBody', { name: 'Médiateur du e-commerce', sectors: ['vente en ligne'] }, cast.admin, 'id'), 'create').createMediationBody.id;
    for (const m of [cast.m1, cast.m2]) must(await run('addBodyMediator', { bodyId: ids.general, mediatorId: m.id }, cast.admin, 'id'), 'add');
    must(await run('addBodyMediator', { bodyId: ids.tech, mediatorId: cast.m3.id }, cast.admin, 'id'), 'add');

    // Only the admin sets bodies up; a wrong id is refused naming the field.
    expect((await run('createMediationBody', { name: 'Mine' }, cast.consumer, 'id')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notAMediator = await run('addBodyMediator', { bodyId: ids.general, mediatorId: cast.consumer.id }, cast.admin, 'id');
    expect(notAMediator.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.mediatorId' }] });

    const list = must(await cast.api.gql<{ mediationBodies: Array<{ id: string; name: string; mediators: unknown }> }>(`{ mediationBodies { id name mediators { id } } }`, {}, cast.designating.token), 'list').mediationBodies;
    expect(list.map((b) => b.name)).toEqual(['Médiateur du e-commerce', 'Médiation Conso Rhône']);
    expect(list.every((b) => b.mediators === null)).toBe(true); // a merchant does not see the bodies' caseloads

    const profile = await cast.api.gql<{ updateMerchantProfile: { mediationBodyId: string; mediationBody: { name: string } } }>(
      `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { mediationBodyId mediationBody { name } } }`,
      { input: { mediationBodyId: ids.tech } },
      cast.designating.token,
    );
    expect(must(profile, 'designate').updateMerchantProfile).toEqual({ mediationBodyId: ids.tech, mediationBody: { name: 'Médiateur du e-commerce' } });
    const unknown = await cast.api.gql(`mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`, { input: { mediationBodyId: '00000000-0000-4000-8000-000000000000' } }, cast.designating.token);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.mediationBodyId' }] });
  });

  it('a request of a merchant that designated no body goes to the default body, assigned within seconds to its least-loaded mediator, with no admin', async () => {
    const first = await requestMediation(cast.silent);
    const started = Date.now();
    expect(await assignedWithin(first.id, 5_000)).toBe(cast.m1.id); // both free: the one who joined first
    console.log(`mediation request assigned by the intake in ${Date.now() - started} ms`);
    const read = await dispute(first.id);
    expect(read.timeline.at(-1)!.text).toMatch(/assigned mediator Médiatrice Un/);
    await untilCaseload(cast.m1, 1);

    const second = await requestMediation(cast.silent);
    expect(await assignedWithin(second.id, 5_000)).toBe(cast.m2.id); // m1 has one case now
    await untilCaseload(cast.m2, 1);

    // A declared conflict of interest takes m1 out of this merchant's cases.
    must(await cast.api.gql(`mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) }`, { input: { merchantId: cast.silent.merchantId } }, cast.m1.token), 'conflict');
    const third = await requestMediation(cast.silent);
    expect(await assignedWithin(third.id, 5_000)).toBe(cast.m2.id);
    // The admin cannot hand m1 this merchant's case either: the same check as the intake's.
    const refused = await run('assignMediator', { disputeId: third.id, mediatorId: cast.m1.id }, cast.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.mediatorId' }] });
    const otherBody = await run('assignMediator', { disputeId: third.id, mediatorId: cast.m3.id }, cast.admin);
    expect(otherBody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.mediatorId' }] });
    // The check is against the body the mediation was requested from (not necessarily the merchant's body now): the words say so.
    expect(otherBody.errors?.[0]?.extensions).toMatchObject({ fields: [{ message: 'is not a mediator of the body this mediation was requested from' }] });
    // In French, the merchant is the Code's « professionnel », never « commerçant ».
    const inFrench = async (mediatorId: string) =>
      (await (
        await fetch(cast.api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${cast.admin.token}` },
          body: JSON.stringify({ query: 'mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }', variables: { input: { disputeId: third.id, mediatorId } } }),
        })
      ).json()) as { errors: Array<{ extensions: { fields: Array<{ message: string }> } }> };
    expect((await inFrench(cast.m3.id)).errors[0].extensions.fields[0].message).toBe('n’est pas un médiateur de l’organisme saisi de cette médiation');
    expect((await inFrench(cast.m1.id)).errors[0].extensions.fields[0].message).toBe('a déclaré un conflit d’intérêts avec ce professionnel');
    await untilCaseload(cast.m2, 2);

    // The body sees each mediator's caseload; a mediator of another body does not.
    const asAdmin = must(await cast.api.gql<{ mediationBodies: Array<{ id: string; mediators: Array<{ id: string; openCases: number }> | null }> }>(`{ mediationBodies { id mediators { id openCases } } }`, {}, cast.admin.token), 'bodies').mediationBodies;
    expect(asAdmin.find((b) => b.id === ids.general)!.mediators).toEqual([
      { id: cast.m1.id, openCases: 1 },
      { id: cast.m2.id, openCases: 2 },
    ]);
    const asMember = must(await cast.api.gql<{ mediationBodies: Array<{ id: string; mediators: unknown[] | null }> }>(`{ mediationBodies(mine: true) { id mediators { id } } }`, {}, cast.m1.token), 'mine').mediationBodies;
    expect(asMember.map((b) => [b.id, b.mediators?.length])).toEqual([[ids.general, 2]]);
    const asOther = must(await cast.api.gql<{ mediationBodies: Array<{ id: string; mediators: unknown[] | null }> }>(`{ mediationBodies { id mediators { id } } }`, {}, cast.m3.token), 'other').mediationBodies;
    expect(asOther.find((b) => b.id === ids.general)!.mediators).toBeNull();
  });

  it('a request no mediator of the body may take waits in the body’s intake queue with its clock, until a mediator takes it', async () => {
    // m3, the only mediator of the designated body, declared a conflict with this merchant.
    must(await cast.api.gql(`mutation($input: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $input) }`, { input: { merchantId: cast.designating.merchantId } }, cast.m3.token), 'conflict');
    const request = await requestMediation(cast.designating);
    expect(await assignedWithin(request.id, 1_500)).toBeNull();

    let queue = must(await intake(cast.m3), 'intake').mediationIntake;
    for (let i = 0; i < 100 && queue.totalCount === 0; i++) queue = (await sleep(50), must(await intake(cast.m3), 'intake').mediationIntake);
    expect(queue.edges.map((e) => e.node)).toEqual([{ id: request.id, admissibilityDueAt: request.mediation!.admissibilityDueAt, admissibilityOverdue: false, merchant: { name: expect.stringContaining('Électro Lyon') }, mediator: null }]);
    expect(must(await intake(cast.m1), 'other body').mediationIntake.edges.map((e) => e.node.id)).not.toContain(request.id);
    const asAdmin = must(await intake(cast.admin, '(unassignedOnly: true)'), 'admin').mediationIntake;
    expect(asAdmin.edges.map((e) => e.node.id)).toEqual([request.id]);
    expect((await intake(cast.consumer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const take = (as: Account) => run('takeCase', { disputeId: request.id }, as);
    expect((await take(cast.m3)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.disputeId' }] });
    expect((await take(cast.m1)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // another body's request
    must(await run('addBodyMediator', { bodyId: ids.tech, mediatorId: cast.m4.id }, cast.admin, 'id'), 'add m4');
    const taken = must(await take(cast.m4), 'take').takeCase!;
    expect(taken.mediation!.mediatorId).toBe(cast.m4.id);
    for (let i = 0; i < 100 && must(await intake(cast.m4, '(unassignedOnly: true)'), 'after').mediationIntake.totalCount > 0; i++) await sleep(50);
    expect(must(await intake(cast.m4, '(unassignedOnly: true)'), 'after').mediationIntake.totalCount).toBe(0);
    expect((await take(cast.m4)).errors?.[0]?.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'CASE_ALREADY_TAKEN' }); // no longer waiting
  });

  it('the mediator extends the 90-day period once for a complex dispute (R612-5): recorded, on the timeline in French, and the parties are told', async () => {
    const request = await requestMediation(cast.silent);
    const mediatorId = await assignedWithin(request.id, 5_000);
    const mediator = [cast.m1, cast.m2].find((m) => m.id === mediatorId)!;
    const admissible = must(await run('decideAdmissibility', { disputeId: request.id, admissible: true }, mediator), 'admissible').decideAdmissibility!;
    const extended = must(await run('extendMediation', { disputeId: request.id, reason: 'Deux expertises techniques sont nécessaires' }, mediator), 'extend').extendMediation!;
    // 90 more days in Paris: the last day moves 90 calendar days (not always 90 × 24 hours: a change of clock may fall between).
    const lastDay = lastDayOf(admissible.mediation!.outcomeDueAt!);
    expect(lastDayOf(extended.mediation!.outcomeDueAt!)).toBe(addDays(lastDay, 90));
    expect(extended.mediation!.outcomeDueAt).toBe(startOfParisDay(addDays(lastDay, 91)));
    const again = await run('extendMediation', { disputeId: request.id, reason: 'Encore' }, mediator);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'MEDIATION_ALREADY_EXTENDED' });
    const french = must(await cast.api.gql<{ dispute: { timeline: Array<{ text: string }> } }>(`query($id: ID!) { dispute(id: $id) { timeline(locale: fr) { text } } }`, { id: request.id }, cast.consumer.token), 'fr').dispute.timeline;
    expect(french.at(-1)!.text).toMatch(/a prolongé le délai de la médiation, le litige étant complexe \(article R612-5 du Code de la consommation\)\u202f: «\u202fDeux expertises techniques sont nécessaires\u202f»/);
    let kinds: string[] = [];
    for (let i = 0; i < 100 && !kinds.includes('MEDIATION_EXTENDED'); i++) {
      await sleep(50);
      kinds = must(await cast.api.gql<{ myNotifications: { edges: Array<{ node: { kind: string } }> } }>(`{ myNotifications { edges { node { kind } } } }`, {}, cast.consumer.token), 'notifications').myNotifications.edges.map((e) => e.node.kind);
    }
    expect(kinds).toContain('MEDIATION_EXTENDED');
  });
});
