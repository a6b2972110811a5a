import { formatFor, parisDateOf } from '@recours/consumer-law';
import { INADMISSIBILITY_GROUND_PHRASES, lastDayOf, REMEDY_PHRASES, type Actor, type DeadlineKind, type DisputeEvent, type EvidenceKind, type Instant, type Money, type Remedy, type RemedyFailure } from '@recours/disputes';
import { endSentence, frenchOf, quote as quoteIn, quoteEndingSentence, typeset, unmarked, verbatim, type Locale } from '@recours/locale';
import { eventTitle } from './event-title';

/**
 * Who the people in a dispute are, for the sentences that name them: display names by account id
 * (agents, mediators, associations, the consumer) and the merchant's name. A name not known
 * (not looked up, or an account since erased) falls back to the party's role, never to an id.
 */
export interface TimelineNames {
  of?(accountId: string): string | undefined;
  merchant?: string;
}

type Words = Readonly<Record<Locale, string>>;

/**
 * One sentence or two saying what happened, in the reader's language: the timeline's text. The
 * events are the structured facts; this renders them when read, so the same history reads in
 * French and in English, and names people instead of showing their ids. `asOf`, the moment it is
 * read: a date it gives that has passed by then is told in the past (« avait jusqu’au … »);
 * without it, every date is told as the event gave it.
 */
export function describeEvent(event: DisputeEvent, locale: Locale = 'en', names: TimelineNames = {}, asOf?: Instant): string {
  // Typeset here, once (in French a narrow no-break space before : ; ! ? and inside « »): the
  // sentences mark people's words and names verbatim, which stay as written.
  return typeset(ownSentence(event, locale, marked(names), asOf) ?? titledSentence(event, locale, marked(names)), locale);
}

/** The names, marked verbatim: a name is a person's words, never typeset. */
const marked = (names: TimelineNames): TimelineNames => ({
  of: names.of ? (id) => mark(names.of?.(id)) : undefined,
  merchant: mark(names.merchant),
});
// An empty name stays empty (falsy): the sentence then names the role, as before.
const mark = (name: string | undefined) => (name ? verbatim(name) : name);

/**
 * An event with no sentence of its own (a new one, most often): who acted, then its title, the
 * timeline's heading (the web app's catalogue, `event.<Type>`), e.g. "Alice Martin (consumer) —
 * Feedback." / "Alice Martin (côté consommateur) — Avis."
 */
export function titledSentence(event: DisputeEvent, locale: Locale = 'en', names: TimelineNames = {}): string {
  const who = actorName(event.data.by, event.data.onBehalfOf, locale, names).replace(/,$/, '');
  const title = eventTitle(event.type, locale) ?? (locale === 'fr' ? 'Étape du litige' : 'A step in the dispute');
  return `${who} — ${title}.`;
}

