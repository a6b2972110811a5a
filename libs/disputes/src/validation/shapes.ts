import { ACTOR_KINDS, type Actor } from '../values/actor';
import { EVIDENCE_KINDS, SHA256_HEX, type Evidence } from '../values/evidence';
import { NEXT_STEP_KINDS, type NextStep } from '../values/next-steps';
import { REMEDIES, type Remedy } from '../values/remedy';
import type { Money } from '../values/money';
import { identifier, list, oneOf, optionalInteger, optionalMoney, optionalText, record, refuse, text } from './input';

/** Readers for the shapes several commands share. */

export const MAX_REASON = 2000;
export const MAX_NOTE = 2000;
export const MAX_MESSAGE = 5000;
export const MAX_NAME = 200;
/** Beyond a year an agreed remedy is no longer a remedy but a promise. */
const MAX_DAYS_TO_CARRY_OUT = 365;

/** Only the fields an actor is made of, so nothing else from the request reaches an event. */
export function actor(value: unknown, field = 'actor'): Actor {
  const a = record(value, field);
  const kind = oneOf(a.kind, `${field}.kind`, ACTOR_KINDS);
  const id = identifier(a.id, `${field}.id`);
  if (kind === 'MERCHANT_AGENT') return { kind, id, merchantId: identifier(a.merchantId, `${field}.merchantId`) };
  return { kind, id };
}

export function evidence(value: unknown, field: string): Evidence {
  const e = record(value, field);
  const kind = oneOf(e.kind, `${field}.kind`, EVIDENCE_KINDS);
  const name = text(e.name, `${field}.name`, { max: MAX_NAME });
  if (typeof e.sha256 !== 'string' || !SHA256_HEX.test(e.sha256)) refuse(`${field}.sha256`, 'must be a SHA-256 as 64 lower-case hex digits');
  return { kind, name, sha256: e.sha256 as string };
}

export function nextSteps(value: unknown, field: string): NextStep[] {
  return list(value, field, { min: 1, max: 5 }, (v, f) => {
    const s = record(v, f);
    return { kind: oneOf(s.kind, `${f}.kind`, NEXT_STEP_KINDS), text: text(s.text, `${f}.text`, { max: MAX_NOTE }) };
  });
}

export interface RemedyTermsInput {
  remedy: Remedy;
  amount?: Money;
  daysToCarryOut?: number;
  terms?: string;
}

/** The shape of an offer's or a settlement's terms; rules between them and the dispute come later. */
export function remedyTerms(c: Record<string, unknown>, termsRequired: boolean): RemedyTermsInput {
  const read: RemedyTermsInput = { remedy: oneOf(c.remedy, 'remedy', REMEDIES) };
  const amount = optionalMoney(c.amount, 'amount');
  const days = optionalInteger(c.daysToCarryOut, 'daysToCarryOut', 0, MAX_DAYS_TO_CARRY_OUT);
  const terms = termsRequired ? text(c.terms, 'terms', { max: MAX_NOTE }) : optionalText(c.terms, 'terms', { min: 0, max: MAX_NOTE });
  if (amount) read.amount = amount;
  if (days !== undefined) read.daysToCarryOut = days;
  if (terms !== undefined) read.terms = terms;
  return read;
}

