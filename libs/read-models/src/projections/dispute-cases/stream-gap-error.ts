/** An event arrived out of its stream's order: applying it would build a wrong dispute. */
export class StreamGapError extends Error {
  constructor(disputeId: string, expectedVersion: number, actualVersion: number) {
    super(`dispute ${disputeId}: expected stream version ${expectedVersion}, got ${actualVersion}`);
    this.name = 'StreamGapError';
  }
}
