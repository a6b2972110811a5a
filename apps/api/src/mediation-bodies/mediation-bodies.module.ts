import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DisputeCommands, DisputeCommandsModule } from '@recours/dispute-commands';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthenticationModule } from '../auth/authentication.module';
import { DisputesModule } from '../disputes/disputes.module';
import { MediationBodiesResolver } from './graphql/mediation-bodies.resolver';
import { MerchantMediationBodyResolver } from './graphql/merchant-mediation-body.resolver';
import { MediationBodies } from './mediation-bodies';
import { MediationIntake } from './mediation-intake';
import { MediationActivityReports } from './mediation-activity-reports';
import { MediationActivityReportController } from './mediation-activity-report.controller';
import { MediationIntakeProcess } from './mediation-intake.process';

const RUN = Symbol.for('recours.MediationIntakeRun');

/**
 * Mediation bodies and their intake. The intake process runs where the projections run (as the
 * deadline process does), sweeping every MEDIATION_INTAKE_INTERVAL_MS (default 30 s) besides
 * reacting to each request at once; MEDIATION_INTAKE_ASSIGN=off leaves the requests to be taken.
 */
@Module({
  imports: [AccountsModule, AuthenticationModule, DisputeCommandsModule, DisputesModule],
  controllers: [MediationActivityReportController],
  providers: [
    MediationBodies,
    MediationActivityReports,
    MediationIntake,
    MediationBodiesResolver,
    MerchantMediationBodyResolver,
    // MEDIATION_INTAKE_ASSIGN=off: requests wait in the intake queue for a mediator to take them (takeCase).
    {
      provide: RUN,
      useFactory: () => ({ run: process.env.PROJECTIONS !== 'external' && process.env.MEDIATION_INTAKE_ASSIGN !== 'off', intervalMs: Number(process.env.MEDIATION_INTAKE_INTERVAL_MS ?? 30_000) }),
    },
    {
      provide: MediationIntakeProcess,
      inject: [DisputeCommands, EVENT_STORE, MediationBodies, MediationIntake, Clock],
      useFactory: (commands: DisputeCommands, store: EventStore, bodies: MediationBodies, intake: MediationIntake, clock: Clock) => {
        const logger = new Logger('MediationIntake');
        return new MediationIntakeProcess(commands, store, bodies, intake, () => clock.now(), { warn: (message) => logger.warn(message) });
      },
    },
  ],
  exports: [MediationBodies],
})
export class MediationBodiesModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly process: MediationIntakeProcess,
    @Inject(RUN) private readonly options: { run: boolean; intervalMs: number },
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.run) await this.process.start(this.options.intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.process.stop();
  }
}
