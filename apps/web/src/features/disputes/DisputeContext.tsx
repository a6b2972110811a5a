import { createContext, useContext } from 'react';
import type { DisputeAction, DisputeViewFragment } from '../../graphql/generated/graphql';

/** The side of the dispute the viewer stands on: an association acts for the consumer. */
export type ViewerSide = 'CONSUMER' | 'MERCHANT' | 'MEDIATOR' | 'ADMIN';

export interface DisputeScope {
  dispute: DisputeViewFragment;
  side: ViewerSide;
  /** A past state (time travel): shown, never acted on. */
  readOnly: boolean;
  /** A command's answer: the newest state of the dispute. */
  onUpdated(dispute: DisputeViewFragment): void;
  /** Reload after a refusal that says the dispute moved on. */
  refresh(): void;
  can(action: DisputeAction): boolean;
}

export const DisputeContext = createContext<DisputeScope | null>(null);

export function useDisputeScope(): DisputeScope {
  const scope = useContext(DisputeContext);
  if (!scope) throw new Error('useDisputeScope outside a dispute page');
  return scope;
}
