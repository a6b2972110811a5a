import { assessRights, type CalendarDate, type Locale } from '@recours/consumer-law';
import { disputeRightsFacts, type Dispute, type DisputeParties } from '@recours/disputes';
import { toRightsAssessmentView, type RightsAssessmentView } from './rights-assessment.view';

/**
 * The rights of the consumer of a filed dispute on `asOf`, in the shape the `RightsAssessment`
 * GraphQL type resolves, in `locale`. The facts come from the dispute library
 * (`disputeRightsFacts`), which also takes the warranty's end from the same engine. Throws
 * RightsInputError only for an `asOf` before the claim's own dates (purchase, delivery, defect
 * noticed); later facts (remedies, the filing) are left out.
 */
export function assessDisputeRights(dispute: Dispute, asOf: CalendarDate, parties: DisputeParties = {}, locale: Locale = 'en'): RightsAssessmentView {
  return toRightsAssessmentView(assessRights(disputeRightsFacts(dispute, asOf, parties), asOf, locale));
}
