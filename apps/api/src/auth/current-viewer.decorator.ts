import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AccountRole } from '../accounts/account-role';
import { forbidden, unauthenticated } from '../graphql/errors';
import type { RequestContext } from '../graphql/request-context';
import type { Viewer } from './viewer';

/** The caller, or null when anonymous. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
});

const FORMER_AGENT = { en: "This account no longer belongs to a merchant's team", fr: 'Ce compte n’appartient plus à l’équipe d’un professionnel' };

/**
 * The caller, of one of `roles`. A merchant account without a merchant is a former agent (the
 * owner removed her): she keeps her account but acts for no merchant.
 */
export function requireViewer(viewer: Viewer | null, ...roles: AccountRole[]): Viewer {
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
  if (viewer.role === 'MERCHANT' && !viewer.merchantId && roles.includes('MERCHANT')) throw forbidden(FORMER_AGENT);
  return viewer;
}
