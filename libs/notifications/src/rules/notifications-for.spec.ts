import type { Dispute, DisputeEvent } from '@recours/disputes';
import { ERASED } from '@recours/locale';
import { admin, agent, association, consumer, mediator, otherAssociation, otherMediator, system } from '../../../disputes/src/testing/actors';
import { day, dayStart } from '../../../disputes/src/testing/calendar';
import { ctx, event, stateOf } from '../../../disputes/src/testing/dispute-spec';
import { claimDetails } from '../../../disputes/src/testing/washing-machine-claim';
import { claimFiled, claimRejected, inMediation, mediationRequested, mediatorAssigned, merchantOffer, offerAccepted, settlementProposed } from '../../../disputes/src/testing/moments';
import { notificationText } from '../messages/notification-messages';
import { addressees } from './addressees';
import { notificationsFor } from './notifications-for';

const AGENTS = ['agent-7', 'agent-9'];
const ADMINS = ['admin-1'];

/** Who hears what of the last event, given the ones before it: each kind it tells, to whom. */
function toldAll(history: DisputeEvent[], last: DisputeEvent) {
  const before = history.length > 0 ? (stateOf(history) as Dispute) : undefined;
  const after = stateOf([...history, last]) as Dispute;
  return notificationsFor(last, after, before).map((intent) => ({
    kind: intent.kind,
    params: intent.params,
    to: addressees(intent, last, after, before, { merchantAgents: AGENTS, admins: ADMINS }).map((a) => `${a.as}:${a.accountId}`),
  }));
}

/** Who hears of the last event, which tells one kind at most. */
function told(history: DisputeEvent[], last: DisputeEvent) {
  const all = toldAll(history, last);
  expect(all.length).toBeLessThanOrEqual(1);
  return all[0] ?? { kind: null, to: [] as string[] };
}

const grant = (at = day(1)) => event('RepresentationGranted', { ...ctx(at, consumer), associationId: association.id });

