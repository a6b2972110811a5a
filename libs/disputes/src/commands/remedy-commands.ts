import type { RemedyFailure } from '../events/remedy-events';
import type { DisputeCommandOf } from './command-envelope';

/** The consumer confirms the agreed remedy was delivered; the dispute closes as resolved. */
export type ConfirmRemedyFulfilled = DisputeCommandOf<'ConfirmRemedyFulfilled', { note?: string }>;

export type ReportRemedyFailed = DisputeCommandOf<
  'ReportRemedyFailed',
  { failure: RemedyFailure; description: string }
>;
