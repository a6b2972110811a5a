import { problemMessage as say } from '../validation/field-problems';
import type { Money } from '../values/money';
import type { NextStep } from '../values/next-steps';
import type { Remedy } from '../values/remedy';
import type { DisputeCommandOf } from '../commands/command-envelope';
import { addDays, addMonths, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { DomainError, invalidInput } from '../errors';
import { fieldProblem } from '../validation/field-problems';
import { ADMISSIBILITY_DAYS, MEDIATION_TIME_BAR_MONTHS, MEDIATION_OUTCOME_DAYS } from '../legal-periods';
import type { Dispute } from '../state';
import { periodEndingOn, periodOfDays, startOf, type Instant } from '../values/instant';
import { lastDayOf } from '../events/notification-intent';
import { z } from 'zod';
import { accountId, calendarDate, identifier, wholeNumberUpTo, boolean, oneOf, text, type FieldMeta } from '../validation/input';
import { MAX_MESSAGE, nextSteps, reason, remedyTerms, withoutAbsent } from '../validation/shapes';
import type { RulesOf } from '../commands/command-rules';
import { negotiating, mediating } from '../guards';
import { writtenComplaintOn } from './written-complaint';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';
import { checkRemedyTerms } from '../offers/remedy-terms';
import { otherSide } from '../values/actor';
import { supersededByAgreement } from '../offers/answer-offer';
import { hasSettlementToAnswer, settlementAnswerable, settlementToAnswer } from './answer-settlement';
import { DEFAULT_SETTLEMENT_ANSWER_DAYS, MAX_SETTLEMENT_ANSWER_DAYS, MIN_SETTLEMENT_ANSWER_DAYS, settlementAnswerDaysAllowed, settlementAnswerPeriod } from './settlement-answer-period';
import { INADMISSIBILITY_GROUNDS, type InadmissibilityGround } from './inadmissibility-grounds';

/**
 * `mediationBodyId` is set by the API, never by a person: the body the merchant designates when
 * the request is made (else the default body), looked up outside the event store; absent while no
 * body exists.
 */
export type RequestMediation = DisputeCommandOf<'RequestMediation', { summary?: string; mediationBodyId?: string }>;

/**
 * By the platform admin, or the mediation body's intake (SYSTEM: the least-loaded eligible
 * mediator, or the one who takes the case); a later assignment replaces the mediator, except one
 * meant for an unassigned case (`unassignedOnly`: the case was taken meanwhile).
 */
export type AssignMediator = DisputeCommandOf<'AssignMediator', { mediatorId: string; unassignedOnly?: boolean }>;

/** The mediator extends the 90-day period once for a complex dispute (R612-5), saying why. */
export type ExtendMediation = DisputeCommandOf<'ExtendMediation', { reason: string }>;

/**
 * An inadmissible request ends the dispute, so it must say why and where to go next; the ground of
 * L612-2 it rests on is optional (decisions made before it existed have none). An admissible one
 * may name the day the mediator received the last document the request rests on
 * (`fileCompletedOn`), when it was not the day of the request.
 */
export type DecideAdmissibility = DisputeCommandOf<
  'DecideAdmissibility',
  { admissible: boolean; reason?: string; nextSteps?: NextStep[]; ground?: InadmissibilityGround; fileCompletedOn?: CalendarDate }
>;

export type ProposeSettlement = DisputeCommandOf<
  'ProposeSettlement',
  {
    settlementId: string;
    remedy: Remedy;
    amount?: Money;
    daysToCarryOut?: number;
    terms: string;
    /** The answer period (R612-4), in days; DEFAULT_SETTLEMENT_ANSWER_DAYS by default, within the mediation's outcome date. */
    daysToAnswer?: number;
  }
>;

export type AcceptSettlement = DisputeCommandOf<'AcceptSettlement', { settlementId: string }>;

export type RejectSettlement = DisputeCommandOf<'RejectSettlement', { settlementId: string; reason: string }>;

export type MediationCommand = RequestMediation | AssignMediator | ExtendMediation | DecideAdmissibility | ProposeSettlement | AcceptSettlement | RejectSettlement;

const writtenClaimOn = (dispute: Dispute) => writtenComplaintOn(dispute);
const timeBarredAfter = (dispute: Dispute) => addMonths(writtenClaimOn(dispute), MEDIATION_TIME_BAR_MONTHS);

/**
 * When the complete file was received (R612-2), from which the 90 days of R612-5 run: the request
 * itself by default, or the first instant in Paris of the later day the mediator names (only its
 * day counts), which lies between the request's day and today.
 */
function fileCompletion(requestedAt: Instant, fileCompletedOn: CalendarDate | undefined, at: Instant): Instant | DomainError {
  const requestedOn = parisDateOf(requestedAt);
  if (fileCompletedOn === undefined || fileCompletedOn === requestedOn) return requestedAt;
  const today = parisDateOf(at);
  if (fileCompletedOn > today) return invalidInput('fileCompletedOn', fieldProblem('AFTER_TODAY', { today }));
  if (fileCompletedOn < requestedOn) return invalidInput('fileCompletedOn', fieldProblem('BEFORE_THE_MEDIATION_REQUEST', { requestedOn }));
  return startOf(fileCompletedOn);
}

/** Accepting and refusing the mediator's proposal: by each side that has not answered it yet. */
const answeringTheSettlement = { roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'], guard: settlementAnswerable, hasTarget: hasSettlementToAnswer } as const;

/** Who may send each command, when, with what payload, and what it records. */
export const mediationRules: RulesOf<MediationCommand> = {
  /**
   * The consumer asks for a mediation. The law (Code de la consommation L612-2) needs only a
   * prior written complaint, which the claim is, and a referral within one year of it. recours
   * adds its own rule, and says it is its own: the merchant first gets its chance to answer (a
   * refusal, a refused offer, or its response period passed). One mediation per dispute.
   */
  RequestMediation: {
    roles: ['CONSUMER', 'ASSOCIATION'],
    guard(dispute, _party, at: Instant) {
      if (dispute.mediation) return new DomainError('MEDIATION_ALREADY_REQUESTED', { requestedAt: dispute.mediation.requestedAt });
      const refused = negotiating(dispute);
      if (refused) return refused;
      if (parisDateOf(at) > timeBarredAfter(dispute)) {
        return new DomainError('MEDIATION_TIME_BARRED', { writtenClaimOn: writtenClaimOn(dispute) });
      }
      if (!dispute.merchantHadChance) return new DomainError('MEDIATION_TOO_EARLY');
      return null;
    },
    payload: z.object({
      summary: text({ max: MAX_MESSAGE }).optional(),
      /** Set by the API (the merchant's body as it stands at the request), never by a person. */
      mediationBodyId: identifier().meta({ assigned: true } satisfies FieldMeta).optional(),
    }),
    mutation: { name: 'requestMediation', description: 'Within a year of the written claim (Article L612-2 of the French Consumer Code), once the merchant had its chance to answer in writing (recours’s rule, not the law’s).' },
    decide: (c, dispute, party, at) => [
      recorded('MediationRequested', contextOf(dispute, party, at), {
        ...(c.summary !== undefined && { summary: c.summary }),
        // The body is decided here, once: the mediation stays with it whatever the merchant designates later.
        ...(c.mediationBodyId !== undefined && { mediationBodyId: c.mediationBodyId }),
        writtenClaimOn: writtenClaimOn(dispute),
        timeBarredAfter: timeBarredAfter(dispute),
        admissibilityDueAt: periodOfDays(at, ADMISSIBILITY_DAYS).dueAt,
      }),
    ],
  },
  /** The platform gives a requested mediation its mediator, or replaces one (recusal, absence). */
  AssignMediator: {
    roles: ['ADMIN', 'SYSTEM'],
    guard: (dispute) =>
      dispute.mediation ? mediating(dispute) : new DomainError('MEDIATION_NOT_REQUESTED'),
    payload: z.object({
      // The body is the one recorded with the request (MediationRequested), not the merchant's designation of today.
      mediatorId: accountId('MEDIATOR').describe('A mediator of the mediation body the request went to (Mediation.bodyId): the one the merchant designated when the request was made.'),
      unassignedOnly: boolean().optional().meta({ assigned: true } satisfies FieldMeta),
    }),
    mutation: { name: 'assignMediator', description: 'Admin: assigns a mediator to a requested mediation (a mediator of the body the request went to, once bodies exist).' },
    decide(c, dispute, party, at) {
      const current = dispute.mediation!.mediatorId;
      if (current === c.mediatorId) return new DomainError('MEDIATOR_ALREADY_ASSIGNED', { mediatorId: c.mediatorId });
      if (current && c.unassignedOnly) return new DomainError('CASE_ALREADY_TAKEN');
      return [recorded('MediatorAssigned', contextOf(dispute, party, at), { mediatorId: c.mediatorId, ...(current && { replacedMediatorId: current }) })];
    },
  },
  /**
   * R612-5: the mediator may extend the 90-day period for a complex dispute, and the parties are
   * told. recours allows one extension of 90 more days, once the file is complete.
   */
  ExtendMediation: {
    roles: ['MEDIATOR'],
    guard: (dispute) => {
      const refused = mediating(dispute);
      if (refused) return refused;
      const m = dispute.mediation!;
      if (m.stage !== 'ADMISSIBLE') return new DomainError('EXTENSION_BEFORE_ADMISSIBILITY');
      if (m.extension) return new DomainError('MEDIATION_ALREADY_EXTENDED', { extendedAt: m.extension.at });
      return null;
    },
    payload: z.object({ reason: reason().describe('Why the dispute is complex (Article R612-5 of the French Consumer Code).') }),
    mutation: { name: 'extendMediation', description: 'The mediator extends the 90-day period once for a complex dispute (Article R612-5 of the French Consumer Code); the parties are told.' },
    decide(c, dispute, party, at) {
      const previous = dispute.mediation!.outcomeDueAt!;
      // The new last day is 90 days after the previous last day, whatever day the previous one was
      // counted from (stored events before the Paris day keep their dates).
      const extended = periodEndingOn(addDays(lastDayOf(previous), MEDIATION_OUTCOME_DAYS));
      return [recorded('MediationExtended', contextOf(dispute, party, at), { reason: c.reason, previousOutcomeDueAt: previous, outcomeDueAt: extended.dueAt })];
    },
  },
  /**
   * The mediator says whether the request is admissible. L612-2 (last paragraph) gives three weeks
   * from the receipt of the file to notify a rejection; recours counts them from the request. If
   * not, the dispute ends unresolved and the consumer is told where to go next. If so, the 90 days
   * of R612-5 run from the notification of R612-2, made « dès réception des documents sur lesquels
   * est fondée la demande »: from the day the complete file was received, not from the decision.
   * That is the request's day (the file the consumer sends through recours is the request's
   * record), or the later day the mediator names (`fileCompletedOn`) when she had to wait for
   * documents, between the request's day and today. A decision made after those 90 days is still
   * recorded (the consumer must not lose her mediation to the mediator's delay): the outcome date
   * is the law's, already passed, and the deadline process records the mediation as late.
   */
  DecideAdmissibility: {
    roles: ['MEDIATOR'],
    guard: (dispute) =>
      mediating(dispute) ??
      (dispute.mediation!.stage === 'ADMISSIBLE'
        ? new DomainError('ADMISSIBILITY_ALREADY_DECIDED', { decidedAt: dispute.mediation!.decidedAt! })
        : null),
    payload: z
      .object({
        admissible: boolean(),
        reason: reason().optional().describe('Required when inadmissible: why.'),
        nextSteps: nextSteps().optional().describe('Required when inadmissible: where the consumer can go.'),
        ground: oneOf(INADMISSIBILITY_GROUNDS, 'InadmissibilityGround').optional().describe('When inadmissible: the ground of Article L612-2 of the French Consumer Code the refusal rests on.'),
        fileCompletedOn: calendarDate()
          .optional()
          .describe('When admissible: the day (YYYY-MM-DD, in Paris) the mediator received the last document the request rests on, when later than the request; the 90 days run from it (Articles R612-2 and R612-5 of the French Consumer Code). The request’s day by default.'),
      })
      .superRefine((c, ctx) => {
        if (c.admissible && c.nextSteps !== undefined) ctx.addIssue({ code: 'custom', path: ['nextSteps'], message: say('NEXT_STEPS_ONLY_IF_INADMISSIBLE') });
        if (c.admissible && c.ground !== undefined) ctx.addIssue({ code: 'custom', path: ['ground'], message: say('GROUND_ONLY_IF_INADMISSIBLE') });
        if (!c.admissible && c.fileCompletedOn !== undefined) ctx.addIssue({ code: 'custom', path: ['fileCompletedOn'], message: say('FILE_COMPLETED_ONLY_IF_ADMISSIBLE') });
        if (!c.admissible && c.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: say('INADMISSIBLE_NEEDS_REASON') });
        if (!c.admissible && c.nextSteps === undefined) ctx.addIssue({ code: 'custom', path: ['nextSteps'], message: say('INADMISSIBLE_NEEDS_NEXT_STEPS') });
      }),
    mutation: {
      name: 'decideAdmissibility',
      description:
        'The mediator decides admissibility: a rejection is notified within three weeks of receiving the file (Article L612-2, last paragraph, of the French Consumer Code), which recours counts from the request. An admissible request has its outcome due 90 days after the complete file was received (Articles R612-2 and R612-5 of the French Consumer Code): the request’s day, or the later day given as fileCompletedOn; not the day of the decision.',
    },
    decide(c, dispute, party, at) {
      const context = contextOf(dispute, party, at);
      if (c.admissible) {
        const fileCompletedAt = fileCompletion(dispute.mediation!.requestedAt, c.fileCompletedOn, at);
        if (fileCompletedAt instanceof DomainError) return fileCompletedAt;
        return [
          recorded('MediationAdmissibilityDecided', context, {
            admissible: true,
            ...(c.reason !== undefined && { reason: c.reason }),
            fileCompletedAt,
            outcomeDueAt: periodOfDays(fileCompletedAt, MEDIATION_OUTCOME_DAYS).dueAt,
          }),
        ];
      }
      return [
        recorded('MediationAdmissibilityDecided', context, { admissible: false, reason: c.reason!, ...(c.ground !== undefined && { ground: c.ground }) }),
        recorded('DisputeClosed', context, { outcome: 'UNRESOLVED', nextSteps: c.nextSteps!, summary: c.reason! }),
      ];
    },
  },
  /**
   * The mediator proposes a solution once the file is admissible, and sets the period to accept or
   * refuse it (R612-4): `daysToAnswer`, or recours's default, which ends on the mediation's outcome
   * date at the latest; a period the mediator names that runs past that date is refused on its
   * field. With less than a week left before that date, any of the days left may be given (a
   * week is the minimum otherwise). A new proposal replaces a pending one.
   */
  ProposeSettlement: {
    roles: ['MEDIATOR'],
    guard: (dispute) =>
      mediating(dispute) ??
      (dispute.mediation!.stage === 'REQUESTED'
        ? new DomainError('ADMISSIBILITY_NOT_DECIDED')
        : null),
    payload: z.object({
      settlementId: identifier(),
      ...remedyTerms(true),
      // Bounds checked by `decide`, which knows the days left: a week to 90, or fewer near the mediation's end (1 for a form's input).
      daysToAnswer: wholeNumberUpTo(1, MAX_SETTLEMENT_ANSWER_DAYS)
        .optional()
        .describe(
          `Days the parties have to accept or refuse the proposal (Article R612-4 of the French Consumer Code): from ${MIN_SETTLEMENT_ANSWER_DAYS} to ${MAX_SETTLEMENT_ANSWER_DAYS}, ending on the mediation's outcome date at the latest, or any of the days left when fewer than ${MIN_SETTLEMENT_ANSWER_DAYS} are; ${DEFAULT_SETTLEMENT_ANSWER_DAYS} by default, shortened to end on that date.`,
        ),
    }),
    mutation: { name: 'proposeSettlement', description: 'The mediator proposes a solution and the period to answer it (Article R612-4 of the French Consumer Code); a new proposal replaces a pending one.', assigned: ['settlementId'] },
    decide(c, dispute, party, at) {
      const settlements = dispute.mediation!.settlements;
      if (settlements.some((x) => x.settlementId === c.settlementId)) {
        return new DomainError('DUPLICATE_SETTLEMENT', { settlementId: c.settlementId });
      }
      const terms = checkRemedyTerms(withoutAbsent({ remedy: c.remedy, amount: c.amount, daysToCarryOut: c.daysToCarryOut, terms: c.terms }), 'REMEDY', dispute);
      if (terms instanceof DomainError) return terms;
      const outcomeDueAt = dispute.mediation!.outcomeDueAt;
      if (c.daysToAnswer !== undefined) {
        const { min, max, outcomeDueOn } = settlementAnswerDaysAllowed(at, outcomeDueAt);
        // The one range, settlementAnswerDaysAllowed's: 0 or 365 days name a week to 90 (1 to 90 until 2026-12-07, the payload's).
        // On the last day itself (max 0) no day can be given: the default, ending that day, is left.
        if (outcomeDueOn && (c.daysToAnswer > max || max === 0)) return invalidInput('daysToAnswer', fieldProblem('AFTER_THE_MEDIATION_OUTCOME', { outcomeDueOn, min, max }));
        if (c.daysToAnswer < Math.max(1, min) || c.daysToAnswer > max) return invalidInput('daysToAnswer', fieldProblem('NOT_IN_RANGE', { min: Math.max(1, min), max }));
      }
      const answer = settlementAnswerPeriod(at, c.daysToAnswer, outcomeDueAt);
      const pending = settlements.find((x) => x.status === 'PROPOSED');
      return [
        recorded('SettlementProposed', contextOf(dispute, party, at), {
          settlementId: c.settlementId,
          ...terms,
          ...(pending && { replacesSettlementId: pending.settlementId }),
          answerDueOn: answer.dueOn,
          answerDueAt: answer.dueAt,
        }),
      ];
    },
  },
  /** Each side accepts the mediator's proposal; the second acceptance is the agreement. */
  AcceptSettlement: {
    ...answeringTheSettlement,
    payload: z.object({ settlementId: identifier() }),
    mutation: { name: 'acceptSettlement', input: 'SettlementAnswerInput', description: "Each side accepts the mediator's proposal; the second acceptance is the agreement." },
    decide(c, dispute, party, at) {
      const settlement = settlementToAnswer(dispute, party, c.settlementId, at);
      if (settlement instanceof DomainError) return settlement;
      const context = contextOf(dispute, party, at);
      const side = party.side!;
      if (!settlement.acceptedBy.includes(otherSide(side))) {
        return [recorded('SettlementAccepted', context, { settlementId: settlement.settlementId, side, agreementReached: false })];
      }
      const due = periodOfDays(at, settlement.daysToCarryOut);
      return [
        recorded('SettlementAccepted', context, { settlementId: settlement.settlementId, side, agreementReached: true, remedyDueOn: due.dueOn, remedyDueAt: due.dueAt }),
        ...supersededByAgreement(dispute, context, settlement.settlementId),
      ];
    },
  },
  /** A side turns the proposal down; the mediator may propose again or end the mediation. */
  RejectSettlement: {
    ...answeringTheSettlement,
    payload: z.object({ settlementId: identifier(), reason: reason() }),
    mutation: { name: 'rejectSettlement', description: "A side turns the mediator's proposal down, with its reason." },
    decide(c, dispute, party, at) {
      const settlement = settlementToAnswer(dispute, party, c.settlementId, at);
      if (settlement instanceof DomainError) return settlement;
      return [recorded('SettlementRejected', contextOf(dispute, party, at), { settlementId: settlement.settlementId, side: party.side!, reason: c.reason })];
    },
  },
};
