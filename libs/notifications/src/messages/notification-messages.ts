import { frenchOf, quoteEndingSentence, typeset, verbatim, withErasedWords, type Locale } from '@recours/locale';
import { INADMISSIBILITY_GROUND_PHRASES, type InadmissibilityGround, type NotificationParams } from '@recours/disputes';
import { ofAssociation } from '@recours/read-models';
import type { NotificationKind } from '../rules/notification-kind';
import { DEADLINE_WORDS, FAILURE_WORDS, FEMININE_REMEDIES, LEVEL_WORDS, REMEDY_WORDS, dateWords, moneyWords } from './wording';

/** A notification as a person reads it: a title naming the dispute, and what happened. */
export interface NotificationText {
  title: string;
  body: string;
}

/** The parameters of one notification, worded for one reader. */
class Words {
  /** The parameters a sentence read and did not find (a notification stored by an older or a newer notifier). */
  readonly missing = new Set<string>();
  constructor(
    private readonly p: NotificationParams,
    private readonly locale: Locale,
  ) {}
  /** A parameter the sentence cannot do without: noted when absent, so that the sentence is not shown half written. */
  private needed(key: string): unknown {
    const value = this.p[key];
    if (value === undefined || value === null || value === '') this.missing.add(key);
    return value;
  }
  /** A code the sentence words from a table: noted missing when absent or unknown to this version. */
  private worded(table: Record<string, string>, key: string, value: unknown): string {
    const words = table[String(value)];
    if (words === undefined) this.missing.add(key);
    return words ?? '';
  }
  /** « Samsung Galaxy A54 — PhoneShop »: the dispute as both sides know it. */
  get dispute(): string {
    return `${verbatim(String(this.needed('product')))} — ${this.merchant}`;
  }
  /** Names and reasons are people's words: marked verbatim, never typeset (notificationText). */
  get merchant(): string {
    return verbatim(String(this.needed('merchant')));
  }
  date(key: string): string {
    const value = this.needed(key);
    // A calendar date, or the start of an instant: anything else is not a date this version words.
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) this.missing.add(key);
    return dateWords(value, this.locale);
  }
  get remedy(): string {
    const words = this.worded(REMEDY_WORDS[this.locale], 'remedy', this.p.remedy ?? this.p.requestedRemedy);
    const amount = moneyWords(this.p.amount, this.p.currency, this.locale);
    // « un remboursement de 349,00 € », not « un remboursement (349,00 €) », which nests in « L'offre (…) ».
    return amount ? `${words} ${this.locale === 'fr' ? 'de' : 'of'} ${amount}` : words;
  }
  get carriedOutFr(): string {
    return FEMININE_REMEDIES.has(String(this.p.remedy ?? this.p.requestedRemedy)) ? 'exécutée' : 'exécuté';
  }
  get deadline(): string {
    return this.worded(DEADLINE_WORDS[this.locale], 'deadline', this.p.deadline);
  }
  get level(): string {
    return this.worded(LEVEL_WORDS[this.locale], 'level', this.p.level);
  }
  get failure(): string {
    return this.worded(FAILURE_WORDS[this.locale], 'failure', this.p.failure);
  }
  get reason(): string {
    return String(this.needed('reason') ?? '');
  }
  /** The ground of L612-2 an inadmissible request was refused on, with its place in the article; '' when none was given. */
  get ground(): string {
    const phrase = INADMISSIBILITY_GROUND_PHRASES[String(this.p.ground) as InadmissibilityGround];
    return phrase ? phrase[this.locale] : '';
  }
  /** The reason quoted and the sentence ended once: « Refus définitif. », not « Refus définitif. ». */
  get quotedReason(): string {
    return quoteEndingSentence(verbatim(this.reason), this.locale);
  }
  /** « dans les 20 jours », "within 20 days": the period a settlement gives to carry it out. */
  get withinDaysToCarryOut(): string {
    const days = Number(this.needed('daysToCarryOut'));
    if (!Number.isFinite(days)) this.missing.add('daysToCarryOut');
    if (this.locale === 'fr') return days === 1 ? 'dans un délai d’un jour' : `dans les ${days} jours`;
    return days === 1 ? 'within 1 day' : `within ${days} days`;
  }
  /** « l’association UFC-Que Choisir Nantes », as the timeline names it; « l’association » when its name is not known. */
  get association(): string {
    const name = typeof this.p.association === 'string' && this.p.association.trim() ? this.p.association.trim() : null;
    if (!name) return this.locale === 'fr' ? 'l’association' : 'the association';
    const words = ofAssociation(name, this.locale); // ends with the name
    return `${words.slice(0, words.length - name.length)}${verbatim(name)}`;
  }
  /** The reader's part in the dispute, for a sentence worded for it (READER_WORDED_KINDS). */
  get reader(): string {
    return String(this.p.reader ?? '');
  }
  /** The team member who removed the reader from the team, as the team list names her; '' when not known. */
  get removedBy(): string {
    const name = typeof this.p.removedBy === 'string' ? this.p.removedBy.trim() : '';
    return name ? verbatim(name) : '';
  }
  get days(): number {
    return Number(this.p.daysBefore ?? 0);
  }
  flag(key: string): unknown {
    return this.p[key];
  }
}

