import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RightsMessage, RightsMessageParam, type RightsMessageSource } from './rights-message.types';

@Resolver(() => RightsMessage)
export class RightsMessageResolver {
  @ResolveField(() => [RightsMessageParam])
  params(@Parent() message: RightsMessageSource): RightsMessageParam[] {
    return Object.entries(message.params).map(([name, value]) => ({ name, value: String(value) }));
  }
}
