import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OpenDataController } from './open-data.controller';

/** Public figures as files anyone may download: GET /open-data/… (server routes, never the web app's). */
@Module({ imports: [AccountsModule], controllers: [OpenDataController] })
export class OpenDataModule {}
