import type { VersionReader } from './events/visibility';
import type { Dispute } from './state';

/** An account as it stands now, as far as reading a dispute goes. */
export interface ReadingAccount {
  accountId: string;
  role: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR' | 'ASSOCIATION' | 'ADMIN';
  /** The merchant an agent works for now; null for anyone else, a former agent included. */
  merchantId: string | null;
}

/**
 * How an account reads a dispute, or null when it may not: a consumer reads her disputes; a
 * merchant agent those against its merchant; a mediator the cases assigned to it; an association
 * those under a live mandate or shared with it for advice; the admin every dispute. The one rule
 * for every way a dispute reaches someone: a read over HTTP, a live update, an e-mail sent later.
 */
export function readerOf(dispute: Dispute, account: ReadingAccount | null): VersionReader | null {
  if (!account) return null;
  switch (account.role) {
    case 'CONSUMER':
      return dispute.consumerId === account.accountId ? 'CONSUMER' : null;
    case 'MERCHANT':
      return dispute.merchantId === account.merchantId ? 'MERCHANT' : null;
    case 'MEDIATOR':
      return dispute.mediation?.mediatorId === account.accountId ? 'MEDIATOR' : null;
    case 'ASSOCIATION':
      // Under a mandate, or shared with it for advice: it reads what the consumer reads (acting needs the mandate).
      return dispute.mandate?.associationId === account.accountId || dispute.advisers?.some((a) => a.associationId === account.accountId) ? 'ASSOCIATION' : null;
    case 'ADMIN':
      return 'ADMIN';
  }
}
