import { ManualClock } from '@recours/clock';
import { must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';

type Dispute = { id: string; status: string; mediation: { inadmissibilityGround: string | null; settlements: Array<{ id: string }> } | null; timeline: Array<{ type: string; text: string }> };
const FIELDS = 'id status mediation { inadmissibilityGround settlements { id } } timeline { type text }';
const REPORT = `year received refused accepted completed averageDurationDays medianDurationDays extended carriedOut
  refusals { ground requests } outcomes { outcome mediations } months { month received refused accepted completed extended averageDurationDays }`;
type Figures = { received: number; refused: number; accepted: number; completed: number; averageDurationDays: number | null; extended: number };
type Report = Figures & { year: number; medianDurationDays: number | null; carriedOut: number; refusals: Array<{ ground: string | null; requests: number }>; outcomes: Array<{ outcome: string; mediations: number }>; months: Array<Figures & { month: number }> };

/** Splits RFC 4180 CSV text into rows of cells (quoted cells may hold the separator, quotes doubled); French files are separated by semicolons. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** The body's text, once checked that it starts with UTF-8's byte-order mark (what spreadsheets read the accents by). */
async function withoutBom(answer: Response): Promise<string> {
  const bytes = Buffer.from(await answer.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8');
}

/**
 * Issue 18 item 1: a mediation body's annual activity report (R614-2), from disputes played
 * through the real API on a manual clock, across a year boundary: a request made in December
 * 2025 and closed in January 2026 is received in 2025 and completed in 2026.
 */
describe('the annual activity report of a mediation body (R614-2)', () => {
  const clock = new ManualClock(new Date('2025-11-20T10:00:00Z'));
  let api: TestApp;
  let admin: Account, consumer: Account, mediator: Account, otherMediator: Account, merchant: Account, otherMerchant: Account;
  let base: string;
  const bodies: Record<string, string> = {};

  const send = (name: string, input: Record<string, unknown>, as: Account, inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`, selection = FIELDS) =>
    api.gql<Record<string, Dispute>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input }, as.token);
  const run = async (name: string, input: Record<string, unknown>, as: Account, inputType?: string) => must(await send(name, input, as, inputType), name)[name]!;
  const at = (instant: string) => clock.set(instant);
  /** Filed, refused by the merchant and taken to mediation at `on`, then taken by the body's mediator. */
  const mediation = async (on: string, against = merchant, by = mediator) => {
    at(on);
    const filed = await run('fileClaim', phoneClaim(against.merchantId as string), consumer);
    await run('rejectClaim', { disputeId: filed.id, reason: 'Out of warranty' }, against);
    await run('requestMediation', { disputeId: filed.id }, consumer);
    // The intake queue is a read model: on a loaded machine the request's answer may come before it
    // is projected (read-your-writes waits 5 s at most), and takeCase would not find it (CI, 2026-12-07).
    await api.projectionsCaughtUp();
    await run('takeCase', { disputeId: filed.id }, by);
    return filed.id;
  };
  const court = [{ kind: 'COURT', text: 'Tribunal judiciaire de Lyon' }];
  const report = (bodyId: string, year: number, as: Account | null) =>
    api.gql<{ mediationBodyActivityReport: Report }>(`query($bodyId: ID!, $year: Int!) { mediationBodyActivityReport(bodyId: $bodyId, year: $year) { ${REPORT} } }`, { bodyId, year }, as?.token);

  beforeAll(async () => {
    const quiet = { DEADLINES_INTERVAL_MS: '3600000', MEDIATION_INTAKE_ASSIGN: 'off' };
    ({ api, admin, consumer, mediator, otherMediator, merchant, otherMerchant } = await startWithCast(
      'mediation-activity-report',
      { admin: 'admin', consumer: ['consumer', 'Claire'], mediator: ['mediator', 'Médiatrice Une'], otherMediator: ['mediator', 'Médiateur Autre'], merchant: ['merchant', 'Électro Lyon'], otherMerchant: ['merchant', 'PhoneShop'] },
      quiet,
      { clock },
    ));
    base = api.url.replace(/\/graphql$/, '');
    for (const [key, name, member, designating] of [['body', 'Médiation Conso Rhône', mediator, merchant], ['other', 'Médiateur du e-commerce', otherMediator, otherMerchant]] as const) {
      bodies[key] = must(await send('createMediationBody', { name, sectors: ['électroménager'] }, admin, undefined, 'id'), 'create').createMediationBody!.id;
      must(await send('addBodyMediator', { bodyId: bodies[key], mediatorId: member.id }, admin, undefined, 'id'), 'add');
      must(await api.gql(`mutation($input: UpdateMerchantProfileInput!) { updateMerchantProfile(input: $input) { id } }`, { input: { mediationBodyId: bodies[key] } }, designating.token), 'designate');
    }

    // November 2025: two refusals (one on a ground of L612-2, one without), a settlement both sides accept after 10 days, a withdrawal after 2.
    const refusedOnGround = await mediation('2025-11-20T10:00:00Z');
    const refusedWithout = await mediation('2025-11-20T11:00:00Z');
    const settled = await mediation('2025-11-20T12:00:00Z');
    const withdrawn = await mediation('2025-11-25T12:00:00Z');
    at('2025-11-21T10:00:00Z');
    const refused = await run('decideAdmissibility', { disputeId: refusedOnGround, admissible: false, reason: 'Déjà devant le tribunal judiciaire', nextSteps: court, ground: 'ALREADY_EXAMINED' }, mediator);
    expect(refused.mediation!.inadmissibilityGround).toBe('ALREADY_EXAMINED');
    expect(refused.timeline.find((e) => e.type === 'MediationAdmissibilityDecided')!.text).toMatch(/inadmissible: Déjà devant le tribunal judiciaire\. Ground: already examined, or being examined, by another mediator or a court \(Article L612-2, 3°, of the French Consumer Code\)\.$/);
    await run('decideAdmissibility', { disputeId: refusedWithout, admissible: false, reason: 'Hors délai', nextSteps: court }, mediator);
    await run('decideAdmissibility', { disputeId: settled, admissible: true }, mediator);
    const proposed = await run('proposeSettlement', { disputeId: settled, remedy: 'REPAIR', daysToCarryOut: 20, terms: 'Batterie remplacée' }, mediator);
    at('2025-11-27T12:00:00Z');
    await run('withdrawClaim', { disputeId: withdrawn }, consumer);
    at('2025-11-30T12:00:00Z');
    await run('acceptSettlement', { disputeId: settled, settlementId: proposed.mediation!.settlements[0]!.id }, consumer, 'SettlementAnswerInput');
    await run('acceptSettlement', { disputeId: settled, settlementId: proposed.mediation!.settlements[0]!.id }, merchant, 'SettlementAnswerInput');

    // December: a request found admissible, extended (R612-5), closed unresolved on 14 January 2026, 30 days after it was made.
    const acrossTheYear = await mediation('2025-12-15T10:00:00Z');
    at('2025-12-16T10:00:00Z');
    await run('decideAdmissibility', { disputeId: acrossTheYear, admissible: true }, mediator);
    at('2025-12-20T10:00:00Z');
    await run('extendMediation', { disputeId: acrossTheYear, reason: 'Expertise du moteur nécessaire' }, mediator);
    at('2026-01-14T10:00:00Z');
    await run('closeDispute', { disputeId: acrossTheYear, outcome: 'UNRESOLVED', nextSteps: court }, mediator);

    // Another body's request counts in that body's report only.
    const elsewhere = await mediation('2025-11-22T10:00:00Z', otherMerchant, otherMediator);
    await run('decideAdmissibility', { disputeId: elsewhere, admissible: false, reason: 'Hors compétence', nextSteps: court, ground: 'OUTSIDE_COMPETENCE' }, otherMediator);
  });
  afterAll(() => api?.close());

  it('2025: requests received, refused per ground, accepted, outcomes and durations, extensions, month by month', async () => {
    const year = must(await report(bodies.body!, 2025, mediator), 'report').mediationBodyActivityReport;
    expect(year).toMatchObject({ year: 2025, received: 5, refused: 2, accepted: 2, completed: 2, averageDurationDays: 6, medianDurationDays: 6, extended: 1, carriedOut: 0 });
    expect(year.refusals).toEqual([
      { ground: 'NO_PRIOR_WRITTEN_COMPLAINT', requests: 0 },
      { ground: 'MANIFESTLY_UNFOUNDED_OR_ABUSIVE', requests: 0 },
      { ground: 'ALREADY_EXAMINED', requests: 1 },
      { ground: 'LODGED_AFTER_ONE_YEAR', requests: 0 },
      { ground: 'OUTSIDE_COMPETENCE', requests: 0 },
      { ground: null, requests: 1 },
    ]);
    expect(year.outcomes.filter((o) => o.mediations > 0)).toEqual([
      { outcome: 'PROPOSAL_ACCEPTED', mediations: 1 },
      { outcome: 'WITHDRAWN', mediations: 1 },
    ]);
    expect(year.months.map((m) => m.received)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1]);
    expect(year.months[11]).toEqual({ month: 12, received: 1, refused: 0, accepted: 1, completed: 0, extended: 1, averageDurationDays: null });
    expect(year.months[10]).toMatchObject({ month: 11, refused: 2, accepted: 1, completed: 2, averageDurationDays: 6 });
  });

  it('2026: the December request closed in January is completed in January, 30 days after it was made', async () => {
    const year = must(await report(bodies.body!, 2026, admin), 'report').mediationBodyActivityReport;
    expect(year).toMatchObject({ year: 2026, received: 0, refused: 0, accepted: 0, completed: 1, averageDurationDays: 30, medianDurationDays: 30, extended: 0 });
    expect(year.outcomes.find((o) => o.outcome === 'NOT_SETTLED')).toEqual({ outcome: 'NOT_SETTLED', mediations: 1 });
    expect(year.months[0]).toMatchObject({ month: 1, completed: 1, averageDurationDays: 30 });
    // The other body saw one refusal, outside its competence.
    const other = must(await report(bodies.other!, 2025, otherMediator), 'other').mediationBodyActivityReport;
    expect(other).toMatchObject({ received: 1, refused: 1, accepted: 0 });
    expect(other.refusals.find((r) => r.ground === 'OUTSIDE_COMPETENCE')!.requests).toBe(1);
  });

  it('is for the body’s mediators and the admin only; a wrong body or year is named', async () => {
    expect((await report(bodies.body!, 2025, otherMediator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(bodies.body!, 2025, consumer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(bodies.body!, 2025, merchant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(bodies.body!, 2025, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await report('00000000-0000-4000-8000-000000000000', 2025, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'bodyId' }] });
    expect((await report(bodies.body!, 1789, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'year' }] });
  });

  it('a ground only goes with a refusal, and only a ground of L612-2: named, nothing stored', async () => {
    const id = await mediation('2026-01-20T10:00:00Z');
    const admissibleWithGround = await send('decideAdmissibility', { disputeId: id, admissible: true, ground: 'OUTSIDE_COMPETENCE' }, mediator);
    expect(admissibleWithGround.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.ground' }] });
    const unknownGround = await send('decideAdmissibility', { disputeId: id, admissible: false, reason: 'x', nextSteps: court, ground: 'TOO_EXPENSIVE' }, mediator);
    expect(unknownGround.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const read = must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${FIELDS} } }`, { id }, mediator.token), 'read').dispute;
    expect(read.status).toBe('MEDIATION_REQUESTED');
    expect(read.timeline.some((e) => e.type === 'MediationAdmissibilityDecided')).toBe(false);
  });

  it('downloads the same figures as CSV, headers in the reader’s language, cells with commas quoted; refused as the query is', async () => {
    const csv = (headers: Record<string, string>, year = '2025', bodyId = bodies.body!) => fetch(`${base}/mediation-bodies/${bodyId}/activity-report.csv?year=${year}`, { headers });
    const fr = await csv({ authorization: `Bearer ${mediator.token}`, 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(fr.headers.get('content-disposition')).toMatch(/^attachment; filename="?rapport-activite-2025\.csv"?$/);
    const text = await withoutBom(fr);
    // Semicolons between cells, as French Excel reads them: a header holding commas is one cell as it is.
    expect(text).toContain(';Refusées\u202f: litige déjà examiné, ou en cours d’examen, par un autre médiateur ou un tribunal (article L612-2, 3°, du Code de la consommation);');
    const [header, ...rows] = parseCsv(text.trim(), ';');
    expect(header!.slice(0, 3)).toEqual(['Mois', 'Demandes reçues', 'Refusées']);
    expect(rows).toHaveLength(13);
    const column = (name: string) => header!.indexOf(name);
    const november = rows[10]!;
    expect(november[0]).toBe('2025-11');
    expect([november[column('Demandes reçues')], november[column('Refusées')], november[column('Acceptées')], november[column('Médiations terminées')], november[column('Durée moyenne (jours)')]]).toEqual(['4', '2', '1', '2', '6']);
    expect(november[column('Refusées\u202f: motif non précisé')]).toBe('1');
    const total = rows[12]!;
    expect(total[0]).toBe('Année 2025');
    expect([total[column('Demandes reçues')], total[column('Prolongées pour litige complexe (article R612-5 du Code de la consommation)')], total[column('Durée médiane (jours)')]]).toEqual(['5', '1', '6']);
    expect(rows[0]![column('Durée moyenne (jours)')]).toBe(''); // nothing to average in January

    const en = parseCsv((await withoutBom(await csv({ authorization: `Bearer ${admin.token}`, 'accept-language': 'en' }, '2026'))).trim());
    expect(en[0]!.slice(0, 3)).toEqual(['Month', 'Requests received', 'Refused']);
    expect(en[13]![0]).toBe('Year 2026');
    expect(en[13]![en[0]!.indexOf('Outcome: not settled')]).toBe('1');

    expect((await csv({})).status).toBe(401);
    expect((await csv({ authorization: `Bearer ${otherMediator.token}` })).status).toBe(403);
    expect((await csv({ authorization: `Bearer ${admin.token}` }, 'soon')).status).toBe(400);
    expect((await csv({ authorization: `Bearer ${admin.token}` }, '2025', 'not-a-body')).status).toBe(400);
  });
});