describe('who hears of what', () => {
  describe("an internal escalation goes up the merchant's team, level by level (the guide: a supervisor, then the complaints department)", () => {
    const known = { merchantAgents: ['owner-1', 'agent-7', 'agent-8', 'supervisor-9'], merchantLeads: ['owner-1', 'supervisor-9'], merchantSupervisors: ['supervisor-9'], admins: ADMINS };
    const escalation = (level: 'SUPERVISOR' | 'COMPLAINTS_DEPARTMENT') => event('EscalatedInternally', { ...ctx(day(3), consumer), level, merchantResponseDueAt: dayStart(20) });
    const toTeam = (events: DisputeEvent[], escalated: DisputeEvent, team = known) => {
      const after = stateOf([...events, escalated]) as Dispute;
      const [intent] = notificationsFor(escalated, after, stateOf(events) as Dispute);
      return { kind: intent.kind, to: addressees(intent, escalated, after, stateOf(events) as Dispute, team).map((a) => a.accountId) };
    };
    const history = [claimFiled(), claimRejected()];

    it('to a supervisor: the supervisors, not the owner nor every agent', () => {
      expect(toTeam(history, escalation('SUPERVISOR'))).toEqual({ kind: 'ESCALATED', to: ['supervisor-9'] });
    });

    it('to a supervisor, in a team without supervisors: its owner', () => {
      expect(toTeam(history, escalation('SUPERVISOR'), { ...known, merchantLeads: ['owner-1'], merchantSupervisors: [] }).to).toEqual(['owner-1']);
    });

    it('to the complaints department: the owner, who answers for the merchant, and the supervisors', () => {
      expect(toTeam(history, escalation('COMPLAINTS_DEPARTMENT')).to).toEqual(['owner-1', 'supervisor-9']);
    });

    it('at either level, the agent handling the case hears of it too', () => {
      const assigned = event('CaseAssigned', { ...ctx(day(2), agent), agentId: 'agent-8' });
      expect(toTeam([...history, assigned], escalation('SUPERVISOR')).to).toEqual(['supervisor-9', 'agent-8']);
      expect(toTeam([...history, assigned], escalation('COMPLAINTS_DEPARTMENT')).to).toEqual(['owner-1', 'supervisor-9', 'agent-8']);
    });

    it('an agent who left the team (removed or erased) hears nothing more of a case still in her name', () => {
      const assigned = event('CaseAssigned', { ...ctx(day(2), agent), agentId: 'agent-8' });
      const withoutHer = { ...known, merchantAgents: known.merchantAgents.filter((a) => a !== 'agent-8') };
      expect(toTeam([...history, assigned], escalation('SUPERVISOR'), withoutHer).to).toEqual(['supervisor-9']);
      expect(toTeam([...history, assigned], escalation('COMPLAINTS_DEPARTMENT'), withoutHer).to).toEqual(['owner-1', 'supervisor-9']);
    });
  });

  it('an assigned case is told to the agent it goes to, with the last day to answer, and to nobody else; an agent who takes it herself is not told', () => {
    const assigned = event('CaseAssigned', { ...ctx(day(2), agent), agentId: 'agent-9' });
    expect(told([claimFiled()], assigned)).toMatchObject({ kind: 'CASE_ASSIGNED', params: { dueOn: expect.any(String) }, to: ['MERCHANT:agent-9'] });
    const taken = event('CaseAssigned', { ...ctx(day(2), agent), agentId: agent.id });
    expect(told([claimFiled()], taken)).toMatchObject({ kind: 'CASE_ASSIGNED', to: [] });
    const text = notificationText('CASE_ASSIGNED', { product: 'Samsung Galaxy A54', merchant: 'PhoneShop', dueOn: '2026-03-12' }, 'fr');
    expect(text).toEqual({ title: 'Dossier confié\u202f: Samsung Galaxy A54 — PhoneShop', body: 'Ce dossier vous est confié\u202f: vous le traitez désormais pour PhoneShop. Une réponse au client est attendue au plus tard le 12 mars 2026.' });
  });

  it("an internal note, the merchant team's own business, is told to nobody", () => {
    expect(told([claimFiled()], event('InternalNoteAdded', { ...ctx(day(2), agent), noteId: 'n', body: 'Known customer' }))).toEqual({ kind: null, to: [] });
  });

  it("a new claim reaches the merchant's agents, with the requested remedy and the last day to answer", () => {
    expect(told([], claimFiled())).toMatchObject({ kind: 'CLAIM_FILED', params: { requestedRemedy: 'REPAIR', dueOn: expect.any(String) }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] });
  });

  it('an answer reaches the consumer, and the association acting for them; never whoever acted', () => {
    expect(told([claimFiled()], claimRejected())).toMatchObject({ kind: 'CLAIM_REJECTED', to: ['CONSUMER:consumer-1'] });
    expect(told([claimFiled(), grant()], claimRejected())).toMatchObject({ to: ['CONSUMER:consumer-1', 'ASSOCIATION:ufc-paris'] });
    // The agent who made the offer is not told of it; their colleague is told of the counter-offer.
    expect(told([claimFiled()], merchantOffer(day(1))).to).toEqual(['CONSUMER:consumer-1']);
  });

  it('an acceptance reaches the side that made the offer', () => {
    expect(told([claimFiled(), merchantOffer(day(1))], offerAccepted(day(2), 'offer-1', 30))).toMatchObject({ kind: 'OFFER_ACCEPTED', to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] });
  });

  it('a private message to the mediator never reaches the other side; a shared one reaches everyone but its author', () => {
    const privateToMediator = event('MessagePosted', { ...ctx(day(6), consumer), messageId: 'm-1', body: 'My real budget is 200 €', visibility: 'CONSUMER_AND_MEDIATOR' });
    expect(told(inMediation(), privateToMediator).to).toEqual(['MEDIATOR:mediator-3']);
    const mediatorNote = event('MessagePosted', { ...ctx(day(6), mediator), messageId: 'm-2', body: 'note', visibility: 'MEDIATOR_ONLY' });
    expect(told(inMediation(), mediatorNote).to).toEqual([]);
    const shared = event('MessagePosted', { ...ctx(day(6), agent), messageId: 'm-3', body: 'We can repair it', visibility: 'ALL' });
    expect(told(inMediation(), shared).to).toEqual(['CONSUMER:consumer-1', 'MERCHANT:agent-9', 'MEDIATOR:mediator-3']);
    // And the words of a message are never part of a notification.
    expect(JSON.stringify(told(inMediation(), privateToMediator))).not.toContain('200 €');
  });

  it('mediation requested reaches the merchant and the admins (who assign a mediator)', () => {
    const requested = event('MediationRequested', { ...ctx(day(3), consumer), writtenClaimOn: '2025-03-05', timeBarredAfter: '2026-03-05', admissibilityDueAt: dayStart(25) });
    expect(told([claimFiled(), claimRejected()], requested)).toMatchObject({ kind: 'MEDIATION_REQUESTED', to: ['MERCHANT:agent-7', 'MERCHANT:agent-9', 'ADMIN:admin-1'] });
  });

  it('an inadmissible request reaches both sides with the mediator’s reason and the ground of L612-2 she gave', () => {
    const refused = event('MediationAdmissibilityDecided', { ...ctx(day(5), mediator), admissible: false, reason: 'Hors compétence', ground: 'OUTSIDE_COMPETENCE' });
    const heard = told([claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()], refused);
    expect(heard).toMatchObject({ kind: 'MEDIATION_INADMISSIBLE', params: { reason: 'Hors compétence', ground: 'OUTSIDE_COMPETENCE' }, to: ['CONSUMER:consumer-1', 'MERCHANT:agent-7', 'MERCHANT:agent-9'] });
    expect(notificationText('MEDIATION_INADMISSIBLE', { ...heard.params, product: 'TV', merchant: 'Shop' }, 'fr').body).toContain('Motif retenu\u202f: litige hors du champ de compétence du médiateur (article L612-2, 5°, du Code de la consommation).');
  });

  it('deadline reminders reach whoever owes the deadline; a remedy due soon both sides', () => {
    const reminder = event('DeadlineReminderRecorded', { ...ctx(dayStart(8), system), deadline: 'MERCHANT_RESPONSE', dueAt: dayStart(11), owedBy: 'MERCHANT', daysBefore: 3 });
    expect(told([claimFiled()], reminder)).toMatchObject({ kind: 'DEADLINE_REMINDER', params: { daysBefore: 3 }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] });
    const accepted = [claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)];
    const remedySoon = event('DeadlineReminderRecorded', { ...ctx(day(28), system), deadline: 'REMEDY_DUE', dueAt: '2025-04-05T00:00:00.000Z', owedBy: 'MERCHANT', daysBefore: 1 });
    expect(told(accepted, remedySoon)).toMatchObject({ kind: 'REMEDY_DUE_SOON', to: ['MERCHANT:agent-7', 'MERCHANT:agent-9', 'CONSUMER:consumer-1'] });
  });

  it('a reminder of a proposal’s answer date reaches each side that has not answered it: the consumer and her association, the merchant; not the mediator', () => {
    const proposed = [claimFiled(), grant(), claimRejected(), mediationRequested(), mediatorAssigned(), inMediation()[4]!, settlementProposed(day(6), 'settlement-1', { answerDueOn: '2025-03-24', answerDueAt: '2025-03-24T23:00:00.000Z' })];
    const reminder = (owedBy: 'PARTIES' | 'MERCHANT' | 'CONSUMER') =>
      event('DeadlineReminderRecorded', { ...ctx('2025-03-21T23:00:00.000Z', system), deadline: 'SETTLEMENT_ANSWER', dueAt: '2025-03-24T23:00:00.000Z', owedBy, settlementId: 'settlement-1', daysBefore: 3 });
    expect(told(proposed, reminder('PARTIES'))).toEqual({
      kind: 'SETTLEMENT_ANSWER_REMINDER',
      params: { remedy: 'PRICE_REDUCTION', amount: '150.00', currency: 'EUR', answerDueOn: '2025-03-24', daysBefore: 3 },
      to: ['CONSUMER:consumer-1', 'ASSOCIATION:ufc-paris', 'MERCHANT:agent-7', 'MERCHANT:agent-9'],
    });
    // The consumer accepted: the merchant alone owes an answer, and alone is reminded; and the other way round.
    expect(told(proposed, reminder('MERCHANT')).to).toEqual(['MERCHANT:agent-7', 'MERCHANT:agent-9']);
    expect(told(proposed, reminder('CONSUMER')).to).toEqual(['CONSUMER:consumer-1', 'ASSOCIATION:ufc-paris']);
  });

  it('a mandate granted reaches the association', () => {
    expect(told([claimFiled()], grant())).toMatchObject({ kind: 'MANDATE_GRANTED', to: ['ASSOCIATION:ufc-paris'] });
  });

  describe('the end of a mandate: the merchant and the mediator are told the association no longer represents the consumer, never why', () => {
    const revoked = () => event('RepresentationRevoked', { ...ctx(day(6), consumer), associationId: association.id });
    const renounced = () => event('RepresentationRenounced', { ...ctx(day(6), association), onBehalfOf: consumer.id, associationId: association.id, reason: 'Nous ne pouvons plus suivre ce dossier.' });
    const ended = () => event('RepresentationEnded', { ...ctx(day(6), association), onBehalfOf: consumer.id, associationId: association.id });
    const mandated = () => [claimFiled(), grant()];
    const mandatedInMediation = () => [claimFiled(), grant(), claimRejected(), mediationRequested(), mediatorAssigned()];

    it('revoked by the consumer: the association that held it hears MANDATE_REVOKED; the merchant’s agents MANDATE_ENDED, by the consumer’s act', () => {
      expect(toldAll(mandated(), revoked())).toEqual([
        { kind: 'MANDATE_REVOKED', params: {}, to: ['ASSOCIATION:ufc-paris'] },
        { kind: 'MANDATE_ENDED', params: { endedBy: 'CONSUMER' }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] },
      ]);
    });

    it('revoked in mediation: the assigned mediator hears MANDATE_ENDED too; the consumer who revoked it, nothing', () => {
      expect(toldAll(mandatedInMediation(), revoked())).toEqual([
        { kind: 'MANDATE_REVOKED', params: {}, to: ['ASSOCIATION:ufc-paris'] },
        { kind: 'MANDATE_ENDED', params: { endedBy: 'CONSUMER' }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9', 'MEDIATOR:mediator-3'] },
      ]);
    });

    it('renounced by the association: RepresentationRenounced reaches the consumer alone, with its reason: neither the merchant, the mediator nor the association that renounced', () => {
      for (const history of [mandated(), mandatedInMediation()]) {
        expect(toldAll(history, renounced())).toEqual([{ kind: 'MANDATE_RENOUNCED', params: { reason: 'Nous ne pouvons plus suivre ce dossier.' }, to: ['CONSUMER:consumer-1'] }]);
      }
    });

    it('renounced: its shared face (RepresentationEnded) tells the merchant and the assigned mediator MANDATE_ENDED, by the association’s act, without the reason; nobody on the consumer’s side', () => {
      expect(toldAll([...mandated(), renounced()], ended())).toEqual([{ kind: 'MANDATE_ENDED', params: { endedBy: 'ASSOCIATION' }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] }]);
      expect(toldAll([...mandatedInMediation(), renounced()], ended())).toEqual([{ kind: 'MANDATE_ENDED', params: { endedBy: 'ASSOCIATION' }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9', 'MEDIATOR:mediator-3'] }]);
    });

    it('the consumer reads why the association renounced, in French and English', () => {
      const heard = told(mandated(), renounced());
      const text = notificationText('MANDATE_RENOUNCED', { ...heard.params, product: 'Samsung Galaxy A54', merchant: 'PhoneShop' }, 'fr');
      expect(text).toEqual({
        title: 'Renonciation au mandat\u202f: Samsung Galaxy A54 — PhoneShop',
        body: 'L’association qui vous représentait a renoncé au mandat (article 2007 du Code civil)\u202f: «\u202fNous ne pouvons plus suivre ce dossier.\u202f» Elle n’agit plus pour vous dans ce dossier. Vous pouvez de nouveau agir vous-même, ou confier un mandat à une autre association.',
      });
      const english = notificationText('MANDATE_RENOUNCED', { ...heard.params, product: 'Samsung Galaxy A54', merchant: 'PhoneShop' }, 'en');
      expect(english.title).toBe('Mandate renounced: Samsung Galaxy A54 — PhoneShop');
      expect(english.body).toContain('(article 2007 of the French Civil Code): “Nous ne pouvons plus suivre ce dossier.” It no longer acts for you in this case. You may act yourself again, or give another association a mandate.');
    });
  });

  it('a dispute shared for advice reaches that association alone; the end of sharing too, that association alone (it no longer reads the dispute: this is that news)', () => {
    expect(told([claimFiled()], event('SharedForAdvice', { ...ctx(day(1), consumer), associationId: association.id }))).toMatchObject({ kind: 'SHARED_FOR_ADVICE', to: ['ASSOCIATION:ufc-paris'] });
    const shared = event('SharedForAdvice', { ...ctx(day(1), consumer), associationId: association.id });
    const other = event('SharedForAdvice', { ...ctx(day(1), consumer), associationId: otherAssociation.id });
    expect(toldAll([claimFiled(), shared, other], event('SharingForAdviceEnded', { ...ctx(day(2), consumer), associationId: association.id }))).toEqual([{ kind: 'ADVICE_SHARING_ENDED', params: {}, to: ['ASSOCIATION:ufc-paris'] }]);
  });

  it('a mediator replaced (recusal, absence) hears MEDIATOR_REPLACED, alone; the new one, the parties and nobody else hear MEDIATOR_ASSIGNED; a first assignment replaces nobody', () => {
    const requested = [claimFiled(), claimRejected(), mediationRequested()];
    expect(toldAll(requested, mediatorAssigned()).map((t) => t.kind)).toEqual(['MEDIATOR_ASSIGNED']);
    const replaced = event('MediatorAssigned', { ...ctx(day(5), admin), mediatorId: otherMediator.id, replacedMediatorId: mediator.id });
    const heard = toldAll([...requested, mediatorAssigned()], replaced);
    expect(heard.map(({ kind, to }) => ({ kind, to }))).toEqual([
      { kind: 'MEDIATOR_ASSIGNED', to: ['MEDIATOR:mediator-8', 'CONSUMER:consumer-1', 'MERCHANT:agent-7', 'MERCHANT:agent-9'] },
      { kind: 'MEDIATOR_REPLACED', to: ['MEDIATOR:mediator-3'] },
    ]);
  });

  it('a formal notice is addressed to the merchant: its agents hear that it was sent, the day, and the date it gives (15 days), in French and English', () => {
    const notice = (by = consumer) => event('FormalNoticeRecorded', { ...ctx(day(20), by), sentOn: '2025-03-22', channel: 'REGISTERED_MAIL' });
    const heard = told([claimFiled(), claimRejected()], notice());
    expect(heard).toEqual({ kind: 'FORMAL_NOTICE_SENT', params: { sentOn: '2025-03-22', answerBy: '2025-04-06', requestedRemedy: 'REPAIR', remedy: 'REPAIR' }, to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] });
    // Recorded by her association under mandate: the merchant hears it all the same.
    expect(told([claimFiled(), grant()], notice(association))).toMatchObject({ kind: 'FORMAL_NOTICE_SENT', to: ['MERCHANT:agent-7', 'MERCHANT:agent-9'] });
    const about = { ...heard.params, product: 'Samsung Galaxy A54', merchant: 'PhoneShop' };
    expect(notificationText('FORMAL_NOTICE_SENT', about, 'fr')).toEqual({
      title: 'Mise en demeure\u202f: Samsung Galaxy A54 — PhoneShop',
      body: 'Le client indique vous avoir envoyé une mise en demeure le 22 mars 2025. Elle vous demande une réparation au plus tard le 6 avril 2025.',
    });
    expect(notificationText('FORMAL_NOTICE_SENT', about, 'en')).toEqual({
      title: 'Formal notice: Samsung Galaxy A54 — PhoneShop',
      body: 'The customer says they sent you a formal notice on 22 March 2025. It demands a repair by 6 April 2025 at the latest.',
    });
  });

  it('past the legal warranty, a hidden defect: the merchant hears the refund the letter demands (C. civ. 1644), not the repair she first asked for', () => {
    const old = claimDetails();
    // Delivered in January 2022: the legal warranty ended in January 2024; the defect found in February 2025 (1648: two years from then).
    const filed = claimFiled({ purchase: { ...old.purchase, purchasedOn: '2022-01-10', deliveredOn: '2022-01-12' }, problem: { ...old.problem, firstNoticedOn: '2025-02-10' } });
    const notice = event('FormalNoticeRecorded', { ...ctx(day(20), consumer), sentOn: '2025-03-22', channel: 'REGISTERED_MAIL' });
    const heard = told([filed], notice);
    expect(heard).toMatchObject({ kind: 'FORMAL_NOTICE_SENT', params: { requestedRemedy: 'REPAIR', remedy: 'REFUND' } });
    expect(notificationText('FORMAL_NOTICE_SENT', { ...heard.params, product: 'Laverte WX-900', merchant: 'PhoneShop' }, 'fr').body).toContain('Elle vous demande un remboursement au plus tard le');
  });

  it('a formal notice sent days after the repair was asked gives the legal term when it ends later (L217-10: 30 days from the request), as the letter does', () => {
    const early = event('FormalNoticeRecorded', { ...ctx(day(2), consumer), sentOn: '2025-03-05', channel: 'REGISTERED_MAIL' });
    // Asked on 3 March (the claim): the seller has until 2 April, later than 5 March + 15 days.
    expect(told([claimFiled()], early)).toMatchObject({ kind: 'FORMAL_NOTICE_SENT', params: { sentOn: '2025-03-05', answerBy: '2025-04-02' } });
  });

  it('an erasure to come reaches every party, with its day; the hold and the erasure itself reach nobody', () => {
    const closed = event('DisputeClosed', { ...ctx(day(40), mediator), outcome: 'RESOLVED' });
    const notice = event('ErasureNoticeGiven', { ...ctx('2030-02-04T08:00:00.000Z', system), erasesAt: '2030-03-07T00:00:00.000Z', retentionYears: 5 });
    expect(told([...inMediation(), closed], notice)).toMatchObject({
      kind: 'ERASURE_NOTICE',
      params: { erasesOn: '2030-03-07', retentionYears: 5 },
      to: ['CONSUMER:consumer-1', 'MERCHANT:agent-7', 'MERCHANT:agent-9', 'MEDIATOR:mediator-3'],
    });
    expect(notificationText('ERASURE_NOTICE', { product: 'Samsung Galaxy A54', merchant: 'PhoneShop', erasesOn: '2030-03-07', retentionYears: 5 }, 'fr').body).toContain('effacé à partir du 7 mars 2030');
    expect(told([...inMediation(), closed, notice], event('DisputeErased', { ...ctx('2030-03-07T00:00:00.000Z', system), endedAt: day(40), retentionYears: 5 }))).toEqual({ kind: null, to: [] });
  });

  it('closure reaches every party but the one who closed', () => {
    const closed = event('DisputeClosed', { ...ctx(day(40), mediator), outcome: 'RESOLVED' });
    expect(told(inMediation(), closed)).toMatchObject({ kind: 'DISPUTE_CLOSED', to: ['CONSUMER:consumer-1', 'MERCHANT:agent-7', 'MERCHANT:agent-9'] });
  });
});

