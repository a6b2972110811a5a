import type { Projection } from './projection';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';

/** The runners of a set of projections in this process: each leads its projection or stands by. */
export class Projector {
  readonly runners: readonly ProjectionRunner[];

  constructor(projections: readonly Projection[], options: ProjectionRunnerOptions) {
    const names = new Set<string>();
    for (const projection of projections) {
      if (names.has(projection.name)) throw new Error(`two projections are named ${projection.name}`);
      names.add(projection.name);
    }
    this.runners = projections.map((projection) => new ProjectionRunner(projection, options));
  }

  start(): void {
    for (const runner of this.runners) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  runner(name: string): ProjectionRunner | undefined {
    return this.runners.find((runner) => runner.name === name);
  }
}