type Sentences = Record<Locale, (w: Words) => NotificationText>;
const t = (title: string, body: string): NotificationText => ({ title, body });
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const inDays = { fr: (n: number) => (n <= 1 ? 'demain' : `dans ${n} jours`), en: (n: number) => (n <= 1 ? 'tomorrow' : `in ${n} days`) };

/** Every kind in French and English; the dispute is named by its product and merchant. */
const MESSAGES: Record<NotificationKind, Sentences> = {
  CLAIM_FILED: {
    fr: (w) => t(`Nouvelle réclamation : ${w.dispute}`, `Un client a déposé une réclamation et demande ${w.remedy}. Vous avez jusqu’au ${w.date('dueOn')} pour répondre.`),
    en: (w) => t(`New claim: ${w.dispute}`, `A customer filed a claim and asks for ${w.remedy}. You have until ${w.date('dueOn')} to answer.`),
  },
  CLAIM_ACKNOWLEDGED: {
    fr: (w) => t(`Réclamation prise en compte : ${w.dispute}`, `${w.merchant} a pris en compte votre réclamation. Son délai de réponse court toujours.`),
    en: (w) => t(`Claim acknowledged: ${w.dispute}`, `${w.merchant} acknowledged your claim. Its time to answer is still running.`),
  },
  CLAIM_REJECTED: {
    fr: (w) => t(`Réclamation refusée : ${w.dispute}`, `${w.merchant} a refusé votre réclamation : ${w.quotedReason} Vous pouvez la porter plus haut chez le vendeur ou demander une médiation.`),
    en: (w) => t(`Claim refused: ${w.dispute}`, `${w.merchant} refused your claim: ${w.quotedReason} You can take it higher at the merchant or ask for mediation.`),
  },
  MERCHANT_RESPONSE_OVERDUE: {
    fr: (w) => t(`Sans réponse du vendeur : ${w.dispute}`, `${w.merchant} n’a pas répondu dans le délai, qui expirait le ${w.date('dueOn')}. Vous pouvez désormais demander une médiation.`),
    en: (w) => t(`No answer from the merchant: ${w.dispute}`, `${w.merchant} did not answer by ${w.date('dueOn')}. You may now ask for mediation.`),
  },
  // The notice is the consumer's letter: the merchant hears she says she sent it, the day, and the date it gives.
  FORMAL_NOTICE_SENT: {
    fr: (w) => t(`Mise en demeure : ${w.dispute}`, `Le client indique vous avoir envoyé une mise en demeure le ${w.date('sentOn')}. Elle vous demande ${w.remedy} au plus tard le ${w.date('answerBy')}.`),
    en: (w) => t(`Formal notice: ${w.dispute}`, `The customer says they sent you a formal notice on ${w.date('sentOn')}. It demands ${w.remedy} by ${w.date('answerBy')} at the latest.`),
  },
  ESCALATED: {
    fr: (w) => t(`Réclamation portée plus haut : ${w.dispute}`, `Le client a porté sa réclamation devant ${w.level}. Vous avez jusqu’au ${w.date('dueOn')} pour répondre.`),
    en: (w) => t(`Claim escalated: ${w.dispute}`, `The customer took the claim to ${w.level}. You have until ${w.date('dueOn')} to answer.`),
  },
  CASE_ASSIGNED: {
    fr: (w) =>
      t(`Dossier confié : ${w.dispute}`, `Ce dossier vous est confié : vous le traitez désormais pour ${w.merchant}.${w.flag('dueOn') ? ` Une réponse au client est attendue au plus tard le ${w.date('dueOn')}.` : ''}`),
    en: (w) => t(`Case assigned to you: ${w.dispute}`, `This case is now yours: you handle it for ${w.merchant}.${w.flag('dueOn') ? ` The customer expects an answer by ${w.date('dueOn')}.` : ''}`),
  },
  OFFER_MADE: {
    fr: (w) => t(`Nouvelle offre : ${w.dispute}`, `${w.merchant} vous propose ${w.remedy}. L’offre est ouverte jusqu’au ${w.date('expiresOn')}.`),
    en: (w) => t(`New offer: ${w.dispute}`, `${w.merchant} offers you ${w.remedy}. The offer is open until ${w.date('expiresOn')}.`),
  },
  COUNTER_OFFER_MADE: {
    fr: (w) => t(`Contre-proposition : ${w.dispute}`, `Le client propose ${w.remedy}. La proposition est ouverte jusqu’au ${w.date('expiresOn')}.`),
    en: (w) => t(`Counter-offer: ${w.dispute}`, `The customer proposes ${w.remedy}. The proposal is open until ${w.date('expiresOn')}.`),
  },
  OFFER_ACCEPTED: {
    fr: (w) => t(`Offre acceptée : ${w.dispute}`, `L’offre (${w.remedy}) a été acceptée. Elle doit être exécutée au plus tard le ${w.date('remedyDueOn')}.`),
    en: (w) => t(`Offer accepted: ${w.dispute}`, `The offer (${w.remedy}) was accepted. It is due by ${w.date('remedyDueOn')}.`),
  },
  OFFER_REJECTED: {
    fr: (w) => t(`Offre refusée : ${w.dispute}`, `L’offre (${w.remedy}) a été refusée : ${w.quotedReason}`),
    en: (w) => t(`Offer refused: ${w.dispute}`, `The offer (${w.remedy}) was refused: ${w.quotedReason}`),
  },
  OFFER_EXPIRED: {
    fr: (w) => t(`Offre expirée : ${w.dispute}`, `L’offre (${w.remedy}) a expiré sans réponse.`),
    en: (w) => t(`Offer expired: ${w.dispute}`, `The offer (${w.remedy}) expired unanswered.`),
  },
  MESSAGE_POSTED: {
    fr: (w) => t(`Nouveau message : ${w.dispute}`, `Un nouveau message vous attend dans le dossier. Lisez-le sur recours.`),
    en: (w) => t(`New message: ${w.dispute}`, 'A new message is waiting for you in the case. Read it on recours.'),
  },
  MEDIATION_REQUESTED: {
    fr: (w) => t(`Médiation demandée : ${w.dispute}`, `Une médiation a été demandée. La recevabilité doit être décidée au plus tard le ${w.date('admissibilityDueOn')} (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).`),
    en: (w) => t(`Mediation requested: ${w.dispute}`, `Mediation was requested. Admissibility must be decided by ${w.date('admissibilityDueOn')} (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).`),
  },
  MEDIATOR_ASSIGNED: {
    // The mediator is told the case is hers to decide on, not that « a mediator » was assigned to it.
    fr: (w) =>
      t(
        `Médiateur désigné : ${w.dispute}`,
        w.reader === 'MEDIATOR'
          ? `Ce dossier vous est confié pour la médiation. Dites au plus tard le ${w.date('admissibilityDueOn')} si la demande est recevable (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).`
          : `Un médiateur est désigné pour ce dossier. Il dira au plus tard le ${w.date('admissibilityDueOn')} si la demande est recevable (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).`,
      ),
    en: (w) =>
      t(
        `Mediator assigned: ${w.dispute}`,
        w.reader === 'MEDIATOR'
          ? `This case is now yours to mediate. Say by ${w.date('admissibilityDueOn')} whether the request is admissible (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).`
          : `A mediator is assigned to this case and will say by ${w.date('admissibilityDueOn')} whether the request is admissible (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).`,
      ),
  },
  MEDIATION_ADMISSIBLE: {
    // The 90 days run from the complete file (R612-2, R612-5): `fileCompletedOn`, absent from notifications stored before it was given.
    fr: (w) =>
      t(
        `Médiation recevable : ${w.dispute}`,
        w.flag('fileCompletedOn')
          ? w.flag('outcomeDatePassed')
            ? `La médiation est recevable. Le médiateur a reçu le dossier complet le ${w.date('fileCompletedOn')} : les 90 jours dans lesquels elle devait aboutir (article R612-5 du Code de la consommation) ont pris fin le ${w.date('outcomeDueOn')}. La médiation est en retard.`
            : `La médiation est recevable. Elle doit aboutir au plus tard le ${w.date('outcomeDueOn')} : 90 jours à compter de la réception du dossier complet par le médiateur, le ${w.date('fileCompletedOn')} (articles R612-2 et R612-5 du Code de la consommation).`
          : `La médiation est recevable. Elle doit aboutir au plus tard le ${w.date('outcomeDueOn')} (90 jours, article R612-5 du Code de la consommation).`,
      ),
    en: (w) =>
      t(
        `Mediation admissible: ${w.dispute}`,
        w.flag('fileCompletedOn')
          ? w.flag('outcomeDatePassed')
            ? `The mediation is admissible. The mediator received the complete file on ${w.date('fileCompletedOn')}: the 90 days it had to reach an outcome in (Article R612-5 of the French Consumer Code) ended on ${w.date('outcomeDueOn')}. The mediation is late.`
            : `The mediation is admissible. It must reach an outcome by ${w.date('outcomeDueOn')}: 90 days from the mediator’s receipt of the complete file, on ${w.date('fileCompletedOn')} (Articles R612-2 and R612-5 of the French Consumer Code).`
          : `The mediation is admissible. It must reach an outcome by ${w.date('outcomeDueOn')} (90 days, Article R612-5 of the French Consumer Code).`,
      ),
  },
  MEDIATION_INADMISSIBLE: {
    fr: (w) => t(`Médiation irrecevable : ${w.dispute}`, `Le médiateur a jugé la demande irrecevable : ${w.quotedReason}${w.ground ? ` Motif retenu : ${w.ground}.` : ''}`),
    en: (w) => t(`Mediation inadmissible: ${w.dispute}`, `The mediator found the request inadmissible: ${w.quotedReason}${w.ground ? ` Ground: ${w.ground}.` : ''}`),
  },
  MEDIATION_EXTENDED: {
    fr: (w) => t(`Médiation prolongée : ${w.dispute}`, `Le médiateur a prolongé le délai de la médiation, le litige étant complexe (article R612-5 du Code de la consommation) : ${w.quotedReason} Elle doit désormais aboutir au plus tard le ${w.date('outcomeDueOn')}.`),
    en: (w) => t(`Mediation extended: ${w.dispute}`, `The mediator extended the mediation’s period, the dispute being complex (Article R612-5 of the French Consumer Code): ${w.quotedReason} It must now reach an outcome by ${w.date('outcomeDueOn')}.`),
  },
  SETTLEMENT_PROPOSED: {
    // What the mediator must remind the parties of with a proposed solution (R612-4): free to
    // accept or refuse it, by the answer date the mediator set (absent on proposals made before
    // it existed), going to court stays open, a judge might decide otherwise.
    fr: (w) =>
      t(
        `Solution proposée par le médiateur : ${w.dispute}`,
        `Le médiateur propose ${w.remedy}. Vous êtes libre d’accepter ou de refuser cette solution${w.flag('answerDueOn') ? `, au plus tard le ${w.date('answerDueOn')} inclus ; sans l’accord des deux parties à cette date, elle devient caduque` : ''} ; si les deux parties l’acceptent, la médiation prend fin et la solution doit être exécutée ${w.withinDaysToCarryOut}. Participer à la médiation ne vous empêche pas de saisir un juge, dont la décision pourrait être différente de cette solution (article R612-4 du Code de la consommation).`,
      ),
    en: (w) =>
      t(
        `Settlement proposed: ${w.dispute}`,
        `The mediator proposes ${w.remedy}. You are free to accept or refuse this solution${w.flag('answerDueOn') ? `, until the end of ${w.date('answerDueOn')}; unless both sides have accepted it by then, it lapses` : ''}; if both sides accept it, the mediation ends and the solution must be carried out ${w.withinDaysToCarryOut}. Taking part in the mediation does not stop you from going to court, whose decision could differ from this solution (Article R612-4 of the French Consumer Code).`,
      ),
  },
  SETTLEMENT_ACCEPTED: {
    fr: (w) => t(`Solution acceptée par une partie : ${w.dispute}`, `${w.flag('side') === 'CONSUMER' ? 'Le client' : 'Le vendeur'} a accepté la solution du médiateur ; la réponse de l’autre partie est attendue.`),
    en: (w) => t(`Settlement accepted by one side: ${w.dispute}`, `${w.flag('side') === 'CONSUMER' ? 'The customer' : 'The merchant'} accepted the mediator’s settlement; the other side’s answer is awaited.`),
  },
  SETTLEMENT_REJECTED: {
    fr: (w) => t(`Solution refusée : ${w.dispute}`, `${w.flag('side') === 'CONSUMER' ? 'Le client' : 'Le vendeur'} a refusé la solution du médiateur : ${w.quotedReason}`),
    en: (w) => t(`Settlement refused: ${w.dispute}`, `${w.flag('side') === 'CONSUMER' ? 'The customer' : 'The merchant'} refused the mediator’s settlement: ${w.quotedReason}`),
  },
  SETTLEMENT_EXPIRED: {
    fr: (w) => t(`Solution du médiateur caduque : ${w.dispute}`, `Le délai pour répondre à la solution proposée par le médiateur (${w.remedy}) a pris fin le ${w.date('answerDueOn')} sans l’accord des deux parties : elle est caduque. La médiation continue ; le médiateur peut proposer une autre solution.`),
    en: (w) => t(`Mediator’s settlement lapsed: ${w.dispute}`, `The period to answer the mediator’s proposed settlement (${w.remedy}) ended on ${w.date('answerDueOn')} without both sides accepting it: it has lapsed. The mediation continues; the mediator may propose another solution.`),
  },
  // To each side that has not answered yet, once before the answer date (R612-4): what
  // SETTLEMENT_PROPOSED said of the date, again; the reader may have accepted nothing yet.
  SETTLEMENT_ANSWER_REMINDER: {
    fr: (w) =>
      t(
        `Rappel : solution du médiateur à accepter ou refuser au plus tard le ${w.date('answerDueOn')} — ${w.dispute}`,
        `Le médiateur a proposé ${w.remedy} et attend votre réponse. Vous êtes libre d’accepter ou de refuser cette solution (article R612-4 du Code de la consommation), au plus tard le ${w.date('answerDueOn')} inclus ; sans l’accord des deux parties à cette date, elle devient caduque.`,
      ),
    en: (w) =>
      t(
        `Reminder: the mediator’s settlement is to be answered by ${w.date('answerDueOn')} — ${w.dispute}`,
        `The mediator proposed ${w.remedy} and awaits your answer. You are free to accept or refuse this solution (Article R612-4 of the French Consumer Code), until the end of ${w.date('answerDueOn')}; unless both sides have accepted it by then, it lapses.`,
      ),
  },
  AGREEMENT_REACHED: {
    fr: (w) => t(`Accord trouvé : ${w.dispute}`, `Les deux parties ont accepté la solution du médiateur. Elle doit être exécutée au plus tard le ${w.date('remedyDueOn')}.`),
    en: (w) => t(`Agreement reached: ${w.dispute}`, `Both sides accepted the mediator’s settlement. It is due by ${w.date('remedyDueOn')}.`),
  },
  DEADLINE_REMINDER: {
    fr: (w) => t(`Rappel : échéance ${inDays.fr(w.days)} — ${w.dispute}`, `Il vous reste jusqu’au ${w.date('dueOn')} inclus pour ${w.deadline}.`),
    en: (w) => t(`Reminder: due ${inDays.en(w.days)} — ${w.dispute}`, `You have until the end of ${w.date('dueOn')} to ${w.deadline}.`),
  },
  REMEDY_DUE_SOON: {
    fr: (w) => t(`Solution à exécuter ${inDays.fr(w.days)} : ${w.dispute}`, `La solution convenue doit être exécutée au plus tard le ${w.date('dueOn')}.`),
    en: (w) => t(`Remedy due ${inDays.en(w.days)}: ${w.dispute}`, `The agreed remedy is due by ${w.date('dueOn')}.`),
  },
  REMEDY_OVERDUE: {
    fr: (w) => t(`Solution non exécutée à temps : ${w.dispute}`, `La solution convenue devait être exécutée au plus tard le ${w.date('dueOn')}.`),
    en: (w) => t(`Remedy overdue: ${w.dispute}`, `The agreed remedy was due by ${w.date('dueOn')}.`),
  },
  MEDIATION_DEADLINE_MISSED: {
    fr: (w) => t(`Délai de médiation dépassé : ${w.dispute}`, `Le médiateur devait ${w.deadline} au plus tard le ${w.date('dueOn')}.`),
    en: (w) => t(`Mediation deadline missed: ${w.dispute}`, `The mediator had to ${w.deadline} by ${w.date('dueOn')}.`),
  },
  REMEDY_CARRIED_OUT_REPORTED: {
    fr: (w) => t(`Solution déclarée réalisée : ${w.dispute}`, `Le vendeur déclare avoir réalisé ${w.remedy}. Vous avez jusqu’au ${w.date('confirmationDueOn')} pour le confirmer ou le contester sur recours ; sans réponse de votre part, la solution sera tenue pour réalisée.`),
    en: (w) => t(`Remedy reported carried out: ${w.dispute}`, `The merchant reports ${w.remedy} carried out. You have until ${w.date('confirmationDueOn')} to confirm or contest it on recours; without an answer, it will count as carried out.`),
  },
  REMEDY_DEEMED_CONFIRMED: {
    fr: (w) => t(`Solution tenue pour réalisée : ${w.dispute}`, `Le délai pour confirmer ou contester ${w.remedy} est écoulé sans réponse : la solution est tenue pour réalisée et le litige est clos.`),
    en: (w) => t(`Remedy counted as carried out: ${w.dispute}`, `The period to confirm or contest ${w.remedy} ended without an answer: the remedy counts as carried out and the dispute is closed.`),
  },
  REMEDY_FULFILLED: {
    fr: (w) => t(`Solution confirmée : ${w.dispute}`, `Le client confirme qu’${w.remedy} a bien été ${w.carriedOutFr}.`),
    en: (w) => t(`Remedy confirmed: ${w.dispute}`, `The customer confirms that ${w.remedy} was carried out.`),
  },
  REMEDY_FAILED: {
    fr: (w) => t(`Solution en échec : ${w.dispute}`, `Selon le client, la solution (${w.remedy}) ${w.failure}. Vous avez jusqu’au ${w.date('dueOn')} pour répondre.`),
    en: (w) => t(`Remedy failed: ${w.dispute}`, `The customer says the remedy (${w.remedy}) ${w.failure}. You have until ${w.date('dueOn')} to answer.`),
  },
  CLAIM_WITHDRAWN: {
    fr: (w) => t(`Réclamation retirée : ${w.dispute}`, 'Le client a retiré sa réclamation. Le dossier est clos.'),
    en: (w) => t(`Claim withdrawn: ${w.dispute}`, 'The customer withdrew the claim. The case is closed.'),
  },
  DISPUTE_CLOSED: {
    fr: (w) => t(`Dossier clos : ${w.dispute}`, w.flag('outcome') === 'RESOLVED' ? 'Le litige est résolu et le dossier est clos.' : 'Le dossier est clos sans accord ; il indique les recours qui restent ouverts.'),
    en: (w) => t(`Case closed: ${w.dispute}`, w.flag('outcome') === 'RESOLVED' ? 'The dispute is resolved and the case is closed.' : 'The case is closed without agreement; it lists the ways still open.'),
  },
  ERASURE_NOTICE: {
    fr: (w) =>
      t(
        `Effacement prochain : ${w.dispute}`,
        `La durée de conservation de ce dossier (${w.flag('retentionYears')} ans après sa fin) s’achève : il sera effacé à partir du ${w.date('erasesOn')}. Téléchargez d’ici là le dossier si vous en avez besoin ; en cas de procédure en cours, prévenez l’administrateur de la plateforme.`,
      ),
    en: (w) =>
      t(
        `To be erased soon: ${w.dispute}`,
        `This case’s retention period (${w.flag('retentionYears')} years after it ended) is ending: it will be erased from ${w.date('erasesOn')}. Download its case file before then if you need it; if legal proceedings are under way, tell the platform’s administrator.`,
      ),
  },
  MANDATE_GRANTED: {
    fr: (w) => t(`Mandat reçu : ${w.dispute}`, 'Un adhérent vous a confié un mandat : vous pouvez agir pour lui dans ce dossier.'),
    en: (w) => t(`Mandate received: ${w.dispute}`, 'A member gave you a mandate: you may act for them in this case.'),
  },
  SHARED_FOR_ADVICE: {
    fr: (w) => t(`Dossier partagé pour avis : ${w.dispute}`, 'Un consommateur a partagé ce dossier avec vous pour avoir votre avis : vous pouvez le lire, sans agir (ce n’est pas un mandat).'),
    en: (w) => t(`Case shared for advice: ${w.dispute}`, 'A consumer shared this case with you for your advice: you may read it, not act on it (this is not a mandate).'),
  },
  MANDATE_REVOKED: {
    fr: (w) => t(`Mandat retiré : ${w.dispute}`, "Le client a retiré son mandat : l’association ne le représente plus dans ce dossier."),
    en: (w) => t(`Mandate revoked: ${w.dispute}`, 'The member revoked the mandate: the association no longer acts in this case.'),
  },
  // To the merchant and the mediator: who ended the mandate, as far as the shared record tells
  // them (the consumer's revocation, the association's own end of it; never its reason), and to
  // whom they write from now on.
  MANDATE_ENDED: {
    fr: (w) =>
      t(
        `Le client n’est plus représenté : ${w.dispute}`,
        `${
          w.flag('endedBy') === 'CONSUMER'
            ? `Le client a mis fin au mandat : ${w.association} ne le représente plus dans ce dossier.`
            : `${capitalised(w.association)} a mis fin à son mandat : elle ne représente plus le client dans ce dossier.`
        } ${w.reader === 'MEDIATOR' ? 'Le client prend désormais part lui-même à la médiation, ou peut confier un mandat à une autre association.' : 'Adressez-vous désormais directement au client.'}`,
      ),
    en: (w) =>
      t(
        `Customer no longer represented: ${w.dispute}`,
        `${
          w.flag('endedBy') === 'CONSUMER'
            ? `The customer ended the mandate: ${w.association} no longer represents them in this case.`
            : `${capitalised(w.association)} ended its mandate: it no longer represents the customer in this case.`
        } ${w.reader === 'MEDIATOR' ? 'The customer now takes part in the mediation themselves, or may give another association a mandate.' : 'From now on, address the customer directly.'}`,
      ),
  },
  // To the association whose sharing for advice the consumer stopped: the case leaves its list.
  ADVICE_SHARING_ENDED: {
    fr: (w) => t(`Partage pour avis arrêté : ${w.dispute}`, 'Le consommateur a arrêté de partager ce dossier avec vous : vous ne pouvez plus le lire.'),
    en: (w) => t(`Sharing for advice stopped: ${w.dispute}`, 'The consumer stopped sharing this case with you: you can no longer read it.'),
  },
  // To the mediator a new assignment takes the case from (recusal, absence): it leaves her caseload.
  MEDIATOR_REPLACED: {
    fr: (w) => t(`Dossier confié à un autre médiateur : ${w.dispute}`, 'Ce dossier est confié à un autre médiateur : vous n’y avez plus accès.'),
    en: (w) => t(`Case given to another mediator: ${w.dispute}`, 'This case was given to another mediator: you no longer have access to it.'),
  },
  // To the agent the merchant's owner removed from its team: about the company, not one dispute.
  // Named as the team list names its members to each other; without the name once she is erased.
  TEAM_ACCESS_ENDED: {
    fr: (w) =>
      t(
        `Accès retiré : ${w.merchant}`,
        `Vous n’avez plus accès aux dossiers ${frenchOf(w.merchant)} : ${w.removedBy ? `${w.removedBy} a mis fin à votre place dans l’équipe` : 'votre place dans l’équipe a pris fin'} le ${w.date('removedOn')}.`,
      ),
    en: (w) =>
      t(
        `Access ended: ${w.merchant}`,
        `You no longer have access to ${w.merchant}’s cases: ${w.removedBy ? `${w.removedBy} removed you from the team` : 'you were removed from the team'} on ${w.date('removedOn')}.`,
      ),
  },
  // C. civ. art. 2007: the mandataire renounces by notifying the mandant; she learns why, and what is hers to do now.
  MANDATE_RENOUNCED: {
    fr: (w) =>
      t(
        `Renonciation au mandat : ${w.dispute}`,
        `L’association qui vous représentait a renoncé au mandat (article 2007 du Code civil) : ${w.quotedReason} Elle n’agit plus pour vous dans ce dossier. Vous pouvez de nouveau agir vous-même, ou confier un mandat à une autre association.`,
      ),
    en: (w) =>
      t(
        `Mandate renounced: ${w.dispute}`,
        `The association acting for you renounced the mandate (article 2007 of the French Civil Code): ${w.quotedReason} It no longer acts for you in this case. You may act yourself again, or give another association a mandate.`,
      ),
  },
};

