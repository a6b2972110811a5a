import { createHash, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Phrase } from '@recours/locale';
import { GraphQLError } from 'graphql';
import { Secret, TOTP } from 'otpauth';
import type { DataSource, EntityManager } from 'typeorm';
import { badUserInput, domainRule, forbidden } from '../graphql/errors';
import type { AccountEntity } from './account.entity';
import type { AccountRole } from './account-role';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { openSecret, sealSecret } from './two-factor-secrets';

const ISSUER = 'recours';
const PERIOD_SECONDS = 30;
/** A code of the step before or after is taken too (clocks drift), each step once only. */
const WINDOW = 1;
const RECOVERY_CODES = 10;
/** Without 0/o, 1/l/i: read aloud or copied by hand without doubt. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The signed-in account's two-step verification, as it may see it. */
export interface TwoFactorStatus {
  enabled: boolean;
  /** Required for its role here (admins and mediators when NODE_ENV=production): it may not turn it off. */
  required: boolean;
}

const TWO_FACTOR_REQUIRED: Phrase = { en: 'Enter the code of your authenticator app, or a recovery code', fr: 'Saisissez le code de votre application d’authentification, ou un code de secours' };
const WRONG_CODE: Phrase = { en: 'is not a valid code (or was used already)', fr: 'n’est pas un code valable (ou a déjà servi)' };

/** The one error a client reads to ask for the code: code TWO_FACTOR_REQUIRED. */
export const twoFactorRequired = () => new GraphQLError(TWO_FACTOR_REQUIRED.en, { extensions: { code: 'TWO_FACTOR_REQUIRED', phrase: TWO_FACTOR_REQUIRED } });

const normalise = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
const hashOf = (code: string) => createHash('sha256').update(normalise(code)).digest();
const recoveryCode = () => {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
};

/**
 * TOTP two-step verification (RFC 6238, with otpauth): a secret enrolled and confirmed by a first
 * code, asked for at every sign-in, and ten single-use recovery codes (kept as SHA-256 hashes:
 * they are random, 50 bits each, and sign-ins are rate-limited). The secret is sealed at rest
 * (two-factor-secrets.ts). Each time step's code works once per account (`last_used_step`).
 */
@Injectable()
export class TwoFactor {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Admins and mediators must use it in production (docs/privacy.md, account security). */
  isRequired(role: AccountRole, env: NodeJS.ProcessEnv = process.env): boolean {
    return env.NODE_ENV === 'production' && (role === 'ADMIN' || role === 'MEDIATOR');
  }

  async status(account: AccountEntity): Promise<TwoFactorStatus> {
    return { enabled: await this.isEnabled(account.id), required: this.isRequired(account.role) };
  }

