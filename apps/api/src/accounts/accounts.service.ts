import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_EMAIL_VERIFIED, accountStreamId } from '@recours/disputes';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { Clock } from '@recours/clock';
import { DEFAULT_LOCALE, type Locale } from '@recours/locale';
import { DataSource, type EntityManager } from 'typeorm';
import { badUserInput, domainRule, forbidden, unauthenticated } from '../graphql/errors';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import type { AccountRole } from './account-role';
import type { GivenTeamRole } from './team-role';
import { issueConfirmation, takeConfirmation } from './email-confirmations';
import { queueAccountEmail } from '@recours/notifications';
import { MediationBodyEntity } from '../mediation-bodies/mediation-body.entity';
import { MerchantEntity, type SupportChannels } from './merchant.entity';
import { searchableName } from './merchant-name';
import { domainOf, isFreeMailDomain, OTHER_MERCHANT_DOMAIN, verificationDomainProblem, verifyMerchantByAddress, type MerchantVerificationOutcome } from './merchant-verification';
import { sirenDigits } from './siren';
import { invitedMerchantForSignUp, takeOverOnConfirmation, type InvitedProfileOutcome } from './takeover-rule';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { canonicalEmail } from './email-spelling';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: AccountRole;
  merchantName?: string;
  /** The SIREN of the merchant it creates (checked for its key by the input). */
  siren?: string | null;
  merchantId?: string;
  merchantOwner?: boolean;
  /** Sends the account a link to confirm its address, in this language (sign-up). */
  confirmEmailIn?: Locale;
  /** The address is already confirmed (an accepted invitation). */
  emailVerified?: boolean;
  /** The language of its e-mails and notifications; none reads as French. */
  locale?: Locale;
}

/** Said of a password-reset link that cannot be used (unknown, used, expired): one answer for all. */
export const RESET_LINK_NOT_VALID = { en: 'is not valid any more: ask for a new link', fr: 'n’est plus valable : demandez un nouveau lien' } as const;

/** Thrown inside a transaction to undo it on purpose, after doing the same work either way. */
class NothingToKeep extends Error {}

/** An agent invited by e-mail, until the invitation is accepted: answered as a pending user. */
export interface PendingAgent {
  invitationId: string;
  merchantId: string;
  displayName: string;
  teamRole: GivenTeamRole;
}

/** What confirming an address did: the account, and for a merchant what became of its verification. */
export interface AddressConfirmed {
  account: AccountEntity;
  merchant: MerchantEntity | null;
  merchantVerification: MerchantVerificationOutcome | null;
  /** For a merchant who signed up at the domain of a company customers invited: whether its profile became hers. */
  invitedProfile: InvitedProfileOutcome | null;
  /** The link was a new address's (CHANGE_EMAIL): the account now has it, and every session of it ended. */
  addressChanged?: boolean;
}

/** The links to a new address asked for an account, that have not served: they stop working (a newer request, a new password). */
const VOID_ADDRESS_CHANGES = `UPDATE accounts.email_confirmations SET used_at = now() WHERE account_id = $1 AND purpose = 'CHANGE_EMAIL' AND used_at IS NULL`;

export const LINK_NOT_VALID = { en: 'is not valid or has expired; ask for a new link', fr: 'n’est pas valide ou a expiré ; demandez un nouveau lien' };

/** Said of a link for an address that has an account, to whoever holds the link (who reads that address's mail). */
export const ADDRESS_HAS_ACCOUNT = {
  en: 'is for an address that already has an account: an account acts for one merchant only',
  fr: 'concerne une adresse qui a déjà un compte : un compte n’agit que pour un seul professionnel',
} as const;

/** Said of an address that has an account; sign-up answers it in the time of a new account (SignUpAnswerTime). */
export const ALREADY_REGISTERED = { en: 'is already registered', fr: 'a déjà un compte' } as const;

/** Said of a new address's link (CHANGE_EMAIL) whose address another account took since it was sent, to whoever holds it. */
export const NEW_ADDRESS_TAKEN = {
  en: 'is for an address that has had an account since it was sent: your account keeps the address it had',
  fr: 'concerne une adresse qui a un compte depuis son envoi : votre compte garde l’adresse qu’il avait',
} as const;

export { searchableName };

/** How long a merchant read for a list may be reused (another API replica's update shows within this). */
const MERCHANT_CACHE_MS = 5_000;

