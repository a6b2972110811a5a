import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/request-context';

const FIFTEEN_MINUTES = 15 * 60_000;

/** The e-mail address a login (or sign-up) attempt is about, lower-cased. */
const emailOf = (context: ExecutionContext): string =>
  String((GqlExecutionContext.create(context).getArgs() as { input?: { email?: unknown } }).input?.email ?? '').trim().toLowerCase();

/**
 * Two limits on attempts to log in: per account, so nobody guesses one password from many
 * addresses, and per address, so nobody tries many accounts from one. Read inside the factory:
 * tests set LOGIN_LIMIT_* after importing.
 */
export const LoginThrottlingModule = ThrottlerModule.forRootAsync({
  useFactory: () => ({
    throttlers: [
      { name: 'per-account', ttl: FIFTEEN_MINUTES, limit: Number(process.env.LOGIN_LIMIT_PER_ACCOUNT ?? 10), getTracker: (_req, context) => `account:${emailOf(context)}` },
      { name: 'per-address', ttl: FIFTEEN_MINUTES, limit: Number(process.env.LOGIN_LIMIT_PER_ADDRESS ?? 100), getTracker: (req) => `address:${req.ip ?? 'unknown'}` },
    ],
  }),
});

/** The throttler guard, for GraphQL resolvers; refusals are GraphQL errors with code RATE_LIMITED. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const req = GqlExecutionContext.create(context).getContext<RequestContext>().req;
    return { req, res: req.res as unknown as Record<string, unknown> };
  }

  protected override async throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    throw new GraphQLError(`Too many attempts; try again in ${Math.ceil(limit.timeToBlockExpire)} seconds`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(limit.timeToBlockExpire), http: { status: 429 } },
    });
  }
}
