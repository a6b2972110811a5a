import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { COMMAND_DESCRIPTIONS, type CommandDescription, type PartyRole } from '@recours/disputes';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { DisputeUpdatesHub } from '../../apps/api/src/disputes/live/dispute-updates.hub';
import { z } from 'zod';
import { reportFigures, Tally } from './support/figures';
import { gql, outcomeOf, type HttpAnswer } from './support/http';
import { streamOf } from './support/read-models';

/**
 * Every role against every operation on a dispute, checked exhaustively against the table
 * below. The table is the specification: it is written here, by hand, not derived from the
 * code it checks. A mutation added since, that the table does not name, has its row derived from
 * its command's description instead (DERIVED, below: the roles it declares), and is checked the
 * same way against what the API does.
 *
 *   ok  allowed: the operation succeeds (each allowed pair runs on a fresh dispute of its stage)
 *   NF  NOT_FOUND: may not see the dispute (answered exactly as for a missing one)
 *   FB  FORBIDDEN: a party to the dispute acting outside its role
 *   UA  UNAUTHENTICATED: anonymous writes
 *
 * Refused pairs all run on one dispute of the stage, and each is checked to append nothing.
 *
 * searchDisputes (issue 19): ok means the search finds the dispute, NF that it finds nothing
 * (for a list, what NOT_FOUND is for one dispute); and whatever a role finds it may read.
 *
 * Roles: anonymous; consumer A (who filed) and consumer B; an agent of merchant X (an account
 * the merchant added, not its owner) and the owner of merchant Y; mediator M (assigned in the
 * mediation stages; in the others the case has no mediator yet) and mediator N; association P
 * (holds A's mandate in every stage but "filed, no mandate") and association Q; the admin.
 *
 * Stage "intake" (issue 18): A's claim against merchant Y (not X), which designated a mediation
 * body whose only mediator is M, refused and taken to mediation, waiting in the body's intake
 * queue (the app runs with automatic assignment off): M may take it, N (no body) may not see it.
 *
 * assignCase and addInternalNote (issue 18 item 2): the merchant team's own business. X, an
 * agent, takes the unassigned case for herself; every other party is refused, and a separate
 * test checks that nobody outside merchant X reads a note or the assignment, anywhere.
 *
 * placeLegalHold and liftLegalHold (issue 17 item 4): the admin's alone. Stage "held": "filed",
 * and the admin placed a legal hold on it.
 *
 * Stage "shared" (issue 19): "filed", and A shared it with association Q for advice: Q reads it
 * but may not act (FB, not NF).
 */
const TABLE = `
operation             stage                 anon  A   B   X   Y   M   N   P   Q   admin
attachEvidence        filed                 UA    ok  NF  ok  NF  NF  NF  ok  NF  FB
postMessage           mediation             UA    ok  NF  ok  NF  ok  NF  ok  NF  FB
acknowledgeClaim      filed                 UA    FB  NF  ok  NF  NF  NF  FB  NF  FB
rejectClaim           filed                 UA    FB  NF  ok  NF  NF  NF  FB  NF  FB
escalate              rejected              UA    ok  NF  FB  NF  NF  NF  ok  NF  FB
makeOffer             merchant-offer        UA    ok  NF  ok  NF  NF  NF  ok  NF  FB
acceptOffer           both-offers           UA    ok  NF  ok  NF  NF  NF  ok  NF  FB
rejectOffer           both-offers           UA    ok  NF  ok  NF  NF  NF  ok  NF  FB
requestMediation      rejected              UA    ok  NF  FB  NF  NF  NF  ok  NF  FB
assignMediator        mediation             UA    FB  NF  FB  NF  FB  NF  FB  NF  ok
takeCase              intake                UA    FB  FB  FB  FB  ok  NF  FB  FB  FB
extendMediation       admissible            UA    FB  NF  FB  NF  ok  NF  FB  NF  FB
decideAdmissibility   mediation             UA    FB  NF  FB  NF  ok  NF  FB  NF  FB
proposeSettlement     admissible            UA    FB  NF  FB  NF  ok  NF  FB  NF  FB
acceptSettlement      settlement            UA    ok  NF  ok  NF  FB  NF  ok  NF  FB
rejectSettlement      settlement            UA    ok  NF  ok  NF  FB  NF  ok  NF  FB
confirmRemedy         agreed                UA    ok  NF  FB  NF  NF  NF  ok  NF  FB
reportRemedyCarriedOut agreed               UA    FB  NF  ok  NF  NF  NF  FB  NF  FB
grantRepresentation   filed-no-mandate      UA    ok  NF  FB  NF  NF  NF  NF  NF  FB
revokeRepresentation  filed                 UA    ok  NF  FB  NF  NF  NF  FB  NF  FB
renounceRepresentation filed                UA    FB  NF  FB  NF  NF  NF  ok  NF  FB
shareDisputeForAdvice filed                 UA    ok  NF  FB  NF  NF  NF  FB  NF  FB
stopSharingDisputeForAdvice shared          UA    ok  NF  FB  NF  NF  NF  FB  FB  FB
withdrawClaim         filed                 UA    ok  NF  FB  NF  NF  NF  ok  NF  FB
closeDispute          admissible            UA    ok  NF  FB  NF  ok  NF  ok  NF  ok
leaveFeedback         withdrawn             UA    ok  NF  FB  NF  NF  NF  FB  NF  FB
recordFormalNotice    filed                 UA    ok  NF  FB  NF  NF  NF  ok  NF  FB
assignCase            filed                 UA    FB  NF  ok  NF  NF  NF  FB  NF  FB
addInternalNote       filed                 UA    FB  NF  ok  NF  NF  NF  FB  NF  FB
placeLegalHold        filed                 UA    FB  NF  FB  NF  NF  NF  FB  NF  ok
liftLegalHold         held                  UA    FB  NF  FB  NF  NF  NF  FB  NF  ok
dispute               mediation             NF    ok  NF  ok  NF  ok  NF  ok  NF  ok
disputeAsOf           mediation             NF    ok  NF  ok  NF  ok  NF  ok  NF  ok
disputeUpdated        mediation             NF    ok  NF  ok  NF  ok  NF  ok  NF  ok
disputeAccessLog      mediation             NF    ok  NF  FB  NF  FB  NF  ok  NF  FB
searchDisputes        mediation             UA    ok  NF  ok  NF  ok  NF  ok  NF  ok
`;

