import { ERASED } from '@recours/event-store';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { MERCHANT_CLAIMS } from '../projections/merchant-scorecard/merchant-claims.tables';
import { quoteSchema, READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { DisputeScript, dayAt } from '../testing/dispute-script';
import { claimOf, consumer } from '../testing/parties';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../testing/test-kit';
import { SystemicProblemsQuery } from './systemic-problems.query';

let kit: TestKit;
let query: SystemicProblemsQuery;

interface Filed {
  id: string;
  consumerId: string;
  merchantId: string;
  category: string;
  description: string;
  filedOn: string;
  /** The association the consumer mandates; none: she acts alone. */
  associationId?: string;
  revoke?: boolean;
  /** The filing instant, when not 09:00 UTC on filedOn. */
  at?: string;
}

const FILED: Filed[] = [
  // Three members of UFC, one phone maker, one battery defect told three ways (accents and case vary).
  { id: 'bat-1', consumerId: 'c-1', merchantId: 'phones', category: 'Smartphone', description: 'La batterie ne tient plus la charge après deux mois', filedOn: '2025-01-20', associationId: 'ufc' },
  { id: 'bat-2', consumerId: 'c-2', merchantId: 'phones', category: 'smartphone ', description: 'Batterie qui se décharge très vite, ne tient pas la charge', filedOn: '2025-02-03', associationId: 'ufc' },
  { id: 'bat-3', consumerId: 'c-3', merchantId: 'phones', category: 'SMARTPHONE', description: 'LA BATTERIE NE TIENT PLUS LA CHARGE, le telephone s’eteint tout seul', filedOn: '2025-02-05', associationId: 'ufc' },
  // The same member again, same defect: one more claim, not one more member.
  { id: 'bat-4', consumerId: 'c-1', merchantId: 'phones', category: 'Smartphone', description: 'Batterie de remplacement : elle ne tient toujours pas la charge', filedOn: '2025-03-01', associationId: 'ufc', at: '2025-02-28T23:30:00.000Z' },
  // Another defect of the same phone; in English, the battery again.
  { id: 'power', consumerId: 'c-4', merchantId: 'phones', category: 'Smartphone', description: 'Le téléphone ne s’allume plus du tout depuis la mise à jour', filedOn: '2025-02-10', associationId: 'ufc' },
  { id: 'bat-en-1', consumerId: 'c-5', merchantId: 'phones', category: 'Smartphone', description: 'The battery does not hold its charge anymore', filedOn: '2025-02-11', associationId: 'ufc' },
  { id: 'bat-en-2', consumerId: 'c-6', merchantId: 'phones', category: 'Smartphone', description: 'Battery will not hold a charge after two months', filedOn: '2025-02-12', associationId: 'ufc' },
  // The same battery words against another merchant: another group.
  { id: 'other-shop', consumerId: 'c-7', merchantId: 'other-phones', category: 'Smartphone', description: 'La batterie ne tient plus la charge', filedOn: '2025-02-12', associationId: 'ufc' },
  // Not UFC's to see: another association's member, a consumer alone, a mandate revoked.
  { id: 'clcv', consumerId: 'c-8', merchantId: 'phones', category: 'Smartphone', description: 'La batterie ne tient plus la charge du tout', filedOn: '2025-02-13', associationId: 'clcv' },
  { id: 'alone', consumerId: 'c-9', merchantId: 'phones', category: 'Smartphone', description: 'La batterie ne tient plus la charge', filedOn: '2025-02-14' },
  { id: 'revoked', consumerId: 'c-10', merchantId: 'phones', category: 'Smartphone', description: 'La batterie ne tient plus la charge', filedOn: '2025-02-15', associationId: 'ufc', revoke: true },
  // Another association's members whose words are erased below (their keys destroyed, then the read model rebuilt).
  { id: 'erased-1', consumerId: 'c-11', merchantId: 'phones', category: 'Smartphone', description: 'Le haut-parleur grésille', filedOn: '2025-02-16', associationId: 'afoc' },
  { id: 'erased-2', consumerId: 'c-12', merchantId: 'phones', category: 'Smartphone', description: 'La coque se fend au dos', filedOn: '2025-02-17', associationId: 'afoc' },
];

beforeAll(async () => {
  kit = await startTestKit('systemic_problems');
  const scripts: DisputeScript[] = [];
  for (const f of FILED) {
    const script = new DisputeScript(f.id, kit.store);
    const c = consumer(f.consumerId);
    const claim = claimOf(f.merchantId, 'Phone X');
    await script.do('FileClaim', f.at ?? dayAt(f.filedOn, 0, '09:00'), c, { ...claim, product: { ...claim.product, category: f.category }, problem: { ...claim.problem, description: f.description, firstNoticedOn: '2025-01-02' } });
    if (f.associationId) await script.do('GrantRepresentation', dayAt(f.filedOn, 1), c, { associationId: f.associationId });
    if (f.revoke) await script.do('RevokeRepresentation', dayAt(f.filedOn, 2), c, {});
    scripts.push(script);
  }
  await catchUp(kit.projector(ALL_PROJECTIONS), lastPositionOf(scripts));
  // What a rebuild after the keys' destruction copies: the store's marker.
  await kit.dataSource.query(`UPDATE ${quoteSchema(READ_MODELS_SCHEMA)}.${MERCHANT_CLAIMS.name} SET problem = $1 WHERE dispute_id IN ('erased-1', 'erased-2')`, [ERASED]);
  query = new SystemicProblemsQuery(kit.dataSource);
});

afterAll(async () => kit?.close());

describe('SystemicProblemsQuery', () => {
  it('leaves erased descriptions out: all of them alike make no systemic problem', async () => {
    expect((await query.forAssociation('afoc')).problems).toEqual([]);
  });

  it('groups the members’ claims by merchant, category and similar defect, most members first, by month (Paris time)', async () => {
    const { problems, comparedWith } = await query.forAssociation('ufc');
    expect(comparedWith).toEqual({ unaccent: true, trigrams: true });
    // Grouped on the folded category; shown as most of the group's members wrote it, not folded.
    expect(problems.map((p) => [p.merchantId, p.category, p.disputeIds, p.members, p.claims])).toEqual([
      ['phones', 'Smartphone', ['bat-1', 'bat-2', 'bat-3', 'bat-4'], 3, 4],
      ['phones', 'Smartphone', ['bat-en-1', 'bat-en-2'], 2, 2],
      ['other-phones', 'Smartphone', ['other-shop'], 1, 1],
      ['phones', 'Smartphone', ['power'], 1, 1],
    ]);
    const [battery] = problems;
    expect(battery).toMatchObject({
      groupId: 'bat-1',
      defect: 'La batterie ne tient plus la charge après deux mois',
      // c-1, c-2, c-3, c-4, c-5, c-6: every UFC member with a claim against the maker.
      merchantMembers: 6,
      firstFiledAt: '2025-01-20T09:00:00.000Z',
      months: [
        { month: '2025-01', claims: 1, members: 1 },
        { month: '2025-02', claims: 2, members: 2 },
        { month: '2025-03', claims: 1, members: 1 },
      ],
    });
  });

  it('reads only the disputes under the association’s live mandates: another association sees its own, a stranger nothing', async () => {
    expect((await query.forAssociation('clcv')).problems.map((p) => [p.disputeIds, p.members])).toEqual([[['clcv'], 1]]);
    expect((await query.forAssociation('nobody')).problems).toEqual([]);
    const all = (await query.forAssociation('ufc')).problems.flatMap((p) => p.disputeIds);
    expect(all).not.toEqual(expect.arrayContaining(['clcv']));
    expect(all).not.toContain('alone');
    expect(all).not.toContain('revoked');
  });

  it('keeps to the groups with at least minMembers members', async () => {
    expect((await query.forAssociation('ufc', { minMembers: 2 })).problems.map((p) => p.members)).toEqual([3, 2]);
  });

  it('without unaccent and pg_trgm (a server without them), words alone still group the same defects', async () => {
    const degraded = new SystemicProblemsQuery(kit.dataSource, { extensions: { unaccent: false, trigrams: false } });
    const { problems, comparedWith } = await degraded.forAssociation('ufc');
    expect(comparedWith).toEqual({ unaccent: false, trigrams: false });
    expect(problems.slice(0, 2).map((p) => p.disputeIds)).toEqual([
      ['bat-1', 'bat-2', 'bat-3', 'bat-4'],
      ['bat-en-1', 'bat-en-2'],
    ]);
  });
});
