import { MerchantScorecards } from '../../queries/merchant-scorecard.query';
import { DisputeScript } from '../../testing/dispute-script';
import { JOURNEYS, type Cast } from '../../testing/journeys';
import { agent, claimOf, consumer, mediator } from '../../testing/parties';
import { catchUp, lastPositionOf, rowsOf, startTestKit, type TestKit } from '../../testing/test-kit';
import { ACCOUNT_EMAIL_VERIFIED, accountStreamId } from '@recours/disputes';
import { merchantScorecardProjection } from './merchant-scorecard.projection';
import { recomputeStatistics } from '../../statistics/recompute-statistics';
import type { ClaimFacts } from './claim-facts';

/* Six claims against merchant m-1, all filed 2025-03-03 09:00 UTC (first answer due before 03-14 00:00), one against m-2. */
const cast = (consumerId: string, merchantId = 'm-1'): Cast => ({ consumerId, merchantId, mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit('merchant_scorecard');
  const script = (id: string) => new DisputeScript(id, kit.store);
  const resolved = script('c1-resolved');
  await JOURNEYS.resolvedByRepair(resolved, cast('consumer-1'));
  const mediated = script('c2-mediated');
  await JOURNEYS.inMediation(mediated, cast('consumer-2'));
  await mediated.do('CloseDispute', '2025-03-30T10:00:00.000Z', mediator(), { outcome: 'UNRESOLVED', nextSteps: [{ kind: 'SMALL_CLAIMS', text: 'Tribunal judiciaire' }] });
  await mediated.do('GiveFeedback', '2025-03-31T10:00:00.000Z', consumer('consumer-2'), { rating: 2 });
  const silent = script('c3-silent');
  await JOURNEYS.silentMerchant(silent, cast('consumer-3'));
  const withdrawn = script('c4-withdrawn');
  await JOURNEYS.withdrawn(withdrawn, cast('consumer-4'));
  const agreed = script('c5-agreed');
  await JOURNEYS.agreedRepair(agreed, cast('consumer-5'));
  const late = script('c6-late');
  await late.do('FileClaim', '2025-03-03T09:00:00.000Z', consumer('consumer-6'), claimOf('m-1'));
  await late.do('MakeOffer', '2025-03-18T10:00:00.000Z', agent('m-1'), { offerId: 'o-1', remedy: 'REPLACEMENT', daysToCarryOut: 20 });
  const elsewhere = script('other-merchant');
  await JOURNEYS.resolvedByRepair(elsewhere, cast('consumer-7', 'm-2'));
  // Merchant m-3: a claim withdrawn an hour after filing, rated 1; one acknowledged, rated 5 by
  // a consumer who then confirmed her address (an event in her account's stream).
  const early = script('c7-withdrawn-early');
  await early.do('FileClaim', '2025-03-03T09:00:00.000Z', consumer('consumer-8'), claimOf('m-3'));
  await early.do('WithdrawClaim', '2025-03-03T10:00:00.000Z', consumer('consumer-8'), {});
  await early.do('GiveFeedback', '2025-03-03T11:00:00.000Z', consumer('consumer-8'), { rating: 1 });
  const heard = script('c8-acknowledged');
  await JOURNEYS.resolvedByRepair(heard, cast('consumer-9', 'm-3'));
  await kit.store.appendToStream(accountStreamId('consumer-9'), [{ type: ACCOUNT_EMAIL_VERIFIED, data: { accountId: 'consumer-9', at: '2025-03-03T12:00:00.000Z' } }]);
  // Merchant m-5: both claims acknowledged; rated 5 by a consumer who had confirmed her address
  // before (on filing day, 12:00), and 1 by one who confirmed hers only after rating.
  const confirmedFirst = script('c10-confirmed-first');
  await kit.store.appendToStream(accountStreamId('consumer-11'), [{ type: ACCOUNT_EMAIL_VERIFIED, data: { accountId: 'consumer-11', at: '2025-03-03T12:00:00.000Z' } }]);
  await JOURNEYS.resolvedByRepair(confirmedFirst, cast('consumer-11', 'm-5'));
  const confirmedAfter = script('c11-confirmed-after');
  await confirmedAfter.do('FileClaim', '2025-03-03T09:00:00.000Z', consumer('consumer-12'), claimOf('m-5'));
  await confirmedAfter.do('AcknowledgeClaim', '2025-03-04T10:00:00.000Z', agent('m-5'), {});
  await confirmedAfter.do('WithdrawClaim', '2025-03-05T10:00:00.000Z', consumer('consumer-12'), {});
  await confirmedAfter.do('GiveFeedback', '2025-03-05T11:00:00.000Z', consumer('consumer-12'), { rating: 1 });
  await kit.store.appendToStream(accountStreamId('consumer-12'), [{ type: ACCOUNT_EMAIL_VERIFIED, data: { accountId: 'consumer-12', at: '2025-03-20T10:00:00.000Z' } }]);
  const marker = script('c9-last');
  await marker.do('FileClaim', '2025-03-03T09:00:00.000Z', consumer('consumer-10'), claimOf('m-4'));
  await catchUp(kit.projector([merchantScorecardProjection], { batchSize: 5 }), lastPositionOf([resolved, mediated, silent, withdrawn, agreed, late, elsewhere, early, heard, confirmedFirst, confirmedAfter, marker]));
});

