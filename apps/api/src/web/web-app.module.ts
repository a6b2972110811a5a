import { Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serverRoutesPattern } from './server-routes';
import { webDistDir } from './web-dist';

/** Paths the web app must never answer: the server's own routes (server-routes.ts). */
export const NOT_THE_WEB_APP = serverRoutesPattern();

/**
 * Serves the built web app (apps/web/dist, `npm run build:web`) under `/`: its files as they are,
 * and index.html for any other GET so the app's own routes survive a reload or a shared link.
 */
@Module({
  imports: [
    // Resolved when the app is created (not when this file is imported), so WEB_DIST_DIR applies.
    ServeStaticModule.forRootAsync({
      useFactory: () => {
        const root = webDistDir();
        if (!existsSync(join(root, 'index.html'))) new Logger('WebApp').warn(`no web app built in ${root}: run npm run build:web`);
        return [
          {
            rootPath: root,
            exclude: NOT_THE_WEB_APP,
            serveStaticOptions: {
              index: false,
              // Hashed asset names change with their content: cache them for good; index.html never.
              setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) =>
                res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
            },
          },
        ];
      },
    }),
  ],
})
export class WebAppModule {}
