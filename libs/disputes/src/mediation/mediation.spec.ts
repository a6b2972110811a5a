import { deriveStatus } from '../status';
import { periodOfDays } from '../values/instant';
import { DEFAULT_SETTLEMENT_ANSWER_DAYS } from './settlement-answer-period';
import { whoseTurn } from '../turn';
import { admin, agent, association, consumer, mediator, otherMediator, system } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import {
  admissible,
  claimFiled,
  claimRejected,
  inMediation,
  mediationRequested,
  mediatorAssigned,
  merchantOffer,
  offerAccepted,
  representationGranted,
  settlementProposed,
} from '../testing/moments';

const requested = [claimFiled(), claimRejected(), mediationRequested()];
const assigned = [...requested, mediatorAssigned()];
const court = [{ kind: 'COURT' as const, text: 'Tribunal judiciaire de Paris, procédure simplifiée' }];
const settlementAccepted = (at: string, side: 'CONSUMER' | 'MERCHANT', by = side === 'CONSUMER' ? consumer : agent) =>
  event('SettlementAccepted', { ...ctx(at, by), settlementId: 'settlement-1', side, agreementReached: false });
const failedAfterAgreement = [
  ...inMediation(),
  settlementProposed(),
  settlementAccepted(day(7), 'CONSUMER'),
  event('SettlementAccepted', { ...ctx(day(8), agent), settlementId: 'settlement-1', side: 'MERCHANT', agreementReached: true, remedyDueOn: '2025-03-25', remedyDueAt: '2025-03-25T23:00:00.000Z' }),
  event('RemedyFailed', { ...ctx(day(30), consumer), remedy: 'PRICE_REDUCTION', source: 'SETTLEMENT', sourceId: 'settlement-1', failure: 'NOT_CARRIED_OUT', description: 'Never paid', remediesAvailable: ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], merchantResponseDueAt: dayStart(41) }),
];

