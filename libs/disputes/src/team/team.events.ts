import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';

/** A case given to one agent of the merchant (by a lead of its team, or taken by the agent herself). */
export type CaseAssigned = DisputeEventOf<'CaseAssigned', EventContext & { agentId: string; previousAgentId?: string }>;

/** A note the merchant's team keeps on the case: read by its agents only. */
export type InternalNoteAdded = DisputeEventOf<'InternalNoteAdded', EventContext & { noteId: string; body: string }>;

export type TeamEvent = CaseAssigned | InternalNoteAdded;

export const TEAM_EVENT_VERSIONS = { CaseAssigned: 1, InternalNoteAdded: 1 } as const satisfies SchemaVersions<TeamEvent>;

export const teamEvolution: Evolution<TeamEvent> = {
  CaseAssigned: (s, event) => ({ ...s, assignment: { agentId: event.data.agentId, at: event.data.at } }),
  // The note's words stay in the event (read back for the team only): the state keeps its count.
  InternalNoteAdded: (s) => ({ ...s, internalNotes: (s.internalNotes ?? 0) + 1 }),
};