/**
 * The notification's sentences with people's words (names, a reason) marked verbatim, for a
 * surface that typesets them once where it produces its text (the e-mail's renderEmail).
 */
export function notificationSentences(kind: NotificationKind, params: NotificationParams, locale: Locale): NotificationText {
  // Words quoted from a person since erased (a reason) read as erased, in the reader's language.
  return withErasedWords(MESSAGES[kind][locale](new Words(params, locale)), locale);
}

/**
 * The notification in the reader's language, as it is read in the app: in French with the
 * catalogue's typography (a narrow no-break space before : ; ! ? and inside « »), a person's own
 * words quoted as she wrote them.
 */
export function notificationText(kind: NotificationKind, params: NotificationParams, locale: Locale): NotificationText {
  const { title, body } = notificationSentences(kind, params, locale);
  return { title: typeset(title, locale), body: typeset(body, locale) };
}

/**
 * What the app says of a notification it cannot word: news that something happened in the
 * dispute, named as every notification names it, or, without its names, in one of her disputes.
 * Never its code nor an id.
 */
const SOMETHING_HAPPENED: Record<Locale, { named: (dispute: string) => NotificationText; unnamed: NotificationText }> = {
  fr: {
    named: (dispute) => t(`Du nouveau dans votre dossier : ${dispute}`, 'Il s’est passé quelque chose dans ce dossier. Ouvrez-le pour voir où il en est.'),
    unnamed: t('Du nouveau dans l’un de vos dossiers', 'Il s’est passé quelque chose dans l’un de vos dossiers. Ouvrez-le pour voir où il en est.'),
  },
  en: {
    named: (dispute) => t(`Something happened: ${dispute}`, 'Something happened in this case. Open it to see where it stands.'),
    unnamed: t('Something happened in one of your cases', 'Something happened in one of your cases. Open it to see where it stands.'),
  },
};

