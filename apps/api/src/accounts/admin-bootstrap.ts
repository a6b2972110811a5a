import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountsService } from './accounts.service';

/** The first admin comes from ADMIN_EMAIL and ADMIN_PASSWORD at start-up. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(private readonly accounts: AccountsService) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = process.env.ADMIN_EMAIL;
    const password = process.env.ADMIN_PASSWORD;
    if (!email || !password) {
      this.logger.log('no ADMIN_EMAIL/ADMIN_PASSWORD set: no admin account created');
      return;
    }
    const outcome = await this.accounts.ensureAdmin(email, password);
    if (outcome === 'given up') this.logger.warn(`no admin account created: an account changed its address from ${email}; set ADMIN_EMAIL to the admin's address`);
    else this.logger.log(outcome === 'created' ? `admin account ${email} created` : `admin account ${email} already exists`);
  }
}
