import { claimRules, type ClaimCommand } from '../claim/claim.commands';
import { answersRules, type AnswersCommand } from '../answers/answers.commands';
import { escalationRules, type EscalationCommand } from '../escalation/escalation.commands';
import { offersRules, type OffersCommand } from '../offers/offers.commands';
import { mediationRules, type MediationCommand } from '../mediation/mediation.commands';
import { remedyRules, type RemedyCommand } from '../remedy/remedy.commands';
import { representationRules, type RepresentationCommand } from '../representation/representation.commands';
import { closureRules, type ClosureCommand } from '../closure/closure.commands';
import { feedbackRules, type FeedbackCommand } from '../feedback/feedback.commands';
import { deadlinesRules, type DeadlinesCommand } from '../deadlines/deadlines.commands';
import { formalNoticeRules, type FormalNoticeCommand } from '../formal-notice/formal-notice.commands';
import { teamRules, type TeamCommand } from '../team/team.commands';
import { retentionRules, type RetentionCommand } from '../retention/retention.commands';
import type { CommandDescription, RulesOf } from './command-rules';
import { fileClaimDescription } from '../claim/file-claim';

/** Every command a dispute accepts, each declared by its sub-domain. */
export type DisputeCommand =
  | ClaimCommand
  | AnswersCommand
  | EscalationCommand
  | FormalNoticeCommand
  | OffersCommand
  | MediationCommand
  | RemedyCommand
  | RepresentationCommand
  | ClosureCommand
  | FeedbackCommand
  | DeadlinesCommand
  | TeamCommand
  | RetentionCommand;

export type DisputeCommandType = DisputeCommand['type'];
export type DisputeCommandOfType<T extends DisputeCommandType> = Extract<DisputeCommand, { type: T }>;

/** Commands on a filed dispute (FileClaim has no dispute yet: see claim/file-claim.ts). */
export type FiledCommandType = Exclude<DisputeCommandType, 'FileClaim'>;

/** The rules of every command on a filed dispute, in the order of the journey. */
export const RULES: RulesOf<Exclude<DisputeCommand, { type: 'FileClaim' }>> = {
  ...claimRules,
  ...answersRules,
  ...escalationRules,
  ...formalNoticeRules,
  ...offersRules,
  ...mediationRules,
  ...remedyRules,
  ...representationRules,
  ...closureRules,
  ...feedbackRules,
  ...deadlinesRules,
  ...teamRules,
  ...retentionRules,
};

/** Every command type name, in the order of the journey. */
export const DISPUTE_COMMAND_TYPES: DisputeCommandType[] = ['FileClaim', ...(Object.keys(RULES) as FiledCommandType[])];

/** The description of every command (payload, mutation), in the order of the journey: what the API and the web app are built from. */
export const COMMAND_DESCRIPTIONS: Readonly<Record<DisputeCommandType, CommandDescription>> = { FileClaim: fileClaimDescription, ...RULES };
