import type { Role } from './SessionProvider';

/** Where each role lands after signing in. */
export const HOME_OF: Record<Role, string> = {
  CONSUMER: '/disputes',
  MERCHANT: '/inbox',
  MEDIATOR: '/caseload',
  ASSOCIATION: '/association',
  ADMIN: '/admin',
};
