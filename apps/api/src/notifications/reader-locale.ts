import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '@recours/locale';
import { AccountContacts } from '@recours/notifications';

/** The language a reader's notifications are written in: their account's, as for their e-mails (French by default). */
@Injectable()
export class ReaderLocale {
  constructor(private readonly contacts: AccountContacts) {}

  async of(accountId: string): Promise<Locale> {
    return (await this.contacts.of(accountId))?.locale ?? DEFAULT_LOCALE;
  }
}
