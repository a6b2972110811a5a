import { Inject, Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DisputeCommands, DisputeCommandsModule } from '@recours/dispute-commands';
import { OpenDeadlines } from '@recours/read-models';
import { DeadlineProcess } from './deadline-process';

export interface DeadlinesModuleOptions {
  /** Poll the open deadlines in this process (default: where the projections run). */
  run?: boolean;
  /** How often (DEADLINES_INTERVAL_MS, default 30 s): deadlines fall at midnight in Paris, a few seconds late is fine. */
  intervalMs?: number;
}

const OPTIONS = Symbol.for('recours.DeadlinesOptions');

/** The deadline process, fed by the open-deadlines read model; needs ReadModelsModule and ClockModule. */
@Module({})
export class DeadlinesModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly process: DeadlineProcess,
    @Inject(OPTIONS) private readonly options: Required<DeadlinesModuleOptions>,
  ) {}

  static forRoot(options: DeadlinesModuleOptions = {}): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [DisputeCommandsModule],
      providers: [
        {
          provide: OPTIONS,
          useFactory: () => ({
            run: options.run ?? process.env.PROJECTIONS !== 'external',
            intervalMs: options.intervalMs ?? Number(process.env.DEADLINES_INTERVAL_MS ?? 30_000),
          }),
        },
        {
          provide: DeadlineProcess,
          inject: [DisputeCommands, OpenDeadlines, Clock],
          useFactory: (commands: DisputeCommands, due: OpenDeadlines, clock: Clock) => {
            const logger = new Logger('Deadlines');
            return new DeadlineProcess(commands, due, () => clock.now(), { warn: (message) => logger.warn(message) });
          },
        },
      ],
      exports: [DeadlineProcess],
    };
  }

  onApplicationBootstrap(): void {
    if (this.options.run) this.process.start(this.options.intervalMs);
  }

  /** Before the store and the database close: the round in progress finishes its commands. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.process.stop();
  }
}
