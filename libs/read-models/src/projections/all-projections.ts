import type { Projection } from '../runner/projection';
import { disputeCasesProjection } from './dispute-cases/dispute-cases.projection';
import { disputeTimelineProjection } from './dispute-timeline/dispute-timeline.projection';
import { mediationActivityProjection } from './mediation-activity/mediation-activity.projection';
import { merchantScorecardProjection } from './merchant-scorecard/merchant-scorecard.projection';

/** Every read-model projection, in the order the migrations create their tables. */
export const ALL_PROJECTIONS: readonly Projection[] = [disputeCasesProjection, disputeTimelineProjection, merchantScorecardProjection, mediationActivityProjection];

/** The projections named, all of them when none is; refuses an unknown name. */
export function selectProjections(names: readonly string[] = []): Projection[] {
  if (names.length === 0) return [...ALL_PROJECTIONS];
  return names.map((name) => {
    const projection = ALL_PROJECTIONS.find((p) => p.name === name);
    if (!projection) throw new Error(`unknown projection "${name}"; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
    return projection;
  });
}
