import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { Associations } from './associations';
import { AssociationsResolver } from './graphql/associations.resolver';
import { MandateAssociationResolver } from './graphql/mandate-association.resolver';
import { DisputeAdvisersResolver } from './graphql/dispute-advisers.resolver';

/** The consumer associations: public directory, profiles, members (issue 19 item 1). */
@Module({
  imports: [AccountsModule],
  providers: [Associations, AssociationsResolver, MandateAssociationResolver, DisputeAdvisersResolver],
  exports: [Associations],
})
export class AssociationsModule {}
