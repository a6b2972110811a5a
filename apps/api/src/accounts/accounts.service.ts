import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badUserInput, forbidden, unauthenticated } from '../graphql/errors';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import type { AccountRole } from './account-role';
import { MerchantEntity, type SupportChannels } from './merchant.entity';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './password';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: AccountRole;
  merchantName?: string;
  merchantId?: string;
  merchantOwner?: boolean;
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const searchableName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** How long a merchant read for a list may be reused (another API replica's update shows within this). */
const MERCHANT_CACHE_MS = 5_000;

@Injectable()
export class AccountsService {
  private readonly recentMerchants = new Map<string, { merchant: MerchantEntity; until: number }>();

  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Creates an account; a MERCHANT account without merchantId also creates its organisation. */
  async create(input: NewAccount): Promise<AccountEntity> {
    const email = normaliseEmail(input.email);
    const problem = passwordProblem(input.password, email);
    if (problem) throw badUserInput([{ field: 'input.password', message: problem }]);
    if (input.role === 'MERCHANT' && !input.merchantId && !input.merchantName?.trim()) {
      throw badUserInput([{ field: 'input.merchantName', message: 'is required for a merchant account' }]);
    }
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(AccountEntity, { email })) {
        throw badUserInput([{ field: 'input.email', message: 'is already registered' }]);
      }
      let merchantId: string | null = null;
      let merchantOwner = false;
      if (input.role === 'MERCHANT') {
        if (input.merchantId) {
          merchantId = input.merchantId;
          merchantOwner = input.merchantOwner ?? false;
        } else {
          merchantId = await this.createMerchant(manager, (input.merchantName as string).trim());
          merchantOwner = true;
        }
      }
      const account = manager.create(AccountEntity, {
        id: randomUUID(),
        email,
        passwordHash,
        displayName: input.displayName.trim(),
        role: input.role,
        merchantId,
        merchantOwner,
      });
      return manager.save(account);
    }).catch((error: unknown) => {
      // Two sign-ups with one address at once: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw badUserInput([{ field: 'input.email', message: 'is already registered' }]);
      throw error;
    });
  }

  /** Same answer, and about the same time, for an unknown address and a wrong password. */
  async authenticate(emailInput: string, password: string): Promise<AccountEntity> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ email: normaliseEmail(emailInput) });
    const ok = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!account || !ok) throw unauthenticated('Wrong e-mail address or password');
    return account;
  }

  findAccount(id: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ id });
  }

  findAccounts(ids: readonly string[]): Promise<AccountEntity[]> {
    return this.dataSource.getRepository(AccountEntity).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: [...ids] }).getMany();
  }

  /**
   * Merchants by id, for the lists that show them on every row. A merchant changes rarely, so
   * what was read in the last few seconds is reused (and dropped at once when it is updated here).
   */
  async findMerchants(ids: readonly string[]): Promise<MerchantEntity[]> {
    const now = Date.now();
    const missing = ids.filter((id) => !((this.recentMerchants.get(id)?.until ?? 0) > now));
    if (missing.length > 0) {
      const rows = await this.dataSource.getRepository(MerchantEntity).createQueryBuilder('m').where('m.id IN (:...ids)', { ids: missing }).getMany();
      if (this.recentMerchants.size > 10_000) this.recentMerchants.clear();
      for (const row of rows) this.recentMerchants.set(row.id, { merchant: row, until: now + MERCHANT_CACHE_MS });
    }
    return ids.map((id) => this.recentMerchants.get(id)?.merchant).filter((m): m is MerchantEntity => m !== undefined);
  }

  searchMerchants(search: string | undefined, limit: number): Promise<MerchantEntity[]> {
    const query = this.dataSource.getRepository(MerchantEntity).createQueryBuilder('m').orderBy('m.search_name').limit(limit);
    if (search?.trim()) query.where('m.search_name LIKE :pattern', { pattern: `%${searchableName(search).replace(/[\\%_]/g, '\\$&')}%` });
    return query.getMany();
  }

  async updateMerchantProfile(merchantId: string, changes: { supportChannels?: SupportChannels; designatedMediatorId?: string | null }): Promise<MerchantEntity> {
    const repository = this.dataSource.getRepository(MerchantEntity);
    const merchant = await repository.findOneByOrFail({ id: merchantId });
    if (changes.designatedMediatorId) {
      const mediator = await this.findAccount(changes.designatedMediatorId);
      if (mediator?.role !== 'MEDIATOR') throw badUserInput([{ field: 'input.designatedMediatorId', message: 'is not a mediator' }]);
    }
    if (changes.supportChannels) merchant.supportChannels = { ...merchant.supportChannels, ...changes.supportChannels };
    if (changes.designatedMediatorId !== undefined) merchant.designatedMediatorId = changes.designatedMediatorId;
    this.recentMerchants.delete(merchantId);
    return repository.save(merchant);
  }

  /** The first admin, from ADMIN_EMAIL and ADMIN_PASSWORD; nothing happens when it exists. */
  async ensureAdmin(email: string, password: string): Promise<'created' | 'exists'> {
    if (await this.dataSource.getRepository(AccountEntity).existsBy({ email: normaliseEmail(email) })) return 'exists';
    try {
      await this.create({ email, password, displayName: 'Administrator', role: 'ADMIN' });
      return 'created';
    } catch (error) {
      if (await this.dataSource.getRepository(AccountEntity).existsBy({ email: normaliseEmail(email) })) return 'exists'; // another instance won
      throw error;
    }
  }

  assertMerchantOwner(account: AccountEntity | null): asserts account is AccountEntity {
    if (!account?.merchantOwner) throw forbidden('Only the merchant account that signed up can add agents');
  }

  private async createMerchant(manager: EntityManager, name: string): Promise<string> {
    const id = randomUUID();
    await manager.insert(MerchantEntity, { id, name, searchName: searchableName(name), supportChannels: {}, designatedMediatorId: null });
    return id;
  }
}
