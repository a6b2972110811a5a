import { addMonths, dateOf } from '@recours/consumer-law';
import type { RequestMediation } from '../commands/mediation-commands';
import { DomainError } from '../errors';
import { ADMISSIBILITY_DAYS, MEDIATION_TIME_BAR_MONTHS } from '../legal-periods';
import type { Dispute } from '../state';
import { periodOfDays, type Instant } from '../values/instant';
import { checked, optionalText } from '../validation/input';
import { MAX_MESSAGE } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { negotiating } from './guards';
import { contextOf } from './parties';

/** The written claim the one-year bar runs from: the earliest written complaint to the merchant. */
function writtenClaimOn(dispute: Dispute): string {
  const filedOn = dateOf(dispute.filedAt);
  const prior = dispute.claim.priorWrittenComplaintOn;
  return prior && prior < filedOn ? prior : filedOn;
}

const timeBarredAfter = (dispute: Dispute) => addMonths(writtenClaimOn(dispute), MEDIATION_TIME_BAR_MONTHS);

/**
 * The consumer asks for a mediation (Code de la consommation L612-2): only once the merchant
 * had its chance in writing, and no later than one year after the written claim. One mediation
 * per dispute.
 */
export const requestMediation: CommandHandler<RequestMediation> = {
  roles: ['CONSUMER', 'ASSOCIATION'],
  guard(dispute, _party, at: Instant) {
    if (dispute.mediation) return new DomainError('MEDIATION_ALREADY_REQUESTED', `a mediation was already requested at ${dispute.mediation.requestedAt}`);
    const refused = negotiating(dispute);
    if (refused) return refused;
    if (dateOf(at) > timeBarredAfter(dispute)) {
      return new DomainError(
        'MEDIATION_TIME_BARRED',
        `a mediation must be requested within one year of the written claim of ${writtenClaimOn(dispute)} (Code de la consommation L612-2)`,
      );
    }
    if (!dispute.merchantHadChance) {
      return new DomainError(
        'MEDIATION_TOO_EARLY',
        'the merchant must first have its chance in writing: a refusal, a refused offer, or its response period passed (L612-2)',
      );
    }
    return null;
  },
  validate: (c) => checked(() => optionalText(c.summary, 'summary', { max: MAX_MESSAGE })),
  decide: (c, dispute, party, at) => [
    {
      type: 'MediationRequested',
      schemaVersion: 1,
      data: {
        ...contextOf(dispute, party, at),
        ...(c.summary !== undefined && { summary: c.summary }),
        writtenClaimOn: writtenClaimOn(dispute),
        timeBarredAfter: timeBarredAfter(dispute),
        admissibilityDueAt: periodOfDays(at, ADMISSIBILITY_DAYS).dueAt,
      },
    },
  ],
};
