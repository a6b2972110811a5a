// The decider and what it is made of
export { disputeDecider } from './decider';
export { decide } from './decide';
export { evolve, CorruptStreamError } from './evolve';
export * from './state';
export * from './available-actions';
export type { Party, PartyRole } from './parties';
export * from './errors';

// What the state shows
export * from './phase';
export * from './turn';
export * from './status';
export * from './deadlines/open-deadlines';
export * from './warranty';
export * from './rights-facts';

// Values
export * from './values/actor';
export * from './values/claim';
export * from './values/deadline-kind';
export * from './values/escalation-level';
export * from './values/formal-notice-channel';
export * from './values/evidence';
export * from './values/instant';
export * from './values/message-visibility';
export * from './values/money';
export * from './values/next-steps';
export * from './values/outcome';
export * from './values/remedy';
export * from './mediation/inadmissibility-grounds';
export * from './values/remedy-terms';
export * from './values/team-role';
export * from './policy';
export * from './legal-periods';

// Commands, by sub-domain
export * from './commands/command-envelope';
export type * from './claim/claim.commands';
export type * from './answers/answers.commands';
export type * from './escalation/escalation.commands';
export type * from './offers/offers.commands';
export type * from './mediation/mediation.commands';
export type * from './remedy/remedy.commands';
export type * from './representation/representation.commands';
export * from './formal-notice/formal-notice.commands';
export * from './formal-notice/formal-notice-period';
export type * from './closure/closure.commands';
export type * from './feedback/feedback.commands';
export type * from './deadlines/deadlines.commands';
export type * from './team/team.commands';
export type * from './team/team.events';
export type * from './retention/retention.commands';
export * from './retention/retention-period';
export { DISPUTE_COMMAND_TYPES, COMMAND_DESCRIPTIONS, type DisputeCommand, type DisputeCommandType, type DisputeCommandOfType, type FiledCommandType } from './commands/dispute-command';

export type { CommandDescription, MutationDescription } from './commands/command-rules';
export type { FieldMeta, ReferencedRole } from './validation/input';
export * from './commands/account-references';

// Events, by sub-domain, and how stored ones are read
export * from './events/event-envelope';
export type * from './claim/claim.events';
export type * from './answers/answers.events';
export type * from './escalation/escalation.events';
export type * from './offers/offers.events';
export type * from './mediation/mediation.events';
export type * from './remedy/remedy.events';
export type * from './representation/representation.events';
export type * from './formal-notice/formal-notice.events';
export type * from './closure/closure.events';
export type * from './feedback/feedback.events';
export type * from './deadlines/deadlines.events';
export type * from './retention/retention.events';
export * from './events/dispute-event';
export * from './events/upcasting';
export * from './events/personal-data';
export type * from './events/personal-fields';
export * from './events/visibility';
export type * from './events/event-readers';
export * from './readers';
export * from './events/notification-intent';
export * from './events/notifications';
export * from './stream';
export * from './account-events';

// Specifications
export { DeciderSpecification, type Decider, type Then } from './testing/decider-specification';

// What a person reads when a command is refused, in each language
export * from './refusals';
export * from './validation/field-problems';
export { holdsHalfACharacter, holdsInvisibleControl, isIdentifier, problemOf, showsNothing, VISIBLE_CHARACTER } from './validation/input';
