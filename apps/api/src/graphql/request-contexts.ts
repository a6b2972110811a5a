import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Authentication } from '../auth/authentication';
import { LoadersFactory } from './loaders';
import type { RequestContext } from './request-context';

/**
 * The context of one operation, made the same way on every way in: an HTTP request (its
 * Authorization header) and each subscription on the socket (its connection's token).
 */
@Injectable()
export class RequestContexts {
  constructor(
    private readonly authentication: Authentication,
    private readonly loaders: LoadersFactory,
  ) {}

  /**
   * UNAUTHENTICATED when the token is forged, expired or revoked; an anonymous context without one.
   * A token good for two-factor enrolment only leaves the viewer anonymous: only the enrolment
   * mutations read `enrolling`.
   */
  async create(req: Request, authorization: string | undefined, connectionParams?: Record<string, unknown>): Promise<RequestContext> {
    const token = await this.authentication.authenticate(authorization, { enrolment: true });
    const enrolmentOnly = token?.enrolmentOnly === true;
    return {
      req,
      viewer: token && !enrolmentOnly ? token.viewer : null,
      token: enrolmentOnly ? null : token,
      enrolling: enrolmentOnly ? token : null,
      loaders: this.loaders.create(),
      ...(connectionParams ? { connectionParams } : {}),
    };
  }

  /**
   * The same caller for the next operation of a long-lived context: each result of a subscription
   * is one operation, with loaders of its own, as each HTTP request has. Loaders kept for the
   * subscription's life would keep answering what they read first (the name of a person erased
   * since, a merchant renamed).
   */
  renewed(context: RequestContext): RequestContext {
    return { ...context, loaders: this.loaders.create() };
  }
}
