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

export function requireViewer(viewer: Viewer | null, ...roles: AccountRole[]): Viewer {
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
  return viewer;
}
