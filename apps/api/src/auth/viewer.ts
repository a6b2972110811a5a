import type { Actor } from '@recours/disputes';
import type { AccountRole } from '../accounts/account-role';

/** Who is calling: an authenticated account, or nobody. */
export interface Viewer {
  accountId: string;
  role: AccountRole;
  merchantId: string | null;
}

/** The domain's word for the same person. */
export function actorOf(viewer: Viewer): Actor {
  switch (viewer.role) {
    case 'CONSUMER':
      return { kind: 'CONSUMER', id: viewer.accountId };
    case 'MERCHANT':
      return { kind: 'MERCHANT_AGENT', id: viewer.accountId, merchantId: viewer.merchantId as string };
    default:
      return { kind: viewer.role, id: viewer.accountId };
  }
}
