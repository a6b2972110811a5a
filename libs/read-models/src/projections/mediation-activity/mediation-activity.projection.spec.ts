import { DisputeScript, dayAt } from '../../testing/dispute-script';
import { JOURNEYS, type Cast } from '../../testing/journeys';
import { admin, agent, claimOf, consumer, mediator } from '../../testing/parties';
import { catchUp, lastPositionOf, rowsOf, startTestKit, type TestKit } from '../../testing/test-kit';
import { mediationActivityProjection } from './mediation-activity.projection';

const F = '2025-03-03';
const cast: Cast = { consumerId: 'consumer-1', merchantId: 'm-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: F };
const court = [{ kind: 'COURT' as const, text: 'Tribunal judiciaire' }];

let kit: TestKit;

/** A claim refused by the merchant, taken to mediation on day 3 (to the body the API found, if given) and given to the mediator on day 4. */
async function mediationRequested(script: DisputeScript, mediationBodyId?: string): Promise<DisputeScript> {
  await script.do('FileClaim', dayAt(F, 0, '09:00'), consumer(), claimOf('m-1'));
  await script.do('RejectClaim', dayAt(F, 2), agent('m-1'), { reason: 'Misuse' });
  await script.do('RequestMediation', dayAt(F, 3), consumer(), mediationBodyId === undefined ? {} : { mediationBodyId });
  return script.do('AssignMediator', dayAt(F, 4), admin, { mediatorId: 'mediator-3' });
}

beforeAll(async () => {
  kit = await startTestKit('mediation_activity');
  const script = (id: string) => new DisputeScript(id, kit.store);
  const refused = await mediationRequested(script('refused'));
  await refused.do('DecideAdmissibility', dayAt(F, 5), mediator(), { admissible: false, reason: 'Already in court', nextSteps: court, ground: 'ALREADY_EXAMINED' });
  const settled = script('settled');
  await JOURNEYS.inMediation(settled, cast);
  await settled.do('AcceptSettlement', dayAt(F, 22), agent('m-1'), { settlementId: 's-1' });
  await settled.do('ConfirmRemedyFulfilled', dayAt(F, 40), consumer(), {});
  const extended = await mediationRequested(script('extended-unresolved'));
  await extended.do('DecideAdmissibility', dayAt(F, 5), mediator(), { admissible: true });
  await extended.do('ExtendMediation', dayAt(F, 80), mediator(), { reason: 'Expert report needed' });
  await extended.do('CloseDispute', dayAt(F, 120), mediator(), { outcome: 'UNRESOLVED', nextSteps: court });
  const withdrawn = await mediationRequested(script('withdrawn'), 'body-x');
  await withdrawn.do('WithdrawClaim', dayAt(F, 6), consumer(), {});
  const never = script('never-mediated');
  await JOURNEYS.resolvedByRepair(never, cast);
  await catchUp(kit.projector([mediationActivityProjection], { batchSize: 3 }), lastPositionOf([refused, settled, extended, withdrawn, never]));
});

afterAll(async () => kit?.close());

describe('mediation-activity projection', () => {
  it('keeps one row of facts per mediation request: its body as recorded, decision and ground, extension, the first ending, remedy carried out', async () => {
    const rows = await rowsOf(kit.pool, `SELECT * FROM read_models.mediation_requests ORDER BY dispute_id`);
    // A request recorded without its body (before it was recorded) keeps none: the report falls back to the merchant's body of today.
    const none = { body_id: null, decided_at: null, admissible: null, ground: null, extended_at: null, ended_at: null, outcome: null, carried_out_at: null };
    expect(rows).toEqual([
      { ...none, dispute_id: 'extended-unresolved', requested_at: dayAt(F, 3), decided_at: dayAt(F, 5), admissible: true, extended_at: dayAt(F, 80), ended_at: dayAt(F, 120), outcome: 'NOT_SETTLED' },
      // The closure that goes with a refusal is the refusal's, not an outcome.
      { ...none, dispute_id: 'refused', requested_at: dayAt(F, 3), decided_at: dayAt(F, 5), admissible: false, ground: 'ALREADY_EXAMINED' },
      // Agreed on the proposal; the later closure as resolved (remedy confirmed) is not another ending.
      { ...none, dispute_id: 'settled', requested_at: dayAt(F, 3), decided_at: dayAt(F, 5), admissible: true, ended_at: dayAt(F, 22), outcome: 'PROPOSAL_ACCEPTED', carried_out_at: dayAt(F, 40) },
      { ...none, dispute_id: 'withdrawn', body_id: 'body-x', requested_at: dayAt(F, 3), ended_at: dayAt(F, 6), outcome: 'WITHDRAWN' },
    ]);
  });
});
