import { problemMessage as say } from '@recours/disputes';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { COMMAND_DESCRIPTIONS, type RemedyFailure } from '@recours/disputes';
import { z } from 'zod';
import { validatedBy } from '../../graphql/input-schemas';
import { envelopeSchema, ENVELOPE_FIELDS } from './command-inputs';
import { RemedyFailureEnum } from './dispute.enums';

/**
 * The one input declared by hand: confirmRemedy chooses between two commands (the remedy was
 * delivered, or it failed) with `fulfilled`. Its fields' rules are the two descriptions'.
 */
@InputType()
export class ConfirmRemedyInput {
  @Field(() => ID) disputeId!: string;
  @Field(() => Int, { nullable: true, description: ENVELOPE_FIELDS.expectedVersion.description }) expectedVersion?: number;
  @Field({ nullable: true, description: ENVELOPE_FIELDS.commandId.description }) commandId?: string;
  @Field({ description: 'true: the remedy was delivered (the dispute closes as resolved); false: it failed.' }) fulfilled!: boolean;
  @Field({ nullable: true, description: 'Only when fulfilled.' }) note?: string;
  @Field(() => RemedyFailureEnum, { nullable: true, description: 'Required when not fulfilled, refused when fulfilled. For an agreed refund, price reduction or compensation, NOT_CARRIED_OUT only: a sum is paid or it is not.' }) failure?: RemedyFailure;
  @Field({ nullable: true, description: 'Required when not fulfilled (what went wrong), refused when fulfilled.' }) description?: string;
}

const fulfilled = COMMAND_DESCRIPTIONS.ConfirmRemedyFulfilled.payload.shape;
const failed = COMMAND_DESCRIPTIONS.ReportRemedyFailed.payload.shape;
validatedBy(
  ConfirmRemedyInput,
  envelopeSchema()
    .extend({ fulfilled: z.boolean(), note: fulfilled.note as z.ZodType, failure: (failed.failure as z.ZodType).optional(), description: (failed.description as z.ZodType).optional() })
    .superRefine((input, ctx) => {
      // What does not fit the answer is refused rather than dropped: a failure sent with fulfilled: true was lost.
      if (input.fulfilled) {
        for (const field of ['failure', 'description'] as const) {
          if (input[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: say('ONLY_UNLESS_FULFILLED') });
        }
        return;
      }
      if (input.note !== undefined) ctx.addIssue({ code: 'custom', path: ['note'], message: say('ONLY_WHEN_FULFILLED') });
      for (const field of ['failure', 'description'] as const) {
        if (input[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: say('REQUIRED_UNLESS_FULFILLED') });
      }
    }),
);
