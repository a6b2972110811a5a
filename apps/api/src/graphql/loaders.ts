import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import type { MerchantEntity } from '../accounts/merchant.entity';

export interface Loaders {
  account: DataLoader<string, AccountEntity | null>;
  merchant: DataLoader<string, MerchantEntity | null>;
}

const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
};

/** Batches the lookups a list of disputes would otherwise make one by one (N+1). */
@Injectable()
export class LoadersFactory {
  constructor(private readonly accounts: AccountsService) {}

  create(): Loaders {
    return {
      account: new DataLoader(async (ids) => byId(ids, await this.accounts.findAccounts(ids))),
      merchant: new DataLoader(async (ids) => byId(ids, await this.accounts.findMerchants(ids))),
    };
  }
}
