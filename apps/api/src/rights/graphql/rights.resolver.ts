import { Args, Query, Resolver } from '@nestjs/graphql';
import { assessRights, dateOf, RightsInputError } from '@recours/consumer-law';
import { Clock } from '@recours/clock';
import { badUserInput } from '../../graphql/errors';
import { toRightsAssessmentView, type RightsAssessmentView } from '../rights-assessment.view';
import { RightsAssessmentInput } from './rights-assessment.inputs';
import { RightsAssessment } from './rights-assessment.types';
import { factsOfInput, inputPathOf } from './rights-input.mapping';

@Resolver(() => RightsAssessment)
export class RightsResolver {
  constructor(private readonly clock: Clock) {}

  @Query(() => RightsAssessment, {
    description: 'Public, no sign-in: what the law gives a consumer on facts alone, each item citing its article. A decision aid, not legal advice.',
  })
  rightsAssessment(@Args('input') input: RightsAssessmentInput): RightsAssessmentView {
    const asOf = input.asOf ?? dateOf(this.clock.now());
    try {
      return toRightsAssessmentView(assessRights(factsOfInput(input), asOf));
    } catch (error) {
      // Facts that contradict each other (delivery before purchase...) are the client's input.
      if (error instanceof RightsInputError) {
        throw badUserInput([{ field: inputPathOf(error.field), message: error.message.slice(error.field.length + 2) }]);
      }
      throw error;
    }
  }
}
