import { AssociationCaseEntity } from './association-case.entity';
import { DisputeSummaryEntity } from './dispute-summary.entity';
import { MediatorCaseEntity } from './mediator-case.entity';
import { MerchantClaimEntity } from './merchant-claim.entity';
import { MerchantInboxEntryEntity } from './merchant-inbox-entry.entity';
import { OpenDeadlineEntity } from './open-deadline.entity';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity';
import { TimelineEntryEntity } from './timeline-entry.entity';

export {
  AssociationCaseEntity,
  DisputeSummaryEntity,
  MediatorCaseEntity,
  MerchantClaimEntity,
  MerchantInboxEntryEntity,
  OpenDeadlineEntity,
  ProjectionCheckpointEntity,
  TimelineEntryEntity,
};

export const READ_MODEL_ENTITIES = [
  DisputeSummaryEntity,
  MerchantInboxEntryEntity,
  MediatorCaseEntity,
  AssociationCaseEntity,
  OpenDeadlineEntity,
  TimelineEntryEntity,
  MerchantClaimEntity,
  ProjectionCheckpointEntity,
];
