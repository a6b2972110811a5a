import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthenticationModule } from '../auth/authentication.module';
import { DisputesModule } from '../disputes/disputes.module';
import { CaseFiles } from './case-files';
import { DocumentsController } from './documents.controller';
import { DocumentBuilds } from './document-builds';

/** The formal notice and the case file, as files to download, and the turns every costly document takes (DocumentBuilds). */
@Module({ imports: [AuthenticationModule, AccountsModule, DisputesModule], controllers: [DocumentsController], providers: [CaseFiles, DocumentBuilds], exports: [CaseFiles, DocumentBuilds] })
export class DocumentsModule {}
