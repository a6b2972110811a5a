import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthenticationModule } from '../auth/authentication.module';
import { LoadersFactory } from './loaders';
import { OPERATION_PROTECTIONS, operationProtections } from './operation-protections';
import { RequestContexts } from './request-contexts';

/** What both ways in to GraphQL share (HTTP and the socket), in a module of its own so Apollo's factory can import it. */
@Module({
  imports: [AccountsModule, AuthenticationModule],
  providers: [LoadersFactory, RequestContexts, { provide: OPERATION_PROTECTIONS, useFactory: () => operationProtections(process.env) }],
  exports: [LoadersFactory, RequestContexts, OPERATION_PROTECTIONS, AuthenticationModule, AccountsModule],
})
export class GraphqlSupportModule {}
