import { Injectable } from '@nestjs/common';

/**
 * After a write, wait (bounded) until the read models have applied it, so the caller and the
 * lists it opens next show what it just did. Bound to the projector in DisputesModule.
 */
@Injectable()
export class ReadYourWrites {
  constructor(private readonly wait: (position: bigint, timeoutMs: number) => Promise<boolean> = async () => true) {}

  async waitFor(position: bigint | undefined, timeoutMs = 5_000): Promise<boolean> {
    if (position === undefined) return true;
    return this.wait(position, timeoutMs);
  }
}
