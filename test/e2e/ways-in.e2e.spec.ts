import { must, phoneClaim, withCast, untilWatching, type Account } from '@recours/testing';
import { DisputeUpdatesHub } from '../../apps/api/src/disputes/live/dispute-updates.hub';
import { RawSocket } from '../reliability/support/socket';

/**
 * One definition of each protection for both ways in to GraphQL: what HTTP answers a client's
 * mistake, the socket answers the same way, and each way refuses the operations of the other.
 */
describe('the ways in to GraphQL answer alike', () => {
  const cast = withCast('ways_in', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'], association: ['association', 'UFC Test'] });
  const sockets: RawSocket[] = [];
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close())); // before the app closes

  const open = async (account: Account, locale?: string) => {
    const socket = await RawSocket.connect(cast.api.url, { authorization: `Bearer ${account.token}`, ...(locale && { locale }) });
    sockets.push(socket);
    return socket;
  };
  const file = async (consumer: Account) =>
    must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
  const post = async (disputeId: string, as: Account, body: string) =>
    must(await cast.api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body } }, as.token), 'post');
  const http = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(cast.api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, ...((await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }>; data?: unknown }) };
  };

  it('variables that do not coerce are BAD_USER_INPUT on the socket, with the message HTTP answers, not an internal error', async () => {
    const socket = await open(cast.consumer);
    const subscription = `subscription($id: ID!) { disputeUpdated(id: $id) { id } }`;
    socket.subscribe('missing', subscription, {});
    socket.subscribe('object', subscription, { id: { not: 'an id' } });
    await socket.until(() => socket.received('missing').completed && socket.received('object').completed);
    const overHttp = await http(`query($id: ID!) { dispute(id: $id) { id } }`, {});
    expect(overHttp.status).toBe(400);
    expect([socket.outcome('missing'), socket.outcome('object')]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(socket.received('missing').errors[0].message).toBe(overHttp.errors?.[0].message);
    expect(socket.received('object').errors[0].message).toMatch(/\$id/);
  });

  it('a subscription sent over HTTP is refused (400, BAD_REQUEST) in the reader’s language, as the socket refuses a query', async () => {
    const disputeId = await file(cast.consumer);
    const subscription = `subscription($id: ID!) { disputeUpdated(id: $id) { id } }`;
    const french = await http(subscription, { id: disputeId }, { authorization: `Bearer ${cast.consumer.token}`, 'accept-language': 'fr' });
    const english = await http(`subscription { notificationAdded { id } }`, {}, { authorization: `Bearer ${cast.consumer.token}` });
    expect([french.status, french.errors?.[0].extensions?.code]).toEqual([400, 'BAD_REQUEST']);
    expect(french.errors?.[0].message).toMatch(/^Les abonnements passent uniquement par le WebSocket/);
    expect([english.status, english.errors?.[0].extensions?.code]).toEqual([400, 'BAD_REQUEST']);
    expect(english.errors?.[0].message).toMatch(/^Subscriptions are served over the WebSocket only/);

    const socket = await open(cast.consumer, 'fr');
    socket.subscribe('query', `{ me { id } }`);
    await socket.until(() => socket.received('query').completed);
    expect([socket.outcome('query'), socket.received('query').errors[0].message]).toEqual(['BAD_REQUEST', expect.stringMatching(/^Seuls les abonnements passent par le WebSocket/)]);
  });

  it('an operation over the limits is refused in the reader’s language, the same words on both ways in', async () => {
    const wide = (kind: string, root: string) => `${kind} { ${root} { ${Array.from({ length: 450 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    const deep = (kind: string, root: string) => `${kind} { ${root} { consumer ${'{ id '.repeat(14)}${'}'.repeat(14)} } }`;
    const overHttp = await Promise.all([http(wide('query', 'dispute(id: "x")'), {}, { 'accept-language': 'fr' }), http(deep('query', 'dispute(id: "x")'), {}, { 'accept-language': 'fr' })]);
    const socket = await open(cast.consumer, 'fr');
    socket.subscribe('wide', wide('subscription', 'disputeUpdated(id: "x")'));
    socket.subscribe('deep', deep('subscription', 'disputeUpdated(id: "x")'));
    socket.subscribe('unnamed', `subscription A { notificationAdded { id } } subscription B { notificationAdded { id } }`);
    await socket.until(() => ['wide', 'deep', 'unnamed'].every((id) => socket.received(id).completed));
    expect(overHttp.map((answer) => [answer.status, answer.errors?.[0].message])).toEqual([
      [400, expect.stringMatching(/^Requête qui demande trop de champs\u202f: au plus 400/)],
      [400, expect.stringMatching(/^Requête trop profonde\u202f: au plus 12 niveaux/)],
    ]);
    expect([socket.received('wide').errors[0].message, socket.received('deep').errors[0].message]).toEqual(overHttp.map((answer) => answer.errors?.[0].message));
    expect(socket.received('unnamed').errors[0].message).toMatch(/^Nommez l’opération/);
  });

  it('a live update names a person erased since the subscription began as HTTP does, not by the name read at its start', async () => {
    const zoe = await cast.actors.consumer('Zoé Lambert');
    const disputeId = await file(zoe);
    const socket = await open(cast.merchant);
    socket.subscribe('watch', `subscription($id: ID!) { disputeUpdated(id: $id) { version consumer { displayName } } }`, { id: disputeId });
    await untilWatching(cast.api, disputeId, 1);
    const names = () => socket.received('watch').next.map((payload) => (payload.data?.disputeUpdated as { consumer: { displayName: string } }).consumer.displayName);
    await post(disputeId, cast.merchant, 'We have your claim in hand.');
    await socket.until(() => names().length === 1);
    expect(names()).toEqual(['Zoé Lambert']);

    must(await cast.api.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: 'Correct-Horse-42' } }, zoe.token), 'erase');
    await post(disputeId, cast.merchant, 'Following up on your claim.');
    await socket.until(() => names().length === 2);
    const overHttp = must(await cast.api.gql<{ dispute: { consumer: { displayName: string } } }>(`query($id: ID!) { dispute(id: $id) { consumer { displayName } } }`, { id: disputeId }, cast.merchant.token), 'read');
    expect(overHttp.dispute.consumer.displayName).not.toBe('Zoé Lambert');
    expect(names()[1]).toBe(overHttp.dispute.consumer.displayName);
    expect(JSON.stringify(socket.messages.slice(-1))).not.toContain('Zoé');
  });

  // The mandate ends by the consumer's revocation or by the association's renunciation (C. civ. art. 2007): the same for the subscriber.
  const ENDINGS = {
    'a revoked mandate': (disputeId: string) => cast.api.gql(`mutation($input: RevokeRepresentationInput!) { revokeRepresentation(input: $input) { id } }`, { input: { disputeId } }, cast.consumer.token),
    'a renounced mandate': (disputeId: string) =>
      cast.api.gql(`mutation($input: RenounceRepresentationInput!) { renounceRepresentation(input: $input) { id } }`, { input: { disputeId, reason: 'Nous ne pouvons plus suivre ce dossier.' } }, cast.association.token),
  };
  it.each(Object.keys(ENDINGS) as Array<keyof typeof ENDINGS>)('a subscriber whose access ends mid-stream (%s) is told why, as dispute(id) would tell her, and hears nothing more', async (ending) => {
    const disputeId = await file(cast.consumer);
    must(await cast.api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId, associationId: cast.association.id } }, cast.consumer.token), 'grant');
    const socket = await open(cast.association, 'fr');
    socket.subscribe('watch', `subscription($id: ID!) { disputeUpdated(id: $id) { version } }`, { id: disputeId });
    await untilWatching(cast.api, disputeId, 1);
    await post(disputeId, cast.consumer, 'Merci de suivre mon dossier.');
    await socket.until(() => socket.received('watch').next.length === 1);
    must(await ENDINGS[ending](disputeId), ending);
    await socket.until(() => socket.received('watch').completed);
    // Ended, her subscription no longer listens: nothing in the app can send it the message posted next (no pause to wait for none).
    expect(cast.api.app.get(DisputeUpdatesHub).watchers(disputeId)).toBe(0);
    await post(disputeId, cast.consumer, 'Un message que l’association ne lit plus.');
    const overHttp = await http(`query($id: ID!) { dispute(id: $id) { id } }`, { id: disputeId }, { authorization: `Bearer ${cast.association.token}`, 'accept-language': 'fr' });
    const watch = socket.received('watch');
    expect(watch.next.filter((payload) => payload.data)).toHaveLength(1);
    expect(watch.errors.map((error) => [error.extensions?.code, error.message])).toEqual([['NOT_FOUND', overHttp.errors?.[0].message]]);
    expect(overHttp.errors?.[0].message).toBe('Litige introuvable');
  });

  it('the Authorization scheme is read whatever its case (RFC 9110 §11.1), over HTTP and on the socket; another scheme is still refused', async () => {
    const token = cast.consumer.token;
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const answer = await http(`{ me { id } }`, {}, { authorization: `${scheme} ${token}` });
      expect([scheme, answer.status, answer.data]).toEqual([scheme, 200, { me: { id: cast.consumer.id } }]);
    }
    const socket = await RawSocket.connect(cast.api.url, { authorization: `bearer ${token}` });
    sockets.push(socket);
    expect([socket.acknowledged, socket.closed]).toEqual([true, undefined]);
    const disputeId = await file(cast.consumer);
    socket.subscribe('watch', `subscription($id: ID!) { disputeUpdated(id: $id) { id } }`, { id: disputeId });
    await untilWatching(cast.api, disputeId, 1);
    await post(disputeId, cast.merchant, 'Read with a lower-case scheme');
    expect(await socket.until(() => socket.outcome('watch') === 'OK')).toBe(true);
    const basic = await http(`{ me { id } }`, {}, { authorization: `Basic ${token}` });
    expect([basic.status, basic.errors?.[0].message]).toEqual([401, 'The Authorization header must be “Bearer <token>”']);
  });

  it('a token refused on the socket closes it (4403) saying why, in the reader’s language, in the words HTTP answers', async () => {
    const forged = `${cast.consumer.token.slice(0, -4)}AAAA`;
    const closed: Record<string, unknown> = {};
    const overHttp: Record<string, unknown> = {};
    for (const [name, authorization] of Object.entries({ forged: `Bearer ${forged}`, header: `Basic ${forged}` })) {
      for (const locale of ['fr', 'en']) {
        const socket = await RawSocket.connect(cast.api.url, { authorization, locale });
        sockets.push(socket);
        closed[`${name} ${locale}`] = socket.closed;
        const answer = await http(`{ me { id } }`, {}, { authorization, 'accept-language': locale });
        overHttp[`${name} ${locale}`] = { code: 4403, reason: answer.errors?.[0].message };
      }
    }
    expect(closed).toEqual(overHttp);
    expect(closed['forged fr']).toEqual({ code: 4403, reason: 'Ce jeton de connexion n’est pas valide ou a expiré\u202f; reconnectez-vous' });
    expect(closed['forged en']).toEqual({ code: 4403, reason: 'This sign-in token is not valid or has expired; sign in again' });
  });

  it('a server route refuses as GraphQL does: a forged unsubscribe link is NOT_FOUND in the reader’s language', async () => {
    const answer = await fetch(`${cast.api.origin}/unsubscribe/forged.link`, { method: 'POST', headers: { 'accept-language': 'fr', 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Lien de désinscription introuvable' } });
  });
});
