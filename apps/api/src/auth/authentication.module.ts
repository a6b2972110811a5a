import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { Authentication } from './authentication';
import { AuthModule } from './auth.module';

/** Authentication needs the accounts' token versions; AuthModule (tokens) is below AccountsModule. */
@Module({ imports: [AuthModule, AccountsModule], providers: [Authentication], exports: [Authentication] })
export class AuthenticationModule {}
