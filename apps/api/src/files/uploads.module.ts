import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DATABASE_CONNECTION, POOL_TIMEOUTS, type DatabaseConnection } from '@recours/database';
import { EvidenceFiles } from './evidence-files';
import { UPLOADS, Uploads } from './uploads';

/** The uploads' catalogue and the check of evidence against it, for the dispute mutations and the files routes. */
@Global()
@Module({
  providers: [
    { provide: UPLOADS, inject: [DATABASE_CONNECTION], useFactory: (connection: DatabaseConnection) => Uploads.open(connection.url, POOL_TIMEOUTS) },
    EvidenceFiles,
  ],
  exports: [UPLOADS, EvidenceFiles],
})
export class UploadsModule implements OnApplicationShutdown {
  constructor(@Inject(UPLOADS) private readonly uploads: Uploads) {}

  async onApplicationShutdown(): Promise<void> {
    await this.uploads.close();
  }
}