describe('RequestMediation', () => {
  it('after the merchant refused in writing; admissibility is due three weeks later (L612-2)', () => {
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', day(3), consumer, {})).then([mediationRequested(day(3))]);
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', day(3), consumer, {})).thenState((s) => {
      expect([deriveStatus(s), whoseTurn(s)]).toEqual(['MEDIATION_REQUESTED', 'ADMIN']);
    });
  });

  it('records the mediation body the request goes to, as the API found it when the request was made; a request recorded without one has none', () => {
    const withBody = { ...mediationRequested(day(3)), data: { ...mediationRequested(day(3)).data, mediationBodyId: 'body-x' } };
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', day(3), consumer, { mediationBodyId: 'body-x' })).then([withBody]);
    given([claimFiled(), claimRejected()])
      .when(command('RequestMediation', day(3), consumer, { mediationBodyId: 'body-x' }))
      .thenState((s) => expect(s.filed && s.mediation?.bodyId).toBe('body-x'));
    // Recorded before the body was: no body in the state, and none is made up (the API reads today's designation).
    const before = stateOf([claimFiled(), claimRejected(), mediationRequested(day(3))]);
    expect(before.filed && before.mediation).not.toHaveProperty('bodyId');
  });

  it('after the merchant’s silence past its response period', () => {
    given([claimFiled(), event('MerchantResponseOverdue', { ...ctx(dayStart(11), system), dueAt: dayStart(11) })])
      .when(command('RequestMediation', day(11), consumer, { summary: 'No answer in 10 days' }))
      .then([{ ...mediationRequested(day(11)), data: { ...mediationRequested(day(11)).data, summary: 'No answer in 10 days' } }]);
  });

  it('after an offer was refused, or left to lapse', () => {
    given([claimFiled(), merchantOffer(day(1)), event('OfferRejected', { ...ctx(day(2), consumer), offerId: 'offer-1', reason: 'no', merchantResponseDueAt: dayStart(13) })])
      .when(command('RequestMediation', day(3), consumer, {}))
      .then([mediationRequested(day(3))]);
    given([claimFiled(), merchantOffer(day(1)), event('OfferExpired', { ...ctx(dayStart(16), system), offerId: 'offer-1', expiresAt: dayStart(16) })])
      .when(command('RequestMediation', day(16), consumer, {}))
      .then([mediationRequested(day(16))]);
  });

  it('is too early while the merchant has not had its chance in writing', () => {
    given([claimFiled()]).when(command('RequestMediation', day(1), consumer, {})).thenFails('MEDIATION_TOO_EARLY');
    given([claimFiled(), event('ClaimAcknowledged', ctx(day(1), agent))]).when(command('RequestMediation', day(2), consumer, {})).thenFails('MEDIATION_TOO_EARLY');
    given([claimFiled(), merchantOffer(day(1))]).when(command('RequestMediation', day(2), consumer, {})).thenFails('MEDIATION_TOO_EARLY');
  });

  it('within one year of the written claim (L612-2), a day in Europe/Paris', () => {
    // 3 March 2026 ends at 23:00 UTC in Paris (UTC+1 in winter).
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', '2026-03-03T22:59:00.000Z', consumer, {})).then([mediationRequested('2026-03-03T22:59:00.000Z')]);
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', '2026-03-03T23:00:00.000Z', consumer, {})).thenFails('MEDIATION_TIME_BARRED');
  });

  it('counts the year from an earlier written complaint to the merchant', () => {
    const earlier = [claimFiled({ priorWrittenComplaintOn: '2025-02-15' }), claimRejected()];
    given(earlier).when(command('RequestMediation', '2026-02-16T08:00:00.000Z', consumer, {})).thenFails('MEDIATION_TIME_BARRED');
    given(earlier)
      .when(command('RequestMediation', day(3), consumer, {}))
      .then([{ ...mediationRequested(day(3)), data: { ...mediationRequested(day(3)).data, writtenClaimOn: '2025-02-15', timeBarredAfter: '2026-02-15' } }]);
  });

  it('once per dispute', () => {
    given(requested).when(command('RequestMediation', day(4), consumer, {})).thenFails('MEDIATION_ALREADY_REQUESTED');
    given(failedAfterAgreement).when(command('RequestMediation', day(31), consumer, {})).thenFails('MEDIATION_ALREADY_REQUESTED');
  });

  it('not while an agreed remedy is carried out', () => {
    given([claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]).when(command('RequestMediation', day(3), consumer, {})).thenFails('AGREEMENT_PENDING');
  });

  it('by the consumer’s side only', () => {
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', day(3), agent, {})).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled(), representationGranted(), claimRejected()])
      .when(command('RequestMediation', day(3), association, {}))
      .then([{ ...mediationRequested(day(3)), data: { ...mediationRequested(day(3)).data, ...ctx(day(3), association) } }]);
    given([claimFiled(), claimRejected()]).when(command('RequestMediation', day(3), consumer, { summary: 'x'.repeat(5001) })).thenFails('INVALID_INPUT', 'summary');
  });
});

describe('AssignMediator', () => {
  it('gives a requested mediation its mediator, whose turn it becomes', () => {
    given(requested).when(command('AssignMediator', day(4), admin, { mediatorId: mediator.id })).then([mediatorAssigned(day(4))]);
    given(requested).when(command('AssignMediator', day(4), admin, { mediatorId: mediator.id })).thenState((s) => expect(whoseTurn(s)).toBe('MEDIATOR'));
  });

  it('replaces the mediator, who then loses access', () => {
    given(assigned)
      .when(command('AssignMediator', day(5), admin, { mediatorId: otherMediator.id }))
      .then([event('MediatorAssigned', { ...ctx(day(5), admin), mediatorId: otherMediator.id, replacedMediatorId: mediator.id })]);
    given([...assigned, event('MediatorAssigned', { ...ctx(day(5), admin), mediatorId: otherMediator.id, replacedMediatorId: mediator.id })])
      .when(command('PostMessage', day(6), mediator, { messageId: 'm', body: 'hello' }))
      .thenFails('NOT_A_PARTY');
  });

  it('only to a requested mediation still running', () => {
    given([claimFiled()]).when(command('AssignMediator', day(1), admin, { mediatorId: mediator.id })).thenFails('MEDIATION_NOT_REQUESTED');
    given(failedAfterAgreement).when(command('AssignMediator', day(31), admin, { mediatorId: otherMediator.id })).thenFails('NOT_IN_MEDIATION');
    given(assigned).when(command('AssignMediator', day(5), admin, { mediatorId: mediator.id })).thenFails('MEDIATOR_ALREADY_ASSIGNED');
  });

  it('by the platform admin', () => {
    given(requested).when(command('AssignMediator', day(4), consumer, { mediatorId: mediator.id })).thenFails('ROLE_NOT_ALLOWED');
    given(requested).when(command('AssignMediator', day(4), admin, { mediatorId: 'a b' })).thenFails('INVALID_INPUT', 'mediatorId');
  });
});

