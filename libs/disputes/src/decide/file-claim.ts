import { dateOf, type CalendarDate } from '@recours/consumer-law';
import type { FileClaim } from '../commands/claim-commands';
import { DomainError } from '../errors';
import type { ClaimFiled } from '../events/claim-events';
import type { DisputeEvent } from '../events/dispute-event';
import { DEFAULT_DISPUTE_POLICY, POLICY_BOUNDS, type DisputePolicy } from '../policy';
import type { DisputeState } from '../state';
import type { Actor } from '../values/actor';
import { PRODUCT_CONDITIONS, PURCHASE_CHANNELS, type ClaimDetails } from '../values/claim';
import { periodOfDays, type Instant } from '../values/instant';
import { REMEDIES } from '../values/remedy';
import {
  calendarDate,
  checked,
  identifier,
  integer,
  list,
  money,
  oneOf,
  onlyKnownKeys,
  optionalCalendarDate,
  optionalText,
  record,
  refuse,
  text,
} from '../validation/input';
import { evidence as readEvidence, MAX_MESSAGE, MAX_NAME, MAX_NOTE } from '../validation/shapes';

const MAX_EVIDENCE = 50;
const MAX_CHRONOLOGY = 100;

/** The consumer opens the dispute; the merchant's first response clock starts. */
export function fileClaim(command: FileClaim, state: DisputeState, actor: Actor, at: Instant): DisputeEvent[] | DomainError {
  if (actor.kind !== 'CONSUMER') return new DomainError('ROLE_NOT_ALLOWED', 'only a consumer files a claim, in their own name');
  if (state.filed) return new DomainError('DISPUTE_ALREADY_FILED', `dispute ${state.disputeId} has already been filed`);
  let read: { merchantId: string; claim: ClaimDetails; evidence: ClaimFiled['data']['evidence']; policy: DisputePolicy } | undefined;
  const invalid = checked(() => {
    read = readClaim(command as unknown as Record<string, unknown>, dateOf(at));
  });
  if (invalid) return invalid;
  const { merchantId, claim, evidence, policy } = read!;
  return [
    {
      type: 'ClaimFiled',
      schemaVersion: 1,
      data: {
        disputeId: command.disputeId,
        at,
        by: actor,
        consumerId: actor.id,
        merchantId,
        ...claim,
        evidence,
        policy,
        merchantResponseDueAt: periodOfDays(at, policy.merchantResponseDays).dueAt,
      },
    },
  ];
}

function readClaim(c: Record<string, unknown>, today: CalendarDate) {
  const notAfterToday = (date: CalendarDate, field: string) => {
    if (date > today) refuse(field, `must not be after the filing date ${today}`);
    return date;
  };
  const merchantId = identifier(c.merchantId, 'merchantId');

  const p = record(c.product, 'product');
  const product = {
    name: text(p.name, 'product.name', { max: MAX_NAME }),
    category: text(p.category, 'product.category', { max: 100 }),
    brand: text(p.brand, 'product.brand', { max: 100 }),
    ...optionalField('model', optionalText(p.model, 'product.model', { max: 100 })),
    ...optionalField('serialNumber', optionalText(p.serialNumber, 'product.serialNumber', { max: 100 })),
    condition: oneOf(p.condition, 'product.condition', PRODUCT_CONDITIONS),
  };

  const b = record(c.purchase, 'purchase');
  const purchasedOn = notAfterToday(calendarDate(b.purchasedOn, 'purchase.purchasedOn'), 'purchase.purchasedOn');
  const deliveredOn = notAfterToday(calendarDate(b.deliveredOn, 'purchase.deliveredOn'), 'purchase.deliveredOn');
  if (deliveredOn < purchasedOn) refuse('purchase.deliveredOn', 'must not be before the purchase date');
  const purchase = {
    purchasedOn,
    deliveredOn,
    price: money(b.price, 'purchase.price'),
    channel: oneOf(b.channel, 'purchase.channel', PURCHASE_CHANNELS),
    country: countryCode(b.country, 'purchase.country'),
    ...optionalField('orderReference', optionalText(b.orderReference, 'purchase.orderReference', { max: 100 })),
  };

  let commercialWarranty;
  if (c.commercialWarranty !== undefined) {
    const w = record(c.commercialWarranty, 'commercialWarranty');
    commercialWarranty = {
      provider: text(w.provider, 'commercialWarranty.provider', { max: MAX_NAME }),
      months: integer(w.months, 'commercialWarranty.months', 1, 120),
      coverage: text(w.coverage, 'commercialWarranty.coverage', { max: MAX_NOTE }),
    };
  }

  const q = record(c.problem, 'problem');
  const firstNoticedOn = notAfterToday(calendarDate(q.firstNoticedOn, 'problem.firstNoticedOn'), 'problem.firstNoticedOn');
  if (firstNoticedOn < deliveredOn) refuse('problem.firstNoticedOn', 'must not be before the delivery date');
  const problem = {
    description: text(q.description, 'problem.description', { max: MAX_MESSAGE }),
    firstNoticedOn,
    chronology: list(q.chronology, 'problem.chronology', { max: MAX_CHRONOLOGY }, (v, f) => {
      const e = record(v, f);
      return { on: notAfterToday(calendarDate(e.on, `${f}.on`), `${f}.on`), what: text(e.what, `${f}.what`, { max: 500 }) };
    }),
  };

  const requestedRemedy = oneOf(c.requestedRemedy, 'requestedRemedy', REMEDIES);
  const priorWrittenComplaintOn = optionalCalendarDate(c.priorWrittenComplaintOn, 'priorWrittenComplaintOn');
  if (priorWrittenComplaintOn !== undefined) {
    notAfterToday(priorWrittenComplaintOn, 'priorWrittenComplaintOn');
    if (priorWrittenComplaintOn < purchasedOn) refuse('priorWrittenComplaintOn', 'must not be before the purchase date');
  }

  const evidence = c.evidence === undefined ? [] : list(c.evidence, 'evidence', { max: MAX_EVIDENCE }, readEvidence);
  evidence.forEach((e, i) => {
    if (evidence.findIndex((other) => other.sha256 === e.sha256) < i) refuse(`evidence[${i}].sha256`, 'the same document is listed twice');
  });

  const claim: ClaimDetails = {
    product,
    purchase,
    ...(commercialWarranty && { commercialWarranty }),
    problem,
    requestedRemedy,
    ...(priorWrittenComplaintOn && { priorWrittenComplaintOn }),
  };
  return { merchantId, claim, evidence, policy: readPolicy(c.policy) };
}

function readPolicy(value: unknown): DisputePolicy {
  if (value === undefined) return { ...DEFAULT_DISPUTE_POLICY };
  const p = record(value, 'policy');
  const keys = Object.keys(POLICY_BOUNDS) as (keyof DisputePolicy)[];
  onlyKnownKeys(p, 'policy', keys);
  const policy = { ...DEFAULT_DISPUTE_POLICY };
  for (const key of keys) {
    if (p[key] !== undefined) policy[key] = integer(p[key], `policy.${key}`, POLICY_BOUNDS[key].min, POLICY_BOUNDS[key].max);
  }
  return policy;
}

function countryCode(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) refuse(field, 'must be an ISO 3166-1 alpha-2 code such as "FR"');
  return value as string;
}

/** Leaves an absent optional field out of the event, rather than writing `undefined`. */
function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
