import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Locale, Phrase } from '@recours/locale';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../graphql/errors';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { AccountsService, ADDRESS_HAS_ACCOUNT, LINK_NOT_VALID } from './accounts.service';
import { issueConfirmation, peekConfirmation, takeConfirmation } from './email-confirmations';
import { isOnRecours, MerchantEntity } from './merchant.entity';
import { addressProblem, nameTaken } from './takeover-rule';
import { verifyMerchantByAddress } from './merchant-verification';
import { hashPassword, passwordProblem } from './password';
import { canonicalEmail } from './email-spelling';

const ALREADY_TAKEN_OVER: Phrase = {
  en: 'is for a company whose profile was already taken over: ask its owner on recours to invite you to its team',
  fr: 'concerne une entreprise dont le profil a déjà été repris : demandez à son responsable sur recours de vous inviter dans son équipe',
};
const NAME_TAKEN: Phrase = {
  en: 'is for a company whose name a verified merchant already shows: contact us if the name is yours',
  fr: 'concerne une entreprise dont un professionnel vérifié porte déjà le nom : contactez-nous si ce nom est le vôtre',
};

/**
 * A company a consumer invited takes its profile over (issue 18 item 3). The invitation, mailed to
 * whatever address the consumer typed, proves nothing by itself: whoever holds it names an address
 * at the company's own domain (the one of its first contact address, when that was not a free mail
 * provider's: any other domain is refused), which is confirmed by a second link, and the merchant is verified by
 * that address exactly as a merchant that signed up is (merchant-verification.ts: not a free mail
 * provider's domain, not another merchant's verified domain, a name no verified merchant shows),
 * and not at the domain of a consumer who invited it. Only then is an account made, the owner of
 * the merchant, and the claims filed against it show in its inbox.
 */
@Injectable()
export class MerchantTakeover {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  /** The company an invitation's link is for, while the link is good and nobody took the profile over; else null. */
  async invitedMerchant(token: string): Promise<MerchantEntity | null> {
    const invitation = await peekConfirmation(this.dataSource.manager, token, ['MERCHANT_INVITATION']);
    const merchant = invitation?.merchantId ? await this.dataSource.manager.findOneBy(MerchantEntity, { id: invitation.merchantId }) : null;
    return merchant && !isOnRecours(merchant) ? merchant : null;
  }

  /**
   * Whoever holds the invitation names an address at the company's domain: a link is mailed there
   * (the invitation stays good until the profile is taken over). `count` charges the merchant's
   * e-mail budget, once the invitation is known to be good.
   */
  async request(token: string, emailInput: string, locale: Locale, count: (merchantId: string) => Promise<void>): Promise<void> {
    const email = canonicalEmail(emailInput);
    const merchant = await this.invitedMerchant(token);
    if (!merchant) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: LINK_NOT_VALID }]);
    await count(merchant.id);
    await this.dataSource.transaction(async (manager) => {
      const problem = await addressProblem(manager, merchant.id, email);
      if (problem) throw badUserInput([{ field: 'input.email', ...problem }]);
      if (await nameTaken(manager, merchant)) throw badUserInput([{ field: 'input.token', code: 'NAME_TAKEN', message: NAME_TAKEN }]);
      await issueConfirmation(manager, { purpose: 'MERCHANT_TAKEOVER', email, displayName: merchant.name, locale, merchantId: merchant.id, merchantName: merchant.name });
    });
  }

  /**
   * The address's link: the merchant is verified by it, the account is made (the merchant's owner,
   * its address confirmed by the link) and every other link to this profile stops working. A
   * refusal leaves the link usable.
   */
  async takeOver(token: string, password: string, displayName: string, locale: Locale): Promise<AccountEntity> {
    const account = await this.dataSource.transaction(async (manager): Promise<AccountEntity> => {
      const link = await takeConfirmation(manager, token, ['MERCHANT_TAKEOVER']);
      if (!link?.merchantId) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: LINK_NOT_VALID }]);
      const [merchant] = await manager.createQueryBuilder(MerchantEntity, 'm').setLock('pessimistic_write').where('m.id = :id', { id: link.merchantId }).getMany();
      if (!merchant || isOnRecours(merchant)) throw badUserInput([{ field: 'input.token', code: 'ALREADY_TAKEN_OVER', message: ALREADY_TAKEN_OVER }]);
      // Checked again: a merchant may have verified this domain since the link was sent.
      const problem = await addressProblem(manager, merchant.id, link.email);
      if (problem) throw badUserInput([{ field: 'input.token', ...problem }]);
      const name = displayName.trim();
      const weak = passwordProblem(password, link.email, name);
      if (weak) throw badUserInput([{ field: 'input.password', code: 'WEAK_PASSWORD', message: weak }]);
      if (await manager.existsBy(AccountEntity, { email: link.email })) {
        throw badUserInput([{ field: 'input.token', code: 'ADDRESS_HAS_ACCOUNT', message: ADDRESS_HAS_ACCOUNT }]);
      }
      const verification = await verifyMerchantByAddress(manager, merchant.id, link.email);
      if (verification !== 'VERIFIED') throw badUserInput([{ field: 'input.token', code: 'NAME_TAKEN', message: NAME_TAKEN }]);
      await manager.query(`UPDATE accounts.merchants SET taken_over_at = now() WHERE id = $1`, [merchant.id]);
      await manager.query(`UPDATE accounts.email_confirmations SET used_at = now() WHERE merchant_id = $1 AND purpose IN ('MERCHANT_INVITATION', 'MERCHANT_TAKEOVER') AND used_at IS NULL`, [merchant.id]);
      return manager.save(
        manager.create(AccountEntity, {
          id: randomUUID(),
          email: link.email,
          passwordHash: await hashPassword(password),
          displayName: name,
          role: 'MERCHANT',
          merchantId: merchant.id,
          merchantOwner: true,
          teamRole: 'OWNER',
          emailVerifiedAt: new Date(),
          locale,
        }),
      );
    }).catch((error: unknown) => {
      // The same address taking over two profiles at once: the accounts' unique index decides.
      if ((error as { code?: string }).code === '23505') throw badUserInput([{ field: 'input.token', code: 'ADDRESS_HAS_ACCOUNT', message: ADDRESS_HAS_ACCOUNT }]);
      throw error;
    });
    this.accounts.merchantChanged(account.merchantId as string);
    return account;
  }
}
