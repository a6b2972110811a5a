import type { RecordDeadlinePassed } from '../commands/deadline-commands';
import { deadlines } from '../deadlines';
import { DomainError } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import { isBefore } from '../values/instant';
import { checked } from '../validation/input';
import { noGuard, type CommandHandler } from './command-handler';
import { findDeadline, readDeadlineRef } from './deadline-command';
import { contextOf } from './parties';

/** The process manager records that a deadline passed; each kind has its own fact. */
export const recordDeadlinePassed: CommandHandler<RecordDeadlinePassed> = {
  roles: ['SYSTEM'],
  guard: noGuard,
  hasTarget: (dispute, _party, at) => deadlines(dispute).some((d) => !isBefore(at, d.dueAt)),
  validate: (c) => checked(() => readDeadlineRef(c)),
  decide(c, dispute, party, at) {
    const deadline = findDeadline(dispute, c);
    if (deadline instanceof DomainError) return deadline;
    if (isBefore(at, deadline.dueAt)) return new DomainError('DEADLINE_NOT_REACHED', `${deadline.kind} runs until ${deadline.dueAt}`);
    const context = contextOf(dispute, party, at);
    const dueAt = deadline.dueAt;
    const event: DisputeEvent = (() => {
      switch (deadline.kind) {
        case 'MERCHANT_RESPONSE':
          return { type: 'MerchantResponseOverdue', schemaVersion: 1, data: { ...context, dueAt } } as const;
        case 'OFFER_EXPIRY':
          return { type: 'OfferExpired', schemaVersion: 1, data: { ...context, offerId: deadline.offerId!, expiresAt: dueAt } } as const;
        case 'REMEDY_DUE':
          return { type: 'RemedyOverdue', schemaVersion: 1, data: { ...context, dueAt } } as const;
        case 'ADMISSIBILITY_DUE':
          return { type: 'AdmissibilityOverdue', schemaVersion: 1, data: { ...context, dueAt } } as const;
        case 'MEDIATION_OUTCOME_DUE':
          return { type: 'MediationOverdue', schemaVersion: 1, data: { ...context, dueAt } } as const;
      }
    })();
    return [event];
  },
};
