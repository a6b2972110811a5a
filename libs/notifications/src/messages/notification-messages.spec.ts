import { NOTIFICATION_KINDS } from '../rules/notification-kind';
import { listedNotificationText, notificationText } from './notification-messages';
import { DEADLINE_WORDS, FAILURE_WORDS, LEVEL_WORDS, REMEDY_WORDS } from './wording';

const about = { product: 'Samsung Galaxy A54', merchant: 'PhoneShop' };

describe('REMEDY_FULFILLED in French: the participle agrees with the remedy, and « que » elides (legal review, finding 13)', () => {
  it('« qu’une réparation … exécutée », « qu’un remplacement … exécuté », never « exécuté(e) » nor « que une »', () => {
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REPAIR' }, 'fr').body).toBe("Le client confirme qu’une réparation a bien été exécutée.");
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REPLACEMENT' }, 'fr').body).toBe("Le client confirme qu’un remplacement a bien été exécuté.");
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REFUND' }, 'fr').body).toBe("Le client confirme qu’un remboursement a bien été exécuté.");
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'PRICE_REDUCTION', amount: '150.00', currency: 'EUR' }, 'fr').body).toMatch(/^Le client confirme qu’une réduction du prix de 150,00\s€ a bien été exécutée\.$/);
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'COMPENSATION' }, 'fr').body).toBe("Le client confirme qu’une indemnisation a bien été exécutée.");
    for (const remedy of ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']) {
      expect(notificationText('REMEDY_FULFILLED', { ...about, remedy }, 'fr').body).not.toMatch(/\(e\)|que une|que un |'/);
    }
    expect(notificationText('REMEDY_FULFILLED', { ...about, remedy: 'REPAIR' }, 'en').body).toBe('The customer confirms that a repair was carried out.');
  });
});

