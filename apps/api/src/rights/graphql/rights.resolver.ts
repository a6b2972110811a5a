import { Args, Query, Resolver } from '@nestjs/graphql';
import { assessRights, RightsInputError } from '@recours/consumer-law';
import { Clock } from '@recours/clock';
import { badUserInput } from '../../graphql/errors';
import { chosenLocale, Locale, LOCALE_ARGUMENT, RequestLocale } from '../../i18n';
import { toRightsAssessmentView, type RightsAssessmentView } from '../rights-assessment.view';
import { RightsAssessmentInput } from './rights-assessment.inputs';
import { RightsAssessment } from './rights-assessment.types';
import { factsOfInput, inputPathOf } from './rights-input.mapping';

@Resolver(() => RightsAssessment)
export class RightsResolver {
  constructor(private readonly clock: Clock) {}

  @Query(() => RightsAssessment, {
    description:
      'Public, no sign-in: what the law gives a consumer on facts alone, each item citing its article, every sentence in the language chosen (`locale`, else Accept-Language, else English) and as codes with parameters. A decision aid, not legal advice.',
  })
  rightsAssessment(
    @Args('input') input: RightsAssessmentInput,
    @Args(LOCALE_ARGUMENT) locale: Locale | null,
    @RequestLocale() requested: Locale,
  ): RightsAssessmentView {
    // "Today" is the day where the consumer lives: the engine reads the instant at her clock
    // (her postcode's time zone, else Paris), so 23:30 in Paris is already tomorrow in Réunion.
    const asOf = input.asOf ?? { at: this.clock.now() };
    try {
      return toRightsAssessmentView(assessRights(factsOfInput(input), asOf, chosenLocale(locale, requested)));
    } catch (error) {
      // Facts that contradict each other (delivery before purchase...) are the client's input.
      // The engine names the fact, its problem's code and parameters, and the sentence in both languages.
      if (error instanceof RightsInputError) throw badUserInput([{ field: inputPathOf(error.field), code: error.problem, params: error.params, message: error.phrase }]);
      throw error;
    }
  }
}