const ROLES = ['anon', 'A', 'B', 'X', 'Y', 'M', 'N', 'P', 'Q', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Cell = 'ok' | 'NF' | 'FB' | 'UA';
const CODE: Record<Exclude<Cell, 'ok'>, string> = { NF: 'NOT_FOUND', FB: 'FORBIDDEN', UA: 'UNAUTHENTICATED' };

const ROWS = TABLE.trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [operation, stage, ...cells] = line.trim().split(/\s+/);
    if (cells.length !== ROLES.length) throw new Error(`the table's line for ${operation} has ${cells.length} cells`);
    return { operation, stage: stage as Stage, cells: Object.fromEntries(ROLES.map((r, i) => [r, cells[i] as Cell])) as Record<Role, Cell> };
  });

/**
 * The row of a mutation the table does not name, from its command's description: consumer A and
 * association P act for the consumer's side (CONSUMER, ASSOCIATION), agent X for the merchant,
 * mediator M as the dispute's mediator, the admin as ADMIN; a party outside the roles declared is
 * refused (FB), whoever is not a party does not see the dispute (NF), an anonymous write is
 * refused (UA). Stage "admissible" for a mediator's command (the dispute has one), "filed"
 * otherwise; its input made from the payload's description. A command not sent at that stage,
 * or whose payload names an account or a list, has its row written in the table instead.
 */
const CAPACITY: Partial<Record<Role, PartyRole>> = { A: 'CONSUMER', P: 'ASSOCIATION', X: 'MERCHANT', M: 'MEDIATOR', admin: 'ADMIN' };
type Property = { type?: string; enum?: string[]; minimum?: number; minLength?: number; maxLength?: number; format?: string; graphql?: string; assigned?: boolean };

/** A value the payload's description accepts for a required field, or why a derived row cannot make one up. */
function sampleOf(field: string, property: Property, who: Role, today: string): unknown {
  if (property.enum) return property.enum[0];
  if (property.type === 'integer' || property.type === 'number') return property.minimum ?? 1;
  if (property.type === 'boolean') return true;
  if (property.format === 'date') return today;
  if (property.type === 'string' && property.graphql !== 'ID') return `Written by ${who}`.padEnd(property.minLength ?? 0, '.').slice(0, property.maxLength);
  throw new Error(`${field}: a derived row cannot make this field up; write the operation's row in the table`);
}

function derivedRow(description: CommandDescription & { mutation: NonNullable<CommandDescription['mutation']> }) {
  const { roles, payload, mutation } = description;
  const stage: Stage = roles.includes('MEDIATOR') ? 'admissible' : 'filed';
  const cellOf = (role: Role): Cell => {
    const capacity = CAPACITY[role];
    if (role === 'anon') return 'UA';
    if (!capacity || (role === 'M' && stage === 'filed')) return 'NF';
    return roles.includes(capacity) ? 'ok' : 'FB';
  };
  const schema = z.toJSONSchema(payload, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Property>; required?: string[] };
  const required = Object.entries(schema.properties ?? {}).filter(([field, property]) => schema.required?.includes(field) && !property.assigned && !mutation.assigned?.includes(field));
  return {
    operation: mutation.name,
    stage,
    cells: Object.fromEntries(ROLES.map((r) => [r, cellOf(r)])) as Record<Role, Cell>,
    inputType: mutation.input ?? `${mutation.name[0].toUpperCase()}${mutation.name.slice(1)}Input`,
    fields: (who: Role, today: string) => Object.fromEntries(required.map(([field, property]) => [field, sampleOf(field, property, who, today)])),
  };
}

const WRITTEN = new Set(ROWS.map((r) => r.operation));
const DERIVED = Object.values(COMMAND_DESCRIPTIONS).flatMap((description) => (description.mutation && !WRITTEN.has(description.mutation.name) && description.mutation.name !== 'fileClaim' ? [derivedRow({ ...description, mutation: description.mutation })] : []));
for (const row of DERIVED) if (DERIVED.filter((r) => r.operation === row.operation).length > 1) throw new Error(`${row.operation} sends several commands: write its row in the table`);

type Stage = 'intake' | 'shared' | 'held' | 'filed' | 'filed-no-mandate' | 'rejected' | 'merchant-offer' | 'both-offers' | 'mediation' | 'admissible' | 'settlement' | 'agreed' | 'withdrawn';
interface Case {
  disputeId: string;
  merchantOfferId?: string;
  consumerOfferId?: string;
  settlementId?: string;
}

type DisputeAnswer = { id: string; version: number; offers: Array<{ id: string; by: string; status: string }>; mediation: { settlements: Array<{ id: string; status: string }> } | null };
const FIELDS = 'id version offers { id by status } mediation { settlements { id status } }';

