import { Module } from '@nestjs/common';
import { RightsResolver } from './graphql/rights.resolver';

/** The public rights query. Needs the global `Clock` (ClockModule) for "today". */
@Module({ providers: [RightsResolver] })
export class RightsModule {}
