import type { Request } from 'express';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from './loaders';

/** What every resolver of one request shares. */
export interface RequestContext {
  req: Request;
  viewer: Viewer | null;
  /** DataLoaders made for this request only, so one request never sees another's cache. */
  loaders: Loaders;
}