describe('authorization matrix: every role against every operation on a dispute', () => {
  let api: TestApp;
  const as = {} as Record<Role, Account | null>;
  const results = new Tally();
  let pairs = 0;
  let bodyOfY = '';

  const call = (operation: string, input: Record<string, unknown>, who: Role): Promise<HttpAnswer<Record<string, DisputeAnswer>>> => {
    const inputType =
      { acceptOffer: 'OfferAnswerInput', acceptSettlement: 'SettlementAnswerInput', rejectSettlement: 'RejectSettlementInput' }[operation] ??
      DERIVED.find((r) => r.operation === operation)?.inputType ??
      `${operation[0].toUpperCase()}${operation.slice(1)}Input`;
    return gql(api.url, `mutation($input: ${inputType}!) { ${operation}(input: $input) { ${FIELDS} } }`, { input }, { token: as[who]?.token });
  };
  const run = async (operation: string, input: Record<string, unknown>, who: Role) => must(await call(operation, input, who), `${operation} as ${who}`)[operation];

  /** A fresh dispute of consumer A against merchant X, brought to the stage. */
  async function setUp(stage: Stage): Promise<Case> {
    if (stage === 'intake') {
      const againstY = await run('fileClaim', phoneClaim(as.Y!.merchantId as string), 'A');
      await run('rejectClaim', { disputeId: againstY.id, reason: 'Not covered' }, 'Y');
      await run('requestMediation', { disputeId: againstY.id }, 'A');
      // The intake lists it once the projections have it.
      for (let i = 0; i < 100; i++) {
        const queue = await gql<{ mediationIntake: { edges: Array<{ node: { id: string } }> } }>(api.url, `{ mediationIntake(unassignedOnly: true, first: 100) { edges { node { id } } } }`, {}, { token: as.M!.token });
        if (queue.data?.mediationIntake.edges.some((e) => e.node.id === againstY.id)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      return { disputeId: againstY.id };
    }
    const filed = await run('fileClaim', phoneClaim(as.X!.merchantId as string), 'A');
    const disputeId = filed.id;
    if (stage !== 'filed-no-mandate') await run('grantRepresentation', { disputeId, associationId: as.P!.id }, 'A');
    if (stage === 'shared') await run('shareDisputeForAdvice', { disputeId, associationId: as.Q!.id }, 'A');
    if (stage === 'held') await run('placeLegalHold', { disputeId, reason: 'Assignation devant le tribunal judiciaire' }, 'admin');
    if (stage === 'filed' || stage === 'filed-no-mandate' || stage === 'shared' || stage === 'held') return { disputeId };
    if (stage === 'withdrawn') {
      await run('withdrawClaim', { disputeId, reason: 'Repaired it myself' }, 'A');
      return { disputeId };
    }
    if (stage === 'merchant-offer' || stage === 'both-offers' || stage === 'agreed') {
      const offered = await run('makeOffer', { disputeId, remedy: 'REPAIR', terms: 'Battery replaced under warranty' }, 'X');
      const merchantOfferId = offered.offers.find((o) => o.by === 'MERCHANT')!.id;
      if (stage === 'merchant-offer') return { disputeId, merchantOfferId };
      if (stage === 'agreed') {
        await run('acceptOffer', { disputeId, offerId: merchantOfferId }, 'A');
        return { disputeId, merchantOfferId };
      }
      const countered = await run('makeOffer', { disputeId, remedy: 'REPLACEMENT', terms: 'A new phone, please' }, 'A');
      return { disputeId, merchantOfferId, consumerOfferId: countered.offers.find((o) => o.by === 'CONSUMER')!.id };
    }
    await run('rejectClaim', { disputeId, reason: 'Swelling is caused by misuse' }, 'X');
    if (stage === 'rejected') return { disputeId };
    await run('requestMediation', { disputeId, summary: 'Refused without inspection' }, 'A');
    await run('assignMediator', { disputeId, mediatorId: as.M!.id }, 'admin');
    if (stage === 'mediation') return { disputeId };
    await run('decideAdmissibility', { disputeId, admissible: true, reason: 'The file is complete' }, 'M');
    if (stage === 'admissible') return { disputeId };
    const proposed = await run('proposeSettlement', { disputeId, remedy: 'REPAIR', terms: 'Battery replacement within 15 days', daysToCarryOut: 15 }, 'M');
    return { disputeId, settlementId: proposed.mediation!.settlements.find((s) => s.status === 'PROPOSED')!.id };
  }

  /** The input each role sends: valid, so that an allowed pair can succeed. */
  function inputOf(operation: string, who: Role, c: Case): Record<string, unknown> {
    const merchantSide = who === 'X' || who === 'Y';
    const theirOffer = merchantSide ? c.consumerOfferId : c.merchantOfferId;
    // Today in Paris, where the decider dates things: never in the future, and never before an
    // agreement made today (a UTC date is the day before between 23:00 and midnight UTC).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    // Beside the dispute's id.
    const fields: Record<string, Record<string, unknown>> = {
      attachEvidence: { kind: 'PHOTO', name: `photo by ${who}.jpg`, sha256: randomUUID().replace(/-/g, '').repeat(2) },
      postMessage: { body: `A word from ${who}` },
      acknowledgeClaim: { note: 'We are looking into it' },
      rejectClaim: { reason: 'Not covered' },
      escalate: { reason: 'The front desk refused without looking' },
      makeOffer: merchantSide ? { remedy: 'REPAIR', terms: 'Battery and back cover replaced' } : { remedy: 'REPLACEMENT', terms: 'A new phone' },
      acceptOffer: { offerId: theirOffer },
      rejectOffer: { offerId: theirOffer, reason: 'Not enough' },
      requestMediation: { summary: 'The merchant refused' },
      assignMediator: { mediatorId: as.N!.id },
      takeCase: {},
      extendMediation: { reason: 'Two technical expert reports are needed' },
      reportRemedyCarriedOut: { on: today, details: 'Battery replaced, parcel 6A123' },
      decideAdmissibility: { admissible: true, reason: 'Complete file' },
      proposeSettlement: { remedy: 'REPAIR', terms: 'Repair within 15 days', daysToCarryOut: 15 },
      acceptSettlement: { settlementId: c.settlementId },
      rejectSettlement: { settlementId: c.settlementId, reason: 'Not acceptable' },
      confirmRemedy: { fulfilled: true, note: 'Works again' },
      grantRepresentation: { associationId: as.P!.id },
      revokeRepresentation: {},
      renounceRepresentation: { reason: `We can no longer follow this case, says ${who}` },
      shareDisputeForAdvice: { associationId: as.Q!.id },
      stopSharingDisputeForAdvice: { associationId: as.Q!.id },
      withdrawClaim: { reason: 'No longer needed' },
      // A mediator ends a failed mediation; a resolution comes from a settlement both accept.
      closeDispute: who === 'A' || who === 'P' ? { outcome: 'RESOLVED', summary: 'Sorted out' } : { outcome: 'UNRESOLVED', nextSteps: [{ kind: 'SMALL_CLAIMS', text: 'Tribunal judiciaire' }] },
      leaveFeedback: { rating: 4, comment: 'Clear process' },
      recordFormalNotice: { sentOn: today, channel: 'REGISTERED_MAIL' },
      assignCase: { agentId: as.X!.id },
      addInternalNote: { body: `Internal word from ${who}` },
      placeLegalHold: { reason: `Litigation, says ${who}` },
      liftLegalHold: { reason: `Judgment, says ${who}` },
    };
    const derived = DERIVED.find((r) => r.operation === operation);
    if (derived) return { disputeId: c.disputeId, ...derived.fields(who, today) };
    if (!Object.hasOwn(fields, operation)) throw new Error(`no input for ${operation}`);
    return { disputeId: c.disputeId, ...fields[operation] };
  }

  beforeAll(async () => {
    // Requests wait in the intake queue, to be taken (stage "intake"); no other dispute has a body.
    api = await startTestApp('authz', { MEDIATION_INTAKE_ASSIGN: 'off' });
    const actors = apiActors(api);
    as.anon = null;
    // Her address confirmed: she may rate (leaveFeedback needs it).
    as.A = await actors.consumer('Alice', { confirmed: true });
    as.B = await actors.consumer('Bob');
    const owner = await actors.merchant('PhoneShop X');
    // The agent joins as agents do: invited by e-mail, accepting with the link (issue 12 item 5).
    const agent = await actors.agent(owner, 'Agent of X');
    as.X = agent;
    expect(as.X.merchantId).toBe(owner.merchantId);
    as.Y = await actors.merchant('PhoneShop Y');
    as.M = await actors.mediator('Mediator M');
    as.N = await actors.mediator('Mediator N');
    as.P = await actors.association('Association P');
    as.Q = await actors.association('Association Q');
    as.admin = await actors.admin();
    const body = must(await gql<{ createMediationBody: { id: string } }>(api.url, `mutation { createMediationBody(input: { name: "Médiation Y" }) { id } }`, {}, { token: as.admin.token }), 'body').createMediationBody;
    bodyOfY = body.id;
    must(await gql(api.url, `mutation($input: AddBodyMediatorInput!) { addBodyMediator(input: $input) { id } }`, { input: { bodyId: body.id, mediatorId: as.M.id } }, { token: as.admin.token }), 'member');
    must(await gql(api.url, `mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`, { input: { mediationBodyId: body.id } }, { token: as.Y.token }), 'designate');
  });
  afterAll(async () => {
    reportFigures('authorization matrix', { 'pairs checked (role × operation)': pairs, 'answers by expected cell': results.counts });
    await api?.close();
  });

  const mutations = [...ROWS.filter((r) => !['dispute', 'disputeAsOf', 'disputeUpdated', 'disputeAccessLog', 'searchDisputes'].includes(r.operation)), ...DERIVED];

  it('the table and the rows derived from the commands’ descriptions cover every mutation of schema.gql that takes a disputeId, and every role', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = readFileSync(`${__dirname}/../../schema.gql`, 'utf8');
    const inputs = new Set([...schema.matchAll(/^input (\w+) \{([^}]*)\}/gms)].filter((m) => /^\s*disputeId: ID!/m.test(m[2])).map((m) => m[1]));
    const mutationBlock = /^type Mutation \{([\s\S]*?)^\}/m.exec(schema)![1];
    const withDispute = [...mutationBlock.matchAll(/^\s+(\w+)\(input: (\w+)!\)/gm)].filter((m) => inputs.has(m[2])).map((m) => m[1]);
    expect(mutations.map((r) => r.operation).sort()).toEqual(withDispute.sort());
  });

  it('a row derived from a description is the row the table writes, wherever the table has one at the stage a derived row takes', () => {
    const described = Object.values(COMMAND_DESCRIPTIONS).flatMap((d) => (d.mutation && d.mutation.name !== 'fileClaim' ? [derivedRow({ ...d, mutation: d.mutation })] : []));
    const comparable = described.filter((d) => ROWS.some((r) => r.operation === d.operation && r.stage === d.stage));
    expect(comparable.length).toBeGreaterThanOrEqual(10);
    expect(comparable.map((d) => ({ operation: d.operation, cells: d.cells }))).toEqual(comparable.map((d) => ({ operation: d.operation, cells: ROWS.find((r) => r.operation === d.operation)!.cells })));
  });

  it.each(mutations.map((r) => [r.operation, r]))('%s', async (_name, row) => {
    // Refused pairs: one dispute of the stage, nothing appended by any of them.
    const shared = await setUp(row.stage);
    const before = (await streamOf(api.database.url, shared.disputeId)).length;
    const seen: Record<string, string> = {};
    for (const who of ROLES.filter((r) => row.cells[r] !== 'ok')) {
      const answer = await call(row.operation, inputOf(row.operation, who, shared), who);
      seen[who] = outcomeOf(answer);
      pairs++;
      results.add(`${row.cells[who]} → ${seen[who]}`);
    }
    expect((await streamOf(api.database.url, shared.disputeId)).length).toBe(before);
    // Allowed pairs: each on a fresh dispute of the stage, and the operation succeeds.
    for (const who of ROLES.filter((r) => row.cells[r] === 'ok')) {
      const fresh = await setUp(row.stage);
      const length = (await streamOf(api.database.url, fresh.disputeId)).length;
      const answer = await call(row.operation, inputOf(row.operation, who, fresh), who);
      seen[who] = outcomeOf(answer) === 'OK' ? 'ok' : `${outcomeOf(answer)}: ${answer.errors?.[0].message}`;
      pairs++;
      results.add(`ok → ${outcomeOf(answer)}`);
      if (seen[who] === 'ok') expect((await streamOf(api.database.url, fresh.disputeId)).length).toBeGreaterThan(length);
    }
    const expected = Object.fromEntries(ROLES.map((r) => [r, row.cells[r] === 'ok' ? 'ok' : CODE[row.cells[r]]]));
    expect(seen).toEqual(expected);
  });

  it('reads: dispute, disputeAsOf and disputeAccessLog', async () => {
    const c = await setUp('mediation');
    for (const operation of ['dispute', 'disputeAsOf', 'disputeAccessLog']) {
      const row = ROWS.find((r) => r.operation === operation)!;
      const seen: Record<string, string> = {};
      for (const who of ROLES) {
        const answer =
          operation === 'dispute'
            ? await gql<{ dispute: { id: string } }>(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id: c.disputeId }, { token: as[who]?.token })
            : operation === 'disputeAccessLog'
              ? await gql<{ disputeAccessLog: unknown[] }>(api.url, `query($id: ID!) { disputeAccessLog(id: $id) { kind } }`, { id: c.disputeId }, { token: as[who]?.token })
              : await gql<{ disputeAsOf: { id: string } }>(api.url, `query($id: ID!, $at: String!) { disputeAsOf(id: $id, at: $at) { id } }`, { id: c.disputeId, at: new Date().toISOString() }, { token: as[who]?.token });
        seen[who] = outcomeOf(answer) === 'OK' ? 'ok' : outcomeOf(answer);
        pairs++;
        results.add(`${row.cells[who]} → ${outcomeOf(answer)}`);
      }
      expect({ operation, seen }).toEqual({ operation, seen: Object.fromEntries(ROLES.map((r) => [r, row.cells[r] === 'ok' ? 'ok' : CODE[row.cells[r]]])) });
    }
  });

  it('search: searchDisputes finds a dispute for exactly those who may read it, and every match is one they may read', async () => {
    const row = ROWS.find((r) => r.operation === 'searchDisputes')!;
    // A dispute at the "mediation" stage, with an order reference of its own to look for.
    const reference = `SRCH-${randomUUID().slice(0, 8)}`;
    const disputeId = (await run('fileClaim', phoneClaim(as.X!.merchantId as string, { purchase: { ...phoneClaim('x').purchase, orderReference: reference } }), 'A')).id;
    await run('grantRepresentation', { disputeId, associationId: as.P!.id }, 'A');
    await run('rejectClaim', { disputeId, reason: 'Swelling is caused by misuse' }, 'X');
    await run('requestMediation', { disputeId, summary: 'Refused without inspection' }, 'A');
    await run('assignMediator', { disputeId, mediatorId: as.M!.id }, 'admin');
    type Found = { searchDisputes: { edges: Array<{ node: { id: string } }> } };
    const search = (who: Role, query: string) => gql<Found>(api.url, `query($query: String!) { searchDisputes(query: $query, first: 100) { edges { node { id } } } }`, { query }, { token: as[who]?.token });
    const seen: Record<string, string> = {};
    for (const who of ROLES) {
      // By the whole reference and by a part of it: the same answer.
      const outcomes = await Promise.all([reference, reference.slice(5)].map(async (query) => {
        const answer = await search(who, query);
        return outcomeOf(answer) !== 'OK' ? outcomeOf(answer) : answer.data!.searchDisputes.edges.some((e) => e.node.id === disputeId) ? 'ok' : 'NOT_FOUND';
      }));
      seen[who] = outcomes[0] === outcomes[1] ? outcomes[0] : outcomes.join(' / ');
      pairs++;
      results.add(`${row.cells[who]} → ${seen[who] === 'ok' ? 'OK' : seen[who]}`);
    }
    expect(seen).toEqual(Object.fromEntries(ROLES.map((r) => [r, row.cells[r] === 'ok' ? 'ok' : CODE[row.cells[r]]])));
    // A broad search over every dispute the matrix made: each match (20 at most per role) is one that role reads.
    const unreadable: string[] = [];
    for (const who of ROLES.filter((r) => as[r])) {
      const answer = await search(who, 'Galaxy');
      for (const { node } of (answer.data?.searchDisputes.edges ?? []).slice(0, 20)) {
        const read = await gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id: node.id }, { token: as[who]!.token });
        pairs++;
        if (outcomeOf(read) !== 'OK') unreadable.push(`${who} found ${node.id}: ${outcomeOf(read)}`);
      }
    }
    expect(unreadable).toEqual([]);
  });

  it('internal notes and the assignment: only merchant X reads them; not in another party’s dispute, timeline, search, case file or notifications', async () => {
    const c = await setUp('mediation');
    const secret = `Zarquon${randomUUID().slice(0, 8)}`;
    await run('assignCase', { disputeId: c.disputeId, agentId: as.X!.id }, 'X');
    await run('addInternalNote', { disputeId: c.disputeId, body: `Client known to us, ${secret}` }, 'X');
    type Read = { dispute: { internalNotes: Array<{ body: string }>; assignee: { displayName: string } | null; timeline: Array<{ text: string }> } };
    const seen: Record<string, unknown> = {};
    for (const who of ROLES) {
      const answer = await gql<Read>(api.url, `query($id: ID!) { dispute(id: $id) { internalNotes { body } assignee { displayName } timeline { text } } }`, { id: c.disputeId }, { token: as[who]?.token });
      const dispute = answer.data?.dispute;
      const search = as[who] ? await gql<{ searchDisputes: { edges: unknown[] } }>(api.url, `query($q: String!) { searchDisputes(query: $q, first: 10) { edges { node { id } } } }`, { q: secret }, { token: as[who]!.token }) : null;
      const file = as[who] ? await fetch(`${api.url.replace(/\/graphql$/, '')}/disputes/${c.disputeId}/case-file.json`, { headers: { authorization: `Bearer ${as[who]!.token}` } }) : null;
      const fileText = file?.status === 200 ? await file.text() : '';
      seen[who] = {
        notes: dispute ? dispute.internalNotes.length : outcomeOf(answer),
        assignee: dispute ? dispute.assignee !== null : outcomeOf(answer),
        inTimeline: dispute ? dispute.timeline.some((t) => t.text.includes(secret)) : false,
        found: (search?.data?.searchDisputes.edges.length ?? 0) > 0,
        inCaseFile: fileText.includes(secret),
      };
      pairs++;
    }
    const readsNothing = (why: string) => ({ notes: why, assignee: why, inTimeline: false, found: false, inCaseFile: false });
    const outsider = { notes: 0, assignee: false, inTimeline: false, found: false, inCaseFile: false };
    expect(seen).toEqual({
      anon: readsNothing('NOT_FOUND'),
      A: outsider,
      B: readsNothing('NOT_FOUND'),
      // The team reads its note and who handles the case; the note is not searchable, and no case file carries it.
      X: { notes: 1, assignee: true, inTimeline: true, found: false, inCaseFile: false },
      Y: readsNothing('NOT_FOUND'),
      M: outsider,
      N: readsNothing('NOT_FOUND'),
      P: outsider,
      Q: readsNothing('NOT_FOUND'),
      admin: outsider,
    });
    // Nobody was told of the note; an assignment is told to the agent it goes to only, and X took the case
    // herself, so nobody was told of it either: in the app, by e-mail, or by a webhook.
    const { Client: PgClient } = await import('pg');
    const db = new PgClient({ connectionString: api.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM notifications.outbox o JOIN event_store.events e ON e.id = o.event_id WHERE e.type IN ('InternalNoteAdded', 'CaseAssigned') AND e.stream_id = $1)
              + (SELECT count(*) FROM notifications.notifications n JOIN event_store.events e ON e.id = n.event_id WHERE e.type IN ('InternalNoteAdded', 'CaseAssigned') AND e.stream_id = $1) AS n`,
        [`dispute-${c.disputeId}`],
      );
      expect(Number(rows[0].n)).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('reads: an association the dispute is shared with for advice reads it; before, and after the sharing stops, it does not', async () => {
    const c = await setUp('shared');
    const readAs = async (who: Role) => outcomeOf(await gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id: c.disputeId }, { token: as[who]?.token }));
    expect(Object.fromEntries(await Promise.all((['P', 'Q', 'B', 'N'] as const).map(async (who) => [who, await readAs(who)])))).toEqual({ P: 'OK', Q: 'OK', B: 'NOT_FOUND', N: 'NOT_FOUND' });
    await run('stopSharingDisputeForAdvice', { disputeId: c.disputeId, associationId: as.Q!.id }, 'A');
    expect(await readAs('Q')).toBe('NOT_FOUND');
    pairs += 5;
  });

  it('live updates: disputeUpdated over graphql-ws', async () => {
    const c = await setUp('mediation');
    const row = ROWS.find((r) => r.operation === 'disputeUpdated')!;
    const clients: Client[] = [];
    const received = {} as Record<Role, { updates: number; errors: string[]; ended: boolean }>;
    try {
      for (const who of ROLES) {
        const client = createClient({ url: api.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: as[who] ? { authorization: `Bearer ${as[who]!.token}` } : {}, retryAttempts: 0, lazy: true });
        clients.push(client);
        const state: { updates: number; errors: string[]; ended: boolean } = { updates: 0, errors: [], ended: false };
        received[who] = state;
        client.subscribe(
          { query: `subscription($id: ID!) { disputeUpdated(id: $id) { id version } }`, variables: { id: c.disputeId } },
          {
            next: (value) => (value.errors ? state.errors.push(...value.errors.map((e) => String(e.extensions?.code ?? e.message))) : state.updates++),
            error: (e) => state.errors.push(JSON.stringify(e).includes('NOT_FOUND') ? 'NOT_FOUND' : JSON.stringify(e)),
            complete: () => (state.ended = true),
          },
        );
      }
      // Every subscription established (the app's hub counts each allowed one listening) or refused
      // (its error received), as a loaded machine takes; one that never settles shows in the matrix below.
      const allowed = ROLES.filter((r) => row.cells[r] === 'ok').length;
      const hub = api.app.get(DisputeUpdatesHub);
      const settled = () => hub.watchers(c.disputeId) >= allowed && ROLES.every((r) => row.cells[r] === 'ok' || received[r].errors.length > 0 || received[r].ended);
      for (const deadline = Date.now() + 15_000; Date.now() < deadline && !settled(); ) await new Promise((r) => setTimeout(r, 10));
      await run('postMessage', { disputeId: c.disputeId, body: 'News for everyone who may read it' }, 'A');
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline && ROLES.some((r) => row.cells[r] === 'ok' && received[r].updates === 0)) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      const seen = Object.fromEntries(ROLES.map((r) => [r, received[r].updates > 0 && received[r].errors.length === 0 ? 'ok' : received[r].updates === 0 ? (received[r].errors[0] ?? 'nothing') : 'updates and errors']));
      for (const who of ROLES) {
        pairs++;
        results.add(`${row.cells[who]} → ${seen[who] === 'ok' ? 'OK' : seen[who]}`);
      }
      expect(seen).toEqual(Object.fromEntries(ROLES.map((r) => [r, row.cells[r] === 'ok' ? 'ok' : CODE[row.cells[r]]])));

      // A revoked mandate ends the association's subscription: it hears nothing after it.
      await run('revokeRepresentation', { disputeId: c.disputeId }, 'A');
      const before = received.P.updates;
      await run('postMessage', { disputeId: c.disputeId, body: 'After the mandate ended' }, 'A');
      const until = Date.now() + 3_000;
      while (Date.now() < until && received.A.updates < 3) await new Promise((r) => setTimeout(r, 20));
      expect(received.P.updates).toBe(before);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('a mediator sees only her body’s requests and caseloads; nobody else reads an intake queue', async () => {
    const c = await setUp('intake');
    const intakeOf = async (who: Role) => {
      const answer = await gql<{ mediationIntake: { edges: Array<{ node: { id: string } }> } }>(api.url, `{ mediationIntake(first: 100) { edges { node { id } } } }`, {}, { token: as[who]?.token });
      return outcomeOf(answer) === 'OK' ? answer.data!.mediationIntake.edges.map((e) => e.node.id).includes(c.disputeId) : outcomeOf(answer);
    };
    const seen = Object.fromEntries(await Promise.all(ROLES.map(async (who) => [who, await intakeOf(who)])));
    pairs += ROLES.length;
    expect(seen).toEqual({ anon: 'UNAUTHENTICATED', A: 'FORBIDDEN', B: 'FORBIDDEN', X: 'FORBIDDEN', Y: 'FORBIDDEN', M: true, N: false, P: 'FORBIDDEN', Q: 'FORBIDDEN', admin: true });
    const caseloads = async (who: Role) =>
      must(await gql<{ mediationBodies: Array<{ mediators: unknown[] | null }> }>(api.url, `{ mediationBodies { mediators { id } } }`, {}, { token: as[who]!.token }), 'bodies').mediationBodies.map((b) => b.mediators !== null);
    expect({ M: await caseloads('M'), N: await caseloads('N'), Y: await caseloads('Y'), admin: await caseloads('admin') }).toEqual({ M: [true], N: [false], Y: [false], admin: [true] });
    // Listed in her queue, the case is still not hers to read until she takes it.
    expect(outcomeOf(await gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id: c.disputeId }, { token: as.M!.token }))).toBe('NOT_FOUND');
  });

  it('a mediation body’s activity report (GraphQL and CSV): its mediators and the admin only', async () => {
    const year = new Date().getFullYear();
    const reportOf = async (who: Role) => outcomeOf(await gql(api.url, `query($bodyId: ID!, $year: Int!) { mediationBodyActivityReport(bodyId: $bodyId, year: $year) { received } }`, { bodyId: bodyOfY, year }, { token: as[who]?.token }));
    const csvOf = async (who: Role) => (await fetch(`${api.url.replace(/\/graphql$/, '')}/mediation-bodies/${bodyOfY}/activity-report.csv?year=${year}`, { headers: as[who] ? { authorization: `Bearer ${as[who]!.token}` } : {} })).status;
    const seen = Object.fromEntries(await Promise.all(ROLES.map(async (who) => [who, { graphql: await reportOf(who), csv: await csvOf(who) }])));
    pairs += 2 * ROLES.length;
    const refused = { graphql: 'FORBIDDEN', csv: 403 };
    const allowed = { graphql: 'OK', csv: 200 };
    expect(seen).toEqual({ anon: { graphql: 'UNAUTHENTICATED', csv: 401 }, A: refused, B: refused, X: refused, Y: refused, M: allowed, N: refused, P: refused, Q: refused, admin: allowed });
  });

  it('systemic problems: the mandated association sees the case in its groups, the other association nothing of it, every other role is refused', async () => {
    const c = await setUp('filed');
    const problemsOf = async (who: Role) =>
      gql<{ systemicProblems: { problems: Array<{ groupId: string; defect: string; merchant: { name: string } | null; disputeIds: string[] }> } }>(
        api.url,
        `{ systemicProblems { problems { groupId defect merchant { name } disputeIds } } }`,
        {},
        { token: as[who]?.token },
      );
    const groupsOf = async (who: Role) => {
      const answer = await problemsOf(who);
      return outcomeOf(answer) === 'OK' ? answer.data!.systemicProblems.problems.some((p) => p.disputeIds.includes(c.disputeId)) : outcomeOf(answer);
    };
    // The CSV names no id (a group by its number, a merchant by its name): look for the row of the
    // group that holds this case by what it says, its merchant's name and its defect.
    const group = must(await problemsOf('P'), 'groups').systemicProblems.problems.find((p) => p.disputeIds.includes(c.disputeId));
    expect(group).toBeDefined();
    const csvOf = async (who: Role) => {
      const answer = await fetch(`${api.url.replace(/\/graphql$/, '')}/association/systemic-problems.csv`, { headers: as[who] ? { authorization: `Bearer ${as[who]!.token}` } : {} });
      return answer.status === 200 ? (await answer.text()).split('\n').some((row) => row.includes(group!.defect) && row.includes(group!.merchant!.name)) : answer.status;
    };
    const seen = Object.fromEntries(await Promise.all(ROLES.map(async (who) => [who, { graphql: await groupsOf(who), csv: await csvOf(who) }])));
    pairs += 2 * ROLES.length;
    const refused = { graphql: 'FORBIDDEN', csv: 403 };
    expect(seen).toEqual({ anon: { graphql: 'UNAUTHENTICATED', csv: 401 }, A: refused, B: refused, X: refused, Y: refused, M: refused, N: refused, P: { graphql: true, csv: true }, Q: { graphql: false, csv: false }, admin: refused });
  });

  it('a party acting in its role at the wrong moment is told DOMAIN_RULE, never NOT_FOUND nor FORBIDDEN', async () => {
    const noMandate = await setUp('filed-no-mandate');
    const filed = await setUp('filed');
    const mediation = await setUp('admissible');
    const cases: Array<[string, Role, string, Record<string, unknown>]> = [
      ['revoke a mandate nobody holds', 'A', 'revokeRepresentation', { disputeId: noMandate.disputeId }],
      ['grant a second mandate', 'A', 'grantRepresentation', { disputeId: filed.disputeId, associationId: as.Q!.id }],
      ['escalate before the merchant had its chance', 'P', 'escalate', { disputeId: filed.disputeId }],
      ['rate an open dispute', 'A', 'leaveFeedback', { disputeId: filed.disputeId, rating: 3 }],
      ['confirm a remedy nobody agreed', 'P', 'confirmRemedy', { disputeId: filed.disputeId, fulfilled: true }],
      ['decide admissibility twice', 'M', 'decideAdmissibility', { disputeId: mediation.disputeId, admissible: true }],
      ['acknowledge during a mediation', 'X', 'acknowledgeClaim', { disputeId: mediation.disputeId }],
      ['assign a mediator with no mediation requested', 'admin', 'assignMediator', { disputeId: filed.disputeId, mediatorId: as.M!.id }],
    ];
    const seen = Object.fromEntries(await Promise.all(cases.map(async ([name, who, operation, input]) => [name, outcomeOf(await call(operation, input, who))])));
    pairs += cases.length;
    expect(seen).toEqual(Object.fromEntries(cases.map(([name]) => [name, 'DOMAIN_RULE'])));
  });

  it('an idempotency key answers its own party only: another party reusing it is refused, not told its command was done', async () => {
    const c = await setUp('merchant-offer');
    must(await call('postMessage', { disputeId: c.disputeId, body: 'With a key', commandId: 'key-of-X' }, 'X'), 'keyed message');
    const length = (await streamOf(api.database.url, c.disputeId)).length;
    const accept = await call('acceptOffer', { disputeId: c.disputeId, offerId: c.merchantOfferId, commandId: 'key-of-X' }, 'A');
    expect({ code: outcomeOf(accept), fields: (accept.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field) }).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.commandId'] });
    const retry = await call('postMessage', { disputeId: c.disputeId, body: 'With a key', commandId: 'key-of-X' }, 'X');
    expect(outcomeOf(retry)).toBe('OK');
    expect((await streamOf(api.database.url, c.disputeId)).length).toBe(length);
    pairs += 2;
  });

  it('an outsider learns nothing from expectedVersion or commandId: the answer is that of a missing dispute', async () => {
    const c = await setUp('filed');
    must(await call('postMessage', { disputeId: c.disputeId, body: 'A keyed message', commandId: 'probe-1' }, 'A'), 'keyed message');
    const missing = randomUUID();
    for (const who of ['B', 'Y', 'N', 'Q'] as const) {
      for (const options of [{ expectedVersion: 0 }, { expectedVersion: 99 }, { commandId: 'probe-1' }, { commandId: 'probe-2' }]) {
        const onReal = await call('postMessage', { disputeId: c.disputeId, body: 'probe', ...options }, who);
        const onMissing = await call('postMessage', { disputeId: missing, body: 'probe', ...options }, who);
        pairs++;
        expect({ who, options, code: outcomeOf(onReal), extensions: onReal.errors?.[0].extensions, message: onReal.errors?.[0].message }).toEqual({
          who,
          options,
          code: 'NOT_FOUND',
          extensions: onMissing.errors?.[0].extensions,
          message: onMissing.errors?.[0].message,
        });
      }
    }
    // A party out of its role is told so, whatever the version it sends.
    const stale = await call('rejectClaim', { disputeId: c.disputeId, reason: 'I refuse my own claim', expectedVersion: 0 }, 'A');
    expect({ code: outcomeOf(stale), errors: outcomeOf(stale) === 'FORBIDDEN' ? undefined : stale.errors }).toEqual({ code: 'FORBIDDEN', errors: undefined });
    expect((await streamOf(api.database.url, c.disputeId)).length).toBe(3);
  });
});
