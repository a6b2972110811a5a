import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthenticationModule } from '../auth/authentication.module';
import { DisputesModule } from '../disputes/disputes.module';
import { SystemicProblemsController } from './systemic-problems.controller';
import { SystemicProblemsResolver } from './systemic-problems.resolver';
import { SystemicProblemsService } from './systemic-problems.service';

/** An association's systemic problems (issue 19 item 2): GraphQL `systemicProblems` and GET /association/systemic-problems.csv. */
@Module({
  imports: [AccountsModule, AuthenticationModule, DisputesModule],
  providers: [SystemicProblemsService, SystemicProblemsResolver],
  controllers: [SystemicProblemsController],
})
export class SystemicProblemsModule {}
