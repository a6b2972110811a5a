import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { Associations } from './associations';
import { AssociationsResolver } from './graphql/associations.resolver';
import { MandateAssociationResolver } from './graphql/mandate-association.resolver';

/** The consumer associations: public directory, profiles, members (issue 19 item 1). */
@Module({
  imports: [AccountsModule],
  providers: [Associations, AssociationsResolver, MandateAssociationResolver],
  exports: [Associations],
})
export class AssociationsModule {}
