import type { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalDomainOf20261205 as canonicalDomain, canonicalEmailOf20261205 as canonicalEmail } from './frozen/email-spelling-2026-12-05';

/**
 * Addresses and mail domains as canonicalEmail spells them (one mailbox, one spelling), where
 * they were stored otherwise: an address with a decomposed accent or its domain in ASCII
 * (`xn--…`) could have given a second account for the same mailbox. Only rows whose spelling
 * changes are touched (non-ASCII or `xn--`, a handful at most); an address whose canonical
 * spelling another account already has is left as it is (two accounts for one mailbox already
 * exist: which to keep is a person's decision, not a migration's). The old spellings are not
 * kept: there is nothing to go back to.
 */
export class AddressSpellings176900000021000 implements MigrationInterface {
  readonly name = 'AddressSpellings176900000021000';

  async up(runner: QueryRunner): Promise<void> {
    const unusual = `~ '[^\\x01-\\x7f]' OR %s ~* 'xn--' OR %s ~ '[A-Z]' OR %s <> btrim(%s)`;
    const where = (column: string) => unusual.replace(/%s/g, column);
    const accounts: Array<{ id: string; email: string }> = await runner.query(`SELECT id, email FROM accounts.accounts WHERE email ${where('email')}`);
    for (const { id, email } of accounts) {
      const canonical = canonicalEmail(email);
      if (canonical === email) continue;
      await runner.query(`UPDATE accounts.accounts SET email = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM accounts.accounts WHERE email = $2)`, [id, canonical]);
    }
    for (const column of ['verified_domain', 'contact_domain']) {
      const merchants: Array<{ id: string; domain: string }> = await runner.query(`SELECT id, ${column} AS domain FROM accounts.merchants WHERE ${column} IS NOT NULL AND (${column} ${where(column)})`);
      for (const { id, domain } of merchants) {
        const canonical = canonicalDomain(domain);
        if (canonical !== domain) await runner.query(`UPDATE accounts.merchants SET ${column} = $2 WHERE id = $1`, [id, canonical]);
      }
    }
  }

  async down(): Promise<void> {
    // The former spellings are not kept; the canonical ones are as valid for the code before.
  }
}
