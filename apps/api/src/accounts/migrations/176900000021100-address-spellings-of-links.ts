import type { MigrationInterface, QueryRunner } from 'typeorm';
import { canonicalEmailOf20261205 as canonicalEmail } from './frozen/email-spelling-2026-12-05';

/**
 * The addresses the one-time links and the companies' invitations were sent to, spelled as
 * AddressSpellings spelled the accounts' (canonicalEmail): they are found by the account's
 * address (an erasure deletes the links, e-mails and invitations at her address; a sign-up at an
 * invited company's address finds its invitation; an address confirmation checks the link is for
 * the account's address), and a row left in the old spelling was missed: kept after an erasure,
 * or the link refused. An address an account still has as it is (two accounts for one mailbox,
 * left for a person to decide) keeps its links as they are.
 */
export class AddressSpellingsOfLinks176900000021100 implements MigrationInterface {
  readonly name = 'AddressSpellingsOfLinks176900000021100';

  async up(runner: QueryRunner): Promise<void> {
    const unusual = (column: string) => `(${column} ~ '[^\\x01-\\x7f]' OR ${column} ~* 'xn--' OR ${column} ~ '[A-Z]' OR ${column} <> btrim(${column}))`;
    for (const table of ['email_confirmations', 'merchant_invitations']) {
      const rows: Array<{ id: string; email: string }> = await runner.query(`SELECT id, email FROM accounts.${table} WHERE ${unusual('email')}`);
      for (const { id, email } of rows) {
        const canonical = canonicalEmail(email);
        if (canonical === email) continue;
        await runner.query(`UPDATE accounts.${table} SET email = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM accounts.accounts WHERE email = $3)`, [id, canonical, email]);
      }
    }
  }

  async down(): Promise<void> {
    // The former spellings are not kept; the canonical ones are as valid for the code before.
  }
}
