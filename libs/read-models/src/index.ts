// Nest wiring
export * from './read-models.module';

// Query services and what they answer
export * from './queries/page';
export * from './queries/dispute-summaries.query';
export * from './queries/merchant-inbox.query';
export * from './queries/mediator-caseload.query';
export * from './queries/association-cases.query';
export * from './queries/merchant-scorecard.query';
export * from './queries/dispute-timeline.query';
export * from './queries/open-deadlines.query';
export * from './queries/retention-candidates.query';
export * from './queries/systemic-problems.query';
export { describeEvent, ofAssociation, quotedWords } from './projections/dispute-timeline/describe-event';
export { disputeIdOf } from './projections/dispute-id-of';

// Read-your-writes, lag, health
export * from './progress/applied-announcement';
export * from './progress/applied-listener';
export * from './progress/projection-progress';
export * from './progress/projections-health.indicator';
export * from './progress/readiness';

// Runner and rebuild
export * from './runner/projection';
export { CheckpointMovedError, type Checkpoint, type Queryable } from './runner/checkpoints';
export * from './runner/projection-runner';
export * from './runner/projector';
export type { RunnerLogger } from './runner/runner-logger';
export { tryTakeLease } from './runner/projection-lease';
export { leaseLoop } from './runner/lease-loop';
export { sleep } from './runner/sleep';
export { inTransaction } from './runner/transaction';
export * from './rebuild/rebuild-projections';

// The projections and their tables
export * from './projections/all-projections';
export { disputeCasesProjection } from './projections/dispute-cases/dispute-cases.projection';
export { disputeTimelineProjection } from './projections/dispute-timeline/dispute-timeline.projection';
export { merchantScorecardProjection } from './projections/merchant-scorecard/merchant-scorecard.projection';
export * from './schema/read-models-schema';
export * from './schema/read-models-data-source';
export * from './schema/read-model-table';
export { READ_MODEL_TABLES } from './schema/read-model-tables';
export * from './statistics/merchant-statistics';
export * from './statistics/category-statistics';
export { verifyStatistics, type StatisticsVerification } from './statistics/verify-statistics';
export * from './queries/similar-outcomes.query';
export { categoryKey } from './projections/category-key';
export { DISPUTE_SEARCH, DISPUTE_OUTCOMES } from './projections/dispute-cases/dispute-search.tables';
export { MEDIATION_OUTCOMES, type MediationFacts, type MediationOutcome } from './projections/mediation-activity/mediation-facts';
export { disputesNaming } from './projections/dispute-cases/disputes-naming';
