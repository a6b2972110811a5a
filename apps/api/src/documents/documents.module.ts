import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthenticationModule } from '../auth/authentication.module';
import { DisputesModule } from '../disputes/disputes.module';
import { CaseFiles } from './case-files';
import { DocumentsController } from './documents.controller';
import { PdfRenderings } from './pdf-renderings';

/** The formal notice and the case file, as files to download. */
@Module({ imports: [AuthenticationModule, AccountsModule, DisputesModule], controllers: [DocumentsController], providers: [CaseFiles, PdfRenderings], exports: [CaseFiles] })
export class DocumentsModule {}
