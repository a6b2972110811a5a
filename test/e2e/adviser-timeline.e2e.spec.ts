import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { must, phoneClaim, withCast, untilWatching, type Account } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';


/**
 * Whom the consumer asks for advice is hers (Dispute.advisers), and why an association renounced
 * her mandate is between it and her (C. civ. art. 2007): an association she shares the dispute with
 * for advice, and the one she mandates, each read their own sharing, never another association's,
 * nor a former association's reason; in the timeline, the dispute view, the case file (JSON and
 * PDF) and the live feed alike. The consumer reads them all.
 */
describe('what one association reads of the others the consumer consulted', () => {
  const NAME = { former: 'Association Renonçante', adviser: 'Association Conseillère', other: 'Association Consultée Aussi', mandated: 'Association Mandatée', late: 'Association Tardive' } as const;
  const cast = withCast('adviser_timeline', {
    consumer: ['consumer', 'Claire Martin'],
    merchant: ['merchant', 'PhoneShop'],
    former: ['association', NAME.former],
    adviser: ['association', NAME.adviser],
    other: ['association', NAME.other],
    mandated: ['association', NAME.mandated],
    late: ['association', NAME.late],
  });
  const WHY = 'Nous ne défendrons pas ce dossier, le choc est manifeste.';
  const SECRET = ['ne défendrons pas', 'le choc est manifeste'];
  let disputeId: string;
  let dir: string;
  let socket: RawSocket;
  afterAll(() => {
    socket?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (query: string, variables: Record<string, unknown>, as: Account, locale = 'fr') =>
    fetch(cast.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${as.token}` },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.text());
  const act = async (name: string, input: Record<string, unknown>, as: Account) =>
    must(await cast.api.gql(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input: { disputeId, ...input } }, as.token), name);
  type Timeline = Array<{ version: number; type: string; text: string }>;
  const DISPUTE = `query($id: ID!) { dispute(id: $id) { version mandate { association { name } } timeline { version type text } } }`;
  const read = async (as: Account, locale = 'fr') => {
    const text = await post(DISPUTE, { id: disputeId }, as, locale);
    const answer = JSON.parse(text) as { data?: { dispute: { version: number; timeline: Timeline } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    return { text, dispute: answer.data!.dispute };
  };
  const file = async (as: Account, kind: 'json' | 'pdf') => {
    const answer = await fetch(`${cast.api.url.replace(/\/graphql$/, '')}/disputes/${disputeId}/case-file.${kind}`, { headers: { authorization: `Bearer ${as.token}`, 'accept-language': 'fr' } });
    expect(answer.status).toBe(200);
    const body = Buffer.from(await answer.arrayBuffer());
    if (kind === 'json') return body.toString('utf8');
    const path = join(dir, `${as.id}.pdf`);
    writeFileSync(path, body);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  /** What `reader` must not find: the names of the other associations consulted, and the former one's reason. */
  const notHis = (reader: 'adviser' | 'mandated') => [...SECRET, ...(['adviser', 'other', 'mandated', 'late'] as const).filter((a) => a !== reader && a !== 'mandated').map((a) => NAME[a])];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'adviser-timeline-'));
    const { api, consumer, merchant, former, adviser, other, mandated } = cast;
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    await act('grantRepresentation', { associationId: former.id }, consumer);
    must(await api.gql(`mutation($input: RenounceRepresentationInput!) { renounceRepresentation(input: $input) { version } }`, { input: { disputeId, reason: WHY } }, former.token), 'renounce');
    await act('shareDisputeForAdvice', { associationId: other.id }, consumer);
    await act('shareDisputeForAdvice', { associationId: adviser.id }, consumer);
    await act('stopSharingDisputeForAdvice', { associationId: other.id }, consumer);
    await act('grantRepresentation', { associationId: mandated.id }, consumer);
    // Both associations watch the dispute live before the consumer consults one more.
    socket = await RawSocket.connect(api.url, { authorization: `Bearer ${consumer.token}`, locale: 'fr' });
    const watchers = await Promise.all([adviser, mandated].map((as) => RawSocket.connect(api.url, { authorization: `Bearer ${as.token}`, locale: 'fr' })));
    const live = `subscription($id: ID!) { disputeUpdated(id: $id) { version timeline { version type text } } }`;
    watchers.forEach((w, i) => w.subscribe(String(i), live, { id: disputeId }));
    socket.subscribe('consumer', live, { id: disputeId });
    await untilWatching(api, disputeId, 3);
    await act('shareDisputeForAdvice', { associationId: cast.late.id }, consumer);
    await socket.until(() => socket.received('consumer').next.length > 0);
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Nous reprenons le dossier.' } }, mandated.token), 'post');
    // Each subscriber is sent its changes in order: once the message has reached an association,
    // whatever it would have been sent of the consultation (before the message) has been.
    const posted = (update: unknown) => JSON.stringify(update).includes('Nous reprenons le dossier');
    for (const [i, w] of watchers.entries()) await w.until(() => w.received(String(i)).next.some(posted));
    liveAfter = watchers.map((w, i) => w.received(String(i)).next);
    liveSeen = liveAfter.map((updates) => updates.slice(0, updates.findIndex(posted)));
    watchers.forEach((w) => w.close());
  }, 120_000);
  let liveSeen: unknown[][] = [];
  let liveAfter: unknown[][] = [];

  it('the consumer reads every association she consulted, and why the former one renounced', async () => {
    const { text, dispute } = await read(cast.consumer);
    const types = dispute.timeline.map((t) => t.type);
    expect(types.filter((t) => t === 'SharedForAdvice')).toHaveLength(3);
    expect(types).toEqual(expect.arrayContaining(['RepresentationRenounced', 'SharingForAdviceEnded']));
    for (const words of [...SECRET, NAME.other, NAME.adviser, NAME.late]) expect(text).toContain(words);
    expect(await file(cast.consumer, 'json')).toContain(NAME.other);
  });

  it('the list of disputes shared for advice gives each reader the version she reads, as dispute(id) does: the adviser’s leaves out the others’ sharing', async () => {
    const LIST = `{ disputesSharedForAdvice { edges { node { id version } } } }`;
    const listed = async (as: Account) =>
      must(await cast.api.gql<{ disputesSharedForAdvice: { edges: Array<{ node: { id: string; version: number } }> } }>(LIST, {}, as.token), 'disputesSharedForAdvice').disputesSharedForAdvice.edges.find((e) => e.node.id === disputeId)?.node.version;
    const adviser = (await read(cast.adviser)).dispute.version;
    const consumer = (await read(cast.consumer)).dispute.version;
    // The consumer reads the other associations’ sharing and its end, and the former one’s renunciation: more than the adviser.
    expect(consumer).toBeGreaterThan(adviser);
    expect({ adviser: await listed(cast.adviser), consumer: await listed(cast.consumer) }).toEqual({ adviser, consumer });
  });

  for (const reader of ['adviser', 'mandated'] as const) {
    it(`the association ${reader === 'adviser' ? 'shared the dispute for advice' : 'under mandate'} reads neither another association’s sharing nor the former one’s reason: timeline and dispute view, in French and English`, async () => {
      for (const locale of ['fr', 'en']) {
        const { text, dispute } = await read(cast[reader], locale);
        for (const words of notHis(reader)) expect({ reader, locale, words, found: text.includes(words) }).toEqual({ reader, locale, words, found: false });
        const types = dispute.timeline.map((t) => t.type);
        expect(types).not.toContain('RepresentationRenounced');
        expect(types).not.toContain('SharingForAdviceEnded');
        // Its own sharing only (the mandate took the adviser's place for the mandated one, whose sharing there never was).
        expect(types.filter((t) => t === 'SharedForAdvice')).toHaveLength(reader === 'adviser' ? 1 : 0);
        // What the others were told of the renunciation it reads, as every party does.
        expect(types).toContain('RepresentationEnded');
        // Counted over what it reads: no gap where the others' events were.
        expect(dispute.timeline.map((t) => t.version)).toEqual(dispute.timeline.map((_, i) => i));
        expect(dispute.version).toBe(dispute.timeline.length - 1);
      }
    });

    it(`the case file the ${reader} association downloads, JSON and PDF, holds neither (the hash chain still counts every link)`, async () => {
      const json = await file(cast[reader], 'json');
      const pdf = await file(cast[reader], 'pdf');
      for (const words of notHis(reader)) {
        expect({ reader, words, json: json.includes(words), pdf: pdf.includes(words) }).toEqual({ reader, words, json: false, pdf: false });
      }
      expect(json).not.toContain('"RepresentationRenounced"');
      const verification = must(await cast.api.gql<{ verifyDispute: { valid: boolean; events: number } }>(`query($id: ID!) { verifyDispute(id: $id) { valid events } }`, { id: disputeId }, cast[reader].token), 'verify').verifyDispute;
      const all = must(await cast.api.gql<{ verifyDispute: { valid: boolean; events: number } }>(`query($id: ID!) { verifyDispute(id: $id) { valid events } }`, { id: disputeId }, cast.consumer.token), 'verify').verifyDispute;
      expect(verification).toEqual(all);
      expect(verification.valid).toBe(true);
    });
  }

  it('live, neither association is sent the consumer’s sharing with another; what it is sent later holds neither that sharing nor the reason', async () => {
    expect(liveSeen).toEqual([[], []]);
    for (const [i, reader] of (['adviser', 'mandated'] as const).entries()) {
      const sent = JSON.stringify(liveAfter[i]);
      expect(liveAfter[i]!.length).toBeGreaterThan(0);
      expect(sent).toContain('Nous reprenons le dossier');
      for (const words of [...notHis(reader), NAME.late]) expect({ reader, words, found: sent.includes(words) }).toEqual({ reader, words, found: false });
      expect(sent).not.toContain('RepresentationRenounced');
    }
    // The consumer is sent her sharing, named.
    expect(JSON.stringify(socket.received('consumer').next)).toContain(NAME.late);
  });

  it('the association under mandate acts on the version it reads: its count leaves out what it does not read', async () => {
    const { dispute } = await read(cast.mandated);
    const answer = JSON.parse(await post(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Suite à votre offre.', expectedVersion: dispute.version } }, cast.mandated)) as { errors?: unknown };
    expect(answer.errors).toBeUndefined();
  });
});
