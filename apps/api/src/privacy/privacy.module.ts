import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { DisputesModule } from '../disputes/disputes.module';
import { DocumentsModule } from '../documents/documents.module';
import { AccountErasure } from './erasure/account-erasure';
import { ErasureResolver } from './erasure/erasure.resolver';
import { MyDataResolver } from './my-data.resolver';
import { PersonalDataArchive } from './personal-data-archive';

/** A person's access to what recours holds about them (myData) and its erasure; the access log lives with the disputes it records. */
@Module({ imports: [AccountsModule, DisputesModule, DocumentsModule], providers: [PersonalDataArchive, MyDataResolver, AccountErasure, ErasureResolver], exports: [AccountErasure] })
export class PrivacyModule {}
