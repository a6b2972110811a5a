import type { Request } from 'express';
import type { VerifiedToken } from '../auth/token.service';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from './loaders';

/** What every resolver of one request shares. */
export interface RequestContext {
  /** The HTTP request, or the upgrade request of the WebSocket connection the operation came on. */
  req: Request;
  viewer: Viewer | null;
  /** The token the viewer was authenticated with: a subscription ends when it does. */
  token: VerifiedToken | null;
  /** A token good for two-factor enrolment only (a sign-in that must enrol first); the viewer is then null. */
  enrolling?: VerifiedToken | null;
  /** A socket's connection parameters (their `locale` among them); none over HTTP. */
  connectionParams?: Record<string, unknown>;
  /** DataLoaders made for this request only, so one request never sees another's cache. */
  loaders: Loaders;
}
