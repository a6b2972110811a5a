import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DisputeVerification', {
  description:
    "The dispute's hash chain recomputed from its stored events: each event's SHA-256 covers its RFC 8785 canonical form (personal fields as salted commitments) and the previous event's hash.",
})
export class DisputeVerificationType {
  @Field({ description: 'Every event matches its hash and its link to the one before.' }) valid!: boolean;
  @Field(() => Int, { description: 'How many events the dispute has.' }) events!: number;
  @Field(() => Int, { nullable: true, description: 'The version (0 for the filing) of the first event that does not match; null when valid.' })
  brokenAtVersion!: number | null;
  @Field({ description: "The last event's hash (64 hex digits): keep it to check a later case file against." }) headHash!: string;
}
