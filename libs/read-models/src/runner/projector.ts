import { LiveTail } from './live-tail';
import type { Projection } from './projection';
import { liveTailOptions, ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

/**
 * The runners of a set of projections in this process: each leads its projection or stands by.
 * Those that lead and have caught up share one live tail: each new batch is read once and
 * applied to all of them in one transaction.
 */
export class Projector {
  readonly runners: readonly ProjectionRunner[];
  private readonly tail: LiveTail;

  constructor(projections: readonly Projection[], options: ProjectionRunnerOptions) {
    const names = new Set<string>();
    for (const projection of projections) {
      if (names.has(projection.name)) throw new Error(`two projections are named ${projection.name}`);
      names.add(projection.name);
    }
    this.tail = new LiveTail(liveTailOptions(options), (message) => options.logger?.warn(message));
    this.runners = projections.map((projection) => new ProjectionRunner(projection, options, this.tail));
  }

  start(): void {
    for (const runner of this.runners) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.tail.close();
  }

  runner(name: string): ProjectionRunner | undefined {
    return this.runners.find((runner) => runner.name === name);
  }
}
