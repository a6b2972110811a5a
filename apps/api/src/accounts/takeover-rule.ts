import type { Phrase } from '@recours/locale';
import type { EntityManager } from 'typeorm';
import { isOnRecours, MerchantEntity } from './merchant.entity';
import { domainOf, isAtDomain, isFreeMailDomain, merchantNameKey, verificationDomainProblem, verifyMerchantByAddress } from './merchant-verification';

// The rule by which a company a consumer invited becomes someone's on recours (issue 18 item 3),
// shared by its two ways in: the invitation's takeover (merchant-takeover.ts) and a sign-up at
// the company's domain, once its address is confirmed (accounts.service.ts).

/** Why an address cannot take a company's profile over, by the merchant verification rule; null when it can. */
export async function addressProblem(manager: EntityManager, merchantId: string, email: string): Promise<{ code: string; message: Phrase } | null> {
  const problem = await verificationDomainProblem(manager, merchantId, email);
  if (problem) return problem;
  const domain = domainOf(email);
  // The consumer who typed the company's address must not become the company.
  const [inviter] = await manager.query(
    `SELECT 1 FROM accounts.merchant_invitations i JOIN accounts.accounts a ON a.id = i.invited_by
      WHERE i.merchant_id = $1 AND split_part(a.email, '@', 2) = $2`,
    [merchantId, domain],
  );
  if (inviter) {
    return {
      code: 'INVITER_DOMAIN',
      message: {
        en: 'is at the domain of a customer who invited this company: give an address at your company’s own domain',
        fr: 'est au domaine d’un client qui a invité cette entreprise : donnez une adresse au domaine de votre entreprise',
      },
    };
  }
  // The company's own domain, where the invitation named one: an address anywhere else says nothing about who runs it.
  const [{ contact_domain: companyDomain } = { contact_domain: null }]: Array<{ contact_domain: string | null }> = await manager.query(
    `SELECT contact_domain FROM accounts.merchants WHERE id = $1`,
    [merchantId],
  );
  if (companyDomain && !isAtDomain(domain, companyDomain)) {
    return {
      code: 'NOT_THE_COMPANY_DOMAIN',
      message: {
        en: `is not at the company's domain (${companyDomain}): give your address there`,
        fr: `n’est pas au domaine de l’entreprise (${companyDomain}) : donnez votre adresse à ce domaine`,
      },
    };
  }
  return null;
}

/** Whether a verified merchant other than this one already shows its name (the takeover is then refused, NAME_TAKEN). */
export async function nameTaken(manager: EntityManager, merchant: Pick<MerchantEntity, 'id' | 'name'>): Promise<boolean> {
  const [taken] = await manager.query(`SELECT 1 FROM accounts.merchants WHERE verified_name_key = $1 AND id <> $2`, [merchantNameKey(merchant.name), merchant.id]);
  return Boolean(taken);
}

/**
 * Whether the name a company signs up with is the invited profile's, give or take a legal form or
 * a word (« Électro Dépôt » and « Électro Dépôt SAS »): one name key holds the other, which is at
 * least 60 % of its length. The profile's name is the one a consumer typed, and it is verified as
 * it stands once the profile is taken over: without this, whoever invites a company at another's
 * domain (or at a registry suffix such as co.uk, a parent of every company's domain there) chose
 * the verified name of the next company signing up there (« Amazon » at acme.co.uk).
 */
export function sameCompanyName(typed: string, invited: string): boolean {
  const [a, b] = [merchantNameKey(typed), merchantNameKey(invited)];
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length > 0 && longer.includes(shorter) && shorter.length >= 0.6 * longer.length;
}

/**
 * The invited company a merchant signing up with this address and this name is for, when the
 * address could take its profile over: a company nobody took over, whose contact domain (never a
 * free mail provider's) is the address's domain or a parent of it, whose name is the one she gives
 * (sameCompanyName), and which the address passes the takeover's rule for (addressProblem, a name
 * no verified merchant shows). Null otherwise: the sign-up then makes a merchant of its own.
 * Nothing is decided here: the account is made without a merchant, and the profile becomes hers
 * only when she confirms the address (takeOverOnConfirmation).
 */
