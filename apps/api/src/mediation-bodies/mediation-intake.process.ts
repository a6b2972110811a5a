import { DisputeCommandRefused, type DisputeCommands } from '@recours/dispute-commands';
import { DISPUTE_STREAM_PREFIX, disputeStreamId, type Actor } from '@recours/disputes';
import type { EventStore, Subscription } from '@recours/event-store';
import type { CaseOfAbsentMediator, MediationBodies } from './mediation-bodies';
import type { MediationIntake } from './mediation-intake';

/** The intake of the mediation bodies, as the record names it. */
export const INTAKE: Actor = { kind: 'SYSTEM', id: 'mediation-intake' };

/** Taken meanwhile, already assigned, or no longer a request (or a mediation): nothing to do. */
const NOTHING_TO_DO = new Set(['CASE_ALREADY_TAKEN', 'MEDIATOR_ALREADY_ASSIGNED', 'DISPUTE_CLOSED', 'MEDIATION_NOT_REQUESTED', 'NOT_IN_MEDIATION']);

/** Requests the sweep reads at a time (the most a page holds). */
export const SWEEP_PAGE = 100;

export interface IntakeLogger {
  warn(message: Record<string, unknown>): void;
}

/**
 * Gives each mediation request a mediator at once: on each MediationRequested (a live
 * subscription), the least-loaded eligible mediator of the body the request went to (recorded
 * with it; for a request recorded before it was, the merchant's body of today; conflicts of
 * interest excluded), through the command path as AssignMediator. A sweep of the intake queue catches
 * what the subscription could not (requests made while no process ran, or while no mediator of
 * the body was eligible). Exactly once with several processes: the command's idempotency key is
 * the dispute's, and `unassignedOnly` never takes a case from its mediator. The sweep also gives
 * the mediations under way of a mediator who is away to another mediator of the body (once per
 * case and absence: that is the command's idempotency key).
 */
export class MediationIntakeProcess {
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  constructor(
    private readonly commands: DisputeCommands,
    private readonly store: EventStore,
    private readonly bodies: MediationBodies,
    private readonly intake: MediationIntake,
    private readonly now: () => Date,
    private readonly logger: IntakeLogger = { warn: () => undefined },
  ) {}

  async start(sweepIntervalMs: number): Promise<void> {
    const head = await this.store.headPosition();
    this.subscription = this.store.subscribe({ after: head, filter: { streamPrefix: DISPUTE_STREAM_PREFIX, eventTypes: ['MediationRequested'] } }, async (events) => {
      for (const event of events) {
        const bodyId = (event.data as { mediationBodyId?: string }).mediationBodyId;
        await this.assign(event.streamId.slice(DISPUTE_STREAM_PREFIX.length), undefined, bodyId);
      }
    });
    this.subscription.done.catch((error: unknown) => this.logger.warn({ msg: 'mediation intake subscription stopped; the sweep goes on', error: String(error) }));
    this.timer = setInterval(() => void this.sweep(), sweepIntervalMs);
    this.timer.unref();
    void this.sweep();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.subscription?.stop().catch(() => undefined);
    await this.sweeping?.catch(() => undefined);
  }

  /** Every unassigned request of every body, then every case of an absent mediator, once; answers how many were assigned. */
  sweep(): Promise<number> {
    this.sweeping ??= (async () => {
      let assigned = 0;
      try {
        // Every unassigned request, page after page past the last one: requests no mediator can take
        // yet (a body with none eligible) stay unassigned, and a page of them must not hide the rest.
        for (let after: string | undefined; ; ) {
          const queue = await this.intake.page('ALL', { unassignedOnly: true, first: SWEEP_PAGE, now: this.now(), ...(after !== undefined && { after }) });
          for (const request of queue.nodes) if ((await this.assign(request.disputeId, request.merchantId, request.bodyId)) === 'assigned') assigned++;
          if (!queue.pageInfo.hasNextPage || queue.pageInfo.endCursor === null) break;
          after = queue.pageInfo.endCursor;
        }
        assigned += await this.reassignFromAbsent();
      } catch (error) {
        this.logger.warn({ msg: 'mediation intake sweep failed', error: String(error) });
      }
      return assigned;
    })().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  /**
   * The mediations under way of mediators away today, each to the least-loaded eligible mediator
   * of the body who is not away; a case stays put while nobody else is eligible. Answers how many
   * moved. Never throws for one case.
   */
  async reassignFromAbsent(): Promise<number> {
    let moved = 0;
    for (let page = await this.bodies.casesOfAbsentMediators(this.now()); page.length > 0; page = await this.bodies.casesOfAbsentMediators(this.now(), page.at(-1)!))
      moved += await this.reassignPage(page);
    return moved;
  }

  private async reassignPage(page: CaseOfAbsentMediator[]): Promise<number> {
    let moved = 0;
    for (const item of page) {
      try {
        const [chosen] = (await this.bodies.eligibleMediators(item.bodyId, item.merchantId, this.now())).filter((m) => m.mediatorId !== item.mediatorId);
        if (!chosen) continue;
        const outcome = await this.commands.handle(INTAKE, this.now(), { type: 'AssignMediator', disputeId: item.disputeId, mediatorId: chosen.mediatorId }, { commandId: `mediator-absence:${item.absenceId}:${item.disputeId}` });
        if (!outcome.duplicate) moved++;
      } catch (error) {
        if (error instanceof DisputeCommandRefused && NOTHING_TO_DO.has(error.refusal.code)) continue;
        this.logger.warn({ msg: 'could not reassign the case of an absent mediator', disputeId: item.disputeId, error: String(error) });
      }
    }
    return moved;
  }

  /**
   * One request: its least-loaded eligible mediator, if the body it went to has one (`bodyId`, as
   * recorded with the request; without it, the merchant's body of today). Never throws.
   */
  async assign(disputeId: string, merchantId?: string, bodyId?: string): Promise<'assigned' | 'none eligible' | 'skipped' | 'failed'> {
    try {
      const merchant = merchantId ?? (await this.merchantOf(disputeId));
      if (!merchant) return 'skipped';
      const [chosen] = await this.bodies.eligibleMediators(bodyId ?? (await this.bodies.bodyOfMerchant(merchant)), merchant, this.now());
      if (!chosen) return 'none eligible';
      const outcome = await this.commands.handle(INTAKE, this.now(), { type: 'AssignMediator', disputeId, mediatorId: chosen.mediatorId, unassignedOnly: true }, { commandId: `mediation-intake:${disputeId}` });
      return outcome.duplicate ? 'skipped' : 'assigned';
    } catch (error) {
      if (error instanceof DisputeCommandRefused && NOTHING_TO_DO.has(error.refusal.code)) return 'skipped';
      this.logger.warn({ msg: 'could not assign a mediation request', disputeId, error: String(error) });
      return 'failed';
    }
  }

  /** The merchant the claim names (its filing is the stream's first event). */
  private async merchantOf(disputeId: string): Promise<string | null> {
    const [filed] = await this.store.readStream(disputeStreamId(disputeId), { maxCount: 1 });
    return (filed?.data as { merchantId?: string } | undefined)?.merchantId ?? null;
  }
}
