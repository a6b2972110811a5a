import { problemMessage as say } from '../validation/field-problems';
import { compareAmounts, EARLIEST_ASSESSED_DATE, frenchPostcode, isAssignedCountryCode, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { fieldProblem } from '../validation/field-problems';
import type { FileClaim } from './claim.commands';
import { DomainError } from '../errors';
import type { ClaimFiled } from './claim.events';
import type { DisputeEvent } from '../events/dispute-event';
import { DEFAULT_DISPUTE_POLICY, POLICY_BOUNDS, type DisputePolicy } from '../policy';
import type { DisputeState } from '../state';
import type { Actor } from '../values/actor';
import { PRODUCT_CONDITIONS, PURCHASE_CHANNELS, type ClaimDetails } from '../values/claim';
import { periodOfDays, type Instant } from '../values/instant';
import { REMEDIES } from '../values/remedy';
import { z } from 'zod';
import { accountId, calendarDate, checked, integer, list, money, oneOf, onlyKnownFields, readWith, refuse, text, type FieldMeta } from '../validation/input';
import { evidence, MAX_MESSAGE, MAX_NAME, withoutAbsent } from '../validation/shapes';
import type { CommandDescription } from '../commands/command-rules';

const MAX_EVIDENCE = 50;
const MAX_CHRONOLOGY = 100;

const named = (graphql: string) => ({ graphql }) satisfies FieldMeta;

/** The claim's payload: the facts the consumer states, with their bounds and the order between their dates. */
const fileClaimPayload = z
  .object({
    // A merchant of the directory: the command path asks it before anything is stored (account-references.ts).
    merchantId: accountId('MERCHANT'),
    product: z
      .object({
        name: text({ max: MAX_NAME }),
        category: text({ max: 100 }),
        brand: text({ max: 100 }),
        model: text({ max: 100 }).optional(),
        serialNumber: text({ max: 100 }).optional(),
        condition: oneOf(PRODUCT_CONDITIONS, 'ProductCondition'),
      })
      .meta(named('ProductInput')),
    purchase: z
      .object({
        purchasedOn: calendarDate(),
        deliveredOn: calendarDate(),
        price: money(),
        channel: oneOf(PURCHASE_CHANNELS, 'PurchaseChannel'),
        // A code ISO 3166-1 assigns (FR, DE, GB), not only two capitals: ZZ, EU or UK are no country's.
        country: z
          .string({ error: say('NOT_A_COUNTRY') })
          .refine(isAssignedCountryCode, say('NOT_A_COUNTRY'))
          .describe('ISO 3166-1 alpha-2, e.g. FR'),
        orderReference: text({ max: 100 }).optional(),
      })
      .meta(named('PurchaseInput')),
    commercialWarranty: z
      .object({ provider: text({ max: MAX_NAME }), months: integer(1, 120), coverage: text({ max: 1000 }) })
      .meta(named('CommercialWarrantyInput'))
      .optional(),
    problem: z
      .object({
        description: text({ min: 10, max: MAX_MESSAGE }),
        firstNoticedOn: calendarDate(),
        chronology: list(z.object({ on: calendarDate(), what: text({ max: 500 }) }).meta(named('ChronologyEntryInput')), { max: MAX_CHRONOLOGY }),
      })
      .meta(named('ProblemInput')),
    requestedRemedy: oneOf(REMEDIES, 'Remedy'),
    evidence: list(evidence.meta(named('EvidenceInput')), { max: MAX_EVIDENCE }).optional(),
    priorWrittenComplaintOn: calendarDate()
      .optional()
      .describe('When you first complained in writing outside recours, if earlier (starts the one-year mediation window, Article L612-2 of the French Consumer Code).'),
    consumerPostcode: z
      .string({ error: say('NOT_A_POSTCODE') })
      // The one rule the rights calculator and the web app apply too (consumer-law, french-postcode.ts).
      .refine((value) => frenchPostcode(value) !== null, say('NOT_A_POSTCODE'))
      .optional()
      .describe('Your French postcode, if you wish: your deadlines are then counted with your local public holidays and end at your own midnight.'),
    amountClaimed: money()
      .optional()
      .describe('The amount you claim, when you ask for money (refund, damages): court thresholds test it, not the price (Article 750-1 of the French Code of Civil Procedure).'),
    /** Set by the platform for a dispute, never by the consumer. */
    policy: onlyKnownFields(
      Object.fromEntries((Object.keys(POLICY_BOUNDS) as (keyof DisputePolicy)[]).map((key) => [key, integer(POLICY_BOUNDS[key].min, POLICY_BOUNDS[key].max).optional()])) as Record<
        keyof DisputePolicy,
        z.ZodOptional<z.ZodNumber>
      >,
    )
      .meta({ assigned: true })
      .optional(),
  });

/** FileClaim has no dispute to be decided against yet, so its description stands apart from RULES. */
export const fileClaimDescription = {
  roles: ['CONSUMER'],
  payload: fileClaimPayload,
  mutation: { name: 'fileClaim', description: 'A consumer files a claim against a merchant: the first event of a dispute.' },
} satisfies CommandDescription;

/** The consumer opens the dispute; the merchant's first response clock starts. */
export function fileClaim(command: FileClaim, state: DisputeState, actor: Actor, at: Instant): DisputeEvent[] | DomainError {
  if (actor.kind !== 'CONSUMER') return new DomainError('ROLE_NOT_ALLOWED', { reason: 'FILED_BY_CONSUMER' });
  if (state.filed) return new DomainError('DISPUTE_ALREADY_FILED', { disputeId: state.disputeId });
  const c = readWith(fileClaimPayload, command);
  if (c instanceof DomainError) return c;
  // The claim is dated by the day in France: filed at 00:30 in Paris on 1 March, it is of 1 March.
  const inconsistent = checked(() => consistent(parisDateOf(at), c));
  if (inconsistent) return inconsistent;
  const claim: ClaimDetails = {
    product: withoutAbsent(c.product),
    purchase: withoutAbsent({ ...c.purchase, price: { amount: c.purchase.price.amount, currency: c.purchase.price.currency } }),
    ...(c.commercialWarranty && { commercialWarranty: c.commercialWarranty }),
    problem: c.problem,
    requestedRemedy: c.requestedRemedy,
    ...(c.priorWrittenComplaintOn && { priorWrittenComplaintOn: c.priorWrittenComplaintOn }),
    ...(c.amountClaimed && { amountClaimed: { amount: c.amountClaimed.amount, currency: c.amountClaimed.currency } }),
  };
  const evidenceRead: ClaimFiled['data']['evidence'] = (c.evidence ?? []).map((e) => withoutAbsent({ kind: e.kind, name: e.name, sha256: e.sha256, file: e.file }));
  const policy: DisputePolicy = { ...DEFAULT_DISPUTE_POLICY, ...withoutAbsent(c.policy ?? {}) };
  return [
    {
      type: 'ClaimFiled',
      schemaVersion: 1,
      data: {
        disputeId: command.disputeId,
        at,
        by: actor,
        consumerId: actor.id,
        merchantId: c.merchantId,
        ...claim,
        evidence: evidenceRead,
        policy,
        merchantResponseDueAt: periodOfDays(at, policy.merchantResponseDays).dueAt,
        // Stored as five digits: the engine reads no other form, and erasure seals it with her other words.
        ...(c.consumerPostcode && { consumerPostcode: frenchPostcode(c.consumerPostcode) ?? undefined }),
      },
    },
  ];
}

/**
 * The claim's facts agree with each other and with the day it is filed: none of its dates is later,
 * nor before 1900-01-01, the first day the rights engine assesses (a purchase in year 0 was stored).
 * A chronology entry may come before the purchase: it tells the story of the problem, which may
 * begin with the order, a salesman's promise or an advertisement (L217-5: public statements).
 */
function consistent(today: CalendarDate, c: z.output<typeof fileClaimPayload>): void {
  const withinDates = (field: string, date: CalendarDate | undefined) => {
    if (date !== undefined && date < EARLIEST_ASSESSED_DATE) refuse(field, fieldProblem('BEFORE_EARLIEST_DATE', { from: EARLIEST_ASSESSED_DATE }));
    if (date !== undefined && date > today) refuse(field, fieldProblem('AFTER_FILING_DATE', { filedOn: today }));
  };
  withinDates('purchase.purchasedOn', c.purchase.purchasedOn);
  withinDates('purchase.deliveredOn', c.purchase.deliveredOn);
  if (c.purchase.deliveredOn < c.purchase.purchasedOn) refuse('purchase.deliveredOn', fieldProblem('BEFORE_PURCHASE'));
  withinDates('problem.firstNoticedOn', c.problem.firstNoticedOn);
  if (c.problem.firstNoticedOn < c.purchase.deliveredOn) refuse('problem.firstNoticedOn', fieldProblem('BEFORE_DELIVERY'));
  c.problem.chronology.forEach((e, i) => withinDates(`problem.chronology[${i}].on`, e.on));
  withinDates('priorWrittenComplaintOn', c.priorWrittenComplaintOn);
  if (c.priorWrittenComplaintOn !== undefined && c.priorWrittenComplaintOn < c.purchase.purchasedOn) refuse('priorWrittenComplaintOn', fieldProblem('BEFORE_PURCHASE'));
  // What the consumer claims in money (refund, damages...): the court path depends on it, not on the price (CPC 750-1).
  if (c.amountClaimed && c.amountClaimed.currency !== c.purchase.price.currency) refuse('amountClaimed.currency', fieldProblem('NOT_THE_PURCHASE_CURRENCY', { currency: c.purchase.price.currency }));
  if (c.amountClaimed && compareAmounts(c.amountClaimed.amount, '0') <= 0) refuse('amountClaimed.amount', fieldProblem('NOT_POSITIVE'));
  (c.evidence ?? []).forEach((e, i, all) => {
    if (all.findIndex((other) => other.sha256 === e.sha256) < i) refuse(`evidence[${i}].sha256`, fieldProblem('DOCUMENT_LISTED_TWICE'));
  });
}