/** The events whose sentence says more than their title: their details, a deadline, the words quoted. */
function ownSentence(event: DisputeEvent, locale: Locale, names: TimelineNames, asOf: Instant | undefined): string | undefined {
  const fr = locale === 'fr';
  const format = formatFor(locale);
  const day = (date: string) => format.date(date);
  const lastDay = (passesAt: Instant) => day(lastDayOf(passesAt)); // deadlines are stored as the instant they pass
  /** Whether a last day (its day included) is over when the sentence is read. */
  const over = (last: string) => asOf !== undefined && parisDateOf(asOf) > last;
  const overAt = (passesAt: Instant) => over(lastDayOf(passesAt));
  const money = (amount: Money | undefined) => (amount ? `${fr ? ' de' : ' of'} ${format.money(amount.amount, amount.currency)}` : '');
  // People's words are marked verbatim: describeEvent typesets the sentence around them, not them.
  const aside = (text: string | undefined) => (text ? ` (${fr ? `« ${verbatim(text)} »` : verbatim(text)})` : '');
  const quote = (text: string) => quoteIn(verbatim(text), locale);
  /** Someone's words ending the sentence: in French quoted, in English as they are; one full stop, not two (« Refus définitif. »). */
  const theirWords = (text: string) => (fr ? quoteEndingSentence(verbatim(text), locale) : endSentence(verbatim(text)));
  const remedy = (r: Remedy) => REMEDY_PHRASES[r][locale];
  const merchantAnswers = (at: Instant) => (fr ? ` Le vendeur ${overAt(at) ? 'avait' : 'a'} jusqu’au ${lastDay(at)} pour répondre.` : ` The merchant ${overAt(at) ? 'had' : 'has'} until ${lastDay(at)} to answer.`);
  const nameOf = (id: string | undefined) => (id ? names.of?.(id) : undefined);
  const who = actorName(event.data.by, event.data.onBehalfOf, locale, names);

  switch (event.type) {
    case 'ClaimFiled': {
      const d = event.data;
      const [brand, name] = [verbatim(d.product.brand), verbatim(d.product.name)];
      return fr
        ? `${who} a déposé une réclamation pour le produit ${brand} ${name} et demande ${remedy(d.requestedRemedy)}.${merchantAnswers(d.merchantResponseDueAt)}`
        : `${who} filed a claim about the ${brand} ${name}, asking for ${remedy(d.requestedRemedy)}.${merchantAnswers(d.merchantResponseDueAt)}`;
    }
    case 'EvidenceAttached':
      return fr ? `${who} a joint une pièce (${EVIDENCE_WORDS[event.data.kind].fr}) ${quoteEndingSentence(verbatim(event.data.name), locale)}` : `${who} attached ${EVIDENCE_WORDS[event.data.kind].en} ${quoteEndingSentence(verbatim(event.data.name), locale)}`;
    case 'MessagePosted': {
      const { visibility, body } = event.data;
      const how = MESSAGE_WORDS[visibility][locale];
      return `${who} ${how}${fr ? ' : ' : ': '}${quote(body)}`;
    }
    case 'ClaimAcknowledged':
      return fr ? `${who} a pris en compte la réclamation${aside(event.data.note)}.` : `${who} acknowledged the claim${aside(event.data.note)}.`;
    case 'ClaimRejected':
      return fr ? `${who} a refusé la réclamation : ${theirWords(event.data.reason)}` : `${who} rejected the claim: ${theirWords(event.data.reason)}`;
    case 'EscalatedInternally': {
      const { level, reason, merchantResponseDueAt } = event.data;
      const to = level === 'SUPERVISOR' ? (fr ? 'un responsable' : 'a supervisor') : fr ? 'le service réclamations' : 'the complaints department';
      return fr
        ? `${who} a porté la réclamation devant ${to} du vendeur${aside(reason)}.${merchantAnswers(merchantResponseDueAt)}`
        : `${who} escalated the claim to ${to} at the merchant${aside(reason)}.${merchantAnswers(merchantResponseDueAt)}`;
    }
    case 'MerchantResponseOverdue':
      return fr ? `Le vendeur n’a pas répondu dans le délai, qui expirait le ${lastDay(event.data.dueAt)}.` : `The merchant did not answer within the period, which ended on ${lastDay(event.data.dueAt)}.`;
    case 'OfferMade': {
      const d = event.data;
      const answer = d.merchantResponseDueAt ? merchantAnswers(d.merchantResponseDueAt) : '';
      if (fr) {
        const what = d.kind === 'PAID_REPAIR_QUOTE' ? `a proposé un devis de réparation payante${money(d.amount)}` : `${d.side === 'CONSUMER' ? 'a fait une contre-proposition :' : 'a proposé'} ${remedy(d.remedy)}${money(d.amount)}`;
        return `${who} ${what}, à réaliser sous ${d.daysToCarryOut} jour${d.daysToCarryOut > 1 ? 's' : ''}${aside(d.terms)}. L’offre ${over(d.expiresOn) ? 'était' : 'est'} ouverte jusqu’au ${day(d.expiresOn)}.${answer}`;
      }
      const what = d.kind === 'PAID_REPAIR_QUOTE' ? `quoted a paid repair${money(d.amount)}` : `${d.side === 'CONSUMER' ? 'made a counter-offer:' : 'offered'} ${remedy(d.remedy)}${money(d.amount)}`;
      return `${who} ${what}, to be carried out within ${d.daysToCarryOut} day${d.daysToCarryOut === 1 ? '' : 's'}${aside(d.terms)}. The offer ${over(d.expiresOn) ? 'was' : 'is'} open until ${day(d.expiresOn)}.${answer}`;
    }
    case 'OfferSuperseded':
      if (event.data.reason === 'AGREEMENT') return fr ? 'Une offre ouverte est devenue sans objet : les parties se sont mises d’accord.' : 'An open offer lapsed: the parties reached an agreement.';
      return fr ? 'Une offre a été remplacée par une plus récente.' : 'An offer was replaced by a newer one.';
    case 'OfferAccepted': {
      const d = event.data;
      return fr
        ? `${who} a accepté l’offre. La solution ${over(d.remedyDueOn) ? 'était' : 'est'} due au plus tard le ${day(d.remedyDueOn)}.${d.endsMediation ? ' La médiation prend fin.' : ''}`
        : `${who} accepted the offer. The remedy ${over(d.remedyDueOn) ? 'was' : 'is'} due by ${day(d.remedyDueOn)}.${d.endsMediation ? ' This ends the mediation.' : ''}`;
    }
    case 'OfferRejected': {
      const { reason, merchantResponseDueAt } = event.data;
      const answer = merchantResponseDueAt ? merchantAnswers(merchantResponseDueAt) : '';
      return fr ? `${who} a refusé l’offre : ${theirWords(reason)}${answer}` : `${who} rejected the offer: ${theirWords(reason)}${answer}`;
    }
    case 'OfferExpired':
      return fr ? 'Une offre a expiré sans réponse.' : 'An offer expired unanswered.';
    case 'MediationRequested':
      return fr
        ? `${who} a demandé une médiation${aside(event.data.summary)}. Le médiateur ${overAt(event.data.admissibilityDueAt) ? 'avait' : 'a'} jusqu’au ${lastDay(event.data.admissibilityDueAt)} pour dire si la demande est recevable.`
        : `${who} asked for mediation${aside(event.data.summary)}. The mediator ${overAt(event.data.admissibilityDueAt) ? 'had' : 'has'} until ${lastDay(event.data.admissibilityDueAt)} to decide whether the request is admissible.`;
    case 'MediatorAssigned': {
      const mediator = nameOf(event.data.mediatorId);
      const replaced = event.data.replacedMediatorId ? nameOf(event.data.replacedMediatorId) : undefined;
      if (fr) {
        const instead = event.data.replacedMediatorId ? (replaced ? ` à la place ${frenchOf(replaced)}` : ' à la place du précédent') : '';
        return `${who} a désigné ${mediator ? `le médiateur ${mediator}` : 'un médiateur'}${instead}.`;
      }
      const instead = event.data.replacedMediatorId ? (replaced ? ` in place of ${replaced}` : ' in place of the previous one') : '';
      return `${who} assigned ${mediator ? `mediator ${mediator}` : 'a mediator'}${instead}.`;
    }
    case 'MediationAdmissibilityDecided': {
      const d = event.data;
      if (fr) {
        return d.admissible
          ? `${who} a jugé la demande recevable${aside(d.reason)}. La médiation ${overAt(d.outcomeDueAt) ? 'avait' : 'a'} jusqu’au ${lastDay(d.outcomeDueAt)} pour aboutir.`
          : `${who} a jugé la demande irrecevable : ${theirWords(d.reason)}${d.ground ? ` Motif retenu : ${INADMISSIBILITY_GROUND_PHRASES[d.ground].fr}.` : ''}`;
      }
      return d.admissible
        ? `${who} found the request admissible${aside(d.reason)}. The mediation ${overAt(d.outcomeDueAt) ? 'had' : 'has'} until ${lastDay(d.outcomeDueAt)} to reach an outcome.`
        : `${who} found the request inadmissible: ${theirWords(d.reason)}${d.ground ? ` Ground: ${INADMISSIBILITY_GROUND_PHRASES[d.ground].en}.` : ''}`;
    }
    case 'SettlementProposed': {
      const d = event.data;
      // Proposals recorded before the answer period (R612-4) existed have no answer date.
      const answer = d.answerDueOn ? (fr ? ` Les parties ${over(d.answerDueOn) ? 'avaient' : 'ont'} jusqu’au ${day(d.answerDueOn)} pour l’accepter ou la refuser.` : ` The parties ${over(d.answerDueOn) ? 'had' : 'have'} until ${day(d.answerDueOn)} to accept or refuse it.`) : '';
      return fr
        ? `${who} a proposé une solution : ${remedy(d.remedy)}${money(d.amount)}, à réaliser sous ${d.daysToCarryOut} jour${d.daysToCarryOut > 1 ? 's' : ''}${aside(d.terms)}.${answer}`
        : `${who} proposed a settlement: ${remedy(d.remedy)}${money(d.amount)}, to be carried out within ${d.daysToCarryOut} day${d.daysToCarryOut === 1 ? '' : 's'}${aside(d.terms)}.${answer}`;
    }
    case 'SettlementAccepted': {
      const d = event.data;
      if (fr) return `${who} a accepté la solution proposée.${d.agreementReached ? ` Les deux parties sont d’accord ; la solution ${over(d.remedyDueOn) ? 'était' : 'est'} due au plus tard le ${day(d.remedyDueOn)}.` : ''}`;
      return `${who} accepted the settlement.${d.agreementReached ? ` Both sides agree; the remedy ${over(d.remedyDueOn) ? 'was' : 'is'} due by ${day(d.remedyDueOn)}.` : ''}`;
    }
    case 'SettlementRejected':
      return fr ? `${who} a refusé la solution proposée : ${theirWords(event.data.reason)}` : `${who} rejected the settlement: ${theirWords(event.data.reason)}`;
    case 'SettlementExpired':
      return fr
        ? `Le délai de réponse à la solution proposée par le médiateur a pris fin le ${lastDay(event.data.answerDueAt)} sans l’accord des deux parties : elle est caduque.`
        : `The period to answer the mediator’s proposed settlement ended on ${lastDay(event.data.answerDueAt)} without both sides accepting it: it has lapsed.`;
    case 'MediationExtended':
      return fr
        ? `${who} a prolongé le délai de la médiation, le litige étant complexe (article R612-5 du Code de la consommation) : ${theirWords(event.data.reason)} ${overAt(event.data.outcomeDueAt) ? 'Elle avait dès lors' : 'Elle a désormais'} jusqu’au ${lastDay(event.data.outcomeDueAt)} pour aboutir.`
        : `${who} extended the mediation’s period, the dispute being complex (Article R612-5 of the French Consumer Code): ${theirWords(event.data.reason)} ${overAt(event.data.outcomeDueAt) ? 'It then had' : 'It now has'} until ${lastDay(event.data.outcomeDueAt)} to reach an outcome.`;
    case 'AdmissibilityOverdue':
      return fr ? `La recevabilité n’a pas été tranchée dans le délai, qui expirait le ${lastDay(event.data.dueAt)}.` : `Admissibility was not decided within the period, which ended on ${lastDay(event.data.dueAt)}.`;
    case 'MediationOverdue':
      return fr
        ? `La médiation n’a pas abouti dans son délai légal, expiré le ${lastDay(event.data.dueAt)}.`
        : `The mediation reached no outcome within its legal period, which ended on ${lastDay(event.data.dueAt)}.`;
    case 'RemedyCarriedOutReported': {
      const d = event.data;
      return fr
        ? `${who} a déclaré avoir réalisé la solution le ${day(d.on)} : ${theirWords(d.details)} ${over(d.confirmationDueOn) ? `Le consommateur avait jusqu’au ${day(d.confirmationDueOn)} pour le confirmer ou le contester ; sans réponse, la solution serait tenue pour réalisée.` : `Le consommateur a jusqu’au ${day(d.confirmationDueOn)} pour le confirmer ou le contester ; sans réponse, la solution sera tenue pour réalisée.`}`
        : `${who} reported the remedy carried out on ${day(d.on)}: ${theirWords(d.details)} ${over(d.confirmationDueOn) ? `The consumer had until ${day(d.confirmationDueOn)} to confirm or contest it; without an answer, it would count as carried out.` : `The consumer has until ${day(d.confirmationDueOn)} to confirm or contest it; without an answer, it will count as carried out.`}`;
    }
    case 'RemedyFulfilled':
      if (event.data.deemed) {
        return fr
          ? `Le consommateur n’a ni confirmé ni contesté la réalisation de la solution (${remedy(event.data.remedy)}) dans le délai : elle est tenue pour réalisée.`
          : `The consumer neither confirmed nor contested that ${remedy(event.data.remedy)} was carried out within the period: it counts as carried out.`;
      }
      return fr ? `${who} a confirmé que la solution (${remedy(event.data.remedy)}) a été réalisée${aside(event.data.note)}.` : `${who} confirmed that ${remedy(event.data.remedy)} was carried out${aside(event.data.note)}.`;
    case 'RemedyFailed': {
      const d = event.data;
      return fr
        ? `${who} a signalé que la solution (${remedy(d.remedy)}) ${FAILURE_WORDS[d.failure].fr} : ${theirWords(d.description)}${merchantAnswers(d.merchantResponseDueAt)}`
        : `${who} reported that ${remedy(d.remedy)} ${FAILURE_WORDS[d.failure].en}: ${theirWords(d.description)}${merchantAnswers(d.merchantResponseDueAt)}`;
    }
    case 'RemedyOverdue':
      return fr ? `La solution convenue n’a pas été réalisée dans le délai, qui expirait le ${lastDay(event.data.dueAt)}.` : `The agreed remedy was not carried out within the period, which ended on ${lastDay(event.data.dueAt)}.`;
    case 'FormalNoticeRecorded':
      return fr
        ? `${who} a indiqué avoir envoyé une mise en demeure au vendeur le ${day(event.data.sentOn)} (${CHANNEL_WORDS[event.data.channel].fr}).`
        : `${who} recorded a formal notice sent to the merchant on ${day(event.data.sentOn)} (${CHANNEL_WORDS[event.data.channel].en}).`;
    case 'RepresentationGranted': {
      const association = nameOf(event.data.associationId);
      return fr
        ? `${who} a donné mandat ${association ? `à ${ofAssociation(association, 'fr')}` : 'à une association'} pour agir en son nom.`
        : `${who} gave ${association ? ofAssociation(association, 'en') : 'an association'} a mandate to act for them.`;
    }
    case 'RepresentationRevoked': {
      const association = nameOf(event.data.associationId);
      return fr
        ? `${who} a mis fin au mandat ${association ? `de ${ofAssociation(association, 'fr')}` : 'de l’association'}.`
        : `${who} ended the mandate of ${association ? ofAssociation(association, 'en') : 'the association'}.`;
    }
    case 'RepresentationRenounced': {
      // The association in its own name, not « pour le consommateur »: it gives up acting for her.
      const association = nameOf(event.data.associationId);
      return fr
        ? `${association ? capitalised(ofAssociation(association, 'fr')) : 'L’association'} a renoncé au mandat : ${theirWords(event.data.reason)}`
        : `${association ? capitalised(ofAssociation(association, 'en')) : 'The association'} renounced the mandate: ${theirWords(event.data.reason)}`;
    }
    case 'RepresentationEnded': {
      // What every party reads of a renunciation: that it ended, by the association's act; never why.
      const association = nameOf(event.data.associationId);
      return fr
        ? `${association ? capitalised(ofAssociation(association, 'fr')) : 'L’association'} a mis fin à son mandat : elle ne représente plus le consommateur dans ce litige.`
        : `${association ? capitalised(ofAssociation(association, 'en')) : 'The association'} ended its mandate: it no longer represents the consumer in this dispute.`;
    }
    case 'SharedForAdvice': {
      const association = nameOf(event.data.associationId);
      return fr
        ? `${who} a partagé le litige ${association ? `avec ${ofAssociation(association, 'fr')}` : 'avec une association'} pour avis : elle peut le lire, pas agir.`
        : `${who} shared the dispute with ${association ? ofAssociation(association, 'en') : 'an association'} for advice: it may read it, not act.`;
    }
    case 'SharingForAdviceEnded': {
      const association = nameOf(event.data.associationId);
      return fr
        ? `${who} a cessé de partager le litige ${association ? `avec ${ofAssociation(association, 'fr')}` : 'avec l’association'}.`
        : `${who} stopped sharing the dispute with ${association ? ofAssociation(association, 'en') : 'the association'}.`;
    }
    case 'CaseAssigned': {
      const agent = nameOf(event.data.agentId);
      if (event.data.agentId === event.data.by.id) return fr ? `${who} a pris le dossier en charge.` : `${who} took the case.`;
      return fr ? `${who} a confié le dossier à ${agent ?? 'un agent'}.` : `${who} gave the case to ${agent ?? 'an agent'}.`;
    }
    case 'CaseUnassigned': {
      const agent = nameOf(event.data.agentId);
      if (event.data.reason === 'ACCOUNT_ERASED')
        return fr ? `Le dossier est revenu dans la file des dossiers non attribués : le compte ${agent ? frenchOf(agent) : 'de l’agent qui le traitait'} a été effacé.` : `The case went back to the queue of unassigned cases: the account of ${agent ?? 'the agent who had it'} was erased.`;
      return fr ? `Le dossier est revenu dans la file des dossiers non attribués : ${agent ?? 'l’agent qui le traitait'} a quitté l’équipe.` : `The case went back to the queue of unassigned cases: ${agent ?? 'the agent who had it'} left the team.`;
    }
    case 'InternalNoteAdded':
      return fr ? `${who} a ajouté une note interne : ${quote(event.data.body)}` : `${who} added an internal note: ${quote(event.data.body)}`;
    case 'DeadlineReminderRecorded': {
      const d = event.data;
      return fr
        ? `Rappel adressé ${OWER_WORDS[d.owedBy]?.fr ?? 'à la partie concernée'} : ${DEADLINE_WORDS[d.deadline].fr} au plus tard le ${lastDay(d.dueAt)}.`
        : d.owedBy === 'PARTIES'
          ? `Both sides were reminded: ${DEADLINE_WORDS[d.deadline].en} by ${lastDay(d.dueAt)}.`
          : `The ${d.owedBy.toLowerCase()} was reminded: ${DEADLINE_WORDS[d.deadline].en} by ${lastDay(d.dueAt)}.`;
    }
    case 'ClaimWithdrawn':
      return fr ? `${who} a retiré la réclamation${aside(event.data.reason)}.` : `${who} withdrew the claim${aside(event.data.reason)}.`;
    case 'DisputeClosed': {
      const d = event.data;
      if (d.outcome === 'RESOLVED') return fr ? `Le litige a été clos comme résolu${aside(d.summary)}.` : `The dispute was closed as resolved${aside(d.summary)}.`;
      const steps = d.nextSteps.map((step) => verbatim(step.text)).join(fr ? ' ; ' : '; ');
      return fr ? `Le litige a été clos sans solution${aside(d.summary)}. Suites possibles : ${steps}.` : `The dispute was closed unresolved${aside(d.summary)}. Where to go next: ${steps}.`;
    }
    case 'FeedbackGiven':
      return fr
        ? `${who} a noté le traitement du litige ${event.data.rating} sur 5${aside(event.data.comment)}.`
        : `${who} rated the handling of the dispute ${event.data.rating} out of 5${aside(event.data.comment)}.`;
    case 'LegalHoldPlaced':
      return fr
        ? `${who} a placé le litige sous conservation pour un contentieux : il ne sera pas effacé à la fin de sa durée de conservation tant qu’elle n’est pas levée.`
        : `${who} placed the dispute under a legal hold for litigation: it will not be erased at the end of its retention period until the hold is lifted.`;
    // The admin's reasons are not quoted: every reader of the timeline sees these lines.
    case 'LegalHoldLifted':
      return fr ? `${who} a levé la conservation pour contentieux.` : `${who} lifted the legal hold.`;
    case 'ErasureNoticeGiven':
      return fr
        ? `La durée de conservation du litige (${event.data.retentionYears} ans après sa fin) s’achève : il sera effacé à partir du ${day(parisDateOf(event.data.erasesAt))}. Téléchargez d’ici là le dossier si vous en avez besoin.`
        : `The dispute’s retention period (${event.data.retentionYears} years after it ended) is ending: it will be erased from ${day(parisDateOf(event.data.erasesAt))}. Download its case file before then if you need it.`;
    case 'DisputeErasureCompleted':
      return fr
        ? `L’effacement du litige est achevé : ${event.data.filesDeleted} fichier${event.data.filesDeleted > 1 ? 's' : ''} supprimé${event.data.filesDeleted > 1 ? 's' : ''}, les copies des écrits effacées.`
        : `The dispute’s erasure is complete: ${event.data.filesDeleted} file${event.data.filesDeleted === 1 ? '' : 's'} deleted, the copies of the words erased.`;
    case 'DisputeErased':
      return fr
        ? `Le litige a été effacé à la fin de sa durée de conservation (${event.data.retentionYears} ans après sa fin) : les écrits et les pièces des parties ne sont plus lisibles.`
        : `The dispute was erased at the end of its retention period (${event.data.retentionYears} years after it ended): the parties’ words and files can no longer be read.`;
    default:
      return undefined;
  }
}

