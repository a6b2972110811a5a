import type { z } from 'zod';
import type { DomainError } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import type { Dispute } from '../state';
import type { Instant } from '../values/instant';
import type { Party, PartyRole } from '../parties';

/** How a person sends a command: the GraphQL mutation, which is also its action in availableActions. */
export interface MutationDescription {
  name: string;
  /** The GraphQL input type; `${Name}Input` by default. Commands sharing a mutation share it. */
  input?: string;
  /** What the mutation does, for the schema's readers. */
  description?: string;
  /** Payload fields the API fills in (a new id), not the person. */
  assigned?: readonly string[];
}

/**
 * The one description of a command's payload: its fields, types and bounds (zod), and how a
 * person sends it. `decide` reads payloads with it; the API builds its GraphQL input types and
 * mutations from it, and the web app its forms.
 */
export interface CommandDescription {
  /** The capacities in which the command may be sent (the authorization matrix derives a new command's row from them). */
  roles: readonly PartyRole[];
  /** The payload's shape, field by field, with the rules between its own fields. */
  payload: z.ZodObject;
  /** None for the deadline process's commands. */
  mutation?: MutationDescription;
  /**
   * The sender's own e-mail address must be confirmed (else ADDRESS_NOT_CONFIRMED, nothing
   * stored): the decider cannot know accounts, so the command path asks the application, once the
   * decider accepted, whatever way the command came in.
   */
  requiresConfirmedAddress?: boolean;
}

/**
 * How one command is decided, in the order `decide` applies the steps. The steps that do not
 * read the payload (roles, guard, hasTarget) also answer `availableActions`, so what the API
 * offers a user and what `decide` accepts cannot drift apart.
 */
export interface CommandRules<C extends { type: string }> extends CommandDescription {
  /** True only for what a closed dispute still accepts (feedback). */
  allowedWhenEnded?: boolean;
  /** True only for the record that an erasure's steps were carried out. */
  allowedWhenErased?: boolean;
  /** Whether the dispute accepts this command from this party now: phase, turn, clocks. */
  guard(dispute: Dispute, party: Party, at: Instant): DomainError | null;
  /** Whether there is something to act on now (an offer to answer, a deadline passed). */
  hasTarget?(dispute: Dispute, party: Party, at: Instant): boolean;
  /** The events, or why this payload is refused. */
  decide(command: C, dispute: Dispute, party: Party, at: Instant): DisputeEvent[] | DomainError;
}

/** A sub-domain's commands, each with its rules. */
export type RulesOf<C extends { type: string }> = { [T in C['type']]: CommandRules<Extract<C, { type: T }>> };

export const noGuard = (): null => null;
