import { Global, Module } from '@nestjs/common';
import { ACCOUNT_REFERENCES } from '@recours/dispute-commands';
import { AccountsModule } from './accounts.module';
import { MediationBodies } from '../mediation-bodies/mediation-bodies';
import { MEDIATOR_ELIGIBILITY, NamedAccounts } from './named-accounts';

/**
 * The check of named accounts for the command path of this process (DisputeCommandsModule picks
 * ACCOUNT_REFERENCES up wherever it is imported): global for that reason.
 */
@Global()
@Module({
  imports: [AccountsModule],
  providers: [
    // A mediator of the merchant's body, free of declared conflict with it.
    { provide: MEDIATOR_ELIGIBILITY, useClass: MediationBodies },
    NamedAccounts,
    { provide: ACCOUNT_REFERENCES, useExisting: NamedAccounts },
  ],
  exports: [ACCOUNT_REFERENCES],
})
export class NamedAccountsModule {}
