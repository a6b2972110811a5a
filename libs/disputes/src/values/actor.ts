import type { TeamRole } from './team-role';

export const ACTOR_KINDS = ['CONSUMER', 'MERCHANT_AGENT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN', 'SYSTEM'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Whoever sends a command; a merchant acts through its agents, each carrying the merchant's id. */
export interface Actor {
  kind: ActorKind;
  id: string;
  merchantId?: string;
  /** A merchant agent's role in its team, from the accounts; read by the decider, never recorded. */
  teamRole?: TeamRole;
}

/** The two sides of a dispute; offers, settlements and turns belong to a side, not a person. */
export type Side = 'CONSUMER' | 'MERCHANT';

export const otherSide = (side: Side): Side => (side === 'CONSUMER' ? 'MERCHANT' : 'CONSUMER');
