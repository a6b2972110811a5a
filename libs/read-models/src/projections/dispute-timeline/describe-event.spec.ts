import { DISPUTE_EVENT_TYPES, type DisputeEvent } from '@recours/disputes';
import { ERASED_PERSON, withErasedWords } from '@recours/locale';
import { describeEvent, titledSentence, type TimelineNames } from './describe-event';
import { eventTitle } from './event-title';

const context = (by: { kind: string; id: string }, onBehalfOf?: string) => ({ at: '2026-03-05T10:00:00.000Z', by, ...(onBehalfOf ? { onBehalfOf } : {}) });
const event = (type: string, data: Record<string, unknown>) => ({ type, schemaVersion: 1, data }) as unknown as DisputeEvent;

const agent = { kind: 'MERCHANT_AGENT', id: '19d3a11a-4b2c-4d5e-8f90-123456789abc' };
const mediator = { kind: 'MEDIATOR', id: '2a1b3c4d-0000-4000-8000-00000000000a' };
const association = { kind: 'ASSOCIATION', id: '3b2c1d0e-0000-4000-8000-00000000000b' };
const consumerId = '4c3d2e1f-0000-4000-8000-00000000000c';
const names: TimelineNames = {
  of: (id) => ({ [agent.id]: 'Jean Dupont', [mediator.id]: 'Claire Petit', [association.id]: 'UFC-Que Choisir Paris', [consumerId]: 'Alice Martin' })[id],
  merchant: 'PhoneShop',
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const offer = event('OfferMade', {
  ...context(agent),
  offerId: 'o-1',
  side: 'MERCHANT',
  kind: 'REMEDY',
  remedy: 'PRICE_REDUCTION',
  amount: { amount: '1500.00', currency: 'EUR' },
  daysToCarryOut: 14,
  terms: 'Partial refund',
  expiresOn: '2026-04-01',
});

describe('describeEvent: the timeline in the reader’s language, naming people', () => {
  it('names the merchant’s agent and the merchant, never the agent’s id (the timeline said "The merchant (agent 19d3a11a-…)")', () => {
    expect(describeEvent(offer, 'en', names)).toBe('Jean Dupont (PhoneShop) offered a price reduction of €1,500.00, to be carried out within 14 days (Partial refund). The offer is open until 1 April 2026.');
    expect(describeEvent(offer, 'fr', names)).toBe(
      'Jean Dupont (PhoneShop) a proposé une réduction du prix de 1\u202f500,00\u00a0€, à réaliser sous 14 jours («\u202fPartial refund\u202f»). L’offre est ouverte jusqu’au 1er avril 2026.',
    );
  });

  it('says « sous 1 jour » of a remedy to carry out within one day, not « 1 jours »', () => {
    const inADay = { ...offer, data: { ...offer.data, daysToCarryOut: 1 } } as typeof offer;
    expect(describeEvent(inADay, 'fr', names)).toContain('à réaliser sous 1 jour («');
    expect(describeEvent(inADay, 'en', names)).toContain('to be carried out within 1 day (');
  });

  it('falls back to the party’s role when no name is known, never to an id', () => {
    expect(describeEvent(offer, 'en')).toMatch(/^The merchant offered/);
    expect(describeEvent(offer, 'fr')).toMatch(/^Le vendeur a proposé/);
    expect(describeEvent(offer, 'fr', { merchant: 'PhoneShop' })).toMatch(/^Le vendeur PhoneShop a proposé/);
  });

  it('names the association and the consumer it acts for, and the mediator assigned', () => {
    const message = event('MessagePosted', { ...context(association, consumerId), messageId: 'm-1', body: 'Le défaut est couvert', visibility: 'ALL' });
    expect(describeEvent(message, 'fr', names)).toBe('L’association UFC-Que Choisir Paris, pour Alice Martin, a écrit\u202f: «\u202fLe défaut est couvert\u202f»');
    expect(describeEvent(message, 'en', names)).toBe('The association UFC-Que Choisir Paris, for Alice Martin, wrote: “Le défaut est couvert”');
    const assigned = event('MediatorAssigned', { ...context({ kind: 'ADMIN', id: 'admin-1' }), mediatorId: mediator.id });
    expect(describeEvent(assigned, 'fr', names)).toBe('La plateforme a désigné le médiateur Claire Petit.');
    expect(describeEvent(assigned, 'en')).toBe('The platform assigned a mediator.');
    const granted = event('RepresentationGranted', { ...context({ kind: 'CONSUMER', id: consumerId }), associationId: association.id });
    expect(describeEvent(granted, 'fr', names)).toBe('Alice Martin (côté consommateur) a donné mandat à l’association UFC-Que Choisir Paris pour agir en son nom.');
  });

  it('elides « de » before a name beginning with a vowel (« à la place d’Émilie Roux »), the erased agent’s too', () => {
    const named = { ...names, of: (id: string) => (id === agent.id ? 'Émilie Roux' : names.of?.(id)) };
    const replaced = event('MediatorAssigned', { ...context({ kind: 'ADMIN', id: 'admin-1' }), mediatorId: mediator.id, replacedMediatorId: agent.id });
    expect(describeEvent(replaced, 'fr', named)).toBe('La plateforme a désigné le médiateur Claire Petit à la place d’Émilie Roux.');
    expect(describeEvent(replaced, 'fr', names)).toBe('La plateforme a désigné le médiateur Claire Petit à la place de Jean Dupont.');
    expect(describeEvent(replaced, 'en', named)).toBe('The platform assigned mediator Claire Petit in place of Émilie Roux.');
    const erased = { ...names, of: (id: string) => (id === agent.id ? ERASED_PERSON : names.of?.(id)) };
    const unassigned = event('CaseUnassigned', { ...context({ kind: 'SYSTEM', id: 'system' }), agentId: agent.id, reason: 'ACCOUNT_ERASED' });
    expect(withErasedWords(describeEvent(unassigned, 'fr', erased), 'fr')).toBe(
      'Le dossier est revenu dans la file des dossiers non attribués\u202f: le compte d’une personne dont les données ont été effacées a été effacé.',
    );
  });

  it('an association whose name begins with « Association » is not called « l’association Association … »', () => {
    const named = { ...names, of: (id: string) => (id === association.id ? 'Association Consommateurs du Rhône' : names.of?.(id)) };
    const message = event('MessagePosted', { ...context(association, consumerId), messageId: 'm-1', body: 'Le défaut est couvert', visibility: 'ALL' });
    expect(describeEvent(message, 'fr', named)).toBe('L’Association Consommateurs du Rhône, pour Alice Martin, a écrit\u202f: «\u202fLe défaut est couvert\u202f»');
    expect(describeEvent(message, 'en', named)).toBe('Association Consommateurs du Rhône, for Alice Martin, wrote: “Le défaut est couvert”');
    const granted = event('RepresentationGranted', { ...context({ kind: 'CONSUMER', id: consumerId }), associationId: association.id });
    expect(describeEvent(granted, 'fr', named)).toBe('Alice Martin (côté consommateur) a donné mandat à l’Association Consommateurs du Rhône pour agir en son nom.');
    expect(describeEvent(granted, 'en', named)).toBe('Alice Martin (consumer) gave Association Consommateurs du Rhône a mandate to act for them.');
    const revoked = event('RepresentationRevoked', { ...context({ kind: 'CONSUMER', id: consumerId }), associationId: association.id });
    expect(describeEvent(revoked, 'fr', named)).toBe('Alice Martin (côté consommateur) a mis fin au mandat de l’Association Consommateurs du Rhône.');
    const renounced = event('RepresentationRenounced', { ...context(association, consumerId), associationId: association.id, reason: 'Nous ne pouvons plus suivre ce dossier.' });
    expect(describeEvent(renounced, 'fr', named)).toBe('L’Association Consommateurs du Rhône a renoncé au mandat\u202f: «\u202fNous ne pouvons plus suivre ce dossier.\u202f»');
  });

  it('a renounced mandate is told with the association’s name and its reason, in French and English; without names, with no id', () => {
    const renounced = event('RepresentationRenounced', { ...context(association, consumerId), associationId: association.id, reason: 'Nous ne pouvons plus suivre ce dossier' });
    expect(describeEvent(renounced, 'fr', names)).toBe('L’association UFC-Que Choisir Paris a renoncé au mandat\u202f: «\u202fNous ne pouvons plus suivre ce dossier\u202f».');
    expect(describeEvent(renounced, 'en', names)).toBe('The association UFC-Que Choisir Paris renounced the mandate: Nous ne pouvons plus suivre ce dossier.');
    expect(describeEvent(renounced, 'fr')).toBe('L’association a renoncé au mandat\u202f: «\u202fNous ne pouvons plus suivre ce dossier\u202f».');
    expect(describeEvent(renounced, 'en')).not.toMatch(UUID);
  });

  it('what every party reads of a renunciation says the association no longer represents the consumer, by its own act, never why', () => {
    const ended = event('RepresentationEnded', { ...context(association, consumerId), associationId: association.id });
    expect(describeEvent(ended, 'fr', names)).toBe('L’association UFC-Que Choisir Paris a mis fin à son mandat\u202f: elle ne représente plus le consommateur dans ce litige.');
    expect(describeEvent(ended, 'en', names)).toBe('The association UFC-Que Choisir Paris ended its mandate: it no longer represents the consumer in this dispute.');
    expect(describeEvent(ended, 'fr')).toBe('L’association a mis fin à son mandat\u202f: elle ne représente plus le consommateur dans ce litige.');
    expect(describeEvent(ended, 'en')).toBe('The association ended its mandate: it no longer represents the consumer in this dispute.');
    // Whatever the event were to carry, its sentence is made of its association alone.
    const carrying = event('RepresentationEnded', { ...context(association, consumerId), associationId: association.id, reason: 'Dossier infondé' });
    for (const locale of ['fr', 'en'] as const) expect(describeEvent(carrying, locale, names)).not.toContain('infondé');
  });

  it('writes deadlines as the last day, in French as French writes dates', () => {
    const rejected = event('OfferRejected', { ...context({ kind: 'CONSUMER', id: consumerId }), offerId: 'o-1', reason: 'Trop peu', merchantResponseDueAt: '2026-03-16T00:00:00.000Z' });
    expect(describeEvent(rejected, 'fr', names)).toBe('Alice Martin (côté consommateur) a refusé l’offre\u202f: «\u202fTrop peu\u202f». Le vendeur a jusqu’au 15 mars 2026 pour répondre.');
    expect(describeEvent(rejected, 'en')).toBe('The consumer rejected the offer: Trop peu. The merchant has until 15 March 2026 to answer.');
  });

  it('read once a date it gives has passed (the view’s moment), tells it in the past; up to its last day included, in the present', () => {
    const rejected = event('OfferRejected', { ...context({ kind: 'CONSUMER', id: consumerId }), offerId: 'o-1', reason: 'Trop peu', merchantResponseDueAt: '2026-03-15T23:00:00.000Z' });
    // The last day is 15 March in Paris: still the present at 23:30 Paris time that day, the past from midnight.
    expect(describeEvent(rejected, 'fr', names, '2026-03-15T22:30:00.000Z')).toMatch(/Le vendeur a jusqu’au 15 mars 2026 pour répondre\.$/);
    expect(describeEvent(rejected, 'fr', names, '2026-03-15T23:30:00.000Z')).toMatch(/Le vendeur avait jusqu’au 15 mars 2026 pour répondre\.$/);
    expect(describeEvent(rejected, 'en', names, '2026-03-16T09:00:00.000Z')).toMatch(/The merchant had until 15 March 2026 to answer\.$/);
    const later = '2026-05-01T09:00:00.000Z';
    expect(describeEvent(offer, 'fr', names, later)).toContain('L’offre était ouverte jusqu’au 1er avril 2026.');
    expect(describeEvent(offer, 'en', names, later)).toContain('The offer was open until 1 April 2026.');
    expect(describeEvent(offer, 'fr', names, '2026-03-20T09:00:00.000Z')).toContain('L’offre est ouverte jusqu’au 1er avril 2026.');
    const accepted = event('OfferAccepted', { ...context({ kind: 'CONSUMER', id: consumerId }), offerId: 'o-1', remedyDueOn: '2026-04-10' });
    expect(describeEvent(accepted, 'fr', names, later)).toBe('Alice Martin (côté consommateur) a accepté l’offre. La solution était due au plus tard le 10 avril 2026.');
    expect(describeEvent(accepted, 'en', names, later)).toBe('Alice Martin (consumer) accepted the offer. The remedy was due by 10 April 2026.');
    const requested = event('MediationRequested', { ...context({ kind: 'CONSUMER', id: consumerId }), writtenClaimOn: '2026-03-01', timeBarredAfter: '2027-03-01', admissibilityDueAt: '2026-03-26T23:00:00.000Z' });
    expect(describeEvent(requested, 'fr', names, later)).toContain('Le médiateur avait jusqu’au 26 mars 2026 pour dire si la demande est recevable.');
    expect(describeEvent(requested, 'en', names, later)).toContain('The mediator had until 26 March 2026 to decide whether the request is admissible.');
    const extended = event('MediationExtended', { ...context(mediator), reason: 'Expertise nécessaire.', outcomeDueAt: '2026-04-15T22:00:00.000Z' });
    expect(describeEvent(extended, 'fr', names, later)).toMatch(/Elle avait dès lors jusqu’au 15 avril 2026 pour aboutir\.$/);
    expect(describeEvent(extended, 'en', names, later)).toMatch(/It then had until 15 April 2026 to reach an outcome\.$/);
    const reported = event('RemedyCarriedOutReported', { ...context(agent), remedy: 'REPAIR', on: '2026-03-10', details: 'Écran remplacé.', confirmationDueOn: '2026-03-24' });
    expect(describeEvent(reported, 'fr', names, later)).toMatch(/Le consommateur avait jusqu’au 24 mars 2026 pour le confirmer ou le contester\u202f; sans réponse, la solution serait tenue pour réalisée\.$/);
    expect(describeEvent(reported, 'en', names, later)).toMatch(/The consumer had until 24 March 2026 to confirm or contest it; without an answer, it would count as carried out\.$/);
    // Without the moment it is read (the projection's stored summary), every date is told as the event gave it.
    expect(describeEvent(rejected, 'en')).toMatch(/The merchant has until 15 March 2026 to answer\.$/);
  });

  it('names the ground of L612-2 a refusal rests on, and says nothing of one that gave none', () => {
    const refused = (ground?: string) => event('MediationAdmissibilityDecided', { ...context(mediator), admissible: false, reason: 'Déjà jugé', ...(ground && { ground }) });
    expect(describeEvent(refused('ALREADY_EXAMINED'), 'fr', names)).toBe(
      'Claire Petit (médiation) a jugé la demande irrecevable\u202f: «\u202fDéjà jugé\u202f». Motif retenu\u202f: litige déjà examiné, ou en cours d’examen, par un autre médiateur ou un tribunal (article L612-2, 3°, du Code de la consommation).',
    );
    expect(describeEvent(refused('OUTSIDE_COMPETENCE'), 'en', names)).toBe('Claire Petit (mediator) found the request inadmissible: Déjà jugé. Ground: outside the mediator’s competence (Article L612-2, 5°, of the French Consumer Code).');
    expect(describeEvent(refused(), 'en', names)).toBe('Claire Petit (mediator) found the request inadmissible: Déjà jugé.');
  });

  it('lists the next steps of an unresolved closure as each language punctuates a list: « A ; B » in French, "A; B" in English', () => {
    const nextSteps = [
      { kind: 'OTHER', text: 'Saisir le médiateur des communications électroniques' },
      { kind: 'SMALL_CLAIMS', text: 'Tribunal judiciaire' },
    ];
    const closed = event('DisputeClosed', { ...context(mediator), outcome: 'UNRESOLVED', nextSteps });
    expect(describeEvent(closed, 'fr', names)).toBe('Le litige a été clos sans solution. Suites possibles\u202f: Saisir le médiateur des communications électroniques\u202f; Tribunal judiciaire.');
    expect(describeEvent(closed, 'en', names)).toBe('The dispute was closed unresolved. Where to go next: Saisir le médiateur des communications électroniques; Tribunal judiciaire.');
  });

  it('says nothing with an id in it, in either language, even when every name is unknown', () => {
    const events = [
      offer,
      event('MediatorAssigned', { ...context({ kind: 'ADMIN', id: 'admin-1' }), mediatorId: mediator.id, replacedMediatorId: agent.id }),
      event('RepresentationRevoked', { ...context({ kind: 'CONSUMER', id: consumerId }), associationId: association.id }),
      event('ClaimAcknowledged', { ...context(agent) }),
      event('FeedbackGiven', { ...context(association, consumerId), rating: 4 }),
    ];
    for (const locale of ['fr', 'en'] as const) for (const e of events) expect(describeEvent(e, locale)).not.toMatch(UUID);
  });

  it('an event without a sentence of its own is told by who acted and its title, in both languages', () => {
    const feedback = event('FeedbackGiven', { ...context(association, consumerId), rating: 4 });
    expect(titledSentence(feedback, 'fr', names)).toBe('L’association UFC-Que Choisir Paris, pour Alice Martin — Avis.');
    expect(titledSentence(feedback, 'en', names)).toBe('The association UFC-Que Choisir Paris, for Alice Martin — Feedback.');
    const acknowledged = event('ClaimAcknowledged', { ...context(agent) });
    expect(titledSentence(acknowledged, 'fr', names)).toBe('Jean Dupont (PhoneShop) — Réclamation prise en compte.');
    expect(titledSentence(acknowledged, 'en')).toBe('The merchant — Claim acknowledged.');
    expect(titledSentence(event('LegalHoldLifted', { ...context({ kind: 'ADMIN', id: 'admin-1' }) }), 'fr')).toBe('La plateforme — Conservation pour contentieux levée.');
  });

  // What the compiler's exhaustive switch used to ask: a new event is told by its title when it has no
  // sentence of its own, so each one's title must be there in both languages (en.ts and fr.ts).
  it.each(DISPUTE_EVENT_TYPES)('%s has its title in French and English, for a sentence of its own or not', (type) => {
    const titles = { fr: eventTitle(type, 'fr'), en: eventTitle(type, 'en') };
    expect(titles).toEqual({ fr: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
    expect(Object.values(titles)).not.toContain(type);
  });
});

describe('a missed deadline reads naturally (legal review, finding 13)', () => {
  const system = { kind: 'SYSTEM', id: 'deadlines' };
  // dueAt is midnight in Paris after the last day (23:00 UTC in winter): the last day is 1 March 2026.
  const missed = (type: string, dueAt = '2026-03-01T23:00:00.000Z') => event(type, { ...context(system), dueAt });

  it('says the period ran out on its last day, not « n’a pas … au plus tard le … »', () => {
    expect(describeEvent(missed('MerchantResponseOverdue'), 'fr', names)).toBe('Le vendeur n’a pas répondu dans le délai, qui expirait le 1er mars 2026.');
    expect(describeEvent(missed('MerchantResponseOverdue'), 'en', names)).toBe('The merchant did not answer within the period, which ended on 1 March 2026.');
    expect(describeEvent(missed('AdmissibilityOverdue'), 'fr', names)).toBe('La recevabilité n’a pas été tranchée dans le délai, qui expirait le 1er mars 2026.');
    expect(describeEvent(missed('AdmissibilityOverdue'), 'en', names)).toBe('Admissibility was not decided within the period, which ended on 1 March 2026.');
    expect(describeEvent(missed('MediationOverdue'), 'fr', names)).toBe('La médiation n’a pas abouti dans son délai légal, expiré le 1er mars 2026.');
    expect(describeEvent(missed('MediationOverdue'), 'en', names)).toBe('The mediation reached no outcome within its legal period, which ended on 1 March 2026.');
    expect(describeEvent(missed('RemedyOverdue'), 'fr', names)).toBe('La solution convenue n’a pas été réalisée dans le délai, qui expirait le 1er mars 2026.');
    expect(describeEvent(missed('RemedyOverdue'), 'en', names)).toBe('The agreed remedy was not carried out within the period, which ended on 1 March 2026.');
    for (const type of ['MerchantResponseOverdue', 'AdmissibilityOverdue', 'MediationOverdue', 'RemedyOverdue']) expect(describeEvent(missed(type), 'fr', names)).not.toContain('au plus tard');
  });

  it('reads the same last day from an event stored when deadlines passed at midnight UTC, and from a summer one at 22:00 UTC', () => {
    expect(describeEvent(missed('MerchantResponseOverdue', '2026-03-02T00:00:00.000Z'), 'fr', names)).toBe('Le vendeur n’a pas répondu dans le délai, qui expirait le 1er mars 2026.');
    expect(describeEvent(missed('RemedyOverdue', '2026-07-14T22:00:00.000Z'), 'en', names)).toBe('The agreed remedy was not carried out within the period, which ended on 14 July 2026.');
    expect(describeEvent(missed('RemedyOverdue', '2026-07-15T00:00:00.000Z'), 'en', names)).toBe('The agreed remedy was not carried out within the period, which ended on 14 July 2026.');
  });
});

describe('a quoted reason ending with its own full stop gets no second one (journeys review, finding 6)', () => {
  const consumer = { kind: 'CONSUMER', id: consumerId };
  const due = '2026-03-15T23:00:00.000Z'; // midnight in Paris after 15 March

  it('« Refus définitif. » ends the sentence, in French and English, in every sentence ending with someone’s words', () => {
    const rejected = event('ClaimRejected', { ...context(agent), reason: 'Refus définitif.' });
    expect(describeEvent(rejected, 'fr', names)).toBe('Jean Dupont (PhoneShop) a refusé la réclamation\u202f: «\u202fRefus définitif.\u202f»');
    expect(describeEvent(rejected, 'en', names)).toBe('Jean Dupont (PhoneShop) rejected the claim: Refus définitif.');
    const offerRejected = event('OfferRejected', { ...context(consumer), offerId: 'o-1', reason: 'Trop peu !', merchantResponseDueAt: due });
    expect(describeEvent(offerRejected, 'fr', names)).toBe('Alice Martin (côté consommateur) a refusé l’offre\u202f: «\u202fTrop peu !\u202f» Le vendeur a jusqu’au 15 mars 2026 pour répondre.');
    expect(describeEvent(offerRejected, 'en', names)).toBe('Alice Martin (consumer) rejected the offer: Trop peu ! The merchant has until 15 March 2026 to answer.');
    const inadmissible = event('MediationAdmissibilityDecided', { ...context(mediator), admissible: false, reason: 'Déjà jugé.' });
    expect(describeEvent(inadmissible, 'fr', names)).toBe('Claire Petit (médiation) a jugé la demande irrecevable\u202f: «\u202fDéjà jugé.\u202f»');
    expect(describeEvent(inadmissible, 'en', names)).toBe('Claire Petit (mediator) found the request inadmissible: Déjà jugé.');
    const proposedWithPeriod = event('SettlementProposed', { ...context(mediator), settlementId: 's-1', remedy: 'REPAIR', daysToCarryOut: 20, terms: 'Réparation en atelier.', answerDueOn: '2026-03-20', answerDueAt: '2026-03-20T23:00:00.000Z' });
    expect(describeEvent(proposedWithPeriod, 'fr', names)).toBe(
      'Claire Petit (médiation) a proposé une solution\u202f: une réparation, à réaliser sous 20 jours («\u202fRéparation en atelier.\u202f»). Les parties ont jusqu’au 20 mars 2026 pour l’accepter ou la refuser.',
    );
    expect(describeEvent(proposedWithPeriod, 'en', names)).toBe('Claire Petit (mediator) proposed a settlement: a repair, to be carried out within 20 days (Réparation en atelier.). The parties have until 20 March 2026 to accept or refuse it.');
    // Proposed before answer periods existed (R612-4): no date, the sentence it always had.
    const { answerDueOn: _on, answerDueAt: _at, ...withoutPeriod } = (proposedWithPeriod as unknown as { data: Record<string, unknown> }).data;
    expect(describeEvent(event('SettlementProposed', withoutPeriod), 'en', names)).toBe('Claire Petit (mediator) proposed a settlement: a repair, to be carried out within 20 days (Réparation en atelier.).');
    const lapsed = event('SettlementExpired', { ...context({ kind: 'SYSTEM', id: 'deadline-process' }), settlementId: 's-1', answerDueAt: '2026-03-20T23:00:00.000Z' });
    expect(describeEvent(lapsed, 'fr', names)).toBe('Le délai de réponse à la solution proposée par le médiateur a pris fin le 20 mars 2026 sans l’accord des deux parties\u202f: elle est caduque.');
    expect(describeEvent(lapsed, 'en', names)).toBe('The period to answer the mediator’s proposed settlement ended on 20 March 2026 without both sides accepting it: it has lapsed.');
    const settlement = event('SettlementRejected', { ...context(consumer), reason: 'Pourquoi si peu ?' });
    expect(describeEvent(settlement, 'fr', names)).toBe('Alice Martin (côté consommateur) a refusé la solution proposée\u202f: «\u202fPourquoi si peu ?\u202f»');
    expect(describeEvent(settlement, 'en', names)).toBe('Alice Martin (consumer) rejected the settlement: Pourquoi si peu ?');
    const extended = event('MediationExtended', { ...context(mediator), reason: 'Expertise nécessaire.', outcomeDueAt: due });
    expect(describeEvent(extended, 'fr', names)).toBe(
      'Claire Petit (médiation) a prolongé le délai de la médiation, le litige étant complexe (article R612-5 du Code de la consommation)\u202f: «\u202fExpertise nécessaire.\u202f» Elle a désormais jusqu’au 15 mars 2026 pour aboutir.',
    );
    expect(describeEvent(extended, 'en', names)).toBe('Claire Petit (mediator) extended the mediation’s period, the dispute being complex (Article R612-5 of the French Consumer Code): Expertise nécessaire. It now has until 15 March 2026 to reach an outcome.');
    const reported = event('RemedyCarriedOutReported', { ...context(agent), remedy: 'REPAIR', on: '2026-03-10', details: 'Écran remplacé.', confirmationDueOn: '2026-03-24' });
    expect(describeEvent(reported, 'fr', names)).toMatch(/^Jean Dupont \(PhoneShop\) a déclaré avoir réalisé la solution le 10 mars 2026\u202f: «\u202fÉcran remplacé\.\u202f» Le consommateur a jusqu’au/);
    expect(describeEvent(reported, 'en', names)).toMatch(/^Jean Dupont \(PhoneShop\) reported the remedy carried out on 10 March 2026: Écran remplacé\. The consumer has until/);
    const failed = event('RemedyFailed', { ...context(consumer), remedy: 'REPAIR', failure: 'DID_NOT_FIX', description: 'Toujours en panne.', merchantResponseDueAt: due });
    expect(describeEvent(failed, 'fr', names)).toMatch(/\u202f: «\u202fToujours en panne\.\u202f» Le vendeur a jusqu’au 15 mars 2026 pour répondre\.$/);
    expect(describeEvent(failed, 'en', names)).toMatch(/: Toujours en panne\. The merchant has until 15 March 2026 to answer\.$/);
    for (const e of [rejected, offerRejected, inadmissible, settlement, extended, reported, failed]) {
      for (const locale of ['fr', 'en'] as const) expect(describeEvent(e, locale, names)).not.toMatch(/[.!?] ?[»”]?\.|[.!?]\./);
    }
    // English as the catalogue writes it, with the typographic apostrophe (the case file prints these lines).
    const system = { kind: 'SYSTEM', id: 'retention' } as const;
    const notice = event('ErasureNoticeGiven', { ...context(system), retentionYears: 5, erasesAt: due });
    const erased = event('DisputeErased', { ...context(system), retentionYears: 5 });
    for (const e of [lapsed, extended, notice, erased]) expect(describeEvent(e, 'en', names)).not.toContain("'");
  });

  it('a reason without its own full stop still ends with one', () => {
    const rejected = event('ClaimRejected', { ...context(agent), reason: 'Refus définitif' });
    expect(describeEvent(rejected, 'fr', names)).toBe('Jean Dupont (PhoneShop) a refusé la réclamation\u202f: «\u202fRefus définitif\u202f».');
    expect(describeEvent(rejected, 'en', names)).toBe('Jean Dupont (PhoneShop) rejected the claim: Refus définitif.');
  });
});

describe('describeEvent: French as the catalogue prints it, people’s words and names as written', () => {
  const odd: TimelineNames = { of: (id) => ({ [agent.id]: 'Jean ! Dupont', [consumerId]: 'Alice : Martin' })[id], merchant: 'Phone ? Shop' };

  it('a narrow no-break space before : ; ! ? and inside « » of the sentence, none added in a message, an offer’s terms, a product or a name', () => {
    const message = event('MessagePosted', { ...context(agent), messageId: 'm-1', visibility: 'ALL', body: 'Bonjour : quel est le défaut ? Merci !' });
    expect(describeEvent(message, 'fr', odd)).toBe('Jean ! Dupont (Phone ? Shop) a écrit\u202f: «\u202fBonjour : quel est le défaut ? Merci !\u202f»');
    const terms = event('OfferMade', { ...offer.data, terms: 'Sous 48 h ; retour : gratuit' } as never);
    expect(describeEvent(terms, 'fr', odd)).toContain('(«\u202fSous 48 h ; retour : gratuit\u202f»)');
    const claim = event('ClaimFiled', { ...context({ kind: 'CONSUMER', id: consumerId }), product: { brand: 'Hi-Fi !', name: 'Casque : Pro' }, requestedRemedy: 'REPAIR', merchantResponseDueAt: '2026-03-20T23:00:00.000Z' });
    expect(describeEvent(claim, 'fr', odd)).toMatch(/^Alice : Martin \(côté consommateur\) a déposé une réclamation pour le produit Hi-Fi ! Casque : Pro et demande/);
    expect(describeEvent(message, 'en', odd)).toBe('Jean ! Dupont (Phone ? Shop) wrote: “Bonjour : quel est le défaut ? Merci !”');
    expect(describeEvent(message, 'fr', odd) + describeEvent(claim, 'en', odd)).not.toMatch(/[\uE000\uE001]/);
  });
});
