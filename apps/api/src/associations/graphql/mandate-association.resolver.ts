import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MandateType } from '../../disputes/graphql/dispute.types';
import { Associations } from '../associations';
import { toAssociation } from './associations.resolver';
import { AssociationType } from './associations.types';

/** The association a mandate names, so a page shows its name rather than its id. */
@Resolver(() => MandateType)
export class MandateAssociationResolver {
  constructor(private readonly associations: Associations) {}

  @ResolveField(() => AssociationType, { nullable: true, description: 'The association given the mandate, as the directory shows it.' })
  async association(@Parent() mandate: MandateType): Promise<AssociationType | null> {
    const found = await this.associations.find(mandate.associationId);
    return found && toAssociation(found);
  }
}
