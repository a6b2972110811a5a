import { DOMAINS as LISTED_FREE_MAIL_DOMAINS } from 'free-email-domains-list';
import type { Phrase } from '@recours/locale';
import type { EntityManager } from 'typeorm';
import { searchableName } from './merchant-name';
import { canonicalEmail } from './email-spelling';

/**
 * Domains anyone can get an address at: an address there says nothing about a merchant. The
 * largest providers in France and worldwide, written here, and every one the free-email-domains-list
 * package ships (some 96,000 free and disposable mail domains, in the package itself: nothing is
 * fetched). A short list alone is not enough: a consumer may have typed a company's contact address
 * at any provider (gmx.de, hotmail.be, mail.ru...), and a sign-up at that contact domain is then
 * handed the invited profile (takeover-rule.ts), so anyone who opens a mailbox there would be.
 */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'ymail.com', 'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr', 'live.com', 'live.fr', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.fr', 'gmx.com', 'gmx.fr', 'gmx.net', 'mail.com', 'proton.me', 'protonmail.com', 'tutanota.com', 'yandex.com', 'zoho.com',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr', 'numericable.fr', 'club-internet.fr', 'aliceadsl.fr', 'voila.fr', 'cegetel.net',
  'example.com', 'example.org', 'example.net',
]);

/** The name as compared among verified merchants: no case, accents, spaces or punctuation ("FNAC", "Fnac.", "f n a c"). */
export const merchantNameKey = (name: string): string => searchableName(name).replace(/[^\p{L}\p{N}]/gu, '');

/** The address's domain as every domain rule compares it (canonicalEmail's: `Café.FR` and `xn--caf-dma.fr` are one). */
export const domainOf = (email: string): string => {
  const canonical = canonicalEmail(email);
  const at = canonical.lastIndexOf('@');
  return at < 0 ? '' : canonical.slice(at + 1);
};

export const isFreeMailDomain = (domain: string): boolean => FREE_MAIL_DOMAINS.has(domain) || LISTED_FREE_MAIL_DOMAINS.has(domain);

/** The domain itself or one of its subdomains (`sav.acme.fr` is at `acme.fr`; `acme.fr.evil.com` is not). */
export const isAtDomain = (domain: string, company: string): boolean => domain === company || domain.endsWith(`.${company}`);

/** Said of an address at a domain another merchant verified: claims would look addressed to that merchant. */
export const OTHER_MERCHANT_DOMAIN = { en: "is at another merchant's verified domain", fr: 'est au domaine vérifié d’un autre professionnel' } as const;

/** Said of an address at a free mail provider, where it cannot show who runs a company. */
export const FREE_MAIL_PROVIDER = {
  en: 'is at a free mail provider, which does not show who runs a company: give an address at your company’s own domain',
  fr: 'est chez un fournisseur de messagerie gratuit, qui ne dit pas qui tient une entreprise : donnez une adresse au domaine de votre entreprise',
} as const;

/**
 * Why an address cannot verify this merchant whatever happens next: a free mail provider's, or
 * at another merchant's verified domain; null when it may. One rule for asking for the link
 * (refused on the field, nothing mailed) and for an invited company's takeover (takeover-rule.ts).
 */
export async function verificationDomainProblem(manager: EntityManager, merchantId: string, email: string): Promise<{ code: 'FREE_MAIL_DOMAIN' | 'OTHER_MERCHANT_DOMAIN'; message: Phrase } | null> {
  const domain = domainOf(email);
  if (isFreeMailDomain(domain)) return { code: 'FREE_MAIL_DOMAIN', message: FREE_MAIL_PROVIDER };
  const [otherMerchant] = await manager.query(`SELECT 1 FROM accounts.merchants WHERE verified_domain = $1 AND id <> $2`, [domain, merchantId]);
  return otherMerchant ? { code: 'OTHER_MERCHANT_DOMAIN', message: OTHER_MERCHANT_DOMAIN } : null;
}

export const MERCHANT_VERIFICATION_OUTCOMES = ['VERIFIED', 'ALREADY_VERIFIED', 'FREE_MAIL_DOMAIN', 'NAME_TAKEN'] as const;
export type MerchantVerificationOutcome = (typeof MERCHANT_VERIFICATION_OUTCOMES)[number];

/**
 * Verifies a merchant by an address at its domain that was just confirmed by e-mail: its name
 * then shows as verified, with that domain, unless a verified merchant already shows the same
 * name (the unique index decides between two at once).
 */
export async function verifyMerchantByAddress(manager: EntityManager, merchantId: string, confirmedEmail: string): Promise<MerchantVerificationOutcome> {
  const domain = domainOf(confirmedEmail);
  const [merchant]: Array<{ name: string; verified_at: Date | null }> = await manager.query(`SELECT name, verified_at FROM accounts.merchants WHERE id = $1 FOR UPDATE`, [merchantId]);
  if (!merchant) throw new Error(`merchant ${merchantId} does not exist`);
  if (merchant.verified_at) return 'ALREADY_VERIFIED';
  if (isFreeMailDomain(domain)) return 'FREE_MAIL_DOMAIN';
  const key = merchantNameKey(merchant.name);
  const [taken] = await manager.query(`SELECT 1 FROM accounts.merchants WHERE verified_name_key = $1 AND id <> $2`, [key, merchantId]);
  if (taken) return 'NAME_TAKEN';
  await manager.query(`UPDATE accounts.merchants SET verified_at = now(), verified_domain = $2, verified_name_key = $3 WHERE id = $1`, [merchantId, domain, key]);
  return 'VERIFIED';
}