describe('DecideAdmissibility', () => {
  it('admissible: the outcome is due 90 days after the complete file, the request of day 3 (R612-2, R612-5)', () => {
    given(assigned).when(command('DecideAdmissibility', day(5), mediator, { admissible: true })).then([admissible(day(5), day(3))]);
    given(assigned)
      .when(command('DecideAdmissibility', day(5), mediator, { admissible: true, reason: 'Complete file' }))
      .thenState((s) => {
        expect(deriveStatus(s)).toBe('IN_MEDIATION');
        expect(s.filed && [s.mediation!.fileCompletedAt, s.mediation!.outcomeDueAt, s.mediation!.admissibilityReason]).toEqual([day(3), '2025-06-04T22:00:00.000Z', 'Complete file']);
      });
  });

  it('inadmissible: the dispute ends unresolved, telling the consumer where to go next', () => {
    given(assigned)
      .when(command('DecideAdmissibility', day(5), mediator, { admissible: false, reason: 'Already before a court', nextSteps: court }))
      .then([
        event('MediationAdmissibilityDecided', { ...ctx(day(5), mediator), admissible: false, reason: 'Already before a court' }),
        event('DisputeClosed', { ...ctx(day(5), mediator), outcome: 'UNRESOLVED', nextSteps: court, summary: 'Already before a court' }),
      ]);
    given(assigned)
      .when(command('DecideAdmissibility', day(5), mediator, { admissible: false, reason: 'Already before a court', nextSteps: court }))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.mediation!.stage]).toEqual(['UNRESOLVED', 'INADMISSIBLE']));
  });

  it('inadmissible on a ground of L612-2: the event and the state name it', () => {
    const refusal = { admissible: false, reason: 'Filed 14 months after the complaint', nextSteps: court, ground: 'LODGED_AFTER_ONE_YEAR' } as const;
    given(assigned)
      .when(command('DecideAdmissibility', day(5), mediator, refusal))
      .then([
        event('MediationAdmissibilityDecided', { ...ctx(day(5), mediator), admissible: false, reason: refusal.reason, ground: 'LODGED_AFTER_ONE_YEAR' }),
        event('DisputeClosed', { ...ctx(day(5), mediator), outcome: 'UNRESOLVED', nextSteps: court, summary: refusal.reason }),
      ]);
    given(assigned)
      .when(command('DecideAdmissibility', day(5), mediator, refusal))
      .thenState((s) => expect(s.filed && [s.mediation!.stage, s.mediation!.inadmissibilityGround]).toEqual(['INADMISSIBLE', 'LODGED_AFTER_ONE_YEAR']));
  });

  it('reads a refusal recorded before grounds existed: no ground', () => {
    const s = stateOf([...assigned, event('MediationAdmissibilityDecided', { ...ctx(day(5), mediator), admissible: false, reason: 'Already before a court' })]);
    expect(s.filed && [s.mediation!.stage, s.mediation!.admissibilityReason, s.mediation!.inadmissibilityGround]).toEqual(['INADMISSIBLE', 'Already before a court', undefined]);
  });

  it('is decided once, by the assigned mediator, while the mediation runs', () => {
    given([...assigned, admissible()]).when(command('DecideAdmissibility', day(6), mediator, { admissible: true })).thenFails('ADMISSIBILITY_ALREADY_DECIDED');
    given(assigned).when(command('DecideAdmissibility', day(5), otherMediator, { admissible: true })).thenFails('NOT_A_PARTY');
    given(assigned).when(command('DecideAdmissibility', day(5), admin, { admissible: true })).thenFails('ROLE_NOT_ALLOWED');
    given(failedAfterAgreement).when(command('DecideAdmissibility', day(31), mediator, { admissible: true })).thenFails('NOT_IN_MEDIATION');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no decision', {}, 'admissible'],
    ['a decision as text', { admissible: 'yes' }, 'admissible'],
    ['next steps for an admissible request', { admissible: true, nextSteps: court }, 'nextSteps'],
    ['an inadmissible request without reason', { admissible: false, nextSteps: court }, 'reason'],
    ['a blank reason', { admissible: false, reason: ' ', nextSteps: court }, 'reason'],
    ['an inadmissible request without next steps', { admissible: false, reason: 'late' }, 'nextSteps'],
    ['an empty list of next steps', { admissible: false, reason: 'late', nextSteps: [] }, 'nextSteps'],
    ['too many next steps', { admissible: false, reason: 'late', nextSteps: Array(6).fill(court[0]) }, 'nextSteps'],
    ['an unknown next step', { admissible: false, reason: 'late', nextSteps: [{ kind: 'PRAY', text: 'x' }] }, 'nextSteps[0].kind'],
    ['a next step without text', { admissible: false, reason: 'late', nextSteps: [{ kind: 'COURT' }] }, 'nextSteps[0].text'],
    ['a next step that is not an object', { admissible: false, reason: 'late', nextSteps: ['COURT'] }, 'nextSteps[0]'],
    ['a ground for an admissible request', { admissible: true, ground: 'OUTSIDE_COMPETENCE' }, 'ground'],
    ['a ground L612-2 does not list', { admissible: false, reason: 'late', nextSteps: court, ground: 'TOO_EXPENSIVE' }, 'ground'],
  ])('refuses %s', (_case, payload, field) => {
    given(assigned).when(command('DecideAdmissibility', day(5), mediator, payload as never)).thenFails('INVALID_INPUT', field);
  });
});

