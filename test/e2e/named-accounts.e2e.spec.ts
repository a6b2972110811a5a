import { must, phoneClaim, withCast, type Account } from '@recours/testing';

type Fields = Array<{ field: string; message: string }>;

describe('ids checked against their role (issue 18 item 4)', () => {
  const cast = withCast('named-accounts', {
    consumer: ['consumer', 'Claire'],
    merchant: ['merchant', 'PhoneShop'],
    association: ['association', 'UFC Lyon'],
    mediator: ['mediator', 'Médiatrice'],
    admin: 'admin',
  });

  const mutation = (name: string) => `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id version status } }`;
  const run = (name: string, input: Record<string, unknown>, as: Account) => cast.api.gql<Record<string, { id: string; version: number; status: string }>>(mutation(name), { input }, as.token);
  /** As the French web app sends it. */
  const inFrench = async (name: string, input: Record<string, unknown>, as: Account) => {
    const response = await fetch(cast.api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${as.token}` }, body: JSON.stringify({ query: mutation(name), variables: { input } }) });
    return (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };
  const versionOf = async (disputeId: string) => must(await cast.api.gql<{ dispute: { version: number } }>(`query($id: ID!) { dispute(id: $id) { version } }`, { id: disputeId }, cast.consumer.token), 'read').dispute.version;
  const refusedOn = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }, field: string) => {
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((answer.errors?.[0]?.extensions?.fields as Fields).map((f) => f.field)).toEqual([field]);
  };


  it('grantRepresentation takes an association: a consumer, a mediator, a merchant agent or an unknown id is refused on associationId, and nothing is stored', async () => {
    const dispute = must(await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer), 'file').fileClaim!;
    const otherConsumer = await cast.actors.consumer('Bob');
    for (const wrong of [otherConsumer.id, cast.mediator.id, cast.merchant.id, '00000000-0000-4000-8000-000000000000']) {
      refusedOn(await run('grantRepresentation', { disputeId: dispute.id, associationId: wrong }, cast.consumer), 'input.associationId');
    }
    expect(await versionOf(dispute.id)).toBe(0);
    const granted = must(await run('grantRepresentation', { disputeId: dispute.id, associationId: cast.association.id }, cast.consumer), 'grant').grantRepresentation!;
    expect(granted.version).toBe(1);
  });

  it('assignMediator takes a mediator: an association or the consumer is refused on mediatorId, in the reader’s language, and nothing is stored', async () => {
    const dispute = must(await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer), 'file').fileClaim!;
    must(await run('rejectClaim', { disputeId: dispute.id, reason: 'Out of warranty' }, cast.merchant), 'reject');
    must(await run('requestMediation', { disputeId: dispute.id }, cast.consumer), 'request');
    const before = await versionOf(dispute.id);
    for (const wrong of [cast.association.id, cast.consumer.id]) {
      refusedOn(await run('assignMediator', { disputeId: dispute.id, mediatorId: wrong }, cast.admin), 'input.mediatorId');
    }
    const french = await inFrench('assignMediator', { disputeId: dispute.id, mediatorId: cast.association.id }, cast.admin);
    expect((french.errors?.[0]?.extensions?.fields as Fields)[0]!.message).toBe('n’est pas un médiateur');
    expect(await versionOf(dispute.id)).toBe(before);
    const assigned = must(await run('assignMediator', { disputeId: dispute.id, mediatorId: cast.mediator.id }, cast.admin), 'assign').assignMediator!;
    expect(assigned.version).toBe(before + 1);
  });

  it('a refusal about who acts still comes first: an outsider naming a wrong account hears NOT_FOUND, not which accounts exist', async () => {
    const dispute = must(await run('fileClaim', phoneClaim(cast.merchant.merchantId as string), cast.consumer), 'file').fileClaim!;
    const outsider = await cast.actors.consumer('Eve');
    const answer = await run('grantRepresentation', { disputeId: dispute.id, associationId: cast.mediator.id }, outsider);
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
