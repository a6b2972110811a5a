import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { LoadersFactory } from './loaders';

/** What the GraphQL context factory needs, in a module of its own so it can be imported there. */
@Module({ imports: [AccountsModule], providers: [LoadersFactory], exports: [LoadersFactory] })
export class GraphqlSupportModule {}