@Injectable()
export class AccountsService {
  private readonly recentMerchants = new Map<string, { merchant: MerchantEntity; until: number }>();

  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    // The instant an address is confirmed is weighed against the instant she rated (the app's clock).
    private readonly clock: Clock,
  ) {}

  /**
   * An account's first address confirmation, also in the event log, before the caller's
   * transaction commits: the scorecard weighs her ratings by it, as it stood when she rated, and
   * must be recomputable from the log. Should the commit fail, a second event changes nothing
   * (the first one counts).
   */
  private async recordAddressConfirmed(accountId: string, at: Date): Promise<void> {
    await this.store.appendToStream(accountStreamId(accountId), [{ type: ACCOUNT_EMAIL_VERIFIED, data: { accountId, at: at.toISOString() }, metadata: { actor: `account:${accountId}` } }]);
  }

  /**
   * Creates an account; a MERCHANT account without merchantId also creates its organisation.
   * `addressChecked` is called where a new address and a taken one part ways, after the same
   * work for both: sign-up times its answer from there (SignUpAnswerTime).
   */
  async create(input: NewAccount, addressChecked?: () => void): Promise<AccountEntity> {
    const email = canonicalEmail(input.email);
    const problem = passwordProblem(input.password, email, input.displayName);
    if (problem) throw badUserInput([{ field: 'input.password', code: 'WEAK_PASSWORD', message: problem }]);
    if (input.role === 'MERCHANT' && !input.merchantId && !input.merchantName?.trim()) {
      throw badUserInput([{ field: 'input.merchantName', code: 'REQUIRED', message: { en: 'is required for a merchant account', fr: 'est obligatoire pour un compte professionnel' } }]);
    }
    // A company's name or SIREN on another account was dropped without a word: the person thought she had signed a company up.
    if (input.role !== 'MERCHANT') {
      const merchantOnly = (['merchantName', 'siren'] as const).filter((field) => input[field] !== undefined && input[field] !== null);
      if (merchantOnly.length > 0) {
        throw badUserInput(merchantOnly.map((field) => ({ field: `input.${field}`, code: 'ONLY_FOR_A_MERCHANT', message: { en: 'is only for a merchant account', fr: 'ne concerne qu’un compte professionnel' } })));
      }
    }
    const passwordHash = await hashPassword(input.password);
    // A taken address costs the same work as a new one (the same statements, then a rollback
    // instead of a commit), so that the answer's time does not say whether the address has an
    // account: it used to be refused before any write, in about half the time.
    return this.dataSource.transaction(async (manager) => {
      let merchantId: string | null = null;
      let merchantOwner = false;
      let awaited: MerchantEntity | null = null;
      if (input.role === 'MERCHANT') {
        if (input.merchantId) {
          merchantId = input.merchantId;
          merchantOwner = input.merchantOwner ?? false;
        } else {
          const siren = input.siren?.trim() ? sirenDigits(input.siren) : null;
          awaited = await invitedMerchantForSignUp(manager, email, input.merchantName as string);
          // Only a sign-up mails the link that hands the profile over; an account an admin makes is refused, as before.
          if (awaited && !input.confirmEmailIn) throw badUserInput([{ field: 'input.email', code: 'INVITED_MERCHANT', message: INVITED_MERCHANT }]);
          await refuseKnownCompany(manager, siren, awaited);
          // A company customers invited: its profile is hers once she confirms the address (confirmAddress), no second merchant meanwhile.
          if (!awaited) {
            merchantId = await this.createMerchant(manager, (input.merchantName as string).trim(), siren);
            merchantOwner = true;
          }
        }
      }
      const id = randomUUID();
      await manager
        .createQueryBuilder()
        .insert()
        .into(AccountEntity)
        .values({ id, email, passwordHash, displayName: input.displayName.trim(), role: input.role, merchantId, merchantOwner, teamRole: merchantId ? (merchantOwner ? 'OWNER' : 'AGENT') : null, emailVerifiedAt: input.emailVerified ? new Date() : null, locale: input.locale ?? null })
        .orIgnore()
        .updateEntity(false)
        .execute();
      // Before the account is read back, so that a taken address costs these statements too.
      if (input.confirmEmailIn) {
        // A link that may make the account a company's says so, and that it works signed in only.
        const signedInOnly = opensSignedInOnly({ purpose: 'VERIFY_EMAIL', email, merchantId: awaited?.id ?? null }, { role: input.role, merchantId, merchantOwner, erasedAt: null });
        const merchantName = awaited?.name ?? input.merchantName?.trim();
        const company = signedInOnly && merchantName ? { merchantName, signedInAs: input.displayName.trim() } : {};
        await issueConfirmation(manager, { purpose: 'VERIFY_EMAIL', email, displayName: input.displayName.trim(), locale: input.confirmEmailIn, accountId: id, merchantId: awaited?.id, ...company });
      }
      const account = await manager.findOneBy(AccountEntity, { id });
      addressChecked?.();
      if (!account) throw badUserInput([{ field: 'input.email', code: 'ALREADY_REGISTERED', message: ALREADY_REGISTERED }]);
      return account;
    }).catch((error: unknown) => {
      // Two sign-ups with one address at once: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw badUserInput([{ field: 'input.email', code: 'ALREADY_REGISTERED', message: ALREADY_REGISTERED }]);
      throw error;
    });
  }

  /** Same answer, and about the same time, for an unknown address and a wrong password. */
  async authenticate(emailInput: string, password: string): Promise<AccountEntity> {
    const found = await this.dataSource.getRepository(AccountEntity).findOneBy({ email: canonicalEmail(emailInput) });
    const account = found?.erasedAt ? null : found; // an erased account's tombstone signs nobody in
    const ok = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!account || !ok) throw unauthenticated({ en: 'Wrong e-mail address or password', fr: 'Adresse e-mail ou mot de passe incorrect' });
    return account;
  }

  findAccount(id: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ id });
  }

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ email: canonicalEmail(email) });
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

  /** A merchant changed elsewhere (taken over): read it afresh next time. */
  merchantChanged(merchantId: string): void {
    this.recentMerchants.delete(merchantId);
  }

  searchMerchants(search: string | undefined, limit: number): Promise<MerchantEntity[]> {
    // Verified merchants first: a look-alike that is not verified comes after the merchant it copies.
    const query = this.dataSource.getRepository(MerchantEntity).createQueryBuilder('m').orderBy('m.verified_at IS NULL').addOrderBy('m.search_name').limit(limit);
    if (search?.trim()) query.where('m.search_name LIKE :pattern', { pattern: `%${searchableName(search).replace(/[\\%_]/g, '\\$&')}%` });
    return query.getMany();
  }

  async updateMerchantProfile(merchantId: string, changes: { supportChannels?: SupportChannels; designatedMediatorId?: string | null; mediationBodyId?: string }): Promise<MerchantEntity> {
    const repository = this.dataSource.getRepository(MerchantEntity);
    const merchant = await repository.findOneByOrFail({ id: merchantId });
    if (changes.designatedMediatorId) {
      const mediator = await this.findAccount(changes.designatedMediatorId);
      if (mediator?.role !== 'MEDIATOR') throw badUserInput([{ field: 'input.designatedMediatorId', code: 'NOT_A_MEDIATOR', message: { en: 'is not a mediator', fr: 'n’est pas un médiateur' } }]);
    }
    if (changes.mediationBodyId && !(await this.dataSource.getRepository(MediationBodyEntity).existsBy({ id: changes.mediationBodyId }))) {
      throw badUserInput([{ field: 'input.mediationBodyId', code: 'NOT_A_MEDIATION_BODY', message: { en: 'is not a mediation body', fr: 'n’est pas un organisme de médiation' } }]);
    }
    const supportDomain = changes.supportChannels?.email ? domainOf(changes.supportChannels.email) : null;
    if (supportDomain && (await repository.createQueryBuilder('m').where('m.verified_domain = :domain AND m.id <> :id', { domain: supportDomain, id: merchantId }).getExists())) {
      // An address at another merchant's verified domain: claims would look addressed to it.
      throw badUserInput([{ field: 'input.email', code: 'OTHER_MERCHANT_DOMAIN', message: OTHER_MERCHANT_DOMAIN }]);
    }
    if (changes.supportChannels) merchant.supportChannels = { ...merchant.supportChannels, ...changes.supportChannels };
    if (changes.designatedMediatorId !== undefined) merchant.designatedMediatorId = changes.designatedMediatorId;
    if (changes.mediationBodyId !== undefined) merchant.mediationBodyId = changes.mediationBodyId;
    this.recentMerchants.delete(merchantId);
    return repository.save(merchant);
  }

  /**
   * The first admin, from ADMIN_EMAIL and ADMIN_PASSWORD; nothing happens when it exists, nor when
   * an account gave that address up (requestEmailChange): the admin moved to another address, and
   * a new admin with the environment's password, perhaps long changed, would come back at each start.
   */
  async ensureAdmin(email: string, password: string): Promise<'created' | 'exists' | 'given up'> {
    if (await this.dataSource.getRepository(AccountEntity).existsBy({ email: canonicalEmail(email) })) return 'exists';
    const [givenUp] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM accounts.previous_emails WHERE email = $1 LIMIT 1`, [canonicalEmail(email)]);
    if (givenUp) return 'given up';
    try {
      await this.create({ email, password, displayName: 'Administrator', role: 'ADMIN' });
      return 'created';
    } catch (error) {
      if (await this.dataSource.getRepository(AccountEntity).existsBy({ email: canonicalEmail(email) })) return 'exists'; // another instance won
      throw error;
    }
  }

  /**
   * Invites an agent of the owner's merchant: an e-mail with a link to accept, whether or not the
   * address has an account (that is found out when the invitation is accepted, by the person who
   * holds the address), so the answer is the same either way.
   */
  async inviteAgent(owner: AccountEntity, email: string, displayName: string, locale: Locale, teamRole: GivenTeamRole = 'AGENT'): Promise<PendingAgent> {
    const merchantId = owner.merchantId as string;
    return this.dataSource.transaction(async (manager) => {
      const merchant = await manager.findOneByOrFail(MerchantEntity, { id: merchantId });
      const invitationId = await issueConfirmation(manager, { purpose: 'AGENT_INVITATION', email: canonicalEmail(email), displayName: displayName.trim(), locale, merchantId, merchantName: merchant.name, teamRole });
      return { invitationId, merchantId, displayName: displayName.trim(), teamRole };
    });
  }

  /**
   * The invited person chooses her password: the account is made, its address confirmed by the
   * link itself. A former agent (removed from her team: a merchant account without a merchant)
   * joins with her own account again, with the password she chose (the link proves she reads
   * the address, as a reset link would) and every token issued before revoked (`revoke`).
   */
  async acceptInvitation(token: string, password: string, displayName: string | undefined, revoke: (accountId: string, manager: EntityManager) => Promise<unknown>): Promise<AccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await takeConfirmation(manager, token, ['AGENT_INVITATION']);
      if (!invitation) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: LINK_NOT_VALID }]);
      const name = displayName?.trim() || invitation.displayName;
      const problem = passwordProblem(password, invitation.email, name);
      if (problem) throw badUserInput([{ field: 'input.password', code: 'WEAK_PASSWORD', message: problem }]);
      const existing = await manager.findOne(AccountEntity, { where: { email: invitation.email }, lock: { mode: 'pessimistic_write' } });
      if (existing && (existing.role !== 'MERCHANT' || existing.merchantId || existing.erasedAt)) {
        // Told to whoever holds the link, that is whoever reads that address's mail.
        throw badUserInput([{ field: 'input.token', code: 'ADDRESS_HAS_ACCOUNT', message: ADDRESS_HAS_ACCOUNT }]);
      }
      if (existing) {
        const rejoined = { merchantId: invitation.merchantId, merchantOwner: false, teamRole: invitation.teamRole ?? 'AGENT', displayName: name, passwordHash: await hashPassword(password), emailVerifiedAt: existing.emailVerifiedAt ?? new Date() };
        await manager.update(AccountEntity, { id: existing.id }, rejoined);
        await revoke(existing.id, manager);
        return (await manager.findOneBy(AccountEntity, { id: existing.id })) as AccountEntity;
      }
      const account = manager.create(AccountEntity, {
        id: randomUUID(),
        email: invitation.email,
        passwordHash: await hashPassword(password),
        displayName: name,
        role: 'MERCHANT',
        merchantId: invitation.merchantId,
        merchantOwner: false,
        teamRole: invitation.teamRole ?? 'AGENT',
        emailVerifiedAt: new Date(),
      });
      return manager.save(account);
    });
  }

  /** The owner asks to confirm an address at the merchant's domain (when hers is not there). */
  /**
   * Refuses, on the field, an address that cannot verify the owner's merchant whatever she does
   * with the link (a free mail provider's, another verified merchant's domain): asked before the
   * link is counted and mailed, so nothing is kept and no link promises what it cannot do.
   */
  async assertMerchantAddressMayVerify(owner: AccountEntity, email: string): Promise<void> {
    const problem = await verificationDomainProblem(this.dataSource.manager, owner.merchantId as string, email);
    if (problem) throw badUserInput([{ field: 'input.email', code: problem.code, message: problem.message }]);
  }

  async requestMerchantAddressConfirmation(owner: AccountEntity, email: string, locale: Locale): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const merchant = await manager.findOneByOrFail(MerchantEntity, { id: owner.merchantId as string });
      const link = { purpose: 'MERCHANT_ADDRESS', email: canonicalEmail(email), merchantId: merchant.id } as const;
      const signedInAs = opensSignedInOnly(link, owner) ? owner.displayName : undefined;
      await issueConfirmation(manager, { ...link, displayName: owner.displayName, locale, accountId: owner.id, merchantName: merchant.name, signedInAs });
    });
  }

  /**
   * A link from a confirmation e-mail: the account's own address (VERIFY_EMAIL), or an address
   * at its merchant's domain (MERCHANT_ADDRESS). A merchant's owner confirming an address at a
   * domain of its own verifies the merchant.
   */
  async confirmAddress(token: string, revoke: (accountId: string, manager: EntityManager) => Promise<unknown>, signedInAs: string | null = null): Promise<AddressConfirmed> {
    const confirmed = await this.dataSource.transaction(async (manager) => {
      const confirmation = await takeConfirmation(manager, token, ['VERIFY_EMAIL', 'MERCHANT_ADDRESS', 'CHANGE_EMAIL']);
      if (!confirmation?.accountId) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: LINK_NOT_VALID }]);
      if (confirmation.purpose === 'CHANGE_EMAIL') return this.switchAddress(manager, confirmation.accountId, confirmation.email, revoke);
      const account = await manager.findOneBy(AccountEntity, { id: confirmation.accountId });
      // The account changed its address, or left its merchant, since the link was sent.
      const stillMine = account && (confirmation.purpose === 'VERIFY_EMAIL' ? account.email === confirmation.email : account.merchantOwner && account.merchantId === confirmation.merchantId);
      if (!account || !stillMine) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: LINK_NOT_VALID }]);
      // Before anything is written: refused, nothing is kept and the link stays usable (opensSignedInOnly).
      if (opensSignedInOnly(confirmation, account) && signedInAs !== account.id) throw forbidden(signInFirst(confirmation, account));
      if (confirmation.purpose === 'VERIFY_EMAIL' && !account.emailVerifiedAt) {
        account.emailVerifiedAt = this.clock.now();
        await manager.update(AccountEntity, { id: account.id }, { emailVerifiedAt: account.emailVerifiedAt });
        // Should the commit fail, the link still works.
        await this.recordAddressConfirmed(account.id, account.emailVerifiedAt);
      }
      // Signed up at the domain of a company customers invited: its profile, if the rule still allows it.
      if (awaitsInvitedProfile(confirmation, account)) {
        const invitedProfile = await takeOverOnConfirmation(manager, account.id, confirmation.merchantId, confirmation.email);
        if (invitedProfile !== 'TAKEN_OVER') return { account, merchantVerification: null, invitedProfile };
        // Her tokens name no merchant: she signs in again, as the owner.
        await revoke(account.id, manager);
        return { account: (await manager.findOneBy(AccountEntity, { id: account.id })) as AccountEntity, merchantVerification: 'VERIFIED' as const, invitedProfile };
      }
      const merchantVerification = account.merchantOwner && account.merchantId ? await verifyMerchantByAddress(manager, account.merchantId, confirmation.email) : null;
      return { account, merchantVerification, invitedProfile: null };
    });
    const merchantId = confirmed.account.merchantId;
    if (merchantId) this.recentMerchants.delete(merchantId);
    const merchant = merchantId ? await this.dataSource.getRepository(MerchantEntity).findOneBy({ id: merchantId }) : null;
    return { ...confirmed, merchant };
  }

  /**
   * The signed-in account asks for a new address (its password checked by the caller, within the
   * sign-in limits): a CHANGE_EMAIL link (a day, once) to the new address, spelt as sign-up spells
   * it, and a notice to the current one; the address changes only when the link is used
   * (switchAddress). Links asked before stop working. An address that already has an account gets
   * no link, and the answer is the same: whoever asks learns nothing of other people's addresses
   * (the notice still goes to hers).
   */
  async requestEmailChange(accountId: string, newEmail: string): Promise<void> {
    const email = canonicalEmail(newEmail);
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, { where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account || account.erasedAt) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
      if (account.email === email) throw badUserInput([{ field: 'input.newEmail', code: 'SAME_EMAIL', message: { en: 'is already your address', fr: 'est déjà votre adresse' } }]);
      await manager.query(VOID_ADDRESS_CHANGES, [account.id]);
      const taken = ((await manager.query(`SELECT 1 FROM accounts.accounts WHERE email = $1`, [email])) as unknown[]).length > 0;
      const locale = (account.locale ?? DEFAULT_LOCALE) as Locale;
      // Taken: no link, and nothing of that address is kept.
      if (!taken) await issueConfirmation(manager, { purpose: 'CHANGE_EMAIL', email, displayName: account.displayName, locale, accountId: account.id });
      // Hers, by her account (as the disputes' e-mails are): her archive lists it, her erasure deletes it.
      const notice = randomUUID();
      await queueAccountEmail(manager, account.id, { email: 'EMAIL_CHANGE_NOTICE', to: { address: account.email, displayName: account.displayName, locale }, token: '' }, new Date(), `email-change-notice:${notice}`);
    });
  }

  /**
   * A CHANGE_EMAIL link used: the account takes the new address (confirmed, since its mailbox
   * answered) unless another account took it meanwhile (ALREADY_REGISTERED on the token); the
   * one it gives up is kept in `accounts.previous_emails` for her erasure to find; every token
   * issued before ends, as a new password ends them: she signs in again with the new address.
   */
  private async switchAddress(manager: EntityManager, accountId: string, email: string, revoke: (accountId: string, manager: EntityManager) => Promise<unknown>): Promise<Omit<AddressConfirmed, 'merchant'>> {
    const account = await manager.findOne(AccountEntity, { where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
    if (!account || account.erasedAt) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: LINK_NOT_VALID }]);
    const taken = ((await manager.query(`SELECT 1 FROM accounts.accounts WHERE email = $1 AND id <> $2`, [email, account.id])) as unknown[]).length > 0;
    if (taken) throw badUserInput([{ field: 'input.token', code: 'ALREADY_REGISTERED', message: NEW_ADDRESS_TAKEN }]);
    await manager.query(
      `INSERT INTO accounts.previous_emails (account_id, email, replaced_at) VALUES ($1, $2, now()) ON CONFLICT (account_id, email) DO UPDATE SET replaced_at = excluded.replaced_at`,
      [account.id, account.email],
    );
    const verifiedAt = this.clock.now();
    await manager.update(AccountEntity, { id: account.id }, { email, emailVerifiedAt: verifiedAt }).catch((error: unknown) => {
      // Taken after the look above (a sign-up, another account's link, committing meanwhile): the
      // unique index decides, answered as a taken address is; the link stays as it was.
      if ((error as { constraint?: string }).constraint === 'accounts_email_idx') throw badUserInput([{ field: 'input.token', code: 'ALREADY_REGISTERED', message: NEW_ADDRESS_TAKEN }]);
      throw error;
    });
    // The event the scorecard weighs ratings by, when the account had confirmed no address yet (as VERIFY_EMAIL).
    if (!account.emailVerifiedAt) await this.recordAddressConfirmed(account.id, verifiedAt);
    await revoke(account.id, manager);
    return { account: (await manager.findOneBy(AccountEntity, { id: account.id })) as AccountEntity, merchantVerification: null, invitedProfile: null, addressChanged: true };
  }

  /**
   * The signed-in account's address confirmation, e-mailed again (the first went to spam, or its
   * link expired): a new VERIFY_EMAIL link to its own address, in its language. Refused when the
   * address is already confirmed (EMAIL_ALREADY_CONFIRMED); nothing is sent to an erased account.
   */
  async resendAddressConfirmation(accountId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked: two requests at once leave one live link, not two.
      const account = await manager.findOne(AccountEntity, { where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account || account.erasedAt) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
      // Confirmed by a password reset (her account taken back from whoever signed up with her
      // address), the invited profile still waits for a link: sent again, signed in only as ever.
      if (account.emailVerifiedAt && !(await awaitsInvitedProfileByLink(manager, account))) throw domainRule('EMAIL_ALREADY_CONFIRMED', EMAIL_ALREADY_CONFIRMED);
      await sendAddressConfirmationAgain(manager, account.id, account);
    });
  }

  /** Whether the account still awaits an invited company's profile by an unused link (awaitsInvitedProfileByLink): the web app then offers a new one. */
  awaitsInvitedProfile(account: AccountEntity): Promise<boolean> {
    return awaitsInvitedProfileByLink(this.dataSource.manager, account);
  }

  /**
   * The same, signed out, by the account's address: sent when the address has an account whose
   * address is not confirmed yet (and not erased). The same statements run either way (rolled
   * back when nothing is due), so neither the answer nor its time says whether the address has an
   * account, or whether it is confirmed, as with requestPasswordReset.
   */
  async requestAddressConfirmation(emailInput: string, locale: Locale): Promise<void> {
    const email = canonicalEmail(emailInput);
    await this.dataSource
      .transaction(async (manager) => {
        const found = await manager.findOne(AccountEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
        const account = found && !found.erasedAt && !found.emailVerifiedAt ? found : null;
        await sendAddressConfirmationAgain(manager, found?.id ?? null, { email, displayName: found?.displayName ?? email, locale: found?.locale ?? locale, role: found?.role ?? 'CONSUMER', merchantId: found?.merchantId ?? null, merchantOwner: found?.merchantOwner ?? false });
        if (!account) throw new NothingToKeep();
      })
      .catch((error: unknown) => {
        if (!(error instanceof NothingToKeep)) throw error;
      });
  }

  /**
   * A reset link by e-mail to the account of this address, if there is one. The same statements
   * run either way (for an unknown address they are rolled back), so neither the answer nor its
   * time says whether the address has an account.
   */
  async requestPasswordReset(emailInput: string, locale: Locale): Promise<void> {
    const email = canonicalEmail(emailInput);
    await this.dataSource
      .transaction(async (manager) => {
        const account = await manager.findOneBy(AccountEntity, { email });
        await issueConfirmation(manager, { purpose: 'RESET_PASSWORD', email, displayName: account?.displayName ?? email, locale: account?.locale ?? locale, accountId: account?.id });
        if (!account) throw new NothingToKeep();
      })
      .catch((error: unknown) => {
        if (!(error instanceof NothingToKeep)) throw error;
      });
  }

  /**
   * A new password through a reset link: the link works once (a refused password leaves it
   * usable), every token issued before is revoked, and the address counts as confirmed since
   * its mailbox answered. Answers the account, to sign in with a fresh token.
   */
  async resetPassword(token: string, password: string, revoke: (accountId: string, manager: EntityManager) => Promise<unknown>): Promise<AccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      const link = await takeConfirmation(manager, token, ['RESET_PASSWORD']);
      const account = link?.accountId ? await manager.findOneBy(AccountEntity, { id: link.accountId }) : null;
      // The account changed its address since the link was sent: the link was for the old one.
      if (!link || !account || account.email !== link.email) throw badUserInput([{ field: 'input.token', code: 'LINK_NOT_VALID', message: RESET_LINK_NOT_VALID }]);
      const problem = passwordProblem(password, account.email, account.displayName);
      if (problem) throw badUserInput([{ field: 'input.password', code: 'WEAK_PASSWORD', message: problem }]);
      const changes = { passwordHash: await hashPassword(password), emailVerifiedAt: account.emailVerifiedAt ?? this.clock.now() };
      await manager.update(AccountEntity, { id: account.id }, changes);
      // Confirmed by this reset: as by a VERIFY_EMAIL link, in the log too (it used to be in the
      // accounts table only, so she could rate, yet her ratings weighed a quarter for good).
      if (!account.emailVerifiedAt) await this.recordAddressConfirmed(account.id, changes.emailVerifiedAt);
      // A new address asked with the former password waits no more: whoever knew it loses that way in too.
      await manager.query(VOID_ADDRESS_CHANGES, [account.id]);
      await revoke(account.id, manager);
      return (await manager.findOneBy(AccountEntity, { id: account.id })) as AccountEntity;
    });
  }

  /**
   * The signed-in account chooses a new password, proving it knows the current one (checked by
   * the caller, within the sign-in limits). Every token issued before is revoked (`revoke`, in
   * the same transaction); `then` runs in it too, to open the caller's new session.
   */
  async changePassword<T>(
    accountId: string,
    newPassword: string,
    revoke: (accountId: string, manager: EntityManager) => Promise<unknown>,
    then: (account: AccountEntity, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const before = await this.findAccount(accountId);
    if (!before) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    const problem = passwordProblem(newPassword, before.email, before.displayName);
    if (problem) throw badUserInput([{ field: 'input.newPassword', code: 'WEAK_PASSWORD', message: problem }]);
    // Hashed before the transaction: it holds a connection for its few statements only.
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(AccountEntity, { id: accountId });
      if (!account) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
      await manager.update(AccountEntity, { id: account.id }, { passwordHash });
      await manager.query(VOID_ADDRESS_CHANGES, [account.id]);
      await revoke(account.id, manager);
      return then((await manager.findOneBy(AccountEntity, { id: account.id })) as AccountEntity, manager);
    });
  }

  /** Whether this is the account's password (BAD_USER_INPUT on `field` when it is not). */
  async assertPassword(accountId: string, password: string, field: string): Promise<AccountEntity> {
    const account = await this.findAccount(accountId);
    if (!account) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    if (!(await verifyPassword(account.passwordHash, password))) throw badUserInput([{ field, code: 'WRONG_PASSWORD', message: { en: 'is not your password', fr: 'n’est pas votre mot de passe' } }]);
    return account;
  }

  assertMerchantOwner(account: AccountEntity | null): asserts account is AccountEntity {
    if (!account?.merchantOwner) throw forbidden({ en: 'Only the merchant account that signed up can invite agents or confirm its addresses', fr: 'Seul le compte qui a inscrit le professionnel peut inviter des agents ou confirmer ses adresses' });
  }

  private async createMerchant(manager: EntityManager, name: string, siren: string | null = null): Promise<string> {
    const id = randomUUID();
    await manager.insert(MerchantEntity, { id, name, searchName: searchableName(name), supportChannels: {}, designatedMediatorId: null, mediationBodyId: null, siren });
    return id;
  }
}

/** A confirmation link as these rules read it, and the account it was issued for (made or about to be). */
type LinkToConfirm = { purpose: string; email: string; merchantId: string | null };
type AccountToConfirm = Pick<AccountEntity, 'role' | 'merchantId' | 'merchantOwner' | 'erasedAt'>;

/** Whether confirming this link may hand the account the profile of a company customers invited (takeOverOnConfirmation). */
const awaitsInvitedProfile = <L extends LinkToConfirm>(confirmation: L, account: AccountToConfirm): confirmation is L & { purpose: 'VERIFY_EMAIL'; merchantId: string } =>
  confirmation.purpose === 'VERIFY_EMAIL' && !!confirmation.merchantId && account.role === 'MERCHANT' && !account.merchantId && !account.erasedAt;

/** Whether confirming this link may verify the account's merchant by its address (verifyMerchantByAddress: its owner, not at a free mail domain). */
const verifiesMerchant = (confirmation: LinkToConfirm, account: AccountToConfirm): boolean =>
  account.merchantOwner && !!account.merchantId && !account.erasedAt && !isFreeMailDomain(domainOf(confirmation.email));

/**
 * Whether a confirmation link works only opened by a request signed in as the account it was
 * issued for: confirming it may make that account a company's, by handing it an invited profile
 * or by verifying its merchant with the address's domain (a verified name shown to every
 * consumer, the domain reserved). The link proves the mailbox, not who chose the account's
 * password or asked for it: anyone may sign up with a company's address, or as a merchant's owner
 * ask to confirm it, and its holder, opening the link recours mailed her, would make his account
 * the company's (pre-hijacking). Signed in, she proves the password too. Otherwise confirmAddress
 * refuses it (FORBIDDEN) before anything is written, and the link stays usable. Also decides what
 * the link's e-mail says (`account`: it must be opened signed in to that account).
 */
export const opensSignedInOnly = (confirmation: LinkToConfirm, account: AccountToConfirm): boolean =>
  awaitsInvitedProfile(confirmation, account) || verifiesMerchant(confirmation, account);

/** Said of a link that works only signed in as its account (opensSignedInOnly), opened without that session. */
const signInFirst = (confirmation: LinkToConfirm, account: AccountToConfirm) =>
  awaitsInvitedProfile(confirmation, account) ? SIGN_IN_TO_TAKE_OVER : confirmation.purpose === 'MERCHANT_ADDRESS' ? SIGN_IN_TO_VERIFY_BY_ADDRESS : SIGN_IN_TO_VERIFY;

/** Said of a link that would hand over an invited company's profile, opened without the account's session. */
export const SIGN_IN_TO_TAKE_OVER = {
  en: 'This link hands your company’s profile over to the account that signed up with this address: sign in to that account first (if it is not yours, or you forgot its password, choose a new one with “Forgotten password”), then open the link again. It still works.',
  fr: 'Ce lien confie le profil de votre entreprise au compte inscrit avec cette adresse : connectez-vous d’abord à ce compte (si ce compte n’est pas le vôtre, ou si vous avez oublié son mot de passe, choisissez-en un nouveau avec « Mot de passe oublié »), puis ouvrez de nouveau le lien. Il reste valable.',
} as const;

/** Said of a merchant owner's own address confirmation that would verify her merchant, opened without her session. */
export const SIGN_IN_TO_VERIFY = {
  en: 'This link confirms that the account that signed up with this address acts for your company, whose name will then show as verified with this address’s domain: sign in to that account first (if it is not yours, or you forgot its password, choose a new one with “Forgotten password”), then open the link again. It still works.',
  fr: 'Ce lien confirme que le compte inscrit avec cette adresse agit pour votre entreprise, dont le nom apparaîtra alors comme vérifié avec le domaine de cette adresse : connectez-vous d’abord à ce compte (si ce compte n’est pas le vôtre, ou si vous avez oublié son mot de passe, choisissez-en un nouveau avec « Mot de passe oublié »), puis ouvrez de nouveau le lien. Il reste valable.',
} as const;

/** Said of a merchant address confirmation (requestMerchantVerification), opened without the session of the owner who asked for it. */
export const SIGN_IN_TO_VERIFY_BY_ADDRESS = {
  en: 'This link confirms that the account that asked for it acts for the company of this address, whose name will then show as verified with this address’s domain: sign in to that account first, then open the link again. It still works. If you did not ask for it, ignore it: nothing is done without that account.',
  fr: 'Ce lien confirme que le compte qui l’a demandé agit pour l’entreprise de cette adresse, dont le nom apparaîtra alors comme vérifié avec le domaine de cette adresse : connectez-vous d’abord à ce compte, puis ouvrez de nouveau le lien. Il reste valable. Si vous n’êtes pas à l’origine de cette demande, ignorez-le : rien ne sera fait sans ce compte.',
} as const;

/** Said when an address confirmation is asked for again, for an address already confirmed. */
export const EMAIL_ALREADY_CONFIRMED = {
  en: 'Your e-mail address is already confirmed: there is no confirmation e-mail to send again',
  fr: 'Votre adresse e-mail est déjà confirmée : il n’y a pas d’e-mail de confirmation à renvoyer',
} as const;

/**
 * A new VERIFY_EMAIL link for the account's address, its earlier unused ones retired (one live
 * link at a time: the last e-mail is the one that works). A merchant account awaiting the profile
 * of a company customers invited (signUp) keeps awaiting it: the new link names the same invited
 * merchant as the one it replaces (expired or not), and confirming it checks the takeover rule
 * again (confirmAddress), as the first link would have.
 */
async function sendAddressConfirmationAgain(
  manager: EntityManager,
  accountId: string | null,
  account: { email: string; displayName: string; locale: Locale | null; role: AccountRole; merchantId: string | null; merchantOwner: boolean },
): Promise<void> {
  const [pending] = await manager.query<Array<{ merchant_id: string | null }>>(
    `SELECT merchant_id FROM accounts.email_confirmations
      WHERE account_id = $1 AND purpose = 'VERIFY_EMAIL' AND email = $2 AND used_at IS NULL
      ORDER BY expires_at DESC LIMIT 1`,
    [accountId, account.email],
  );
  await manager.query(`UPDATE accounts.email_confirmations SET used_at = now() WHERE account_id = $1 AND purpose = 'VERIFY_EMAIL' AND used_at IS NULL`, [accountId]);
  const awaited = account.role === 'MERCHANT' && !account.merchantId ? (pending?.merchant_id ?? undefined) : undefined;
  const link = { purpose: 'VERIFY_EMAIL', email: account.email, merchantId: awaited ?? null } as const;
  // Read whatever the account (none for an unknown address): the same statements either way.
  const [company] = await manager.query<Array<{ name: string }>>(`SELECT name FROM accounts.merchants WHERE id = $1`, [awaited ?? account.merchantId]);
  const signedInOnly = company && opensSignedInOnly(link, { ...account, erasedAt: null }) ? { merchantName: company.name, signedInAs: account.displayName } : {};
  await issueConfirmation(manager, { ...link, displayName: account.displayName, locale: account.locale ?? DEFAULT_LOCALE, accountId: accountId ?? undefined, merchantId: awaited, ...signedInOnly });
}

/**
 * A merchant account without a merchant whose unused address link (expired or not) names an
 * invited company's profile: its address may be confirmed already (by a password reset, taking
 * the account back from whoever signed up with it), yet only that link hands the profile over.
 */
async function awaitsInvitedProfileByLink(manager: EntityManager, account: AccountEntity): Promise<boolean> {
  if (account.role !== 'MERCHANT' || account.merchantId) return false;
  const [link] = await manager.query<unknown[]>(
    `SELECT 1 FROM accounts.email_confirmations WHERE account_id = $1 AND purpose = 'VERIFY_EMAIL' AND email = $2 AND used_at IS NULL AND merchant_id IS NOT NULL LIMIT 1`,
    [account.id, account.email],
  );
  return !!link;
}

/**
 * A company signing up is not stored twice (issue 18 item 3). A SIREN recours knows is refused
 * naming its field (SIREN_TAKEN for a merchant on recours; INVITED_MERCHANT for a company a
 * customer invited, unless the sign-up's address is the one that can take that very company
 * over). A sign-up at an invited company's domain is not refused: it awaits that company
 * (`awaited`, invitedMerchantForSignUp) and makes no merchant.
 */
async function refuseKnownCompany(manager: EntityManager, siren: string | null, awaited: MerchantEntity | null): Promise<void> {
  if (!siren) return;
  const [known] = await manager.query<Array<{ id: string; invited: boolean }>>(`SELECT id, (invited_at IS NOT NULL AND taken_over_at IS NULL) AS invited FROM accounts.merchants WHERE siren = $1`, [siren]);
  if (!known || known.id === awaited?.id) return;
  throw badUserInput([{ field: 'input.siren', code: known.invited ? 'INVITED_MERCHANT' : 'SIREN_TAKEN', message: known.invited ? INVITED_MERCHANT : SIREN_TAKEN }]);
}

const INVITED_MERCHANT = {
  en: 'is that of a company a customer already invited to recours: its profile, with the claims filed against it, waits for you: sign up with an address at the company’s own domain, or take it over from the invitation e-mail (Take over the profile)',
  fr: 'appartient à une entreprise qu’un client a déjà invitée sur recours : son profil, avec les réclamations déposées contre elle, vous attend : inscrivez-vous avec une adresse au domaine de l’entreprise, ou reprenez-le depuis l’e-mail d’invitation (Reprendre le profil)',
};
const SIREN_TAKEN = {
  en: 'is that of a merchant already on recours: ask its owner to invite you to its team',
  fr: 'appartient à un professionnel déjà sur recours : demandez à son responsable de vous inviter dans son équipe',
};
