import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { DisputesModule } from '../disputes/disputes.module';
import { DocumentsModule } from '../documents/documents.module';
import { MyDataResolver } from './my-data.resolver';
import { PersonalDataArchive } from './personal-data-archive';

/** A person's access to what recours holds about them (myData); the access log lives with the disputes it records. */
@Module({ imports: [AccountsModule, DisputesModule, DocumentsModule], providers: [PersonalDataArchive, MyDataResolver] })
export class PrivacyModule {}