/** Where describeEvent quotes people's own words, by event: the fields, in the order it quotes them. */
const QUOTED_FIELDS: Partial<Record<DisputeEvent['type'], readonly string[]>> = {
  EvidenceAttached: ['name'],
  MessagePosted: ['body'],
  ClaimAcknowledged: ['note'],
  ClaimRejected: ['reason'],
  EscalatedInternally: ['reason'],
  OfferMade: ['terms'],
  OfferRejected: ['reason'],
  MediationRequested: ['summary'],
  MediationAdmissibilityDecided: ['reason'],
  SettlementProposed: ['terms'],
  SettlementRejected: ['reason'],
  MediationExtended: ['reason'],
  RemedyCarriedOutReported: ['details'],
  RemedyFulfilled: ['note'],
  RemedyFailed: ['description'],
  ClaimWithdrawn: ['reason'],
  DisputeClosed: ['summary'],
  FeedbackGiven: ['comment'],
};

/**
 * The people's own words describeEvent's sentence quotes, as written and in the order it quotes
 * them (a message's body, a reason, an offer's terms...): all written by the event's author
 * (`by`), so that a page in another language can mark them with the author's language.
 */
export function quotedWords(event: DisputeEvent): string[] {
  const data = event.data as unknown as Record<string, unknown>;
  const words = (QUOTED_FIELDS[event.type] ?? []).map((field) => data[field]);
  if (event.type === 'DisputeClosed' && event.data.outcome !== 'RESOLVED') words.push(...event.data.nextSteps.map((step) => step.text));
  return words.filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/** The subject of the sentence: the person by name and what they are in the dispute, or their role alone. */
/**
 * An association by its name, with the article the sentence needs: « l’association UFC-Que Choisir
 * Paris », but « l’Association Consommateurs du Rhône » when its name already says so (never
 * « l’association Association … »).
 */
export function ofAssociation(name: string, locale: Locale): string {
  const named = /^association\b/i.test(unmarked(name)); // a name may come marked verbatim
  if (locale === 'fr') return named ? `l’${name}` : `l’association ${name}`;
  return named ? name : `the association ${name}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function actorName(actor: Actor, onBehalfOf: string | null | undefined, locale: Locale, names: TimelineNames): string {
  const fr = locale === 'fr';
  const name = actor.kind === 'ADMIN' || actor.kind === 'SYSTEM' ? undefined : names.of?.(actor.id);
  switch (actor.kind) {
    case 'CONSUMER':
      return name ? `${name} (${fr ? 'côté consommateur' : 'consumer'})` : fr ? 'Le consommateur' : 'The consumer';
    case 'MERCHANT_AGENT':
      if (name) return `${name} (${names.merchant ?? (fr ? 'vendeur' : 'merchant')})`;
      return names.merchant ? (fr ? `Le vendeur ${names.merchant}` : `The merchant ${names.merchant}`) : fr ? 'Le vendeur' : 'The merchant';
    case 'MEDIATOR':
      return name ? `${name} (${fr ? 'médiation' : 'mediator'})` : fr ? 'Le médiateur' : 'The mediator';
    case 'ASSOCIATION': {
      const consumer = onBehalfOf ? names.of?.(onBehalfOf) : undefined;
      if (fr) return `${name ? capitalised(ofAssociation(name, 'fr')) : 'L’association'}, pour ${consumer ?? 'le consommateur'},`;
      return `${name ? capitalised(ofAssociation(name, 'en')) : 'The association'}, for ${consumer ?? 'the consumer'},`;
    }
    case 'ADMIN':
    case 'SYSTEM':
      return fr ? 'La plateforme' : 'The platform';
  }
}

const EVIDENCE_WORDS: Record<EvidenceKind, Words> = {
  INVOICE: { en: 'invoice', fr: 'facture' },
  WARRANTY: { en: 'warranty', fr: 'garantie' },
  PHOTO: { en: 'photo', fr: 'photo' },
  CORRESPONDENCE: { en: 'correspondence', fr: 'correspondance' },
  OTHER: { en: 'other', fr: 'autre document' },
};

const MESSAGE_WORDS = {
  ALL: { en: 'wrote', fr: 'a écrit' },
  CONSUMER_AND_MEDIATOR: { en: 'wrote to the mediator', fr: 'a écrit au médiateur' },
  MERCHANT_AND_MEDIATOR: { en: 'wrote to the mediator', fr: 'a écrit au médiateur' },
  MEDIATOR_ONLY: { en: 'noted privately', fr: 'a noté en privé' },
} as const satisfies Record<string, Words>;

const FAILURE_WORDS: Record<RemedyFailure, Words> = {
  NOT_CARRIED_OUT: { en: 'was not carried out', fr: 'n’a pas été réalisée' },
  DID_NOT_FIX: { en: 'did not fix the problem', fr: 'n’a pas réglé le problème' },
  DEFECT_RECURRED: { en: 'did not last: the defect came back', fr: 'n’a pas duré : le défaut est revenu' },
};

const DEADLINE_WORDS: Record<DeadlineKind, Words> = {
  MERCHANT_RESPONSE: { en: 'an answer is due', fr: 'une réponse est attendue' },
  OFFER_EXPIRY: { en: 'an offer is to be answered', fr: 'une offre attend une réponse' },
  REMEDY_DUE: { en: 'the agreed remedy is due', fr: 'la solution convenue doit être réalisée' },
  REMEDY_CONFIRMATION: { en: 'the remedy reported carried out is to be confirmed or contested', fr: 'la solution déclarée réalisée doit être confirmée ou contestée' },
  ADMISSIBILITY_DUE: { en: 'admissibility is to be decided', fr: 'la recevabilité doit être tranchée' },
  MEDIATION_OUTCOME_DUE: { en: 'the mediation is to reach an outcome', fr: 'la médiation doit aboutir' },
  SETTLEMENT_ANSWER: { en: 'the mediator’s proposed settlement is to be answered', fr: 'la solution proposée par le médiateur attend une réponse' },
};

const OWER_WORDS: Partial<Record<string, Words>> = {
  CONSUMER: { en: 'the consumer', fr: 'au consommateur' },
  MERCHANT: { en: 'the merchant', fr: 'au vendeur' },
  MEDIATOR: { en: 'the mediator', fr: 'au médiateur' },
  PARTIES: { en: 'both sides', fr: 'aux deux parties' },
};

const CHANNEL_WORDS = {
  REGISTERED_MAIL: { en: 'registered mail', fr: 'lettre recommandée' },
  POST: { en: 'post', fr: 'courrier simple' },
  EMAIL: { en: 'e-mail', fr: 'e-mail' },
  HAND_DELIVERED: { en: 'by hand', fr: 'remise en main propre' },
} as const satisfies Record<string, Words>;
