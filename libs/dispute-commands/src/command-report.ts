import { EventStoreUnavailableError, isConnectionFailure } from '@recours/event-store';
import type { CommandReport } from '@recours/observability';
import { DisputeCommandRefused, StaleDisputeVersion } from './dispute-command-errors';

/** How a handled command is counted (recours_commands_total's `code`): the rule's own code for a refusal. */
export const COMMAND_REPORT: CommandReport<{ duplicate: boolean }> = {
  codeOf: (outcome) => (outcome.duplicate ? 'DUPLICATE' : 'OK'),
  codeOfError: (error) => {
    if (error instanceof DisputeCommandRefused) return error.refusal.code;
    if (error instanceof StaleDisputeVersion) return 'CONFLICT';
    if (error instanceof EventStoreUnavailableError || isConnectionFailure(error)) return 'UNAVAILABLE';
    return 'ERROR';
  },
};
