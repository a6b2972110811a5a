import type { DisputeStatus } from '../../../graphql/generated/graphql';

/**
 * Whether each of the mediation's clocks still runs, for its overdue mark: the three weeks to
 * notify a rejection (L612-2) only while the request waits for its decision, the 90 days
 * (R612-5) only while the mediation is under way. A request left undecided when the dispute
 * ended (withdrawn, closed by the consumer or the admin) is not late for ever after.
 * `undefined`: judged against today; `false`: never marked late.
 */
export function admissibilityClockOverdue(stage: string, status: DisputeStatus): false | undefined {
  return stage === 'REQUESTED' && status === 'MEDIATION_REQUESTED' ? undefined : false;
}

export function outcomeClockOverdue(status: DisputeStatus): false | undefined {
  return status === 'IN_MEDIATION' ? undefined : false;
}