describe('a quoted reason ending with its own full stop gets no second one (journeys review, finding 6)', () => {
  const body = (kind: Parameters<typeof notificationText>[0], reason: string, locale: 'fr' | 'en', more: Record<string, unknown> = {}) => notificationText(kind, { ...about, reason, ...more }, locale).body;

  it('« Refus définitif. » is followed by the next sentence, not by a second full stop, in French and English', () => {
    expect(body('CLAIM_REJECTED', 'Refus définitif.', 'fr')).toBe('PhoneShop a refusé votre réclamation\u202f: «\u202fRefus définitif.\u202f» Vous pouvez la porter plus haut chez le vendeur ou demander une médiation.');
    expect(body('CLAIM_REJECTED', 'Refus définitif.', 'en')).toBe('PhoneShop refused your claim: “Refus définitif.” You can take it higher at the merchant or ask for mediation.');
    expect(body('OFFER_REJECTED', 'Trop peu !', 'fr', { remedy: 'REFUND' })).toBe("L’offre (un remboursement) a été refusée\u202f: «\u202fTrop peu !\u202f»");
    expect(body('OFFER_REJECTED', 'Too little!', 'en', { remedy: 'REFUND' })).toBe('The offer (a refund) was refused: “Too little!”');
    expect(body('MEDIATION_INADMISSIBLE', 'Déjà jugé.', 'fr')).toBe('Le médiateur a jugé la demande irrecevable\u202f: «\u202fDéjà jugé.\u202f»');
    expect(body('MEDIATION_INADMISSIBLE', 'Already decided.', 'en')).toBe('The mediator found the request inadmissible: “Already decided.”');
    expect(body('MEDIATION_EXTENDED', 'Expertise nécessaire.', 'fr', { outcomeDueOn: '2026-06-02' })).toBe(
      'Le médiateur a prolongé le délai de la médiation, le litige étant complexe (article R612-5 du Code de la consommation)\u202f: «\u202fExpertise nécessaire.\u202f» Elle doit désormais aboutir au plus tard le 2 juin 2026.',
    );
    expect(body('MEDIATION_EXTENDED', 'Expert needed.', 'en', { outcomeDueOn: '2026-06-01' })).toMatch(/^The mediator extended the mediation’s period, the dispute being complex \(Article R612-5 of the French Consumer Code\): “Expert needed\.” It must now reach an outcome by /);
    expect(body('SETTLEMENT_REJECTED', 'Pourquoi si peu ?', 'fr', { side: 'CONSUMER' })).toBe('Le client a refusé la solution du médiateur\u202f: «\u202fPourquoi si peu ?\u202f»');
    expect(body('SETTLEMENT_REJECTED', 'Why so little?', 'en', { side: 'MERCHANT' })).toBe('The merchant refused the mediator’s settlement: “Why so little?”');
  });

  it('the mediation’s two legal periods are told with their articles (L612-2, R612-5)', () => {
    expect(notificationText('MEDIATION_REQUESTED', { ...about, admissibilityDueOn: '2026-12-26' }, 'fr').body).toBe(
      'Une médiation a été demandée. La recevabilité doit être décidée au plus tard le 26 décembre 2026 (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).',
    );
    expect(notificationText('MEDIATION_ADMISSIBLE', { ...about, outcomeDueOn: '2027-03-05' }, 'fr').body).toBe('La médiation est recevable. Elle doit aboutir au plus tard le 5 mars 2027 (90 jours, article R612-5 du Code de la consommation).');
    expect(notificationText('MEDIATION_ADMISSIBLE', { ...about, outcomeDueOn: '2027-03-05' }, 'en').body).toMatch(/\(90 days, Article R612-5 of the French Consumer Code\)\.$/);
  });

  it('MEDIATION_ADMISSIBLE says the 90 days run from the complete file (R612-2, R612-5), and that they are over when the decision came after them', () => {
    const running = { ...about, outcomeDueOn: '2027-03-05', fileCompletedOn: '2026-12-05' };
    expect(notificationText('MEDIATION_ADMISSIBLE', running, 'fr').body).toBe(
      'La médiation est recevable. Elle doit aboutir au plus tard le 5 mars 2027\u202f: 90 jours à compter de la réception du dossier complet par le médiateur, le 5 décembre 2026 (articles R612-2 et R612-5 du Code de la consommation).',
    );
    expect(notificationText('MEDIATION_ADMISSIBLE', running, 'en').body).toBe(
      'The mediation is admissible. It must reach an outcome by 5 March 2027: 90 days from the mediator’s receipt of the complete file, on 5 December 2026 (Articles R612-2 and R612-5 of the French Consumer Code).',
    );
    const passed = { ...running, outcomeDatePassed: true };
    expect(notificationText('MEDIATION_ADMISSIBLE', passed, 'fr').body).toBe(
      'La médiation est recevable. Le médiateur a reçu le dossier complet le 5 décembre 2026\u202f: les 90 jours dans lesquels elle devait aboutir (article R612-5 du Code de la consommation) ont pris fin le 5 mars 2027. La médiation est en retard.',
    );
    expect(notificationText('MEDIATION_ADMISSIBLE', passed, 'en').body).toBe(
      'The mediation is admissible. The mediator received the complete file on 5 December 2026: the 90 days it had to reach an outcome in (Article R612-5 of the French Consumer Code) ended on 5 March 2027. The mediation is late.',
    );
  });

  it('MEDIATOR_ASSIGNED: L612-2 sets three weeks to notify a rejection, not to decide admissibility: the date is recours’s, the article is cited for what it says', () => {
    expect(notificationText('MEDIATOR_ASSIGNED', { ...about, admissibilityDueOn: '2026-12-26' }, 'fr').body).toBe(
      'Un médiateur est désigné pour ce dossier. Il dira au plus tard le 26 décembre 2026 si la demande est recevable (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).',
    );
    expect(notificationText('MEDIATOR_ASSIGNED', { ...about, admissibilityDueOn: '2026-12-26' }, 'en').body).toBe(
      'A mediator is assigned to this case and will say by 26 December 2026 whether the request is admissible (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).',
    );
  });

  it('MEDIATOR_ASSIGNED to the mediator herself: the case is hers to decide on, not « a mediator is assigned … he will say »', () => {
    const toMediator = (locale: 'fr' | 'en') => notificationText('MEDIATOR_ASSIGNED', { ...about, admissibilityDueOn: '2026-12-26', reader: 'MEDIATOR' }, locale).body;
    expect(toMediator('fr')).toBe('Ce dossier vous est confié pour la médiation. Dites au plus tard le 26 décembre 2026 si la demande est recevable (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).');
    expect(toMediator('en')).toBe('This case is now yours to mediate. Say by 26 December 2026 whether the request is admissible (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).');
    expect(notificationText('MEDIATOR_ASSIGNED', { ...about, admissibilityDueOn: '2026-12-26', reader: 'CONSUMER' }, 'fr').body).toMatch(/^Un médiateur est désigné pour ce dossier\. Il dira/);
  });

  it('SHARED_FOR_ADVICE: a case is shared « avec » someone, not « partagé à » them', () => {
    expect(notificationText('SHARED_FOR_ADVICE', about, 'fr').body).toBe('Un consommateur a partagé ce dossier avec vous pour avoir votre avis\u202f: vous pouvez le lire, sans agir (ce n’est pas un mandat).');
  });

  it('MERCHANT_RESPONSE_OVERDUE: the merchant did not answer within the period that ended on that day (not « n’a pas répondu au 30 novembre »)', () => {
    expect(notificationText('MERCHANT_RESPONSE_OVERDUE', { ...about, dueOn: '2026-11-30' }, 'fr').body).toBe('PhoneShop n’a pas répondu dans le délai, qui expirait le 30 novembre 2026. Vous pouvez désormais demander une médiation.');
    expect(notificationText('MERCHANT_RESPONSE_OVERDUE', { ...about, dueOn: '2026-11-30' }, 'en').body).toBe('PhoneShop did not answer by 30 November 2026. You may now ask for mediation.');
  });

  it('a proposed settlement reminds each party of what R612-4 requires: free to accept or refuse, going to court stays open, a judge might decide otherwise', () => {
    expect(notificationText('SETTLEMENT_PROPOSED', { ...about, remedy: 'REPAIR', daysToCarryOut: 20 }, 'fr').body).toBe(
      'Le médiateur propose une réparation. Vous êtes libre d’accepter ou de refuser cette solution\u202f; si les deux parties l’acceptent, la médiation prend fin et la solution doit être exécutée dans les 20 jours. Participer à la médiation ne vous empêche pas de saisir un juge, dont la décision pourrait être différente de cette solution (article R612-4 du Code de la consommation).',
    );
    expect(notificationText('SETTLEMENT_PROPOSED', { ...about, remedy: 'REFUND', amount: '449.00', currency: 'EUR', daysToCarryOut: 1 }, 'en').body).toBe(
      'The mediator proposes a refund of €449.00. You are free to accept or refuse this solution; if both sides accept it, the mediation ends and the solution must be carried out within 1 day. Taking part in the mediation does not stop you from going to court, whose decision could differ from this solution (Article R612-4 of the French Consumer Code).',
    );
  });

  it('a proposed settlement gives the last day to answer it, the period the mediator set (R612-4); one proposed before answer periods existed gives none', () => {
    expect(notificationText('SETTLEMENT_PROPOSED', { ...about, remedy: 'REPAIR', daysToCarryOut: 20, answerDueOn: '2026-03-24' }, 'fr').body).toBe(
      'Le médiateur propose une réparation. Vous êtes libre d’accepter ou de refuser cette solution, au plus tard le 24 mars 2026 inclus\u202f; sans l’accord des deux parties à cette date, elle devient caduque\u202f; si les deux parties l’acceptent, la médiation prend fin et la solution doit être exécutée dans les 20 jours. Participer à la médiation ne vous empêche pas de saisir un juge, dont la décision pourrait être différente de cette solution (article R612-4 du Code de la consommation).',
    );
    expect(notificationText('SETTLEMENT_PROPOSED', { ...about, remedy: 'REPAIR', daysToCarryOut: 20, answerDueOn: '2026-03-24' }, 'en').body).toBe(
      'The mediator proposes a repair. You are free to accept or refuse this solution, until the end of 24 March 2026; unless both sides have accepted it by then, it lapses; if both sides accept it, the mediation ends and the solution must be carried out within 20 days. Taking part in the mediation does not stop you from going to court, whose decision could differ from this solution (Article R612-4 of the French Consumer Code).',
    );
  });

  it('a settlement left unanswered past its period lapses: both sides and the mediator are told, with the last day', () => {
    expect(notificationText('SETTLEMENT_EXPIRED', { ...about, remedy: 'REFUND', answerDueOn: '2026-03-24' }, 'fr')).toEqual({
      title: 'Solution du médiateur caduque\u202f: Samsung Galaxy A54 — PhoneShop',
      body: 'Le délai pour répondre à la solution proposée par le médiateur (un remboursement) a pris fin le 24 mars 2026 sans l’accord des deux parties\u202f: elle est caduque. La médiation continue\u202f; le médiateur peut proposer une autre solution.',
    });
    expect(notificationText('SETTLEMENT_EXPIRED', { ...about, remedy: 'REFUND', answerDueOn: '2026-03-24' }, 'en').body).toBe(
      'The period to answer the mediator’s proposed settlement (a refund) ended on 24 March 2026 without both sides accepting it: it has lapsed. The mediation continues; the mediator may propose another solution.',
    );
  });

  it('a side that has not answered a proposal is reminded of its last day, in words, with R612-4', () => {
    expect(notificationText('SETTLEMENT_ANSWER_REMINDER', { ...about, remedy: 'REFUND', answerDueOn: '2026-03-24', daysBefore: 3 }, 'fr')).toEqual({
      title: 'Rappel\u202f: solution du médiateur à accepter ou refuser au plus tard le 24 mars 2026 — Samsung Galaxy A54 — PhoneShop',
      body: 'Le médiateur a proposé un remboursement et attend votre réponse. Vous êtes libre d’accepter ou de refuser cette solution (article R612-4 du Code de la consommation), au plus tard le 24 mars 2026 inclus\u202f; sans l’accord des deux parties à cette date, elle devient caduque.',
    });
    expect(notificationText('SETTLEMENT_ANSWER_REMINDER', { ...about, remedy: 'REFUND', amount: '150.00', currency: 'EUR', answerDueOn: '2026-03-24', daysBefore: 3 }, 'en')).toEqual({
      title: 'Reminder: the mediator’s settlement is to be answered by 24 March 2026 — Samsung Galaxy A54 — PhoneShop',
      body: 'The mediator proposed a refund of €150.00 and awaits your answer. You are free to accept or refuse this solution (Article R612-4 of the French Consumer Code), until the end of 24 March 2026; unless both sides have accepted it by then, it lapses.',
    });
  });

  it('an inadmissible mediation names the ground of L612-2 it was refused on, when the mediator gave one', () => {
    expect(body('MEDIATION_INADMISSIBLE', 'Relève d’un autre médiateur.', 'fr', { ground: 'OUTSIDE_COMPETENCE' })).toBe(
      'Le médiateur a jugé la demande irrecevable\u202f: «\u202fRelève d’un autre médiateur.\u202f» Motif retenu\u202f: litige hors du champ de compétence du médiateur (article L612-2, 5°, du Code de la consommation).',
    );
    expect(body('MEDIATION_INADMISSIBLE', 'Another mediator’s field.', 'en', { ground: 'OUTSIDE_COMPETENCE' })).toBe(
      'The mediator found the request inadmissible: “Another mediator’s field.” Ground: outside the mediator’s competence (Article L612-2, 5°, of the French Consumer Code).',
    );
  });

  it('a reason without its own full stop still ends with one', () => {
    expect(body('CLAIM_REJECTED', 'Refus définitif', 'fr')).toBe('PhoneShop a refusé votre réclamation\u202f: «\u202fRefus définitif\u202f». Vous pouvez la porter plus haut chez le vendeur ou demander une médiation.');
    expect(body('OFFER_REJECTED', 'Too little', 'en', { remedy: 'REFUND' })).toBe('The offer (a refund) was refused: “Too little”.');
  });
});