afterAll(async () => kit?.close());

const facts = (dispute_id: string, over: Record<string, unknown>) => ({
  dispute_id,
  merchant_id: 'm-1',
  filed_at: '2025-03-03T09:00:00.000Z',
  response_due_at: '2025-03-13T23:00:00.000Z',
  first_response_at: null,
  answered_at: null,
  mediation_requested_at: null,
  outcome: null,
  rating: null,
  ...over,
});

describe('merchant-scorecard projection', () => {
  it('keeps the facts of each claim: first response, first answer, mediation, outcome, rating', async () => {
    const columns = 'dispute_id, merchant_id, filed_at, response_due_at, first_response_at, answered_at, mediation_requested_at, outcome, rating';
    expect(await rowsOf(kit.pool, `SELECT ${columns} FROM read_models.merchant_claims WHERE merchant_id = 'm-1' ORDER BY dispute_id`)).toEqual([
      // Acknowledged on 03-04 (a response, not an answer), offer on 03-05.
      facts('c1-resolved', { first_response_at: '2025-03-04T10:00:00.000Z', answered_at: '2025-03-05T10:00:00.000Z', outcome: 'RESOLVED', rating: 5 }),
      facts('c2-mediated', { first_response_at: '2025-03-05T10:00:00.000Z', answered_at: '2025-03-05T10:00:00.000Z', mediation_requested_at: '2025-03-06T10:00:00.000Z', outcome: 'UNRESOLVED', rating: 2 }),
      facts('c3-silent', { mediation_requested_at: '2025-03-14T10:00:00.000Z' }),
      facts('c4-withdrawn', { first_response_at: '2025-03-04T10:00:00.000Z', outcome: 'WITHDRAWN' }),
      facts('c5-agreed', { first_response_at: '2025-03-07T10:00:00.000Z', answered_at: '2025-03-07T10:00:00.000Z' }),
      facts('c6-late', { first_response_at: '2025-03-18T10:00:00.000Z', answered_at: '2025-03-18T10:00:00.000Z' }),
    ]);
  });

  it('computes the public scorecard from them', async () => {
    expect(await new MerchantScorecards(kit.dataSource).forMerchant('m-1', { now: new Date('2025-04-10T00:00:00Z') })).toEqual({
      merchantId: 'm-1',
      claimsReceived: 6,
      // c1, c2 and c5 answered before 03-14; c6 late; c3 and c4 never answered.
      answeredInTimeShare: 3 / 6,
      // First responses after 25 h, 25 h, 49 h, 97 h and 361 h.
      medianFirstResponseSeconds: 49 * 3600,
      // Closed: c1 resolved, c2 unresolved; the withdrawn claim does not count.
      resolutionRate: 1 / 2,
      mediationShare: 2 / 6,
      averageRating: 3.5,
      ratings: 2,
      // Neither rater confirmed her address: both weigh a quarter, so the average is the same.
      ratingsSetAside: 0,
      answeredInTimeBasis: 6,
      firstResponseBasis: 5,
      resolutionBasis: 2,
    });
  });

  it('keeps who filed, when a claim was withdrawn and rated', async () => {
    const rows = await rowsOf(kit.pool, `SELECT dispute_id, consumer_id, withdrawn_at IS NOT NULL AS withdrawn, rated_at FROM read_models.merchant_claims WHERE dispute_id IN ('c2-mediated', 'c4-withdrawn') ORDER BY dispute_id`);
    expect(rows).toEqual([
      { dispute_id: 'c2-mediated', consumer_id: 'consumer-2', withdrawn: false, rated_at: '2025-03-31T10:00:00.000Z' },
      { dispute_id: 'c4-withdrawn', consumer_id: 'consumer-4', withdrawn: true, rated_at: null },
    ]);
  });

  it('weighs a rating in full once its author confirmed her address (an event) and the claim was acknowledged; sets aside one on a claim withdrawn unanswered', async () => {
    const card = await new MerchantScorecards(kit.dataSource).forMerchant('m-3', { now: new Date('2025-04-10T00:00:00Z') });
    expect(card).toMatchObject({ claimsReceived: 2, averageRating: 5, ratings: 1, ratingsSetAside: 1, answeredInTimeBasis: 1 });
  });

  it('weighs a rating by the address confirmation as it stood when she rated: confirming later does not move the average', async () => {
    // 5 in full, 1 a quarter: (5 + 0.25) / 1.25. Re-weighed by the later confirmation, it was (5 + 1) / 2 = 3,
    // which told the merchant (who knows both ratings, and that it acknowledged both claims) that she confirmed her address.
    const card = await new MerchantScorecards(kit.dataSource).forMerchant('m-5', { now: new Date('2025-04-10T00:00:00Z') });
    expect(card).toMatchObject({ ratings: 2, ratingsSetAside: 0 });
    expect(card.averageRating).toBeCloseTo(4.2, 10);
    // stats:verify's recount from the log applies the same rule.
    const claims = await rowsOf(kit.pool, `SELECT to_json(c) AS facts FROM read_models.merchant_claims c WHERE merchant_id = 'm-5'`);
    const confirmations = new Map([['consumer-11', '2025-03-03T12:00:00.000Z'], ['consumer-12', '2025-03-20T10:00:00.000Z']]);
    const [recounted] = recomputeStatistics(claims.map((row) => (row as unknown as { facts: ClaimFacts }).facts), confirmations, new Date('2025-04-10T00:00:00Z'));
    expect(recounted.averageRating).toBeCloseTo(4.2, 10);
  });

  it('counts a claim left unanswered only once its response period is over', async () => {
    const scorecards = new MerchantScorecards(kit.dataSource);
    // Just before the deadline (midnight in Paris after 13 March, 23:00 UTC) the silent and withdrawn claims are not yet held against the merchant.
    expect((await scorecards.forMerchant('m-1', { now: new Date('2025-03-13T22:59:59.999Z') })).answeredInTimeShare).toBe(3 / 4);
    expect((await scorecards.forMerchant('m-1', { now: new Date('2025-03-13T23:00:00.000Z') })).answeredInTimeShare).toBe(3 / 6); // midnight in Paris
  });

  it('answers with nothing to count for a merchant without claims', async () => {
    expect(await new MerchantScorecards(kit.dataSource).forMerchant('m-404', { now: new Date() })).toEqual({
      merchantId: 'm-404',
      claimsReceived: 0,
      answeredInTimeShare: null,
      medianFirstResponseSeconds: null,
      resolutionRate: null,
      mediationShare: null,
      averageRating: null,
      ratings: 0,
      ratingsSetAside: 0,
      answeredInTimeBasis: 0,
      firstResponseBasis: 0,
      resolutionBasis: 0,
    });
  });
});
