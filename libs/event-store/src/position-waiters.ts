/**
 * Callers waiting for a subscription to pass a position: each resolves true once it has, or
 * false on timeout or when the subscription ends.
 */
export class PositionWaiters {
  private readonly waiters = new Set<{ position: bigint; resolve: (reached: boolean) => void }>();

  wait(current: bigint | undefined, position: bigint, timeoutMs: number, ended: boolean): Promise<boolean> {
    if (current !== undefined && current >= position) return Promise.resolve(true);
    if (ended) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = {
        position,
        resolve: (reached: boolean) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.resolve(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The subscription reached `position`. */
  reached(position: bigint): void {
    for (const waiter of this.waiters) if (position >= waiter.position) waiter.resolve(true);
  }

  /** The subscription ended: nobody's position will come. */
  releaseAll(): void {
    for (const waiter of this.waiters) waiter.resolve(false);
  }
}
