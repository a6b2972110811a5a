import type { DisputeCommands } from '@recours/dispute-commands';
import type { EventStore } from '@recours/event-store';
import type { Page } from '@recours/read-models';
import type { MediationBodies } from './mediation-bodies';
import type { IntakeItem, MediationIntake } from './mediation-intake';
import { MediationIntakeProcess, SWEEP_PAGE } from './mediation-intake.process';

/**
 * The intake's sweep over the queue of unassigned requests. Requests of a body with no eligible
 * mediator stay unassigned, round after round; more than a page of them, ahead in the queue, must
 * not keep the sweep from the requests after them.
 */
describe('MediationIntakeProcess sweep', () => {
  const SWEEP_LAST = '9999';
  const request = (n: number, merchantId: string): IntakeItem => ({
    disputeId: `d-${String(n).padStart(4, '0')}`,
    bodyId: 'b-1',
    merchantId,
    productName: 'Téléphone',
    requestedAt: '2026-06-01T08:00:00.000Z',
    admissibilityDueAt: '2026-06-22T08:00:00.000Z',
    admissibilityOverdue: false,
    mediatorId: null,
  });
  // The queue as MediationIntake.page serves it: unassigned ones only, `first` at a time after the cursor.
  const queue = [...Array.from({ length: SWEEP_PAGE + 1 }, (_, i) => request(i, 'merchant-of-a-body-without-mediators')), request(Number(SWEEP_LAST), 'merchant-served')];
  const assigned = new Set<string>();
  const intake = {
    page: async (_bodies: unknown, args: { first?: number | null; after?: string }): Promise<Page<IntakeItem>> => {
      const open = queue.filter((r) => !assigned.has(r.disputeId) && (args.after === undefined || r.disputeId > args.after));
      const nodes = open.slice(0, args.first ?? 20);
      const cursors = nodes.map((r) => r.disputeId);
      return { nodes, cursors, totalCount: open.length, pageInfo: { hasNextPage: open.length > nodes.length, endCursor: cursors.at(-1) ?? null } };
    },
  } as unknown as MediationIntake;
  const bodies = {
    eligibleMediators: async (_bodyId: string | null, merchantId: string) => (merchantId === 'merchant-served' ? [{ mediatorId: 'mediator-1' }] : []),
    casesOfAbsentMediators: async () => [],
  } as unknown as MediationBodies;
  const commands = {
    handle: async (_actor: unknown, _at: Date, command: { disputeId: string }) => {
      assigned.add(command.disputeId);
      return { duplicate: false };
    },
  } as unknown as DisputeCommands;

  it('assigns a request behind more than a page of requests nobody can take yet', async () => {
    const process = new MediationIntakeProcess(commands, {} as EventStore, bodies, intake, () => new Date('2026-06-15T10:00:00Z'));
    expect(await process.sweep()).toBe(1);
    expect([...assigned]).toEqual([`d-${SWEEP_LAST}`]);
  });
});
