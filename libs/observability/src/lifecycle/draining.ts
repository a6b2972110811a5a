/**
 * Set once the process has been asked to stop: readiness answers 503 from then on, so load
 * balancers send nothing new while what is in flight finishes.
 */
export class Draining {
  private since: Date | undefined;

  get active(): boolean {
    return this.since !== undefined;
  }

  start(): void {
    this.since ??= new Date();
  }
}
