import { multipartBody, must, phoneClaim, samples, startWithCast, type Account, type TestApp } from '@recours/testing';

const GRANT = `mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { mandate { grantedAt document { name sha256 file { id contentType size } } } } }`;
const READ = `query($id: ID!) { dispute(id: $id) { mandate { document { name file { id } } } } }`;
type Granted = { grantRepresentation: { mandate: { document: { name: string; sha256: string; file: { id: string; contentType: string; size: number } } | null } } };

/** Issue 19 item 1: the signed mandate kept as a stored document (grantRepresentation's optional fileId). */
describe('grantRepresentation with the signed mandate', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let association: Account;
  let outsider: Account;
  const upload = async (as: Account, filename: string) => {
    const { body, contentType } = multipartBody([{ field: 'file', filename, content: samples.pdf() }]);
    return (await (await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${as.token}` }, body })).json()) as { id: string; sha256: string };
  };
  const claim = async () => must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
  const download = (fileId: string, as: Account) => fetch(`${api.origin}/files/${fileId}`, { headers: { authorization: `Bearer ${as.token}` } });

  beforeAll(async () => {
    ({ api, consumer, merchant, association, outsider } = await startWithCast('signed_mandate', {
      consumer: ['consumer', 'Claire Mandat'],
      merchant: ['merchant', 'Mandat Shop'],
      association: ['association', 'UFC Mandat'],
      outsider: ['consumer', 'Eve'],
    }));
  }, 120_000);
  afterAll(async () => api?.close());

  it('keeps the signed mandate on the dispute, downloadable by its parties and nobody else', async () => {
    const disputeId = await claim();
    const signed = await upload(consumer, 'mandat-signé.pdf');
    const granted = must(await api.gql<Granted>(GRANT, { input: { disputeId, associationId: association.id, fileId: signed.id } }, consumer.token), 'grant');
    expect(granted.grantRepresentation.mandate.document).toEqual({ name: 'mandat-signé.pdf', sha256: signed.sha256, file: { id: signed.id, contentType: 'application/pdf', size: samples.pdf().length } });
    // The association reads it on the dispute and downloads it; so does the merchant it will face.
    const read = must(await api.gql<{ dispute: { mandate: { document: { name: string; file: { id: string } } } } }>(READ, { id: disputeId }, association.token), 'read');
    expect(read.dispute.mandate.document).toEqual({ name: 'mandat-signé.pdf', file: { id: signed.id } });
    for (const party of [consumer, association, merchant]) {
      const answer = await download(signed.id, party);
      expect(answer.status).toBe(200);
      expect(Buffer.from(await answer.arrayBuffer()).equals(samples.pdf())).toBe(true);
    }
    expect((await download(signed.id, outsider)).status).toBe(404);
  });

  it('without a fileId the mandate is given as before, with no document', async () => {
    const disputeId = await claim();
    expect(must(await api.gql<Granted>(GRANT, { input: { disputeId, associationId: association.id } }, consumer.token), 'grant').grantRepresentation.mandate.document).toBeNull();
  });

  it('refuses, naming input.fileId, an upload that is not hers or already in a record, and keeps nothing', async () => {
    const disputeId = await claim();
    const theirs = await upload(outsider, 'mandat.pdf');
    const notHers = await api.gql(GRANT, { input: { disputeId, associationId: association.id, fileId: theirs.id } }, consumer.token);
    expect(notHers.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.fileId', code: 'NOT_YOUR_UPLOAD' }] });
    const bad = await api.gql(GRANT, { input: { disputeId, associationId: association.id, fileId: 'not-an-id' } }, consumer.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.fileId' })] });

    // Used once on one dispute, the same upload is refused on another.
    const used = await upload(consumer, 'mandat.pdf');
    must(await api.gql<Granted>(GRANT, { input: { disputeId, associationId: association.id, fileId: used.id } }, consumer.token), 'grant');
    const other = await claim();
    const again = await api.gql(GRANT, { input: { disputeId: other, associationId: association.id, fileId: used.id } }, consumer.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.fileId', code: 'ALREADY_ATTACHED' }] });

    // A refused grant (a mandate already given) frees the upload for a later one.
    const spare = await upload(consumer, 'mandat-2.pdf');
    const refused = await api.gql(GRANT, { input: { disputeId, associationId: association.id, fileId: spare.id } }, consumer.token);
    expect(refused.errors?.[0].extensions?.code).toBe('DOMAIN_RULE');
    const granted = must(await api.gql<Granted>(GRANT, { input: { disputeId: other, associationId: association.id, fileId: spare.id } }, consumer.token), 'grant');
    expect(granted.grantRepresentation.mandate.document?.file.id).toBe(spare.id);
  });
});
