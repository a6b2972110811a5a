import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { fieldProblem } from '@recours/disputes';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { badUserInput, notFound, problemAt } from '../../graphql/errors';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import { Associations, type AssociationEntry } from '../associations';
import { DEPARTEMENTS, departementName } from '../departements';
import { AssociationAreaType, AssociationMemberType, AssociationType, UpdateAssociationProfileInput } from './associations.types';

const ASSOCIATION = { en: 'Association', fr: 'Association' };

export const toAssociation = (entry: AssociationEntry): AssociationType => ({
  ...entry,
  areas: entry.areas.map((code) => ({ code, name: departementName(code) ?? code })),
});

/** The association directory (public), each association's profile (its own to write) and its members (its own to read). */
@Resolver(() => AssociationType)
export class AssociationsResolver {
  constructor(private readonly directory: Associations) {}

  @Query(() => [AssociationType], { description: 'The public directory of consumer associations, by name; no account needed.' })
  async associations(
    // null means "not given", as for merchants(search:).
    @Args('search', { type: () => String, nullable: true, description: 'Words of its name, scope or areas; accents and case ignored.' }) search?: string | null,
    @Args('area', { type: () => String, nullable: true, description: 'Only those serving this département (69, 2A, 974), national ones included.' }) area?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number | null,
  ): Promise<AssociationType[]> {
    const limit = first ?? 50;
    if (search && search.length > 100) throw badUserInput([problemAt('search', fieldProblem('TOO_LONG', { max: 100 }))]);
    if (area && !departementName(area.toUpperCase()))
      throw badUserInput([{ field: 'area', code: 'UNKNOWN_AREA', message: { en: 'is not the number of a French département (such as 69, 2A or 974)', fr: 'n’est pas le numéro d’un département français (comme 69, 2A ou 974)' } }]);
    if (limit < 1 || limit > 200) throw badUserInput([problemAt('first', fieldProblem('NOT_IN_RANGE', { min: 1, max: 200 }))]);
    return (await this.directory.search({ search: search ?? undefined, area: area?.toUpperCase() ?? undefined, first: limit })).map(toAssociation);
  }

  @Query(() => AssociationType, { description: 'One association of the directory; no account needed.' })
  async association(@Args('id', { type: () => ID }, UuidArgument) id: string): Promise<AssociationType> {
    const found = await this.directory.find(id);
    if (!found) throw notFound(ASSOCIATION);
    return toAssociation(found);
  }

  @Query(() => [AssociationAreaType], { description: 'The départements an association may say it serves.' })
  associationAreas(): AssociationAreaType[] {
    return DEPARTEMENTS.map(([code, name]) => ({ code, name }));
  }

  @Mutation(() => AssociationType, { description: 'The association writes its directory profile: name, scope, areas served and contacts.' })
  async updateAssociationProfile(@CurrentViewer() viewer: Viewer | null, @Args('input') input: UpdateAssociationProfileInput): Promise<AssociationType> {
    const association = requireViewer(viewer, 'ASSOCIATION');
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(changes).length === 0) throw badUserInput([problemAt('input', fieldProblem('CHANGES_NOTHING'))]);
    return toAssociation(await this.directory.update(association.accountId, changes));
  }

  @Query(() => [AssociationMemberType], { description: 'The association’s members: consumers with a mandate running to it, their disputes, and since when. For the association only.' })
  async associationMembers(@CurrentViewer() viewer: Viewer | null, @Args('first', { type: () => Int, nullable: true, defaultValue: 200 }) first?: number | null): Promise<AssociationMemberType[]> {
    const association = requireViewer(viewer, 'ASSOCIATION');
    const limit = first ?? 200;
    if (limit < 1 || limit > 1000) throw badUserInput([problemAt('first', fieldProblem('NOT_IN_RANGE', { min: 1, max: 1000 }))]);
    return (await this.directory.members(association.accountId, limit)).map((m) => ({
      consumerId: m.consumerId,
      displayName: m.displayName,
      since: m.since.toISOString(),
      disputes: m.disputes.map((d) => ({ id: d.disputeId, productName: d.productName, merchantName: d.merchantName, status: d.status, mandateGrantedAt: d.mandateGrantedAt.toISOString() })),
    }));
  }
}
