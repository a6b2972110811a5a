import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '@recours/locale';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { issueConfirmation } from './email-confirmations';
import { isOnRecours, MerchantEntity } from './merchant.entity';
import { searchableName } from './merchant-name';
import { domainOf, isAtDomain, isFreeMailDomain } from './merchant-verification';
import { sirenDigits } from './siren';
import { canonicalEmail } from './email-spelling';

/** A company as a consumer describes it: its name, a contact address, its SIREN when she knows it. */
export interface CompanyToInvite {
  name: string;
  email: string;
  siren?: string | null;
  /** The language the company reads its invitation in. */
  locale: Locale;
}

/**
 * Companies a consumer claims against before they are on recours (issue 18 item 3). Each company
 * is one merchant, found again by its SIREN or by the domain of its contact address (a free mail
 * provider's domain says nothing about a company: there only the same address finds it); a new one is a merchant
 * marked invited, which claims name like any other and which the company takes over later
 * (MerchantTakeover).
 */
@Injectable()
export class MerchantInvitations {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * The merchant for this company, the one known or a new one; while nobody acts for it on
   * recours, its contact address is invited by e-mail (once while an invitation to that address
   * is still good) and who typed that address is kept. A company on recours is answered as it is:
   * nothing is stored and nothing is mailed.
   */
  async invite(consumerId: string, company: CompanyToInvite): Promise<MerchantEntity> {
    const email = canonicalEmail(company.email);
    const siren = company.siren?.trim() ? sirenDigits(company.siren) : null;
    const domain = domainOf(email);
    const contactDomain = isFreeMailDomain(domain) ? null : domain;
    return this.dataSource.transaction(async (manager) => {
      const known = () => knownMerchant(manager, siren, contactDomain, email);
      const found = await known();
      const created = found ? null : await newMerchant(manager, company.name.trim(), siren, contactDomain);
      const id = found ?? created ?? (await known());
      if (!id) throw new Error('an invited merchant was neither found nor created');
      // Locked: two invitations of one company at once mail its address once.
      const [merchant] = await manager.createQueryBuilder(MerchantEntity, 'm').setLock('pessimistic_write').where('m.id = :id', { id }).getMany();
      if (!merchant) throw new Error(`merchant ${id} vanished`);
      if (isOnRecours(merchant)) return merchant;
      const [waiting] = await manager.query(
        `SELECT 1 FROM accounts.email_confirmations WHERE merchant_id = $1 AND email = $2 AND purpose = 'MERCHANT_INVITATION' AND used_at IS NULL AND expires_at > now()`,
        [merchant.id, email],
      );
      const confirmationId = waiting || !(await mayBeMailed(manager, merchant, email, domain, merchant.id === created))
        ? null
        : await issueConfirmation(manager, { purpose: 'MERCHANT_INVITATION', email, displayName: merchant.name, locale: company.locale, merchantId: merchant.id, merchantName: merchant.name });
      await manager.query(`INSERT INTO accounts.merchant_invitations (id, merchant_id, invited_by, email, locale, confirmation_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
        randomUUID(),
        merchant.id,
        consumerId,
        email,
        company.locale,
        confirmationId,
      ]);
      return merchant;
    });
  }
}

/**
 * Whether a link that can lead to the company's profile may go to this address. A company found
 * again (by its SIREN, typed by anyone) is mailed only where it is known: at its contact domain, or,
 * when it has none, at an address it was invited at before. Otherwise anyone who typed a company's
 * SIREN and her own address would get a link to its profile. The invitation is kept either way.
 * Only the company this very invitation created may be mailed at an address nobody typed before:
 * one found again with no invitation left (its inviter erased, and her invitations with her) has
 * no known address.
 */
async function mayBeMailed(manager: EntityManager, merchant: MerchantEntity, email: string, domain: string, createdNow: boolean): Promise<boolean> {
  if (merchant.contactDomain) return isAtDomain(domain, merchant.contactDomain);
  if (createdNow) return true;
  const [invitedBefore] = await manager.query(`SELECT bool_or(email = $2) AS ok FROM accounts.merchant_invitations WHERE merchant_id = $1`, [merchant.id, email]);
  return invitedBefore?.ok === true;
}

/**
 * The merchant this SIREN, else this domain (verified by a merchant, or typed in an earlier
 * invitation), already names; at a free mail provider, only the very same address finds the
 * company invited there before.
 */
async function knownMerchant(manager: EntityManager, siren: string | null, domain: string | null, email: string): Promise<string | null> {
  if (siren) {
    const [bySiren] = await manager.query(`SELECT id FROM accounts.merchants WHERE siren = $1`, [siren]);
    if (bySiren) return bySiren.id;
  }
  if (!domain) {
    const [byAddress] = await manager.query(`SELECT merchant_id AS id FROM accounts.merchant_invitations WHERE email = $1 ORDER BY created_at LIMIT 1`, [email]);
    return byAddress?.id ?? null;
  }
  const [byDomain] = await manager.query(
    `SELECT id FROM accounts.merchants WHERE verified_domain = $1 OR contact_domain = $1
      ORDER BY verified_at IS NULL, verified_at, created_at LIMIT 1`,
    [domain],
  );
  return byDomain?.id ?? null;
}

/** A new invited merchant, or null when another invitation of the same company got there first (its SIREN or domain is taken). */
async function newMerchant(manager: EntityManager, name: string, siren: string | null, contactDomain: string | null): Promise<string | null> {
  const rows: Array<{ id: string }> = await manager.query(
    `INSERT INTO accounts.merchants (id, name, search_name, support_channels, siren, contact_domain, invited_at)
     VALUES ($1, $2, $3, '{}'::jsonb, $4, $5, now()) ON CONFLICT DO NOTHING RETURNING id`,
    [randomUUID(), name, searchableName(name), siren, contactDomain],
  );
  return rows[0]?.id ?? null;
}
