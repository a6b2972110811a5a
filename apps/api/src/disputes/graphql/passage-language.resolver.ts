import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isUuid } from '@recours/event-store';
import type { RequestContext } from '../../graphql/request-context';
import { Locale } from '../../i18n';
import { WRITTEN_BY } from '../dispute-view';
import { ClosureType, EvidenceType, FeedbackType, MessageType, OfferType, ProblemType, SettlementType } from './dispute.types';

type Passage = { [WRITTEN_BY]?: string };

const DESCRIPTION =
  'The language its author writes in (the language of their account), so that a page in another language can mark the passage (HTML lang); null when unknown. People’s own words are shown as written, never translated.';

/**
 * The language of a passage of people's own words: its author's account language. Unknown (null)
 * for an account that never chose one, and for what no person wrote.
 */
async function languageOf(passage: Passage, context: RequestContext): Promise<Locale | null> {
  const author = passage[WRITTEN_BY];
  if (!author || !isUuid(author)) return null;
  return (await context.loaders.account.load(author))?.locale ?? null;
}

@Resolver(() => MessageType)
export class MessageLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: DESCRIPTION })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

@Resolver(() => OfferType)
export class OfferLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: `Of its terms: ${DESCRIPTION}` })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

@Resolver(() => ProblemType)
export class ProblemLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: `Of the consumer, who described it: ${DESCRIPTION}` })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

@Resolver(() => EvidenceType)
export class EvidenceLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: `Of its name, given by who attached it: ${DESCRIPTION}` })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

@Resolver(() => FeedbackType)
export class FeedbackLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: `Of the consumer’s comment: ${DESCRIPTION}` })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

@Resolver(() => SettlementType)
export class SettlementLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: `Of its terms, written by the mediator: ${DESCRIPTION}` })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

@Resolver(() => ClosureType)
export class ClosureLanguageResolver {
  @ResolveField(() => Locale, { nullable: true, description: `Of its summary and next steps, written by who closed the dispute: ${DESCRIPTION}` })
  language(@Parent() passage: Passage, @Context() context: RequestContext): Promise<Locale | null> {
    return languageOf(passage, context);
  }
}

export const PASSAGE_LANGUAGE_RESOLVERS = [MessageLanguageResolver, OfferLanguageResolver, ProblemLanguageResolver, EvidenceLanguageResolver, FeedbackLanguageResolver, SettlementLanguageResolver, ClosureLanguageResolver];
