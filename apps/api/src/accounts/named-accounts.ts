import { Inject, Injectable } from '@nestjs/common';
import type { AccountReferences } from '@recours/dispute-commands';
import type { AccountReference, DisputeState } from '@recours/disputes';
import { isUuid } from '@recours/event-store';
import type { Phrase } from '@recours/locale';
import type { DataSource } from 'typeorm';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { MerchantEntity } from './merchant.entity';

const NOT_AN: Record<AccountReference['role'], Phrase> = {
  ASSOCIATION: { en: 'is not a consumer association', fr: 'n’est pas une association de consommateurs' },
  MEDIATOR: { en: 'is not a mediator', fr: 'n’est pas un médiateur' },
  MERCHANT_AGENT: { en: 'is not an agent of the merchant', fr: 'n’est pas un agent du professionnel' },
  MERCHANT: { en: 'is not a merchant', fr: 'n’est pas un professionnel' },
};

/** Extra eligibility of a mediator for one dispute (her body, her declared conflicts), once the role fits. */
export interface MediatorEligibility {
  refusal(mediatorId: string, dispute: DisputeState): Promise<Phrase | null>;
}
export const MEDIATOR_ELIGIBILITY = Symbol.for('recours.MediatorEligibility');

/**
 * The accounts a dispute command names, checked against their role for the command path (every
 * way in: the API's mutations and the processes): an association given a mandate must be one, a
 * mediator assigned must be one and eligible for the dispute, a claim's merchant must be in the
 * directory (signed up or invited). And the sender's own address, confirmed, for a command that
 * requires it (a rating).
 */
@Injectable()
export class NamedAccounts implements AccountReferences {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MEDIATOR_ELIGIBILITY) private readonly mediators: MediatorEligibility,
  ) {}

  async refusal(reference: AccountReference, dispute: DisputeState): Promise<Phrase | null> {
    if (reference.role === 'MERCHANT') {
      const merchant = isUuid(reference.accountId) ? await this.dataSource.getRepository(MerchantEntity).existsBy({ id: reference.accountId }) : false;
      return merchant ? null : NOT_AN.MERCHANT;
    }
    const found = isUuid(reference.accountId) ? await this.dataSource.getRepository(AccountEntity).findOneBy({ id: reference.accountId }) : null;
    // An erased person's tombstone keeps its role, yet she can be given nothing any more.
    const account = found?.erasedAt ? null : found;
    if (reference.role === 'MERCHANT_AGENT') return account?.role === 'MERCHANT' && account.merchantId === (dispute.filed ? dispute.merchantId : null) ? null : NOT_AN.MERCHANT_AGENT;
    if (account?.role !== reference.role) return NOT_AN[reference.role];
    return reference.role === 'MEDIATOR' ? this.mediators.refusal(account.id, dispute) : null;
  }

  /** Read when the command is sent, not from the token: she may have confirmed since signing in. */
  async addressConfirmed(accountId: string): Promise<boolean> {
    if (!isUuid(accountId)) return false;
    const account = await this.dataSource.getRepository(AccountEntity).findOne({ where: { id: accountId }, select: { id: true, emailVerifiedAt: true, erasedAt: true } });
    return !!account && !account.erasedAt && account.emailVerifiedAt !== null;
  }
}