describe('French typography: the apostrophe is ’, as in the rest of recours (outside review, smaller points)', () => {
  it('no French notification writes a typewriter apostrophe', () => {
    const params = { ...about, remedy: 'REFUND', amount: '49.00', currency: 'EUR', dueOn: '2026-03-10', expiresOn: '2026-03-10', remedyDueOn: '2026-03-10', outcomeDueOn: '2026-03-10', confirmationDueOn: '2026-03-10', erasesOn: '2026-03-10', removedOn: '2026-03-10', days: 2, reason: 'Trop tard', side: 'CONSUMER', level: 'SUPERVISOR', retentionYears: 5 };
    for (const kind of NOTIFICATION_KINDS) {
      const { title, body } = notificationText(kind, params as never, 'fr');
      expect(`${kind}: ${title} ${body}`).not.toMatch(/'/);
    }
  });

  it('nor any of the words a notification is made of (each deadline, level, failure, remedy)', () => {
    const words = [DEADLINE_WORDS, LEVEL_WORDS, FAILURE_WORDS, REMEDY_WORDS].flatMap((table) => Object.entries(table.fr));
    expect(words.length).toBeGreaterThan(15);
    expect(words.filter(([, text]) => text.includes("'"))).toEqual([]);
    expect(notificationText('DEADLINE_REMINDER', { ...about, deadline: 'OFFER_EXPIRY', dueOn: '2026-03-10', days: 2 } as never, 'fr').body).toBe('Il vous reste jusqu’au 10 mars 2026 inclus pour répondre à l’offre.');
  });

  it('English the same: no notification to any reader, nor any word one is made of, writes a typewriter apostrophe', () => {
    const params = { ...about, remedy: 'REFUND', amount: '49.00', currency: 'EUR', dueOn: '2026-03-10', expiresOn: '2026-03-10', remedyDueOn: '2026-03-10', outcomeDueOn: '2026-03-10', confirmationDueOn: '2026-03-10', erasesOn: '2026-03-10', removedOn: '2026-03-10', answerDueOn: '2026-03-10', admissibilityDueOn: '2026-03-10', days: 2, reason: 'Too late', side: 'CONSUMER', level: 'SUPERVISOR', retentionYears: 5, endedBy: 'CONSUMER' };
    for (const kind of NOTIFICATION_KINDS)
      for (const reader of ['CONSUMER', 'MERCHANT', 'MEDIATOR']) {
        const { title, body } = notificationText(kind, { ...params, reader } as never, 'en');
        expect(`${kind}: ${title} ${body}`).not.toMatch(/'/);
      }
    const words = [DEADLINE_WORDS, LEVEL_WORDS, FAILURE_WORDS, REMEDY_WORDS].flatMap((table) => Object.entries(table.en));
    expect(words.filter(([, text]) => text.includes("'"))).toEqual([]);
  });
});

describe('MANDATE_ENDED: the merchant and the mediator read that the association no longer represents the consumer, who ended it as far as the record says, and to whom they write now', () => {
  /** `association` null: the notifier found no name (an erased association), and left it out. */
  const text = (endedBy: string, reader: string, locale: 'fr' | 'en', association: string | null = 'UFC-Que Choisir Nantes') =>
    notificationText('MANDATE_ENDED', { ...about, endedBy, reader, ...(association === null ? {} : { association }) }, locale);

  it('revoked by the consumer, to the merchant, in French and English', () => {
    expect(text('CONSUMER', 'MERCHANT', 'fr')).toEqual({
      title: 'Le client n’est plus représenté\u202f: Samsung Galaxy A54 — PhoneShop',
      body: 'Le client a mis fin au mandat\u202f: l’association UFC-Que Choisir Nantes ne le représente plus dans ce dossier. Adressez-vous désormais directement au client.',
    });
    expect(text('CONSUMER', 'MERCHANT', 'en')).toEqual({
      title: 'Customer no longer represented: Samsung Galaxy A54 — PhoneShop',
      body: 'The customer ended the mandate: the association UFC-Que Choisir Nantes no longer represents them in this case. From now on, address the customer directly.',
    });
  });

  it('ended by the association (a renunciation’s shared face), to the mediator, in French and English: no reason, the consumer takes part herself or mandates another association', () => {
    expect(text('ASSOCIATION', 'MEDIATOR', 'fr').body).toBe(
      'L’association UFC-Que Choisir Nantes a mis fin à son mandat\u202f: elle ne représente plus le client dans ce dossier. Le client prend désormais part lui-même à la médiation, ou peut confier un mandat à une autre association.',
    );
    expect(text('ASSOCIATION', 'MEDIATOR', 'en').body).toBe(
      'The association UFC-Que Choisir Nantes ended its mandate: it no longer represents the customer in this case. The customer now takes part in the mediation themselves, or may give another association a mandate.',
    );
  });

  it('ended by the association, to the merchant; revoked, to the mediator', () => {
    expect(text('ASSOCIATION', 'MERCHANT', 'fr').body).toBe('L’association UFC-Que Choisir Nantes a mis fin à son mandat\u202f: elle ne représente plus le client dans ce dossier. Adressez-vous désormais directement au client.');
    expect(text('CONSUMER', 'MEDIATOR', 'en').body).toBe(
      'The customer ended the mandate: the association UFC-Que Choisir Nantes no longer represents them in this case. The customer now takes part in the mediation themselves, or may give another association a mandate.',
    );
  });

  it('an association whose name says so is not « l’association Association … »; one whose name is not known is « l’association », never an id', () => {
    expect(text('CONSUMER', 'MERCHANT', 'fr', 'Association Consommateurs du Rhône').body).toMatch(/^Le client a mis fin au mandat\u202f: l’Association Consommateurs du Rhône ne le représente plus/);
    expect(text('ASSOCIATION', 'MERCHANT', 'en', 'Association Consommateurs du Rhône').body).toMatch(/^Association Consommateurs du Rhône ended its mandate:/);
    expect(text('CONSUMER', 'MERCHANT', 'fr', null).body).toMatch(/^Le client a mis fin au mandat\u202f: l’association ne le représente plus dans ce dossier\./);
    expect(text('ASSOCIATION', 'MEDIATOR', 'en', null).body).toMatch(/^The association ended its mandate: it no longer represents the customer in this case\./);
  });
});

describe('notificationText: French as the catalogue prints it, people’s words as they wrote them', () => {
  it('a narrow no-break space before the colon of the title and the body and inside « », never in the product, the merchant or the reason', () => {
    const text = notificationText('CLAIM_REJECTED', { product: 'Casque « Pro » : édition 2', merchant: 'Hi-Fi ! Store', reason: 'Hors garantie ; désolé !' }, 'fr');
    expect(text.title).toBe('Réclamation refusée\u202f: Casque « Pro » : édition 2 — Hi-Fi ! Store');
    expect(text.body).toBe('Hi-Fi ! Store a refusé votre réclamation\u202f: «\u202fHors garantie ; désolé !\u202f» Vous pouvez la porter plus haut chez le vendeur ou demander une médiation.');
    expect(text.title + text.body).not.toMatch(/[\uE000\uE001]/);
    const english = notificationText('CLAIM_REJECTED', { product: 'Headset', merchant: 'Hi-Fi ! Store', reason: 'Out of warranty' }, 'en');
    expect(english.title).toBe('Claim refused: Headset — Hi-Fi ! Store');
  });

  it('an association’s name stays as written, and one that begins with « Association » is not « l’association Association »', () => {
    const body = notificationText('MANDATE_ENDED', { ...about, endedBy: 'CONSUMER', association: 'Association Défense ! Conso', reader: 'MERCHANT' }, 'fr').body;
    expect(body).toBe('Le client a mis fin au mandat\u202f: l’Association Défense ! Conso ne le représente plus dans ce dossier. Adressez-vous désormais directement au client.');
  });
});

describe('the list words what it can: a kind it does not know, or a parameter missing, reads as news of the dispute (rolling upgrades)', () => {
  const complete = { ...about, remedy: 'REPAIR', requestedRemedy: 'REPAIR', reason: 'Refus.', level: 'SUPERVISOR', deadline: 'MERCHANT_RESPONSE', failure: 'DID_NOT_FIX', daysToCarryOut: 20, dueOn: '2026-03-24', expiresOn: '2026-03-24', remedyDueOn: '2026-03-24', admissibilityDueOn: '2026-03-24', outcomeDueOn: '2026-03-24', answerDueOn: '2026-03-24', confirmationDueOn: '2026-03-24', erasesOn: '2026-03-24', removedOn: '2026-03-10', sentOn: '2026-03-10', answerBy: '2026-03-24', retentionYears: 5 };

  it('every kind with what its notifier gives reads as it always did', () => {
    for (const kind of NOTIFICATION_KINDS) for (const locale of ['fr', 'en'] as const) expect(listedNotificationText(kind, complete, locale)).toEqual(notificationText(kind, complete, locale));
    // A proposal made before the answer date existed has none: still its own sentence.
    expect(listedNotificationText('SETTLEMENT_PROPOSED', { ...about, remedy: 'REPAIR', daysToCarryOut: 20 }, 'fr').title).toBe('Solution proposée par le médiateur\u202f: Samsung Galaxy A54 — PhoneShop');
  });

  it('names the dispute when it can, never the code nor a half-written sentence', () => {
    expect(listedNotificationText('PARCEL_COLLECTED', about, 'fr')).toEqual({ title: 'Du nouveau dans votre dossier\u202f: Samsung Galaxy A54 — PhoneShop', body: 'Il s’est passé quelque chose dans ce dossier. Ouvrez-le pour voir où il en est.' });
    expect(listedNotificationText('OFFER_MADE', { ...about, remedy: 'REFUND' }, 'en').title).toBe('Something happened: Samsung Galaxy A54 — PhoneShop');
    expect(listedNotificationText('ESCALATED', { ...about, level: 'CEO', dueOn: '2026-03-24' }, 'en').title).toBe('Something happened: Samsung Galaxy A54 — PhoneShop');
    expect(listedNotificationText('OFFER_MADE', { ...about, remedy: 'REFUND', expiresOn: 'not a date' }, 'en').title).toBe('Something happened: Samsung Galaxy A54 — PhoneShop');
    expect(listedNotificationText('CLAIM_REJECTED', { reason: 'Non.' }, 'fr').title).toBe('Du nouveau dans l’un de vos dossiers');
    expect(listedNotificationText('MESSAGE_POSTED', null, 'en')).toEqual({ title: 'Something happened in one of your cases', body: 'Something happened in one of your cases. Open it to see where it stands.' });
  });
});

describe('the news that one’s own access ended: the reader is told, in her language, rather than find her list emptier', () => {
  it('TEAM_ACCESS_ENDED names the company and who removed her from its team, and the day; « de » elides before a vowel; no id', () => {
    const params = { merchant: 'Électro Dépôt', removedBy: 'Sophie Martin', removedById: '0b3c1d6e-0000-4000-8000-000000000001', removedOn: '2026-12-05' };
    expect(notificationText('TEAM_ACCESS_ENDED', params, 'fr')).toEqual({
      title: 'Accès retiré\u202f: Électro Dépôt',
      body: 'Vous n’avez plus accès aux dossiers d’Électro Dépôt\u202f: Sophie Martin a mis fin à votre place dans l’équipe le 5 décembre 2026.',
    });
    expect(notificationText('TEAM_ACCESS_ENDED', { ...params, merchant: 'PhoneShop' }, 'fr').body).toMatch(/^Vous n’avez plus accès aux dossiers de PhoneShop\u202f: /);
    expect(notificationText('TEAM_ACCESS_ENDED', params, 'en')).toEqual({
      title: 'Access ended: Électro Dépôt',
      body: 'You no longer have access to Électro Dépôt’s cases: Sophie Martin removed you from the team on 5 December 2026.',
    });
    // Once whoever removed her is erased, her name is taken out: the notice says it without it.
    const { removedBy: _name, removedById: _id, ...unnamed } = params;
    expect(listedNotificationText('TEAM_ACCESS_ENDED', unnamed, 'fr').body).toBe('Vous n’avez plus accès aux dossiers d’Électro Dépôt\u202f: votre place dans l’équipe a pris fin le 5 décembre 2026.');
    expect(listedNotificationText('TEAM_ACCESS_ENDED', unnamed, 'en').body).toBe('You no longer have access to Électro Dépôt’s cases: you were removed from the team on 5 December 2026.');
    for (const locale of ['fr', 'en'] as const) expect(JSON.stringify(notificationText('TEAM_ACCESS_ENDED', params, locale))).not.toContain(params.removedById);
  });

  it('MEDIATOR_REPLACED and ADVICE_SHARING_ENDED tell the mediator and the adviser that they no longer read the case, in French and English', () => {
    expect(notificationText('MEDIATOR_REPLACED', about, 'fr')).toEqual({ title: 'Dossier confié à un autre médiateur\u202f: Samsung Galaxy A54 — PhoneShop', body: 'Ce dossier est confié à un autre médiateur\u202f: vous n’y avez plus accès.' });
    expect(notificationText('MEDIATOR_REPLACED', about, 'en')).toEqual({ title: 'Case given to another mediator: Samsung Galaxy A54 — PhoneShop', body: 'This case was given to another mediator: you no longer have access to it.' });
    expect(notificationText('ADVICE_SHARING_ENDED', about, 'fr')).toEqual({ title: 'Partage pour avis arrêté\u202f: Samsung Galaxy A54 — PhoneShop', body: 'Le consommateur a arrêté de partager ce dossier avec vous\u202f: vous ne pouvez plus le lire.' });
    expect(notificationText('ADVICE_SHARING_ENDED', about, 'en')).toEqual({ title: 'Sharing for advice stopped: Samsung Galaxy A54 — PhoneShop', body: 'The consumer stopped sharing this case with you: you can no longer read it.' });
  });
});
