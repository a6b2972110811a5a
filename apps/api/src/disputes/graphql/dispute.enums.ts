import {
  DISPUTE_STATUSES,
  EVIDENCE_KINDS,
  MESSAGE_VISIBILITIES,
  NEXT_STEP_KINDS,
  PRODUCT_CONDITIONS,
  PURCHASE_CHANNELS,
  REMEDIES,
  REMEDY_FAILURES,
  DEADLINE_KINDS,
  FORMAL_NOTICE_CHANNELS,
  INADMISSIBILITY_GROUNDS,
} from '@recours/disputes';
import { enumOf } from '../../graphql/enum-of';
import { DISPUTE_ACTIONS } from '../dispute-actions';

export const DisputeStatusEnum = enumOf(DISPUTE_STATUSES, 'DisputeStatus', 'Where the dispute stands, derived from its events.');
export const RemedyEnum = enumOf(REMEDIES, 'Remedy', 'What the consumer asks for or is offered (Articles L217-8 to L217-14 of the French Consumer Code).');
export const ProductConditionEnum = enumOf(PRODUCT_CONDITIONS, 'ProductCondition', 'New or used goods: the presumption of defect differs (Article L217-7 of the French Consumer Code).');
export const PurchaseChannelEnum = enumOf(PURCHASE_CHANNELS, 'PurchaseChannel', 'Where the goods were bought.');
export const EvidenceKindEnum = enumOf(EVIDENCE_KINDS, 'EvidenceKind', 'What a piece of evidence is.');
export const MessageVisibilityEnum = enumOf(MESSAGE_VISIBILITIES, 'MessageVisibility', 'Who may read a message.');
export const NextStepKindEnum = enumOf(NEXT_STEP_KINDS, 'NextStepKind', 'Where a consumer can still go when the dispute ends unresolved.');
export const RemedyFailureEnum = enumOf(REMEDY_FAILURES, 'RemedyFailure', 'How an agreed remedy failed.');
export const OfferKindEnum = enumOf(['REMEDY', 'PAID_REPAIR_QUOTE'] as const, 'OfferKind', 'A remedy, or a quote for a paid repair of goods out of warranty.');
export const SideEnum = enumOf(['CONSUMER', 'MERCHANT'] as const, 'Side', 'The two sides of a dispute.');
export const OfferStatusEnum = enumOf(['LIVE', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'SUPERSEDED'] as const, 'OfferStatus', 'Where an offer stands.');
export const TurnEnum = enumOf(['CONSUMER', 'MERCHANT', 'BOTH', 'MEDIATOR', 'ADMIN', 'NONE'] as const, 'Turn', 'Whose move it is.');
export const DeadlineKindEnum = enumOf(DEADLINE_KINDS, 'DeadlineKind', 'A clock running on the dispute.');
export const FormalNoticeChannelEnum = enumOf(FORMAL_NOTICE_CHANNELS, 'FormalNoticeChannel', 'How a formal notice was sent: registered mail with acknowledgement of receipt is what to prefer.');
export const InadmissibilityGroundEnum = enumOf(INADMISSIBILITY_GROUNDS, 'InadmissibilityGround', 'The ground of Article L612-2 (1° to 5°) of the French Consumer Code a mediation request was refused on.');
export const DisputeActionEnum = enumOf(
  DISPUTE_ACTIONS as unknown as readonly string[],
  'DisputeAction',
  'Something a viewer may do on a dispute: the name of the mutation that does it.',
);
