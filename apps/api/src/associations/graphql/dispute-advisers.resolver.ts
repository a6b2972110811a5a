import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { DISPUTE_STATE, type DisputeView } from '../../disputes/dispute-view';
import { DisputeType } from '../../disputes/graphql/dispute.types';
import { Associations } from '../associations';
import { toAssociation } from './associations.resolver';
import { AssociationType } from './associations.types';

@ObjectType('DisputeAdviser', { description: 'An association the consumer lets read the dispute, to advise her, without a mandate.' })
export class DisputeAdviserType {
  @Field(() => AssociationType) association!: AssociationType;
  @Field() sharedAt!: string;
}

/** Whom the consumer shared her dispute with for advice: hers to know (and to stop), no one else's. */
@Resolver(() => DisputeType)
export class DisputeAdvisersResolver {
  constructor(private readonly associations: Associations) {}

  @ResolveField(() => [DisputeAdviserType], { description: 'The associations the consumer shared the dispute with for advice (shareDisputeForAdvice); empty for anyone but the consumer.' })
  async advisers(@Parent() dispute: DisputeType, @CurrentViewer() viewer: Viewer | null): Promise<DisputeAdviserType[]> {
    const state = (dispute as DisputeView)[DISPUTE_STATE];
    if (!state?.filed || !viewer || viewer.accountId !== state.consumerId) return [];
    const advisers = state.advisers ?? [];
    const found = new Map((await this.associations.findMany(advisers.map((a) => a.associationId))).map((a) => [a.id, a]));
    return advisers.flatMap((a) => {
      const association = found.get(a.associationId);
      return association ? [{ association: toAssociation(association), sharedAt: a.sharedAt }] : [];
    });
  }
}
