import { Module } from '@nestjs/common';
import { RightsMessageResolver } from './graphql/rights-message.resolver';
import { RightsResolver } from './graphql/rights.resolver';

/** The public rights query. Needs the global `Clock` (ClockModule) for "today". */
@Module({ providers: [RightsResolver, RightsMessageResolver] })
export class RightsModule {}
