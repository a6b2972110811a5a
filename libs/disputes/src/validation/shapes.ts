import { z } from 'zod';
import { ACTOR_KINDS, type Actor } from '../values/actor';
import { TEAM_ROLES } from '../values/team-role';
import { EVIDENCE_KINDS, SHA256_HEX } from '../values/evidence';
import { NEXT_STEP_KINDS } from '../values/next-steps';
import { REMEDIES, type Remedy } from '../values/remedy';
import type { Money } from '../values/money';
import { identifier, integer, list, money, oneOf, text, type FieldMeta } from './input';
import { problemMessage as say } from './field-problems';

/**
 * The shapes several commands share, and the bounds of free text. Where the API and the domain
 * once disagreed, the stricter bound stands (it is what people met: both checks ran), except a
 * reason's minimum, which is the domain's: any reason that is not blank is one.
 */
export const MAX_REASON = 2000;
export const MAX_NOTE = 2000;
export const MAX_MESSAGE = 5000;
export const MAX_NAME = 200;
/** Beyond a year an agreed remedy is no longer a remedy but a promise. */
const MAX_DAYS_TO_CARRY_OUT = 365;

export const reason = () => text({ max: MAX_REASON });
export const note = () => text({ max: MAX_NOTE });

/** Only the fields an actor is made of, so nothing else from the request reaches an event. */
export const actor = z
  .object({ kind: oneOf(ACTOR_KINDS), id: identifier(), merchantId: identifier().optional(), teamRole: oneOf(TEAM_ROLES).optional() }, { error: say('NOT_AN_OBJECT') })
  .superRefine((a, ctx) => {
    if (a.kind === 'MERCHANT_AGENT' && a.merchantId === undefined) ctx.addIssue({ code: 'custom', path: ['merchantId'], message: IDENTIFIER_REQUIRED });
  })
  .transform((a): Actor => (a.kind === 'MERCHANT_AGENT' ? { kind: a.kind, id: a.id, merchantId: a.merchantId!, ...(a.teamRole && { teamRole: a.teamRole }) } : { kind: a.kind, id: a.id }));
const IDENTIFIER_REQUIRED = say('NOT_AN_IDENTIFIER');

export const evidence = z.object(
  {
    kind: oneOf(EVIDENCE_KINDS, 'EvidenceKind'),
    name: text({ max: MAX_NAME }),
    sha256: z
      .string({ error: say('NOT_A_SHA256') })
      .regex(SHA256_HEX, say('NOT_A_SHA256'))
      .describe('Lower-case hex SHA-256 of the file.'),
    /** Set by the API from an upload (POST /files), never by a person. */
    file: z
      .object({ id: identifier(), contentType: text({ max: 100 }), size: integer(0, Number.MAX_SAFE_INTEGER) }, { error: say('NOT_AN_OBJECT') })
      .meta({ assigned: true } satisfies FieldMeta)
      .optional(),
  },
  { error: say('NOT_AN_OBJECT') },
);

/**
 * The signed mandate as uploaded (POST /files): the upload's name, fingerprint and file, set by
 * the API from the upload the consumer names (`fileId`), never typed by a person.
 */
export const signedMandate = evidence
  .omit({ kind: true })
  .required({ file: true })
  .meta({ assigned: true } satisfies FieldMeta);

export const nextSteps = () =>
  list(z.object({ kind: oneOf(NEXT_STEP_KINDS, 'NextStepKind'), text: text({ max: MAX_NOTE }) }, { error: say('NOT_AN_OBJECT') }).meta({ graphql: 'NextStepInput' } satisfies FieldMeta), {
    min: 1,
    max: 5,
  });

export interface RemedyTermsInput {
  remedy: Remedy;
  amount?: Money;
  daysToCarryOut?: number;
  terms?: string;
}

/** The shape of an offer's or a settlement's terms; rules between them and the dispute come later. */
export const remedyTerms = (termsRequired: boolean) => ({
  remedy: oneOf(REMEDIES, 'Remedy'),
  amount: money().optional(),
  daysToCarryOut: integer(1, MAX_DAYS_TO_CARRY_OUT).optional().describe('Days to carry it out; the dispute policy by default.'),
  terms: termsRequired ? text({ max: MAX_NOTE }) : text({ min: 0, max: MAX_NOTE }).optional(),
});

/** Leaves an absent optional field out, rather than writing `undefined`. */
export function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
