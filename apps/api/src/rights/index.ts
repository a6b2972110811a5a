export { RightsModule } from './rights.module';
export { assessDisputeRights } from './dispute-rights';
export { toRightsAssessmentView, type RightsAssessmentView } from './rights-assessment.view';
export * from './graphql/rights-assessment.types';
export { GoodsCondition, RightsNotAssessedCode, RightsRemedyKind } from './graphql/rights.enums';
export { RightsAssessmentInput, RightsMediationReferralInput, RightsMoneyInput, RightsRepairInput, RightsReplacementInput } from './graphql/rights-assessment.inputs';
export { RightsMessage, RightsMessageParam } from './graphql/rights-message.types';
