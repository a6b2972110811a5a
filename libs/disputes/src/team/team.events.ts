import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, lastDayOf, type NotificationsOf } from '../events/notification-intent';

/** A case given to one agent of the merchant (by a lead of its team, or taken by the agent herself). */
export type CaseAssigned = DisputeEventOf<'CaseAssigned', EventContext & { agentId: string; previousAgentId?: string }>;

/** Why a case went back to the team's unassigned queue: its agent left the team, or her account was erased. */
export type CaseUnassignedReason = 'AGENT_REMOVED' | 'ACCOUNT_ERASED';

/** The case goes back to the merchant's queue of unassigned cases: the agent who had it no longer can. */
export type CaseUnassigned = DisputeEventOf<'CaseUnassigned', EventContext & { agentId: string; reason: CaseUnassignedReason }>;

/** A note the merchant's team keeps on the case: read by its agents only. */
export type InternalNoteAdded = DisputeEventOf<'InternalNoteAdded', EventContext & { noteId: string; body: string }>;

export type TeamEvent = CaseAssigned | CaseUnassigned | InternalNoteAdded;

export const TEAM_EVENT_VERSIONS = { CaseAssigned: 1, CaseUnassigned: 1, InternalNoteAdded: 1 } as const satisfies SchemaVersions<TeamEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const TEAM_PERSONAL_FIELDS = { CaseAssigned: [], CaseUnassigned: [], InternalNoteAdded: ['/body'] } as const satisfies PersonalFields<TeamEvent>;

/** Who reads each event (events/visibility.ts). */
export const TEAM_READERS = { CaseAssigned: 'MERCHANT_TEAM', CaseUnassigned: 'MERCHANT_TEAM', InternalNoteAdded: 'MERCHANT_TEAM' } as const satisfies ReadersOf<TeamEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const TEAM_NOTIFICATIONS: NotificationsOf<TeamEvent> = {
  // The agent the case now goes to, in-app and on her own channels; never a webhook (merchantsOwn).
  CaseAssigned: (_event, dispute) =>
    notify('CASE_ASSIGNED', ['ASSIGNEE'], { dueOn: dispute.negotiationTurn === 'MERCHANT' && dispute.merchantResponse ? lastDayOf(dispute.merchantResponse.dueAt) : null }),
  // The merchant team's own business: a note is never sent anywhere; a case back in the queue
  // shows in the team's queue (the agent who had it is gone).
  CaseUnassigned: null,
  InternalNoteAdded: null,
};

export const teamEvolution: Evolution<TeamEvent> = {
  CaseAssigned: (s, event) => ({ ...s, assignment: { agentId: event.data.agentId, at: event.data.at } }),
  CaseUnassigned: ({ assignment: _left, ...s }) => s,
  // The note's words stay in the event (read back for the team only): the state keeps its count.
  InternalNoteAdded: (s) => ({ ...s, internalNotes: (s.internalNotes ?? 0) + 1 }),
};
