import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DisputeCommandRefused, DisputeCommands } from '@recours/dispute-commands';
import type { Actor, CaseUnassignedReason } from '@recours/disputes';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { DisputeSummaries } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../../accounts/accounts-data-source';
import { ReadYourWrites } from '../read-your-writes';

/** The merchant team's own process: it, not a person, puts a departed agent's cases back in the queue. */
export const MERCHANT_TEAM: Actor = { kind: 'SYSTEM', id: 'merchant-team' };

/** Ended meanwhile, or given to someone else meanwhile: nothing to put back. */
const NOTHING_TO_DO = new Set(['NOT_ASSIGNED', 'DISPUTE_CLOSED']);

/**
 * The open cases of an agent who is no longer one (removed from her team, or her account
 * erased) go back to her merchant's queue of unassigned cases, each by an UnassignCase command
 * decided on the dispute's own history.
 *
 * Called once the accounts say she left (the write side): from then on no case can be given to
 * her (the command path checks the agent against the accounts). The read model only finds the
 * candidates, once it has caught up with every event recorded before she left, so that it does
 * not lag behind an assignment; each dispute then decides for itself whether she still has it.
 */
@Injectable()
export class DepartedAgentCases {
  private readonly logger = new Logger('DepartedAgentCases');

  constructor(
    private readonly commands: DisputeCommands,
    private readonly summaries: DisputeSummaries,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly accounts: DataSource,
  ) {}

  /** Answers how many cases went back to the queue. */
  async returnToQueue(agentId: string, reason: CaseUnassignedReason): Promise<number> {
    // Only a merchant's agent is ever given a case (an erased one keeps her role on the tombstone).
    const [account] = await this.accounts.query<Array<{ role: string }>>(`SELECT role FROM accounts.accounts WHERE id::text = $1`, [agentId]);
    if (account?.role !== 'MERCHANT') return 0;
    await this.readYourWrites.waitFor(await this.store.headPosition(), 30_000);
    let returned = 0;
    let last: bigint | undefined;
    for (const { disputeId } of await this.summaries.openCasesAssignedTo(agentId)) {
      try {
        last = (await this.commands.handle(MERCHANT_TEAM, this.clock.now(), { type: 'UnassignCase', disputeId, agentId, reason })).position;
        returned++;
      } catch (error) {
        if (error instanceof DisputeCommandRefused && NOTHING_TO_DO.has(error.refusal.code)) continue;
        throw error;
      }
    }
    // The owner's queue shows them as soon as she is told the agent left.
    await this.readYourWrites.waitFor(last);
    if (returned > 0) this.logger.log({ msg: 'cases back in the team queue', agentId, reason, cases: returned });
    return returned;
  }
}
