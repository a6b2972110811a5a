import { formatFor, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { frenchTypography, type Locale, type Phrase } from '@recours/locale';
import type { DomainErrorCode } from './error-codes';
import type { DeadlineKind } from './values/deadline-kind';
import { REMEDY_PHRASES, type Remedy } from './values/remedy';
import type { ProblemParams } from './validation/field-problems';
import { MAX_IN_KIND_REMEDY_DAYS } from './legal-periods';

/**
 * What a person reads when the decider refuses a command, for each refusal code, in each
 * language, from the refusal's parameters. Ids stay in the parameters (for clients), never in
 * the sentences; dates are written as the reader's language writes them (Paris days).
 */
type Words = (params: ProblemParams, locale: Locale) => string;
interface Sentences {
  en: Words;
  fr: Words;
}

const day = (value: string | number | undefined, locale: Locale): string => {
  const text = String(value ?? '');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? (text as CalendarDate) : parisDateOf(text);
  return formatFor(locale).date(date);
};

const ROLES: Record<string, Phrase> = {
  CONSUMER: { en: 'the consumer', fr: 'le consommateur' },
  ASSOCIATION: { en: "an association under the consumer's mandate", fr: 'une association mandatée par le consommateur' },
  MERCHANT: { en: "the merchant's agents", fr: 'les agents du professionnel' },
  MEDIATOR: { en: 'the assigned mediator', fr: 'le médiateur désigné' },
  ADMIN: { en: 'a platform admin', fr: 'un administrateur de la plateforme' },
  SYSTEM: { en: 'the deadline process', fr: 'le suivi automatique des délais' },
};
/** How each role's French words agree: "les agents" are plural, "une association" feminine. */
const FRENCH_PLURAL_ROLES = new Set(['MERCHANT']);
const FRENCH_FEMININE_ROLES = new Set(['ASSOCIATION']);
const roleList = (list: string | number | undefined) => String(list ?? '').split(',').filter(Boolean);
const roles = (list: string | number | undefined, locale: Locale) =>
  roleList(list)
    .map((role) => ROLES[role]?.[locale] ?? ROLES.ADMIN![locale])
    .join(locale === 'fr' ? ' ou ' : ' or ');
/** « seul le consommateur peut », « seule une association … peut », « seuls les agents du professionnel peuvent », and plural for several roles. */
const onlyRolesMayFr = (list: string | number | undefined) => {
  const named = roleList(list).map((role) => (ROLES[role] ? role : 'ADMIN'));
  const plural = named.length > 1 || named.some((role) => FRENCH_PLURAL_ROLES.has(role));
  const feminine = named.length > 0 && named.every((role) => FRENCH_FEMININE_ROLES.has(role));
  return `seul${feminine ? 'e' : ''}${plural ? 's' : ''} ${roles(list, 'fr')} ${plural ? 'peuvent' : 'peut'} faire cela`;
};

const SIDES: Record<string, Phrase> = {
  CONSUMER: { en: 'the consumer', fr: 'le consommateur' },
  MERCHANT: { en: 'the merchant', fr: 'le professionnel' },
};
const side = (value: string | number | undefined, locale: Locale) => SIDES[String(value)]?.[locale] ?? SIDES.MERCHANT![locale];

const remedies = (list: string | number | undefined, locale: Locale) =>
  String(list ?? '')
    .split(',')
    .filter(Boolean)
    .map((r) => REMEDY_PHRASES[r as Remedy]?.[locale] ?? r)
    .join(', ');

// Typed by the kinds, so that a new deadline cannot be refused without its words.
const DEADLINES: Record<DeadlineKind, Phrase> = {
  MERCHANT_RESPONSE: { en: "the merchant's response period", fr: 'le délai de réponse du professionnel' },
  OFFER_EXPIRY: { en: "the offer's period", fr: 'le délai de l’offre' },
  REMEDY_DUE: { en: 'the period to carry out the remedy', fr: 'le délai d’exécution de la solution' },
  REMEDY_CONFIRMATION: { en: 'the period to confirm the remedy', fr: 'le délai pour confirmer la solution' },
  ADMISSIBILITY_DUE: { en: 'the admissibility period', fr: 'le délai de recevabilité' },
  MEDIATION_OUTCOME_DUE: { en: "the mediation's period", fr: 'le délai de la médiation' },
  SETTLEMENT_ANSWER: { en: "the period to answer the mediator's proposal", fr: 'le délai de réponse à la proposition du médiateur' },
};
const deadline = (kind: string | number | undefined, locale: Locale) => DEADLINES[String(kind) as DeadlineKind]?.[locale] ?? DEADLINES.MERCHANT_RESPONSE![locale];
const Deadline = (kind: string | number | undefined, locale: Locale) => {
  const words = deadline(kind, locale);
  return words[0]!.toUpperCase() + words.slice(1);
};

const STATUSES: Record<string, Phrase> = {
  REJECTED: { en: 'rejected', fr: 'refusée' },
  SUPERSEDED: { en: 'replaced by a later one', fr: 'remplacée par une autre' },
  EXPIRED: { en: 'expired', fr: 'expirée' },
  WITHDRAWN: { en: 'withdrawn', fr: 'retirée' },
  ACCEPTED: { en: 'accepted', fr: 'acceptée' },
};
const status = (value: string | number | undefined, locale: Locale) => STATUSES[String(value)]?.[locale] ?? (locale === 'fr' ? 'close' : 'closed');

const VISIBILITIES: Record<string, Phrase> = {
  EVERYONE: { en: 'everyone', fr: 'tout le monde' },
  MEDIATOR_ONLY: { en: 'the mediator alone', fr: 'le médiateur seul' },
};

export const REFUSALS: Record<DomainErrorCode, Sentences> = {
  INVALID_INPUT: {
    en: () => 'Invalid input',
    fr: () => 'Saisie invalide',
  },
  DISPUTE_NOT_FOUND: {
    en: () => 'this dispute has not been filed',
    fr: () => 'ce litige n’a pas été déposé',
  },
  DISPUTE_ALREADY_FILED: {
    en: () => 'this dispute has already been filed',
    fr: () => 'ce litige a déjà été déposé',
  },
  NOT_A_PARTY: {
    en: ({ reason }) =>
      `only a party to the dispute may act on it: ${reason === 'OTHER_MERCHANT' ? 'the claim is against another merchant' : reason === 'NOT_THE_MEDIATOR' ? 'you are not the mediator assigned to this dispute' : 'this is not your claim'}`,
    fr: ({ reason }) =>
      `seule une partie au litige peut agir : ${reason === 'OTHER_MERCHANT' ? 'la réclamation vise un autre professionnel' : reason === 'NOT_THE_MEDIATOR' ? 'la médiation de ce litige ne vous est pas confiée' : 'cette réclamation n’est pas la vôtre'}`,
  },
  ROLE_NOT_ALLOWED: {
    en: ({ roles: allowed, reason }, l) =>
      reason === 'SETTLED_IN_MEDIATION'
        ? 'a mediation resolves the dispute through a settlement both parties accept'
        : reason === 'PAID_REPAIR_QUOTE'
          ? 'only the merchant quotes a paid repair'
          : reason === 'FILED_BY_CONSUMER'
            ? 'only a consumer files a claim, in their own name'
            : `only ${roles(allowed, l)} may do this`,
    fr: ({ roles: allowed, reason }, l) =>
      reason === 'SETTLED_IN_MEDIATION'
        ? 'une médiation règle le litige par une proposition de solution acceptée par les deux parties'
        : reason === 'PAID_REPAIR_QUOTE'
          ? 'seul le professionnel établit un devis de réparation payante'
          : reason === 'FILED_BY_CONSUMER'
            ? 'seul un consommateur dépose une réclamation, en son propre nom'
            : onlyRolesMayFr(allowed),
  },
  NO_MANDATE: {
    en: () => 'the consumer has not given this association a mandate on this dispute, or the mandate has ended (revoked or renounced)',
    fr: () => 'le consommateur n’a pas mandaté cette association pour ce litige, ou le mandat a pris fin (révoqué ou renoncé)',
  },
  NO_MANDATE_TO_REVOKE: {
    en: () => 'no association holds a mandate on this dispute',
    fr: () => 'aucune association n’est mandatée pour ce litige',
  },
  MANDATE_ALREADY_GRANTED: {
    en: () => 'an association already holds the mandate: revoke it first',
    fr: () => 'une association est déjà mandatée : retirez d’abord son mandat',
  },
  ADVICE_ONLY: {
    en: () => 'the consumer shared this dispute with the association for advice only: it may read it, not act on it',
    fr: () => 'le consommateur a partagé ce litige avec l’association pour avis seulement : elle peut le lire, pas agir',
  },
  ALREADY_SHARED: {
    en: () => 'this association already reads this dispute',
    fr: () => 'cette association lit déjà ce litige',
  },
  NOT_SHARED: {
    en: () => 'this dispute is not shared with this association',
    fr: () => 'ce litige n’est pas partagé avec cette association',
  },
  ALREADY_ASSIGNED: {
    en: () => 'this agent already handles the case',
    fr: () => 'cet agent traite déjà ce dossier',
  },
  TEAM_LEAD_ONLY: {
    en: () => "only the merchant's owner or a supervisor gives a case to another agent: an agent takes an unassigned case for herself",
    fr: () => 'seuls le propriétaire et les superviseurs du professionnel confient un dossier à un autre agent : un agent prend pour lui un dossier non attribué',
  },
  CASE_TAKEN: {
    en: () => 'another agent already handles the case: ask a supervisor to give it to you',
    fr: () => 'un autre agent traite déjà ce dossier : demandez à un superviseur de vous le confier',
  },
  NOT_ASSIGNED: {
    en: () => 'this agent does not handle the case',
    fr: () => 'cet agent ne traite pas ce dossier',
  },
  NOT_YOUR_TURN: {
    en: ({ waitingFor }, l) => `the dispute is waiting for ${side(waitingFor, l)} to answer`,
    fr: ({ waitingFor }) => `le litige attend la réponse ${waitingFor === 'CONSUMER' ? 'du consommateur' : 'du professionnel'}`,
  },
  DISPUTE_CLOSED: {
    en: ({ reason }) => (reason === 'WITHDRAWN' ? 'the claim was withdrawn' : 'the dispute is closed: only feedback may still be given'),
    fr: ({ reason }) => (reason === 'WITHDRAWN' ? 'la réclamation a été retirée' : 'le litige est clos : seul un avis peut encore être donné'),
  },
  DISPUTE_STILL_OPEN: {
    en: () => 'feedback is given once the dispute is closed or withdrawn',
    fr: () => 'un avis se donne une fois le litige clos ou la réclamation retirée',
  },
  ALREADY_ACKNOWLEDGED: {
    en: ({ acknowledgedAt }, l) => `the claim was acknowledged on ${day(acknowledgedAt, l)}`,
    fr: ({ acknowledgedAt }, l) => `la réception de la réclamation a été confirmée le ${day(acknowledgedAt, l)}`,
  },
  DUPLICATE_EVIDENCE: {
    en: ({ name }) => `this document is already on the record as “${name}”`,
    fr: ({ name }) => `ce document figure déjà au dossier sous le nom « ${name} »`,
  },
  DUPLICATE_MESSAGE: {
    en: () => 'this message is already on the record',
    fr: () => 'ce message figure déjà au dossier',
  },
  VISIBILITY_NOT_ALLOWED: {
    en: ({ visibility, reason }) =>
      reason === 'NO_MEDIATOR' ? 'no mediator is assigned yet to write to in private' : `a party may write to everyone or to the mediator alone, not ${VISIBILITIES[String(visibility)]?.en ?? 'to that audience'}`,
    fr: ({ visibility, reason }) =>
      reason === 'NO_MEDIATOR'
        ? 'aucun médiateur n’est encore désigné à qui écrire en privé'
        : `une partie écrit à tout le monde ou au médiateur seul, pas à ${VISIBILITIES[String(visibility)]?.fr ?? 'ce public'}`,
  },
  DUPLICATE_OFFER: {
    en: () => 'this offer already exists',
    fr: () => 'cette offre existe déjà',
  },
  OFFER_NOT_FOUND: {
    en: () => 'there is no such offer on this dispute',
    fr: () => 'cette offre n’existe pas dans ce litige',
  },
  OWN_OFFER: {
    en: () => 'an offer is answered by the other side, not by the side that made it',
    fr: () => 'une offre est acceptée ou refusée par l’autre partie, pas par celle qui l’a faite',
  },
  OFFER_ALREADY_ACCEPTED: {
    en: ({ acceptedAt }, l) => `this offer was accepted on ${day(acceptedAt, l)}`,
    fr: ({ acceptedAt }, l) => `cette offre a été acceptée le ${day(acceptedAt, l)}`,
  },
  OFFER_NOT_LIVE: {
    en: ({ status: s }, l) => `this offer is ${status(s, l)}`,
    fr: ({ status: s }, l) => `cette offre est ${status(s, l)}`,
  },
  OFFER_EXPIRED: {
    en: ({ expiresOn }, l) => `this offer expired at the end of ${day(expiresOn, l)}`,
    fr: ({ expiresOn }, l) => `cette offre a expiré le ${day(expiresOn, l)} au soir`,
  },
  NO_LIVE_OFFER: {
    en: () => 'no offer is open on this dispute',
    fr: () => 'aucune offre n’est ouverte dans ce litige',
  },
  REMEDY_NOT_AVAILABLE: {
    // Said only for a dispute whose list of remedies is narrower than all: since 2026-12-06 no failure
    // closes one (remediesAfterFailure), so none is; kept as the code of the refusal's contract.
    en: ({ remedies: list }, l) =>
      `after the failed remedy, only ${remedies(list, l)} may be proposed: recours's rule, not the law's (Article L217-14 of the French Consumer Code opens price reduction and refund after a failed repair or replacement)`,
    fr: ({ remedies: list }, l) =>
      `après l’échec de la solution, seuls peuvent être proposés : ${remedies(list, l)} ; règle de recours, et non de la loi (l’article L217-14 du Code de la consommation ouvre la réduction du prix et le remboursement après l’échec d’une réparation ou d’un remplacement)`,
  },
  REMEDY_PERIOD_TOO_LONG: {
    en: ({ remedy, days }, l) =>
      `${REMEDY_PHRASES[String(remedy) as Remedy]?.[l] ?? 'a remedy'} must be carried out within ${days} days (${Number(days) < MAX_IN_KIND_REMEDY_DAYS ? `this dispute's period; the law sets ${MAX_IN_KIND_REMEDY_DAYS} at most, ` : ''}Article L217-10 of the French Consumer Code)`,
    fr: ({ remedy, days }, l) =>
      `la solution proposée (${REMEDY_PHRASES[String(remedy) as Remedy]?.[l] ?? 'une solution'}) doit être réalisée dans les ${days} jours (${Number(days) < MAX_IN_KIND_REMEDY_DAYS ? `délai fixé pour ce litige ; la loi fixe ${MAX_IN_KIND_REMEDY_DAYS} jours au plus, ` : ''}Code de la consommation, art. L217-10)`,
  },
  STILL_UNDER_WARRANTY: {
    en: () => 'the defect appeared under warranty: its repair is free, not quoted',
    fr: () => 'le défaut est apparu sous garantie : sa réparation est gratuite, elle ne fait pas l’objet d’un devis',
  },
  ESCALATION_TOO_EARLY: {
    en: () => 'the merchant must first answer at this level, or let its response period pass',
    fr: () => 'le professionnel doit d’abord répondre à ce niveau, ou laisser passer son délai de réponse',
  },
  ESCALATION_EXHAUSTED: {
    en: () => 'the complaints department was the last level: request a mediation instead',
    fr: () => 'le service réclamations était le dernier niveau : demandez plutôt une médiation',
  },
  MEDIATION_TOO_EARLY: {
    en: () =>
      "recours's rule, not the law's: the merchant first gets its chance to answer (a refusal, a refused offer, or its response period passed); the law (Article L612-2 of the French Consumer Code) only needs the prior written complaint, which your claim is",
    fr: () =>
      'règle de recours, et non de la loi : le professionnel a d’abord l’occasion de répondre (un refus, une offre refusée, ou son délai de réponse écoulé) ; la loi (article L612-2 du Code de la consommation) exige seulement la réclamation écrite préalable, que constitue votre réclamation',
  },
  MEDIATION_TIME_BARRED: {
    en: ({ writtenClaimOn }, l) => `a mediation must be requested within one year of the written claim of ${day(writtenClaimOn, l)} (Article L612-2 of the French Consumer Code)`,
    fr: ({ writtenClaimOn }, l) => `une médiation doit être demandée dans l’année qui suit la réclamation écrite du ${day(writtenClaimOn, l)} (article L612-2 du Code de la consommation)`,
  },
  MEDIATION_ALREADY_REQUESTED: {
    en: ({ requestedAt }, l) => `a mediation was already requested on ${day(requestedAt, l)}`,
    fr: ({ requestedAt }, l) => `une médiation a déjà été demandée le ${day(requestedAt, l)}`,
  },
  MEDIATION_NOT_REQUESTED: {
    en: () => 'a mediator is assigned only to a requested mediation',
    fr: () => 'un médiateur n’est désigné que pour une médiation demandée',
  },
  MEDIATION_IN_PROGRESS: {
    en: () => 'a mediation is under way: proposals now go through the mediator',
    fr: () => 'une médiation est en cours : les propositions passent désormais par le médiateur',
  },
  NOT_IN_MEDIATION: {
    en: () => 'no mediation is under way on this dispute',
    fr: () => 'aucune médiation n’est en cours dans ce litige',
  },
  MEDIATOR_ALREADY_ASSIGNED: {
    en: () => 'this mediator is already assigned to the dispute',
    fr: () => 'ce médiateur est déjà désigné pour ce litige',
  },
  REMEDY_ALREADY_REPORTED: {
    en: ({ reportedAt }, l) => `the remedy was already reported carried out on ${day(reportedAt, l)}`,
    fr: ({ reportedAt }, l) => `la solution a déjà été déclarée réalisée le ${day(reportedAt, l)}`,
  },
  CASE_ALREADY_TAKEN: {
    en: () => 'another mediator already has this case',
    fr: () => 'un autre médiateur a déjà ce dossier',
  },
  MEDIATION_ALREADY_EXTENDED: {
    en: ({ extendedAt }, l) => `the mediation's period was already extended on ${day(extendedAt, l)}; recours's rule, not the law's (Article R612-5 of the French Consumer Code sets no number): one extension`,
    fr: ({ extendedAt }, l) => `le délai de la médiation a déjà été prolongé le ${day(extendedAt, l)} ; règle de recours, et non de la loi (l’article R612-5 du Code de la consommation n’en fixe pas le nombre) : une seule prolongation`,
  },
  ADMISSIBILITY_ALREADY_DECIDED: {
    en: ({ decidedAt }, l) => `the request was found admissible on ${day(decidedAt, l)}`,
    fr: ({ decidedAt }, l) => `la demande a été déclarée recevable le ${day(decidedAt, l)}`,
  },
  ADMISSIBILITY_NOT_DECIDED: {
    en: () => 'a settlement is proposed only once the request is found admissible',
    fr: () => 'une solution n’est proposée qu’une fois la demande déclarée recevable',
  },
  DECIDE_ADMISSIBILITY_FIRST: {
    en: () => 'the mediator first decides whether the request is admissible: a request she will not examine is found inadmissible, with its ground (Article L612-2 of the French Consumer Code) and where to go next',
    fr: () => 'le médiateur se prononce d’abord sur la recevabilité : une demande qu’il n’examine pas est déclarée irrecevable, avec son motif (article L612-2 du Code de la consommation) et les suites possibles',
  },
  EXTENSION_BEFORE_ADMISSIBILITY: {
    en: () => "the mediation's period is extended only once the request is found admissible: its 90 days run from then",
    fr: () => 'le délai de la médiation ne se prolonge qu’une fois la demande déclarée recevable : ses 90 jours ne courent qu’à partir de là',
  },
  DUPLICATE_SETTLEMENT: {
    en: () => 'this settlement already exists',
    fr: () => 'cette proposition de solution existe déjà',
  },
  SETTLEMENT_NOT_FOUND: {
    en: () => 'there is no such settlement in this mediation',
    fr: () => 'cette proposition de solution n’existe pas dans cette médiation',
  },
  SETTLEMENT_NOT_PENDING: {
    en: ({ status: s }) => `this settlement is ${s === 'REJECTED' ? 'rejected' : s === 'ACCEPTED' ? 'accepted' : 'no longer pending'}`,
    fr: ({ status: s }) => `cette proposition de solution est ${s === 'REJECTED' ? 'refusée' : s === 'ACCEPTED' ? 'acceptée' : 'close'}`,
  },
  SETTLEMENT_EXPIRED: {
    en: ({ answerDueOn }, l) => `the period to answer this proposed solution expired at the end of ${day(answerDueOn, l)}`,
    fr: ({ answerDueOn }, l) => `le délai pour répondre à cette proposition de solution a pris fin le ${day(answerDueOn, l)} au soir`,
  },
  SETTLEMENT_ALREADY_ANSWERED: {
    en: () => 'your side already accepted this settlement',
    fr: () => 'votre partie a déjà accepté cette proposition de solution',
  },
  AGREEMENT_PENDING: {
    en: () => 'an agreed remedy is being carried out: confirm it or report that it failed',
    fr: () => 'une solution convenue est en cours d’exécution : confirmez-la ou signalez son échec',
  },
  NO_AGREEMENT: {
    en: () => 'no agreed remedy is being carried out',
    fr: () => 'aucune solution convenue n’est en cours d’exécution',
  },
  NO_SUCH_DEADLINE: {
    en: ({ deadline: kind }, l) => `${deadline(kind, l)} is not running`,
    fr: ({ deadline: kind }, l) => `${deadline(kind, l)} ne court pas`,
  },
  DEADLINE_NOT_REACHED: {
    en: ({ deadline: kind, dueAt }, l) => `${Deadline(kind, l)} runs until ${day(dueAt, l)}`,
    fr: ({ deadline: kind, dueAt }, l) => `${Deadline(kind, l)} court jusqu’au ${day(dueAt, l)}`,
  },
  REMINDER_TOO_EARLY: {
    en: ({ deadline: kind, remindAt }, l) => `the reminder for ${deadline(kind, l)} is due from ${day(remindAt, l)}`,
    fr: ({ deadline: kind, remindAt }, l) => `le rappel pour ${deadline(kind, l)} est prévu à partir du ${day(remindAt, l)}`,
  },
  REMINDER_TOO_LATE: {
    en: ({ deadline: kind }, l) => `${Deadline(kind, l)} has passed: record it instead`,
    fr: ({ deadline: kind }, l) => `${Deadline(kind, l)} est écoulé : enregistrez-le plutôt`,
  },
  REMINDER_ALREADY_RECORDED: {
    en: ({ deadline: kind }, l) => `a reminder for ${deadline(kind, l)} was already sent`,
    fr: ({ deadline: kind }, l) => `un rappel pour ${deadline(kind, l)} a déjà été envoyé`,
  },
  REMINDERS_DISABLED: {
    en: () => "this dispute's policy sends no reminders",
    fr: () => 'les règles de ce litige ne prévoient pas de rappel',
  },
  FEEDBACK_ALREADY_GIVEN: {
    en: ({ givenAt }, l) => `feedback was given on ${day(givenAt, l)}`,
    fr: ({ givenAt }, l) => `un avis a déjà été donné le ${day(givenAt, l)}`,
  },
  // Checked by the command path against the accounts (CommandDescription.requiresConfirmedAddress), not by the decider.
  ADDRESS_NOT_CONFIRMED: {
    en: () => 'a rating needs a confirmed e-mail address: open the link of the confirmation e-mail we sent you (it can be sent again from your account page), then give your feedback',
    fr: () => 'une note demande une adresse e-mail confirmée : ouvrez le lien de l’e-mail de confirmation que nous vous avons envoyé (il peut vous être renvoyé depuis la page de votre compte), puis donnez votre avis',
  },
  FORMAL_NOTICE_ALREADY_RECORDED: {
    en: ({ sentOn }, l) => `a formal notice sent on ${day(sentOn, l)} is already on the record`,
    fr: ({ sentOn }, l) => `une mise en demeure envoyée le ${day(sentOn, l)} figure déjà au dossier`,
  },
  LEGAL_HOLD: {
    en: ({ placedAt }, l) => `the dispute has been kept for litigation since ${day(placedAt, l)}: it is not erased until the hold is lifted`,
    fr: ({ placedAt }, l) => `le litige est conservé pour un contentieux depuis le ${day(placedAt, l)} : il n’est pas effacé avant la levée de cette conservation`,
  },
  LEGAL_HOLD_ALREADY_PLACED: {
    en: ({ placedAt }, l) => `the dispute has been kept for litigation since ${day(placedAt, l)}`,
    fr: ({ placedAt }, l) => `le litige est déjà conservé pour un contentieux depuis le ${day(placedAt, l)}`,
  },
  NO_LEGAL_HOLD: {
    en: () => 'the dispute is not kept for litigation: there is no hold to lift',
    fr: () => 'le litige n’est pas conservé pour un contentieux : il n’y a rien à lever',
  },
  RETENTION_NOT_DUE: {
    en: ({ reason, noticeFrom, erasesAt }, l) =>
      reason === 'OPEN'
        ? 'the dispute is not over: its retention period has not started'
        : reason === 'NOT_ERASED'
          ? 'the dispute has not been erased'
          : erasesAt
          ? `the dispute is to be erased from ${day(erasesAt, l)}, not before`
          : `the parties are told of the erasure from ${day(noticeFrom, l)}, not before`,
    fr: ({ reason, noticeFrom, erasesAt }, l) =>
      reason === 'OPEN'
        ? 'le litige n’est pas terminé : sa durée de conservation n’a pas commencé'
        : reason === 'NOT_ERASED'
          ? 'le litige n’a pas été effacé'
          : erasesAt
          ? `le litige sera effacé à partir du ${day(erasesAt, l)}, pas avant`
          : `les parties sont prévenues de l’effacement à partir du ${day(noticeFrom, l)}, pas avant`,
  },
  DISPUTE_ERASED: {
    en: ({ erasedAt }, l) => `the dispute was erased on ${day(erasedAt, l)}, at the end of its retention period: nothing more can be done on it`,
    fr: ({ erasedAt }, l) => `le litige a été effacé le ${day(erasedAt, l)}, à la fin de sa durée de conservation : plus rien ne peut y être fait`,
  },
};

/** A refusal in every language. */
export function phraseOfRefusal(code: DomainErrorCode, params: ProblemParams): Phrase {
  return { en: REFUSALS[code].en(params, 'en'), fr: frenchTypography(REFUSALS[code].fr(params, 'fr')) };
}
