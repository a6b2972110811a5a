import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCOUNT_ROLES, type AccountRole } from '../accounts/account-role';
import { forbidden, unauthenticated } from '../graphql/errors';
import type { RequestContext } from '../graphql/request-context';
import type { Viewer } from './viewer';

/** The caller, or null when anonymous. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
});

const NO_MERCHANT = {
  en: "This account acts for no merchant: it is no longer in a merchant's team, or it awaits the profile of a company customers invited, until its address is confirmed",
  fr: 'Ce compte n’agit pour aucun professionnel : il n’est plus dans l’équipe d’un professionnel, ou il attend le profil d’une entreprise que des clients ont invitée, jusqu’à la confirmation de son adresse',
};

/**
 * The caller, of one of `roles`. A merchant account without a merchant is a former agent (the
 * owner removed her), or signed up at the domain of a company customers invited and has not
 * confirmed her address yet (the profile is hers only then): she acts for no merchant.
 */
export function requireViewer(viewer: Viewer | null, ...roles: AccountRole[]): Viewer {
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
  if (viewer.role === 'MERCHANT' && !viewer.merchantId && roles.includes('MERCHANT')) throw forbidden(NO_MERCHANT);
  return viewer;
}

/**
 * The caller acting on a dispute, in any role: a merchant account acts for its merchant, so one
 * that acts for none (an agent removed from her team) is told so (FORBIDDEN), the same answer
 * whichever dispute she names, rather than a refusal of the command's inner fields.
 */
export function requireActor(viewer: Viewer | null): Viewer {
  return requireViewer(viewer, ...ACCOUNT_ROLES);
}
