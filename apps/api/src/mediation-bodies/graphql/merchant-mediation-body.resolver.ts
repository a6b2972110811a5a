import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MerchantType } from '../../accounts/graphql/account.types';
import { MediationBodies } from '../mediation-bodies';
import { MediationBodyType } from './mediation-bodies.types';

/** The body a merchant's profile shows: the one it designated (null until it does). */
@Resolver(() => MerchantType)
export class MerchantMediationBodyResolver {
  constructor(private readonly bodies: MediationBodies) {}

  @ResolveField(() => MediationBodyType, { nullable: true, description: 'The mediation body the merchant designated; its requests go to the default body until it does.' })
  async mediationBody(@Parent() merchant: MerchantType): Promise<MediationBodyType | null> {
    if (!merchant.mediationBodyId) return null;
    const body = await this.bodies.find(merchant.mediationBodyId);
    return body && { id: body.id, name: body.name, sectors: body.sectors, isDefault: body.isDefault };
  }
}