export async function invitedMerchantForSignUp(manager: EntityManager, email: string, merchantName: string): Promise<MerchantEntity | null> {
  const domain = domainOf(email);
  if (!domain || isFreeMailDomain(domain)) return null;
  const [found]: Array<{ id: string }> = await manager.query(
    `SELECT id FROM accounts.merchants
      WHERE invited_at IS NOT NULL AND taken_over_at IS NULL AND verified_at IS NULL AND contact_domain IS NOT NULL
        AND ($1 = contact_domain OR right($1, length(contact_domain) + 1) = '.' || contact_domain)
      ORDER BY length(contact_domain) DESC, created_at LIMIT 1`,
    [domain],
  );
  const merchant = found ? await manager.findOneBy(MerchantEntity, { id: found.id }) : null;
  if (!merchant || !sameCompanyName(merchantName, merchant.name)) return null;
  if ((await addressProblem(manager, merchant.id, email)) || (await nameTaken(manager, merchant))) return null;
  return merchant;
}

/** What confirming a sign-up's address did to the invited company it was for. */
export const INVITED_PROFILE_OUTCOMES = ['TAKEN_OVER', 'ALREADY_TAKEN_OVER', 'NOT_TAKEN_OVER'] as const;
export type InvitedProfileOutcome = (typeof INVITED_PROFILE_OUTCOMES)[number];

/**
 * A merchant who signed up with an address at an invited company's domain confirms it: the
 * company's profile becomes hers by the takeover's rule, in the caller's transaction. The
 * merchant is locked and changed only while nobody took it over (the takeover locks it too, so of
 * two at once the second finds it taken: ALREADY_TAKEN_OVER); the address is checked again (a
 * merchant may have verified its domain, or a verified merchant taken its name, since the
 * sign-up: NOT_TAKEN_OVER), and the merchant is verified by it (verifyMerchantByAddress). Then
 * the account becomes its owner, `taken_over_at` is set and every link to the profile stops
 * working, as with takeOver. Otherwise nothing changes: the account stays without a merchant.
 */
export async function takeOverOnConfirmation(manager: EntityManager, accountId: string, merchantId: string, email: string): Promise<InvitedProfileOutcome> {
  const [merchant] = await manager.createQueryBuilder(MerchantEntity, 'm').setLock('pessimistic_write').where('m.id = :id', { id: merchantId }).getMany();
  if (!merchant || isOnRecours(merchant)) return 'ALREADY_TAKEN_OVER';
  if (!merchant.contactDomain || !isAtDomain(domainOf(email), merchant.contactDomain)) return 'NOT_TAKEN_OVER';
  if (await addressProblem(manager, merchant.id, email)) return 'NOT_TAKEN_OVER';
  if ((await verifyMerchantByAddress(manager, merchant.id, email)) !== 'VERIFIED') return 'NOT_TAKEN_OVER';
  // Conditional, on the locked row: one profile, one company.
  const taken: unknown[] = await manager.query(
    `WITH taken AS (UPDATE accounts.merchants SET taken_over_at = now() WHERE id = $1 AND invited_at IS NOT NULL AND taken_over_at IS NULL RETURNING id) SELECT * FROM taken`,
    [merchant.id],
  );
  const owner: unknown[] = await manager.query(
    `WITH owner AS (UPDATE accounts.accounts SET merchant_id = $2, merchant_owner = true, team_role = 'OWNER'
                     WHERE id = $1 AND role = 'MERCHANT' AND merchant_id IS NULL AND erased_at IS NULL RETURNING id) SELECT * FROM owner`,
    [accountId, merchant.id],
  );
  // Neither can fail under the lock; should one, nothing of this confirmation is kept.
  if (taken.length !== 1 || owner.length !== 1) throw new Error(`merchant ${merchant.id} could not be taken over by account ${accountId}`);
  await manager.query(`UPDATE accounts.email_confirmations SET used_at = now() WHERE merchant_id = $1 AND purpose IN ('MERCHANT_INVITATION', 'MERCHANT_TAKEOVER') AND used_at IS NULL`, [merchant.id]);
  return 'TAKEN_OVER';
}