/** The default answer period (R612-4) of a proposal made at `at`: 15 days, Paris days. */
const answerBy = (at: string) => {
  const p = periodOfDays(at, DEFAULT_SETTLEMENT_ANSWER_DAYS);
  return { answerDueOn: p.dueOn, answerDueAt: p.dueAt };
};

describe('ProposeSettlement', () => {
  const propose = (at = day(6), settlementId = 'settlement-1', extra = {}) =>
    command('ProposeSettlement', at, mediator, {
      settlementId,
      remedy: 'PRICE_REDUCTION',
      amount: { amount: '150.00', currency: 'EUR' },
      daysToCarryOut: 14,
      terms: 'The merchant refunds 150 EUR; the consumer keeps the machine',
      ...extra,
    });

  it('a refund or a price reduction the mediator proposes is at most the price paid (journeys review: 99 999 € was proposed on a 649 € machine)', () => {
    given(inMediation()).when(propose(day(6), 'settlement-1', { remedy: 'REFUND', amount: { amount: '99999.00', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
    given(inMediation()).when(propose(day(6), 'settlement-1', { amount: { amount: '650.00', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
  });

  it('puts the mediator’s proposal to both sides', () => {
    given(inMediation()).when(propose()).then([settlementProposed(day(6), 'settlement-1', answerBy(day(6)))]);
    given(inMediation()).when(propose()).thenState((s) => expect(whoseTurn(s)).toBe('BOTH'));
  });

  it('replaces a pending proposal', () => {
    given([...inMediation(), settlementProposed()])
      .when(propose(day(7), 'settlement-2', { amount: { amount: '200.00', currency: 'EUR' } }))
      .then([settlementProposed(day(7), 'settlement-2', { amount: { amount: '200.00', currency: 'EUR' }, replacesSettlementId: 'settlement-1', ...answerBy(day(7)) })]);
    given([...inMediation(), settlementProposed()])
      .when(propose(day(7), 'settlement-2'))
      .thenState((s) => expect(s.filed && s.mediation!.settlements.map((x) => x.status)).toEqual(['SUPERSEDED', 'PROPOSED']));
  });

  it('after a refused proposal, proposes afresh', () => {
    given([...inMediation(), settlementProposed(), event('SettlementRejected', { ...ctx(day(7), agent), settlementId: 'settlement-1', side: 'MERCHANT', reason: 'too much' })])
      .when(propose(day(8), 'settlement-2', { remedy: 'REPAIR', amount: undefined, daysToCarryOut: undefined, terms: 'Free repair' }))
      .then([event('SettlementProposed', { ...ctx(day(8), mediator), settlementId: 'settlement-2', remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Free repair', ...answerBy(day(8)) })]);
  });

  it('only once the request is admissible', () => {
    given(assigned).when(propose(day(5))).thenFails('ADMISSIBILITY_NOT_DECIDED');
    given([claimFiled()]).when(propose(day(5))).thenFails('NOT_A_PARTY');
  });

  it('with its own id and terms that respect the dispute’s rules', () => {
    given([...inMediation(), settlementProposed()]).when(propose(day(7))).thenFails('DUPLICATE_SETTLEMENT');
    given(inMediation()).when(propose(day(6), 's', { amount: undefined })).thenFails('INVALID_INPUT', 'amount');
    given(inMediation()).when(propose(day(6), 's', { remedy: 'REPLACEMENT', amount: undefined, daysToCarryOut: 45 })).thenFails('REMEDY_PERIOD_TOO_LONG', 'daysToCarryOut');
    // Review of the journeys, findings 3 and 4: a settlement of 0,00 €, or a priced repair, was proposed.
    given(inMediation()).when(propose(day(6), 's', { remedy: 'REFUND', amount: { amount: '0', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount.amount');
    given(inMediation()).when(propose(day(6), 's', { remedy: 'REPAIR', amount: { amount: '10.00', currency: 'EUR' } })).thenFails('INVALID_INPUT', 'amount');
    given(inMediation()).when(propose(day(6), 's', { terms: '' })).thenFails('INVALID_INPUT', 'terms');
    given(inMediation()).when(propose(day(6), '')).thenFails('INVALID_INPUT', 'settlementId');
  });

  it('by the mediator only', () => {
    given(inMediation()).when({ ...propose(), actor: consumer }).thenFails('ROLE_NOT_ALLOWED');
  });
});

describe('AcceptSettlement', () => {
  const proposed = [...inMediation(), merchantOffer(day(5, '12:00'), 'offer-9'), settlementProposed()];
  const accept = (at: string, actor = consumer, settlementId = 'settlement-1') => command('AcceptSettlement', at, actor, { settlementId });

  it('one side’s acceptance waits for the other’s', () => {
    given(proposed).when(accept(day(7))).then([settlementAccepted(day(7), 'CONSUMER')]);
    given(proposed).when(accept(day(7))).thenState((s) => expect([deriveStatus(s), whoseTurn(s)]).toEqual(['IN_MEDIATION', 'MERCHANT']));
    given(proposed).when(accept(day(7), agent)).thenState((s) => expect(whoseTurn(s)).toBe('CONSUMER'));
  });

  it('the second acceptance is the agreement: the remedy clock starts, offers on the table end', () => {
    given([...proposed, settlementAccepted(day(7), 'CONSUMER')])
      .when(accept(day(8), agent))
      .then([
        event('SettlementAccepted', { ...ctx(day(8), agent), settlementId: 'settlement-1', side: 'MERCHANT', agreementReached: true, remedyDueOn: '2025-03-25', remedyDueAt: '2025-03-25T23:00:00.000Z' }),
        event('OfferSuperseded', { ...ctx(day(8), agent), offerId: 'offer-9', reason: 'AGREEMENT', supersededBy: 'settlement-1' }),
      ]);
    given([...proposed, settlementAccepted(day(7), 'CONSUMER')])
      .when(accept(day(8), agent))
      .thenState((s) => {
        expect(deriveStatus(s)).toBe('AGREED');
        expect(s.filed && [s.mediation!.stage, s.agreement!.source, s.agreement!.amount, s.agreement!.dueAt]).toEqual(['AGREED', 'SETTLEMENT', { amount: '150.00', currency: 'EUR' }, '2025-03-25T23:00:00.000Z']);
      });
  });

  it('once per side, on the pending proposal only', () => {
    given([...proposed, settlementAccepted(day(7), 'CONSUMER')]).when(accept(day(8))).thenFails('SETTLEMENT_ALREADY_ANSWERED');
    given([...proposed, settlementProposed(day(7), 'settlement-2', { replacesSettlementId: 'settlement-1' })]).when(accept(day(8))).thenFails('SETTLEMENT_NOT_PENDING');
    given(proposed).when(accept(day(7), consumer, 'settlement-7')).thenFails('SETTLEMENT_NOT_FOUND', 'settlementId');
    given([...proposed, event('SettlementRejected', { ...ctx(day(7), agent), settlementId: 'settlement-1', side: 'MERCHANT', reason: 'no' })]).when(accept(day(8))).thenFails('SETTLEMENT_NOT_PENDING');
  });

  it('only during the mediation', () => {
    given([claimFiled()]).when(accept(day(1))).thenFails('NOT_IN_MEDIATION');
    given([...proposed, settlementAccepted(day(7), 'CONSUMER'), event('SettlementAccepted', { ...ctx(day(8), agent), settlementId: 'settlement-1', side: 'MERCHANT', agreementReached: true, remedyDueOn: '2025-03-25', remedyDueAt: '2025-03-25T23:00:00.000Z' })])
      .when(accept(day(9)))
      .thenFails('AGREEMENT_PENDING');
  });

  it('by the parties, the association for the consumer', () => {
    given(proposed).when(accept(day(7), mediator)).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled(), representationGranted(), ...proposed.slice(1)]).when(accept(day(7), association)).then([settlementAccepted(day(7), 'CONSUMER', association)]);
    given(proposed).when(accept(day(7), consumer, '')).thenFails('INVALID_INPUT', 'settlementId');
  });
});

describe('RejectSettlement', () => {
  const proposed = [...inMediation(), settlementProposed()];

  it('records the refusal; the mediator may propose again or end the mediation', () => {
    given(proposed)
      .when(command('RejectSettlement', day(7), agent, { settlementId: 'settlement-1', reason: 'Too expensive' }))
      .then([event('SettlementRejected', { ...ctx(day(7), agent), settlementId: 'settlement-1', side: 'MERCHANT', reason: 'Too expensive' })]);
    given(proposed)
      .when(command('RejectSettlement', day(7), consumer, { settlementId: 'settlement-1', reason: 'Too little' }))
      .thenState((s) => expect(s.filed && [whoseTurn(s), s.mediation!.settlements[0]!.rejection]).toEqual(['MEDIATOR', { side: 'CONSUMER', reason: 'Too little', at: day(7) }]));
  });

  it('not after the side accepted it', () => {
    given([...proposed, settlementAccepted(day(7), 'CONSUMER')]).when(command('RejectSettlement', day(8), consumer, { settlementId: 'settlement-1', reason: 'changed my mind' })).thenFails('SETTLEMENT_ALREADY_ANSWERED');
  });

  it('must give a reason', () => {
    given(proposed).when(command('RejectSettlement', day(7), consumer, { settlementId: 'settlement-1', reason: '' })).thenFails('INVALID_INPUT', 'reason');
  });

  it('only during the mediation', () => {
    given([claimFiled()]).when(command('RejectSettlement', day(1), consumer, { settlementId: 'settlement-1', reason: 'no' })).thenFails('NOT_IN_MEDIATION');
  });
});

