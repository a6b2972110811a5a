import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import { fieldProblem, type FieldProblemCode, showsNothing } from '@recours/disputes';
import { SimilarOutcomes, MIN_DISPUTES_BEHIND_A_FIGURE, type OutcomeFigures } from '@recours/read-models';
import { isUUID } from 'class-validator';
import { CurrentViewer, requireViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { paged, toConnection } from '../disputes/graphql/connection';
import { badUserInput, notFound, problemAt } from '../graphql/errors';
import type { RequestContext } from '../graphql/request-context';
import { Locale, RequestLocale } from '../i18n';
import { DisputeAccessLog } from '../privacy/dispute-access-log';
import { DisputeSearch } from './dispute-search';
import { DisputeSearchConnection, OutcomeFiguresType, SimilarOutcomesInput, SimilarOutcomesType, type SearchFieldEnum } from './search.types';

/** The longest query: a search box's words, not a document. */
export const MAX_QUERY = 200;

/** What is wrong with a piece of text a person typed, if anything (PostgreSQL takes neither NUL nor half a character). */
function textProblem(value: string, max: number): { code: FieldProblemCode; params?: Record<string, number> } | null {
  if (value.includes('\u0000')) return { code: 'CONTAINS_NUL' };
  if (/\p{Cs}/u.test(value)) return { code: 'MALFORMED_TEXT' };
  if (showsNothing(value)) return { code: 'BLANK' };
  if (value.length > max) return { code: 'TOO_LONG', params: { max } };
  return null;
}

function checkText(field: string, value: string, max: number): void {
  const problem = textProblem(value, max);
  if (problem) throw badUserInput([problemAt(field, fieldProblem(problem.code, problem.params))]);
}

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: DisputeSearch,
    private readonly similar: SimilarOutcomes,
    private readonly accessLog: DisputeAccessLog,
    private readonly clock: Clock,
  ) {}

  @Query(() => DisputeSearchConnection, {
    description:
      'The disputes the viewer may read (a consumer hers, a merchant its own, a mediator her caseload, an association those under its mandate, the admin all) that match the query, most relevant first: by order reference, serial number, product, brand, model, category, the words of the description (French and English, accents optional) and the names of the consumer and the merchant.',
  })
  searchDisputes(
    @CurrentViewer() viewer: Viewer | null,
    @Args('query', { description: `Words to look for (1 to ${MAX_QUERY} characters).` }) query: string,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (default 20, at most 100).' }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<DisputeSearchConnection> {
    const reader = requireViewer(viewer);
    checkText('query', query, MAX_QUERY);
    return paged(async () => {
      const page = await this.search.search(reader, query.trim(), { first, after: after ?? undefined });
      // A hit shows passages of the consumer's words and her name: for a mediator, an association
      // or the admin it is a read of her dispute, in the access log she reads (the parties' own are not).
      const now = this.clock.now();
      for (const hit of page.nodes) this.accessLog.read(hit.disputeId, reader.accountId, reader.role, now);
      return toConnection(page, (hit) => ({
        id: hit.disputeId,
        status: hit.status,
        productName: hit.productName,
        orderReference: hit.orderReference,
        merchantId: hit.merchantId,
        merchantName: hit.merchantName,
        consumerName: hit.consumerName,
        filedAt: hit.filedAt,
        lastActivityAt: hit.lastActivityAt,
        highlights: hit.highlights.map((h) => ({ field: h.field as SearchFieldEnum, parts: h.parts })),
      }));
    });
  }

  @Query(() => SimilarOutcomesType, {
    description:
      'Public: how disputes in this category ended with this merchant, and across merchants (outcomes by remedy, median days to resolution, share settled without mediation). Anonymous figures, each given only when at least 10 disputes back it.',
  })
  async similarOutcomes(@Args('input') input: SimilarOutcomesInput, @Context() context: RequestContext, @RequestLocale() locale: Locale): Promise<SimilarOutcomesType> {
    if (typeof input.merchantId !== 'string' || !isUUID(input.merchantId)) throw badUserInput([problemAt('input.merchantId', fieldProblem('NOT_AN_ID'))]);
    checkText('input.category', input.category, 100);
    const merchantId = input.merchantId.toLowerCase();
    if (!(await context.loaders.merchant.load(merchantId))) throw notFound({ en: 'Merchant', fr: 'Professionnel' });
    const answer = await this.similar.for(merchantId, input.category);
    return { merchant: withNote(answer.merchant, locale), category: withNote(answer.category, locale) };
  }
}

function withNote(figures: OutcomeFigures, locale: Locale): OutcomeFiguresType {
  const note = figures.enough
    ? locale === 'fr'
      ? `D’après ${figures.endedDisputes} litiges terminés.`
      : `Based on ${figures.endedDisputes} ended disputes.`
    : locale === 'fr'
      ? `Trop peu de litiges terminés (moins de ${MIN_DISPUTES_BEHIND_A_FIGURE}) pour donner des chiffres sans qu’on puisse reconnaître personne.`
      : `Too few ended disputes (fewer than ${MIN_DISPUTES_BEHIND_A_FIGURE}) to give figures without anyone being recognisable.`;
  return { ...figures, note };
}
