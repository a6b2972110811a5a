import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the built web app is: WEB_DIST_DIR, else apps/web/dist of the checkout this file runs
 * from (found by walking up, so it holds for the sources under Jest and for the swc build in dist/).
 */
export function webDistDir(env: NodeJS.ProcessEnv = process.env, from: string = __dirname): string {
  if (env.WEB_DIST_DIR) return resolve(env.WEB_DIST_DIR);
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'apps', 'web', 'index.html'))) return join(dir, 'apps', 'web', 'dist');
    if (dirname(dir) === dir) return resolve('apps/web/dist');
  }
}