/** Whether this version of recours words notifications of this kind. */
export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(MESSAGES, kind);
}

/**
 * The notification as the app lists it, whatever was stored: a kind this version does not know
 * (stored by a newer notifier during a rolling upgrade), or parameters missing a word its sentence
 * needs (an older or a newer notifier), read as news that something happened in the dispute.
 * One notification never breaks its reader's list.
 */
export function listedNotificationText(kind: string, params: NotificationParams | null, locale: Locale): NotificationText {
  const { title, body } = listedNotificationSentences(kind, params, locale);
  return { title: typeset(title, locale), body: typeset(body, locale) };
}

/**
 * listedNotificationText's sentences with people's words marked verbatim, for a surface that
 * typesets them once (the e-mail's renderEmail): an e-mail missing a word reads as the list does,
 * never half written.
 */
export function listedNotificationSentences(kind: string, params: NotificationParams | null, locale: Locale): NotificationText {
  const given = params ?? {};
  if (isNotificationKind(kind)) {
    const words = new Words(given, locale);
    try {
      const text = withErasedWords(MESSAGES[kind][locale](words), locale);
      if (words.missing.size === 0) return text;
    } catch {
      // A stored value this version cannot read (a date that is not one): worded as below.
    }
  }
  const words = new Words(given, locale);
  const dispute = words.dispute;
  return words.missing.size === 0 ? withErasedWords(SOMETHING_HAPPENED[locale].named(dispute), locale) : SOMETHING_HAPPENED[locale].unnamed;
}
