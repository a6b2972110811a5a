import { DomainError } from '../errors';
import type { Dispute } from '../state';

export const agreementInProgress = (dispute: Dispute): DomainError | null =>
  dispute.agreement ? null : new DomainError('NO_AGREEMENT', 'no agreed remedy is being carried out');