  async isEnabled(accountId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM accounts.two_factor WHERE account_id = $1 AND confirmed_at IS NOT NULL`, [accountId]);
    return rows.length > 0;
  }

  /**
   * A new secret for the account, to scan or type into an authenticator app; it counts once
   * confirmed by a code (confirm). Starting again replaces an unconfirmed secret.
   */
  async enrol(account: AccountEntity): Promise<{ secret: string; otpauthUri: string }> {
    if (await this.isEnabled(account.id)) throw alreadyOn();
    const secret = new Secret({ size: 20 });
    const [written]: Array<{ n: number }> = await this.dataSource.query(
      `WITH written AS (
         INSERT INTO accounts.two_factor (account_id, secret) VALUES ($1, $2)
         ON CONFLICT (account_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = now(), last_used_step = 0 WHERE two_factor.confirmed_at IS NULL
         RETURNING 1)
       SELECT count(*)::int AS n FROM written`,
      [account.id, sealSecret(secret.base32)],
    );
    if (written.n === 0) throw alreadyOn(); // confirmed meanwhile, elsewhere
    return { secret: secret.base32, otpauthUri: this.totp(secret.base32, account.email).toString() };
  }

  /** The first code proves the app holds the secret: two-step verification is on; answers the recovery codes, shown once. */
  async confirm(accountId: string, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ secret: string; confirmed_at: Date | null }> = await manager.query(`SELECT secret, confirmed_at FROM accounts.two_factor WHERE account_id = $1 FOR UPDATE`, [accountId]);
      if (rows.length === 0) throw badUserInput([{ field: 'input.code', code: 'TWO_FACTOR_NOT_STARTED', message: { en: 'cannot be checked until the set-up has started', fr: 'ne se vérifie qu’une fois la mise en place commencée' } }]);
      if (rows[0].confirmed_at) throw alreadyOn();
      const step = this.stepOf(openSecret(rows[0].secret), code);
      if (step === null) throw badUserInput([{ field: 'input.code', code: 'WRONG_CODE', message: WRONG_CODE }]);
      await manager.query(`UPDATE accounts.two_factor SET confirmed_at = now(), last_used_step = $2 WHERE account_id = $1`, [accountId, step]);
      return this.newRecoveryCodes(manager, accountId);
    });
  }

  /**
   * At sign-in, once the password is right: nothing to do without two-step verification; with
   * it, the code (TOTP or an unused recovery code) must be given (TWO_FACTOR_REQUIRED) and good
   * (UNAUTHENTICATED). Answers whether it is on.
   */
  async checkSignIn(accountId: string, code: string | undefined): Promise<boolean> {
    if (!(await this.isEnabled(accountId))) return false;
    if (!code?.trim()) throw twoFactorRequired();
    if (!(await this.accept(accountId, code))) throw wrongSignInCode();
    return true;
  }

  /**
   * For an act that asks again who she is (eraseMyAccount): with two-step verification on, a good
   * code (TOTP or an unused recovery code) is required in `field`; without it, none is asked.
   */
  async confirmIdentity(accountId: string, code: string | undefined, field: string): Promise<void> {
    if (!(await this.isEnabled(accountId))) return;
    if (!code?.trim()) throw badUserInput([{ field, code: 'TWO_FACTOR_CODE_REQUIRED', message: { en: 'is required: the code of your authenticator app, or a recovery code', fr: 'est obligatoire : le code de votre application d’authentification, ou un code de secours' } }]);
    if (!(await this.accept(accountId, code))) throw badUserInput([{ field, code: 'WRONG_CODE', message: WRONG_CODE }]);
  }

  /** Turns it off, given a good code (the password is checked by the caller); refused where it is required. */
  async disable(account: AccountEntity, code: string): Promise<void> {
    if (this.isRequired(account.role)) throw forbidden({ en: 'Two-step verification is required for your role', fr: 'La vérification en deux étapes est exigée pour votre rôle' });
    if (!(await this.isEnabled(account.id))) return;
    if (!(await this.accept(account.id, code))) throw badUserInput([{ field: 'input.code', code: 'WRONG_CODE', message: WRONG_CODE }]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM accounts.recovery_codes WHERE account_id = $1`, [account.id]);
      await manager.query(`DELETE FROM accounts.two_factor WHERE account_id = $1`, [account.id]);
    });
  }

  /** Recovery codes left unused, for the account page. */
  async recoveryCodesLeft(accountId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM accounts.recovery_codes WHERE account_id = $1 AND used_at IS NULL`, [accountId]);
    return rows[0]?.n ?? 0;
  }

  /** A good code, used up: a TOTP code of a step not used before, or an unused recovery code. */
  private async accept(accountId: string, code: string): Promise<boolean> {
    const rows: Array<{ secret: string }> = await this.dataSource.query(`SELECT secret FROM accounts.two_factor WHERE account_id = $1 AND confirmed_at IS NOT NULL`, [accountId]);
    if (rows.length === 0) return false;
    if (/^\s*\d{6}\s*$/.test(code)) {
      const step = this.stepOf(openSecret(rows[0].secret), code);
      if (step === null) return false;
      // Taken once: a code seen by someone looking over a shoulder does not sign in again.
      // (Counted in a SELECT: TypeORM answers an UPDATE's rows and count as a pair.)
      const [taken]: Array<{ n: number }> = await this.dataSource.query(
        `WITH taken AS (UPDATE accounts.two_factor SET last_used_step = $2 WHERE account_id = $1 AND last_used_step < $2 RETURNING 1) SELECT count(*)::int AS n FROM taken`,
        [accountId, step],
      );
      return taken.n > 0;
    }
    const [used]: Array<{ n: number }> = await this.dataSource.query(
      `WITH used AS (UPDATE accounts.recovery_codes SET used_at = now() WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM used`,
      [accountId, hashOf(code)],
    );
    return used.n > 0;
  }

  /** The time step whose code this is (within the window), or null. */
  private stepOf(secret: string, code: string, now = Date.now()): number | null {
    const delta = this.totp(secret, '').validate({ token: code.trim(), timestamp: now, window: WINDOW });
    return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  }

  private totp(secret: string, label: string): TOTP {
    return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
  }

  private async newRecoveryCodes(manager: EntityManager, accountId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
    await manager.query(`DELETE FROM accounts.recovery_codes WHERE account_id = $1`, [accountId]);
    await manager.query(`INSERT INTO accounts.recovery_codes (account_id, code_hash) SELECT $1, unnest($2::bytea[])`, [accountId, codes.map(hashOf)]);
    return codes;
  }
}

function wrongSignInCode(): GraphQLError {
  // « Le code n’est pas un code valable » said « code » twice.
  const phrase: Phrase = { en: `The code ${WRONG_CODE.en}`, fr: 'Ce code n’est pas valable (ou il a déjà servi)' };
  return new GraphQLError(phrase.en, { extensions: { code: 'UNAUTHENTICATED', phrase } });
}

function alreadyOn(): GraphQLError {
  const phrase: Phrase = { en: 'Two-step verification is already on; turn it off first to start again', fr: 'La vérification en deux étapes est déjà activée ; désactivez-la d’abord pour recommencer' };
  return domainRule('TWO_FACTOR_ALREADY_ON', phrase);
}