describe('what a notification says', () => {
  const params = { product: 'Samsung Galaxy A54', merchant: 'PhoneShop', reason: 'Outside the warranty', dueOn: '2025-03-13', deadline: 'MERCHANT_RESPONSE', daysBefore: 1, remedy: 'REFUND', amount: '129.90', currency: 'EUR', expiresOn: '2025-03-16' };
  it('in French and in English, naming the dispute by product and merchant', () => {
    // A reason whose author was erased reads as erased in the reader's language, never as the store's marker.
    expect(notificationText('CLAIM_REJECTED', { ...params, reason: ERASED }, 'fr').body).toContain('a refusé votre réclamation\u202f: «\u202feffacé\u202f»');
    expect(notificationText('CLAIM_REJECTED', { ...params, reason: ERASED }, 'en').body).toContain('refused your claim: “erased”');
    expect(notificationText('CLAIM_REJECTED', params, 'fr')).toEqual({ title: 'Réclamation refusée\u202f: Samsung Galaxy A54 — PhoneShop', body: expect.stringContaining('«\u202fOutside the warranty\u202f»') });
    expect(notificationText('CLAIM_REJECTED', params, 'en').title).toBe('Claim refused: Samsung Galaxy A54 — PhoneShop');
    expect(notificationText('DEADLINE_REMINDER', params, 'fr').title).toBe('Rappel\u202f: échéance demain — Samsung Galaxy A54 — PhoneShop');
    expect(notificationText('DEADLINE_REMINDER', params, 'en').body).toBe('You have until the end of 13 March 2025 to answer the claim.');
    expect(notificationText('OFFER_MADE', params, 'fr').body).toBe("PhoneShop vous propose un remboursement de 129,90\u00a0€. L’offre est ouverte jusqu’au 16 mars 2025.");
  });
});
