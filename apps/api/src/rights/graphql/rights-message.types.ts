import { Field, ObjectType } from '@nestjs/graphql';
import type { RenderedMessage } from '@recours/consumer-law';

@ObjectType('RightsMessageParam', { description: 'One parameter of a message: dates as YYYY-MM-DD, amounts as decimal strings, counts as digits.' })
export class RightsMessageParam {
  @Field() name!: string;
  @Field() value!: string;
}

/** The engine keeps parameters as a record; GraphQL lists them as name/value pairs. */
export type RightsMessageSource = RenderedMessage;

@ObjectType('RightsMessage', {
  description: 'A sentence or a legal citation as a stable code with its parameters, so a client can render its own words, and its text in the language chosen.',
})
export class RightsMessage {
  @Field({ description: 'Stable code, e.g. next.mediator or FR.L217-13.1.' }) code!: string;
  @Field(() => [RightsMessageParam]) params!: RightsMessageParam[];
  @Field({ description: 'The rendered text.' }) text!: string;
}
