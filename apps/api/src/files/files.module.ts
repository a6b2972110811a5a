import { Module } from '@nestjs/common';
import { FileStorageModule } from '@recours/file-storage';
import { AuthenticationModule } from '../auth/authentication.module';
import { DisputesModule } from '../disputes/disputes.module';
import { FilesController } from './files.controller';
import { UploadPurge } from './upload-purge';

/** Evidence files over HTTP: upload, download to those entitled, and the 24-hour purge. */
@Module({
  imports: [FileStorageModule, AuthenticationModule, DisputesModule],
  controllers: [FilesController],
  providers: [UploadPurge],
})
export class FilesModule {}
